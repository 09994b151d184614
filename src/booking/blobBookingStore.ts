// BookingStore in Azure Blob Storage (STORAGE=blob), for several bot instances sharing bookings.
// One JSON blob per request, named after its reference, holding the current record:
// - add() creates the blob only if it does not exist (If-None-Match: *), so two instances can
//   never both take a reference, and a re-sent confirmation finds its own record;
// - status changes (handled, notification delivery) read the blob, change it and write it back
//   with If-Match on the eTag read: when another instance wrote in between, the change is
//   re-applied to the newer record, so no update is silently lost.
// - purgeExpired (retention) deletes a past-retention record with If-Match on the eTag it read,
//   so a record another instance changed meanwhile is kept; instances may purge at the same time.
// - a blob that cannot be read as a booking is never dropped: it is copied to quarantine/<name>
//   (outside the booking names, so no sweep deletes it), removed from its place, and an error is
//   logged; quarantine() counts what is there for /readyz and the staff page.
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
  type BookingStatus,
  type NotificationChannelName,
  type NotificationStatus,
  notificationStatusSchema,
} from './bookingRecord.js';
import { queryRecords } from './bookingQuery.js';
import {
  isPastRetention,
  ReferenceTakenError,
  withStatus,
  type AddResult,
  type BookingPage,
  type BookingQuery,
  type BookingStore,
  type QuarantineReport,
} from './bookingStore.js';

/** A couple of short tries, then the person hears that something is wrong (same as state storage). */
const PIPELINE_OPTIONS: StoragePipelineOptions = {
  retryOptions: { maxTries: 3, tryTimeoutInMs: 4_000, retryDelayInMs: 100, maxRetryDelayInMs: 1_000 },
};
const BLOB_SUFFIX = '.json';
const QUARANTINE_PREFIX = 'quarantine/';
/** A booking record is a few kB; anything much larger is not ours. */
const MAX_BLOB_BYTES = 256 * 1024;
const LIST_DOWNLOADS_AT_ONCE = 16;

export interface BlobBookingStoreOptions {
  connectionString: string;
  /** config.storage.bookingsContainer. */
  containerName: string;
  log: Pick<Logger, 'warn' | 'error'>;
  /** Read-change-write attempts before an update gives up (default 10). */
  maxUpdateAttempts?: number;
}

interface Stored {
  record: BookingRecord;
  etag: string;
}

export class BlobBookingStore implements BookingStore {
  private readonly container: ContainerClient;
  private readonly log: Pick<Logger, 'warn' | 'error'>;
  private readonly maxUpdateAttempts: number;
  private containerReady: Promise<void> | undefined;
  /** Records already downloaded, by reference, with the eTag they had: a listing downloads only what changed. */
  private readonly cache = new Map<string, Stored>();

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
    const listed = await this.listed((created) => since === undefined || !(created < since));
    const records: BookingRecord[] = [];
    for (let i = 0; i < listed.length; i += LIST_DOWNLOADS_AT_ONCE) {
      const batch = await Promise.all(listed.slice(i, i + LIST_DOWNLOADS_AT_ONCE).map((blob) => this.readListed(blob)));
      for (const record of batch) if (record) records.push(record);
    }
    return records
      .filter((r) => since === undefined || Date.parse(r.createdAt) >= since)
      .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.reference.localeCompare(a.reference));
  }

  async query(query: BookingQuery): Promise<BookingPage> {
    return queryRecords(await this.list(query.from ? { since: query.from } : {}), query);
  }

  async setStatus(reference: string, status: BookingStatus, at: Date = new Date()): Promise<BookingRecord | undefined> {
    return this.update(reference, (record) => withStatus(record, status, at));
  }

  async setNotes(reference: string, notes: string): Promise<BookingRecord | undefined> {
    return this.update(reference, (record) => {
      if ((record.notes ?? '') === notes.trim() || (!record.notes && !notes.trim())) return record;
      const next = { ...record };
      if (notes.trim()) next.notes = notes;
      else delete next.notes;
      return next;
    });
  }

  async delete(references: string[]): Promise<number> {
    let removed = 0;
    for (const reference of references) {
      if (!referenceSchema.safeParse(reference).success) continue;
      try {
        await this.guard('write', () => this.container.getBlobClient(blobName(reference)).delete());
        removed++;
      } catch (error) {
        if (!hasStatus(error, 404)) throw error;
      }
      this.cache.delete(reference);
    }
    return removed;
  }

  async quarantine(): Promise<QuarantineReport> {
    const places: string[] = [];
    await this.guard('read', async () => {
      try {
        for await (const blob of this.container.listBlobsFlat({ prefix: QUARANTINE_PREFIX })) places.push(blob.name);
      } catch (error) {
        if (!hasStatus(error, 404)) throw error;
      }
    });
    return { items: places.length, places };
  }

  async get(reference: string): Promise<BookingRecord | undefined> {
    return (await this.read(reference))?.record;
  }

  async markHandled(reference: string, at: Date = new Date()): Promise<BookingRecord | undefined> {
    return this.setStatus(reference, 'handled', at);
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
    return (await this.listed(wanted)).map((blob) => blob.reference);
  }

  private async listed(wanted: (createdAt: number) => boolean): Promise<{ reference: string; etag: string }[]> {
    const found: { reference: string; etag: string }[] = [];
    await this.guard('read', async () => {
      try {
        for await (const blob of this.container.listBlobsFlat({ includeMetadata: true })) {
          const reference = referenceOf(blob.name);
          if (reference && wanted(Date.parse(blob.metadata?.createdat ?? ''))) found.push({ reference, etag: blob.properties.etag ?? '' });
        }
      } catch (error) {
        if (!hasStatus(error, 404)) throw error; // no container yet: nothing stored
      }
    });
    const present = new Set(found.map((blob) => blob.reference));
    for (const reference of this.cache.keys()) if (!present.has(reference)) this.cache.delete(reference);
    return found;
  }

  /** A listed blob's record: from the cache when its eTag has not changed, else downloaded. */
  private async readListed({ reference, etag }: { reference: string; etag: string }): Promise<BookingRecord | undefined> {
    const cached = this.cache.get(reference);
    if (cached && etag && cached.etag === etag) return cached.record;
    return (await this.read(reference))?.record;
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
      const stored = { record: bookingRecordSchema.parse(JSON.parse(text)), etag };
      this.cache.set(reference, stored);
      return stored;
    } catch {
      await this.moveToQuarantine(reference, etag);
      return undefined;
    }
  }

  /**
   * Copies an unreadable blob to quarantine/ and then deletes the original (only if it is still
   * the version read), so it is kept for a person but no longer in the way of the reference.
   */
  private async moveToQuarantine(reference: string, etag: string): Promise<void> {
    const source = this.container.getBlobClient(blobName(reference));
    const target = this.container.getBlobClient(`${QUARANTINE_PREFIX}${blobName(reference)}.${Date.now()}`);
    try {
      const copy = await this.guard('write', () => target.syncCopyFromURL(source.url));
      if (copy.copyStatus !== 'success') throw new Error(`copy ended ${copy.copyStatus}`);
      await this.guard('write', () => source.delete({ conditions: { ifMatch: etag } }));
      // The reference and where it went only: the blob holds personal data.
      this.log.error({ reference, quarantine: target.name }, 'booking blob unreadable: moved to the quarantine; look at it and re-enter the request');
    } catch (error) {
      // 404/412: another instance moved or changed it meanwhile. Otherwise it stays where it is, untouched.
      if (!hasStatus(error, 404, 412)) this.log.error({ reference, err: error }, 'booking blob unreadable and could not be moved to the quarantine; left in place');
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
