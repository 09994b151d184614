// Chooses where confirmed bookings live, in one place for the bot, `npm run bookings` and the
// staff page: STORAGE=blob keeps them in Azure Blob Storage (shared by several bot instances);
// otherwise the embedded database DATA_DIR/clinic.db (also with STORAGE=memory, which only
// concerns chat state: booking requests are the clinic's records and must survive restarts).
import type { Config } from '../config.js';
import { openClinicDatabase } from '../database/clinicDatabase.js';
import type { Logger } from '../logging/logger.js';
import type { BlobBookingStoreOptions } from './blobBookingStore.js';
import type { BookingRecord, BookingStatus, NotificationChannelName, NotificationStatus } from './bookingRecord.js';
import type { AddResult, BookingPage, BookingQuery, BookingStore, QuarantineReport } from './bookingStore.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { JOURNAL_FILE } from './journalImport.js';
import { SqliteBookingStore } from './sqliteBookingStore.js';

export type BookingStoreLog = Pick<Logger, 'info' | 'warn' | 'error'>;

export function createBookingStore(config: Config, log: BookingStoreLog): BookingStore {
  if (config.storage.kind === 'blob' && config.storage.connectionString) {
    return new DeferredBlobBookingStore({ connectionString: config.storage.connectionString, containerName: config.storage.bookingsContainer, log });
  }
  // Opened on first use, so a bot that takes no booking leaves no file behind; an old journal to
  // import (and quarantine) is dealt with at once, so /readyz can report what it could not read.
  const store = new SqliteBookingStore({ db: () => openClinicDatabase(config.dataDir), dataDir: config.dataDir, log });
  if (existsSync(path.join(config.dataDir, JOURNAL_FILE))) store.open();
  return store;
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

  query(query: BookingQuery): Promise<BookingPage> {
    return this.loaded().then((store) => store.query(query));
  }

  get(reference: string): Promise<BookingRecord | undefined> {
    return this.loaded().then((store) => store.get(reference));
  }

  setStatus(reference: string, status: BookingStatus, at?: Date): Promise<BookingRecord | undefined> {
    return this.loaded().then((store) => store.setStatus(reference, status, at));
  }

  markHandled(reference: string, at?: Date): Promise<BookingRecord | undefined> {
    return this.loaded().then((store) => store.markHandled(reference, at));
  }

  setNotes(reference: string, notes: string): Promise<BookingRecord | undefined> {
    return this.loaded().then((store) => store.setNotes(reference, notes));
  }

  updateNotification(reference: string, channel: NotificationChannelName, status: NotificationStatus): Promise<void> {
    return this.loaded().then((store) => store.updateNotification(reference, channel, status));
  }

  delete(references: string[]): Promise<number> {
    return this.loaded().then((store) => store.delete(references));
  }

  purgeExpired(cutoff: Date): Promise<{ removed: number }> {
    return this.loaded().then((store) => store.purgeExpired(cutoff));
  }

  quarantine(): Promise<QuarantineReport> {
    return this.loaded().then((store) => store.quarantine());
  }

  private loaded(): Promise<BookingStore> {
    this.store ??= import('./blobBookingStore.js').then(({ BlobBookingStore }) => new BlobBookingStore(this.options));
    return this.store;
  }
}

/** Where the bookings are, for messages to staff. */
export function describeBookingStore(config: Config): string {
  return config.storage.kind === 'blob' ? `Azure Blob container "${config.storage.bookingsContainer}"` : `${config.dataDir}/clinic.db`;
}
