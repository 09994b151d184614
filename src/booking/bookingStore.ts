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
  /**
   * Deletes every request last used before `cutoff` (see isPastRetention). A request changed while
   * the purge runs is kept. `removed` counts the requests this call deleted.
   */
  purgeExpired(cutoff: Date): Promise<{ removed: number }>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant before which requests are past retention (config.storage.bookingRetentionDays). */
export function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}

/**
 * BC's PIPA: personal information used to make a decision is kept at least a year after its last
 * use, then destroyed. A request's last use is when staff handled it, or else when it was made.
 */
export function lastUsedAt(record: BookingRecord): Date {
  return new Date(record.status === 'handled' && record.handledAt ? record.handledAt : record.createdAt);
}

export function isPastRetention(record: BookingRecord, cutoff: Date): boolean {
  return lastUsedAt(record).getTime() < cutoff.getTime();
}

export class ReferenceTakenError extends Error {
  override name = 'ReferenceTakenError';
}
