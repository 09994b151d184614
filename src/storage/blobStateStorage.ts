// Bot state in Azure Blob Storage via botbuilder-azure-blobs' BlobsStorage, for several bot
// instances sharing one store. Loaded with a dynamic import only when STORAGE=blob, so the
// default start-up does not load the Azure SDK.
//
// What BlobsStorage does (read from botbuilder-azure-blobs 4.23 lib/blobsStorage.js) and what
// this wrapper adds:
// - write() sends If-Match with the item's eTag; a 412 becomes "eTag conflict". eTag '*' sends no
//   condition (last writer wins). A missing eTag is sent as an empty If-Match header, whose meaning
//   is up to the service: we send '*' instead, matching MemoryStorage ("no eTag overwrites").
// - It creates the container on first use and caches that promise, including a failure: one
//   failed first call (store down at start-up) would break that instance for good. We drop the
//   instance after any failure that is not a conflict, so the next call starts afresh.
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';
import type { Storage, StoreItems } from 'botbuilder';
import { ETagConflictError, isETagConflict } from './errors.js';

/** Fail fast enough for a chat turn: a couple of short tries, then the caller apologises. */
const PIPELINE_OPTIONS: StoragePipelineOptions = {
  retryOptions: { maxTries: 3, tryTimeoutInMs: 4_000, retryDelayInMs: 100, maxRetryDelayInMs: 1_000 },
};

export class BlobStateStorage implements Storage {
  private current: BlobsStorage | undefined;
  private readonly container: ContainerClient;

  constructor(
    private readonly connectionString: string,
    private readonly containerName: string,
  ) {
    this.container = new ContainerClient(connectionString, containerName, PIPELINE_OPTIONS);
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.use((blobs) => blobs.read(keys));
  }

  write(changes: StoreItems): Promise<void> {
    const normalised: StoreItems = {};
    for (const [key, item] of Object.entries(changes ?? {})) {
      normalised[key] = item?.eTag ? item : { ...item, eTag: '*' };
    }
    return this.use((blobs) => blobs.write(normalised));
  }

  delete(keys: string[]): Promise<void> {
    return this.use((blobs) => blobs.delete(keys));
  }

  /** Readiness: the account answers and the container exists (created if missing). Throws if not. */
  async ready(): Promise<boolean> {
    if (!(await this.container.exists())) await this.container.createIfNotExists();
    return true;
  }

  /**
   * Deletes state blobs not modified since `cutoff`. Each delete is conditional on the eTag seen
   * in the listing, so a conversation written meanwhile (by any instance) is kept.
   */
  async deleteUntouchedSince(cutoff: Date): Promise<number> {
    let deleted = 0;
    try {
      for await (const blob of this.container.listBlobsFlat()) {
        const { lastModified, etag } = blob.properties;
        if (lastModified >= cutoff) continue;
        try {
          await this.container.deleteBlob(blob.name, { conditions: etag ? { ifMatch: etag } : {} });
          deleted++;
        } catch (error) {
          if (!hasStatus(error, 404, 412)) throw error; // gone already, or written since: keep
        }
      }
    } catch (error) {
      if (hasStatus(error, 404)) return deleted; // no container yet: nothing stored
      throw error;
    }
    return deleted;
  }

  private async use<T>(call: (blobs: BlobsStorage) => Promise<T>): Promise<T> {
    const blobs = (this.current ??= new BlobsStorage(this.connectionString, this.containerName, {
      storagePipelineOptions: PIPELINE_OPTIONS,
    }));
    try {
      return await call(blobs);
    } catch (error) {
      if (isETagConflict(error)) {
        const key = /writing "(.*)" due to eTag conflict/s.exec((error as Error).message)?.[1] ?? '';
        throw new ETagConflictError(key);
      }
      if (this.current === blobs) this.current = undefined;
      throw error;
    }
  }
}

/** Duck-typed: the SDK's RestError class can exist in several copies in node_modules. */
function hasStatus(error: unknown, ...codes: number[]): boolean {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && codes.includes(status);
}
