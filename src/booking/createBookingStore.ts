// Chooses where confirmed bookings live, in one place for the bot and `npm run bookings`:
// STORAGE=blob keeps them in Azure Blob Storage (shared by several bot instances); otherwise the
// fsync'd journal under DATA_DIR (also with STORAGE=memory, which only concerns chat state:
// booking requests are the clinic's records and must survive restarts).
import type { Config } from '../config.js';
import type { Logger } from '../logging/logger.js';
import { BlobBookingStore } from './blobBookingStore.js';
import type { BookingStore } from './bookingStore.js';
import { JournalBookingStore } from './journalBookingStore.js';

export function createBookingStore(config: Config, log: Pick<Logger, 'warn'>): BookingStore {
  if (config.storage.kind === 'blob' && config.storage.connectionString) {
    return new BlobBookingStore({ connectionString: config.storage.connectionString, containerName: config.storage.bookingsContainer, log });
  }
  return new JournalBookingStore({ dataDir: config.dataDir, log });
}

/** Where the bookings are, for messages to staff. */
export function describeBookingStore(config: Config): string {
  return config.storage.kind === 'blob' ? `Azure Blob container "${config.storage.bookingsContainer}"` : `${config.dataDir}/bookings.jsonl`;
}
