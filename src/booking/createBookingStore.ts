// Chooses where confirmed bookings live, in one place for the bot and `npm run bookings`:
// STORAGE=blob keeps them in Azure Blob Storage (shared by several bot instances); otherwise the
// fsync'd journal under DATA_DIR (also with STORAGE=memory, which only concerns chat state:
// booking requests are the clinic's records and must survive restarts).
import type { Config } from '../config.js';
import type { Logger } from '../logging/logger.js';
import type { BlobBookingStoreOptions } from './blobBookingStore.js';
import type { AddResult, BookingStore } from './bookingStore.js';
import type { BookingRecord, NotificationChannelName, NotificationStatus } from './bookingRecord.js';
import { JournalBookingStore } from './journalBookingStore.js';

export function createBookingStore(config: Config, log: Pick<Logger, 'warn'>): BookingStore {
  if (config.storage.kind === 'blob' && config.storage.connectionString) {
    return new DeferredBlobBookingStore({ connectionString: config.storage.connectionString, containerName: config.storage.bookingsContainer, log });
  }
  return new JournalBookingStore({ dataDir: config.dataDir, log });
}

/**
 * The Azure SDK takes a few hundred milliseconds and over 10 MB to load: it is loaded with the
 * first booking call, and only when bookings live in blob storage. Behaves as BlobBookingStore.
 */
class DeferredBlobBookingStore implements BookingStore {
  private store: Promise<BookingStore> | undefined;

  constructor(private readonly options: BlobBookingStoreOptions) {}

  add(record: BookingRecord): Promise<AddResult> {
    return this.loaded().then((store) => store.add(record));
  }

  list(options?: { since?: Date }): Promise<BookingRecord[]> {
    return this.loaded().then((store) => store.list(options));
  }

  get(reference: string): Promise<BookingRecord | undefined> {
    return this.loaded().then((store) => store.get(reference));
  }

  markHandled(reference: string, at?: Date): Promise<BookingRecord | undefined> {
    return this.loaded().then((store) => store.markHandled(reference, at));
  }

  updateNotification(reference: string, channel: NotificationChannelName, status: NotificationStatus): Promise<void> {
    return this.loaded().then((store) => store.updateNotification(reference, channel, status));
  }

  purgeExpired(cutoff: Date): Promise<{ removed: number }> {
    return this.loaded().then((store) => store.purgeExpired(cutoff));
  }

  private loaded(): Promise<BookingStore> {
    this.store ??= import('./blobBookingStore.js').then(({ BlobBookingStore }) => new BlobBookingStore(this.options));
    return this.store;
  }
}

/** Where the bookings are, for messages to staff. */
export function describeBookingStore(config: Config): string {
  return config.storage.kind === 'blob' ? `Azure Blob container "${config.storage.bookingsContainer}"` : `${config.dataDir}/bookings.jsonl`;
}
