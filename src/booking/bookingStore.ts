// Where confirmed booking requests are kept. The embedded default is an fsync'd JSON-lines journal
// (journalBookingStore.ts); another backend only has to honour this interface.
import type { BookingRecord, NotificationChannelName, NotificationStatus } from './bookingRecord.js';

export interface AddResult {
  record: BookingRecord;
  /** False when the same conversation already stored this reference (a re-sent confirmation). */
  created: boolean;
}

export interface BookingStore {
  /** Durably stores a new request before resolving. Throws ReferenceTakenError when another conversation has the reference. */
  add(record: BookingRecord): Promise<AddResult>;
  /** Newest first; `since` keeps requests created at or after that instant. */
  list(options?: { since?: Date }): Promise<BookingRecord[]>;
  get(reference: string): Promise<BookingRecord | undefined>;
  /** Marks a request as dealt with by staff; undefined when no such reference. */
  markHandled(reference: string, at?: Date): Promise<BookingRecord | undefined>;
  updateNotification(reference: string, channel: NotificationChannelName, status: NotificationStatus): Promise<void>;
}

export class ReferenceTakenError extends Error {
  override name = 'ReferenceTakenError';
}
