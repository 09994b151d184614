// Where confirmed booking requests are kept. The embedded default is SQLite (sqliteBookingStore.ts);
// several instances share Azure Blob Storage (blobBookingStore.ts). Both honour this interface.
import type { BookingRecord, BookingStatus, NotificationChannelName, NotificationStatus } from './bookingRecord.js';

export interface AddResult {
  record: BookingRecord;
  /** False when the same conversation already stored this reference (a re-sent confirmation). */
  created: boolean;
}

/** What the staff page asks for: filters, a search and one page of results. */
export interface BookingQuery {
  status?: BookingStatus;
  /** Requests received at or after this instant. */
  from?: Date;
  /** Requests received before this instant. */
  to?: Date;
  /** A reference (or its start), a phone number (3+ digits of it) or part of the name. */
  search?: string;
  limit?: number;
  offset?: number;
}

export interface BookingPage {
  /** Newest first. */
  records: BookingRecord[];
  /** Requests matching every filter (all pages). */
  total: number;
  /** Requests per status matching the other filters (date, search): the tabs' numbers. */
  counts: Record<BookingStatus, number>;
}

/** Data the store found but could not read: kept aside for a person to look at, never dropped. */
export interface QuarantineReport {
  /** Unreadable lines or blobs set aside so far. */
  items: number;
  /** Where they are (file paths or blob names). */
  places: string[];
}

export interface BookingStore {
  /** Durably stores a new request before resolving. Throws ReferenceTakenError when another conversation has the reference. */
  add(record: BookingRecord): Promise<AddResult>;
  /** Newest first; `since` keeps requests created at or after that instant. */
  list(options?: { since?: Date }): Promise<BookingRecord[]>;
  /** One page of requests for the staff page. */
  query(query: BookingQuery): Promise<BookingPage>;
  get(reference: string): Promise<BookingRecord | undefined>;
  /** Moves a request to `status` (stamping calledBackAt / handledAt); undefined when no such reference. */
  setStatus(reference: string, status: BookingStatus, at?: Date): Promise<BookingRecord | undefined>;
  /** Marks a request as dealt with by staff; undefined when no such reference. */
  markHandled(reference: string, at?: Date): Promise<BookingRecord | undefined>;
  /** Replaces the front desk's notes; undefined when no such reference. */
  setNotes(reference: string, notes: string): Promise<BookingRecord | undefined>;
  updateNotification(reference: string, channel: NotificationChannelName, status: NotificationStatus): Promise<void>;
  /** Deletes these requests for good (a person's right to be forgotten); resolves with how many went. */
  delete(references: string[]): Promise<number>;
  /**
   * Deletes every request last used before `cutoff` (see isPastRetention). A request changed while
   * the purge runs is kept. `removed` counts the requests this call deleted.
   */
  purgeExpired(cutoff: Date): Promise<{ removed: number }>;
  /** What was set aside as unreadable (journal lines, blobs). */
  quarantine(): Promise<QuarantineReport>;
  close?(): Promise<void>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant before which requests are past retention (config.storage.bookingRetentionDays). */
export function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}

/**
 * BC's PIPA: personal information used to make a decision is kept at least a year after its last
 * use, then destroyed. A request's last use is the latest of when it was made, when staff called
 * the person back and when they handled it.
 */
export function lastUsedAt(record: BookingRecord): Date {
  const times = [record.createdAt, record.calledBackAt, record.handledAt].filter((t): t is string => Boolean(t)).map((t) => Date.parse(t));
  return new Date(Math.max(...times));
}

export function isPastRetention(record: BookingRecord, cutoff: Date): boolean {
  return lastUsedAt(record).getTime() < cutoff.getTime();
}

/** The record after staff moved it to `status` at `at`: the matching time stamped, later ones cleared. */
export function withStatus(record: BookingRecord, status: BookingStatus, at: Date): BookingRecord {
  if (record.status === status) return record;
  const next: BookingRecord = { ...record, status };
  delete next.handledAt;
  if (status === 'new') delete next.calledBackAt;
  if (status === 'called-back') next.calledBackAt = at.toISOString();
  if (status === 'handled') {
    next.handledAt = at.toISOString();
    if (record.calledBackAt) next.calledBackAt = record.calledBackAt;
  }
  return next;
}

export class ReferenceTakenError extends Error {
  override name = 'ReferenceTakenError';
}
