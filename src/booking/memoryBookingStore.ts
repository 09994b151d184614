// Booking requests kept only in memory, for as long as the process runs: what the terminal chat
// (`npm run chat`) uses, so that a booking tried out there is neither stored in the clinic's
// journal nor listed by `npm run bookings`. Same contract as the journal (bookingStore.ts).
import { isPastRetention, ReferenceTakenError, type AddResult, type BookingStore } from './bookingStore.js';
import type { BookingRecord, NotificationChannelName, NotificationStatus } from './bookingRecord.js';

export class MemoryBookingStore implements BookingStore {
  private readonly records = new Map<string, BookingRecord>();

  async add(record: BookingRecord): Promise<AddResult> {
    const existing = this.records.get(record.reference);
    if (existing) {
      if (existing.conversationHash === record.conversationHash) return { record: existing, created: false };
      throw new ReferenceTakenError(`reference ${record.reference} is already used`);
    }
    this.records.set(record.reference, structuredClone(record));
    return { record, created: true };
  }

  async list(options: { since?: Date } = {}): Promise<BookingRecord[]> {
    const since = options.since?.getTime() ?? -Infinity;
    // Newest first; of two made at the same instant, the one added later (as in the journal).
    return [...this.records.values()]
      .filter((r) => Date.parse(r.createdAt) >= since)
      .reverse()
      .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  }

  async get(reference: string): Promise<BookingRecord | undefined> {
    return this.records.get(reference);
  }

  async markHandled(reference: string, at: Date = new Date()): Promise<BookingRecord | undefined> {
    const record = this.records.get(reference);
    if (record && record.status !== 'handled') this.records.set(reference, { ...record, status: 'handled', handledAt: at.toISOString() });
    return this.records.get(reference);
  }

  async updateNotification(reference: string, channel: NotificationChannelName, status: NotificationStatus): Promise<void> {
    const record = this.records.get(reference);
    if (record) this.records.set(reference, { ...record, notifications: { ...record.notifications, [channel]: status } });
  }

  async purgeExpired(cutoff: Date): Promise<{ removed: number }> {
    const expired = [...this.records.values()].filter((r) => isPastRetention(r, cutoff));
    for (const record of expired) this.records.delete(record.reference);
    return { removed: expired.length };
  }
}
