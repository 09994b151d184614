// BookingStore in Azure Blob Storage (STORAGE=blob), for several bot instances sharing bookings.
// One JSON blob per request, named after its reference, holding the current record:
// - add() creates the blob only if it does not exist (If-None-Match: *), so two instances can
//   never both take a reference, and a re-sent confirmation finds its own record;
// - status changes (handled, notification delivery) read the blob, change it and write it back
//   with If-Match on the eTag read: when another instance wrote in between, the change is
//   re-applied to the newer record, so no update is silently lost.
// - purgeExpired (retention) deletes a past-retention record with If-Match on the eTag it read,
//   so a record another instance changed meanwhile is kept; instances may purge at the same time.
// Records are checked against the schema on the way in and out. Store failures other than
// conflicts surface as StorageUnavailableError, like state storage failures, so the bot can
// apologise instead of claiming the request is in.
import { ContainerClient, RestError, type StoragePipelineOptions } from '@azure/storage-blob';
import type { Logger } from '../logging/logger.js';
import { StorageUnavailableError, type StorageOperation } from '../storage/errors.js';
import {
  bookingRecordSchema,
  newBookingRecordSchema,
  referenceSchema,
  type BookingRecord,
  type NotificationChannelName,
  type NotificationStatus,
  notificationStatusSchema,
} from './bookingRecord.js';
import { isPastRetention, ReferenceTakenError, type AddResult, type BookingStore } from './bookingStore.js';

/** A couple of short tries, then the person hears that something is wrong (same as state storage). */
const PIPELINE_OPTIONS: StoragePipelineOptions = {
  retryOptions: { maxTries: 3, tryTimeoutInMs: 4_000, retryDelayInMs: 100, maxRetryDelayInMs: 1_000 },
};
const BLOB_SUFFIX = '.json';
/** A booking record is a few kB; anything much larger is not ours. */
const MAX_BLOB_BYTES = 256 * 1024;
const LIST_DOWNLOADS_AT_ONCE = 16;

export interface BlobBookingStoreOptions {
  connectionString: string;
  /** config.storage.bookingsContainer. */
  containerName: string;
  log: Pick<Logger, 'warn'>;
  /** Read-change-write attempts before an update gives up (default 10). */
  maxUpdateAttempts?: number;
}

interface Stored {
  record: BookingRecord;
  etag: string;
}

export class BlobBookingStore implements BookingStore {
  private readonly container: ContainerClient;
  private readonly log: Pick<Logger, 'warn'>;
  private readonly maxUpdateAttempts: number;
  private containerReady: Promise<void> | undefined;

  constructor(options: BlobBookingStoreOptions) {
    this.container = new ContainerClient(options.connectionString, options.containerName, PIPELINE_OPTIONS);
    this.log = options.log;
    this.maxUpdateAttempts = options.maxUpdateAttempts ?? 10;
  }

  async add(record: BookingRecord): Promise<AddResult> {
    const valid = newBookingRecordSchema.parse(record);
    const body = JSON.stringify(valid);
    await this.ensureContainer();
    try {
      await this.guard('write', () =>
        this.container.getBlockBlobClient(blobName(valid.reference)).upload(body, Buffer.byteLength(body), {
          conditions: { ifNoneMatch: '*' },
          blobHTTPHeaders: { blobContentType: 'application/json; charset=utf-8' },
          metadata: { createdat: valid.createdAt },
        }),
      );
      return { record: valid, created: true };
    } catch (error) {
      if (!hasStatus(error, 409, 412)) throw error;
    }
    // The reference exists: ours (a re-sent confirmation) or another conversation's.
    const existing = await this.read(valid.reference);
    if (existing && existing.record.conversationHash === valid.conversationHash) return { record: existing.record, created: false };
    throw new ReferenceTakenError(`reference ${valid.reference} is already used`);
  }

  async list(options: { since?: Date } = {}): Promise<BookingRecord[]> {
    const since = options.since?.getTime();
    const references = await this.references((created) => since === undefined || !(created < since));
    const records: BookingRecord[] = [];
    for (let i = 0; i < references.length; i += LIST_DOWNLOADS_AT_ONCE) {
      const batch = await Promise.all(references.slice(i, i + LIST_DOWNLOADS_AT_ONCE).map((r) => this.read(r)));
      for (const stored of batch) if (stored) records.push(stored.record);
    }
    return records
      .filter((r) => since === undefined || Date.parse(r.createdAt) >= since)
      .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.reference.localeCompare(a.reference));
  }

  async get(reference: string): Promise<BookingRecord | undefined> {
    return (await this.read(reference))?.record;
  }

  async markHandled(reference: string, at: Date = new Date()): Promise<BookingRecord | undefined> {
    return this.update(reference, (record) =>
      record.status === 'handled' ? record : { ...record, status: 'handled', handledAt: at.toISOString() },
    );
  }

  async updateNotification(reference: string, channel: NotificationChannelName, status: NotificationStatus): Promise<void> {
    const valid = notificationStatusSchema.parse(status);
    await this.update(reference, (record) => ({ ...record, notifications: { ...record.notifications, [channel]: valid } }));
  }

  async purgeExpired(cutoff: Date): Promise<{ removed: number }> {
    // A request made at or after the cutoff was last used after it too: not downloaded.
    const candidates = await this.references((created) => !(created >= cutoff.getTime()));
    let removed = 0;
    for (let i = 0; i < candidates.length; i += LIST_DOWNLOADS_AT_ONCE) {
      const batch = candidates.slice(i, i + LIST_DOWNLOADS_AT_ONCE);
      const deleted = await Promise.all(batch.map((reference) => this.deleteIfExpired(reference, cutoff)));
      removed += deleted.filter(Boolean).length;
    }
    return { removed };
  }

  /** True when this call deleted the record. A record it cannot read is left for staff to look at. */
  private async deleteIfExpired(reference: string, cutoff: Date): Promise<boolean> {
    const stored = await this.read(reference);
    if (!stored || !isPastRetention(stored.record, cutoff)) return false;
    try {
      await this.guard('write', () => this.container.getBlobClient(blobName(reference)).delete({ conditions: { ifMatch: stored.etag } }));
      return true;
    } catch (error) {
      // 412: changed since it was read (kept; the next sweep looks again). 404: another instance deleted it.
      if (hasStatus(error, 404, 412)) return false;
      throw error;
    }
  }

  /** Reads, changes and writes back one record until the write is not pre-empted by another instance. */
  private async update(reference: string, change: (record: BookingRecord) => BookingRecord): Promise<BookingRecord | undefined> {
    for (let attempt = 1; ; attempt++) {
      const stored = await this.read(reference);
      if (!stored) return undefined;
      const next = change(stored.record);
      if (next === stored.record) return next;
      const valid = bookingRecordSchema.parse(next);
      const body = JSON.stringify(valid);
      try {
        await this.guard('write', () =>
          this.container.getBlockBlobClient(blobName(reference)).upload(body, Buffer.byteLength(body), {
            conditions: { ifMatch: stored.etag },
            blobHTTPHeaders: { blobContentType: 'application/json; charset=utf-8' },
            metadata: { createdat: valid.createdAt },
          }),
        );
        return valid;
      } catch (error) {
        if (!hasStatus(error, 412)) throw error;
        if (attempt >= this.maxUpdateAttempts) {
          // Reported, never dropped quietly: the caller (notifier, CLI) sees the failure.
          throw new Error(`booking ${reference} kept changing under this update (${attempt} attempts)`, { cause: error });
        }
        await pause(5 + Math.random() * 20 * attempt);
      }
    }
  }

  /**
   * The references of the stored requests whose metadata createdAt (NaN when missing) passes
   * `wanted`: createdAt is copied into metadata so requests can be skipped without downloading them.
   */
  private async references(wanted: (createdAt: number) => boolean): Promise<string[]> {
    const references: string[] = [];
    await this.guard('read', async () => {
      try {
        for await (const blob of this.container.listBlobsFlat({ includeMetadata: true })) {
          const reference = referenceOf(blob.name);
          if (reference && wanted(Date.parse(blob.metadata?.createdat ?? ''))) references.push(reference);
        }
      } catch (error) {
        if (!hasStatus(error, 404)) throw error; // no container yet: nothing stored
      }
    });
    return references;
  }

  private async read(reference: string): Promise<Stored | undefined> {
    if (!referenceSchema.safeParse(reference).success) return undefined; // never used as a blob name unchecked
    let text: string;
    let etag: string;
    try {
      const response = await this.guard('read', () => this.container.getBlobClient(blobName(reference)).download());
      etag = response.etag ?? '';
      text = await readAll(response.readableStreamBody);
    } catch (error) {
      if (hasStatus(error, 404)) return undefined;
      throw error;
    }
    try {
      return { record: bookingRecordSchema.parse(JSON.parse(text)), etag };
    } catch {
      // The reference only: the blob holds personal data.
      this.log.warn({ reference }, 'booking blob unreadable; ignored');
      return undefined;
    }
  }

  private ensureContainer(): Promise<void> {
    // Cached only once it worked: a store that was down at the first call is tried again next time.
    this.containerReady ??= this.guard('write', async () => {
      await this.container.createIfNotExists();
    }).catch((error: unknown) => {
      this.containerReady = undefined;
      throw error;
    });
    return this.containerReady;
  }

  /** Conflicts and "not found" are answers; anything else means the store cannot be used now. */
  private async guard<T>(operation: StorageOperation, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (hasStatus(error, 404, 409, 412)) throw error;
      throw new StorageUnavailableError(operation, { cause: error });
    }
  }
}

function blobName(reference: string): string {
  return `${reference}${BLOB_SUFFIX}`;
}

function referenceOf(name: string): string | undefined {
  if (!name.endsWith(BLOB_SUFFIX)) return undefined;
  const reference = name.slice(0, -BLOB_SUFFIX.length);
  return referenceSchema.safeParse(reference).success ? reference : undefined;
}

async function readAll(stream: NodeJS.ReadableStream | undefined): Promise<string> {
  if (!stream) return '';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_BLOB_BYTES) throw new Error('booking blob is larger than any booking record');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Duck-typed as well: the SDK's RestError can exist in several copies in node_modules. */
function hasStatus(error: unknown, ...codes: number[]): boolean {
  const status = error instanceof RestError ? error.statusCode : (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && codes.includes(status);
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
