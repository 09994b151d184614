// A valid booking record for store, notifier and CLI tests.
import type { BookingRecord } from '../../src/booking/bookingRecord.js';

export function sampleBooking(overrides: Partial<BookingRecord> = {}): BookingRecord {
  return {
    reference: 'NPC-7K3F9Q',
    createdAt: '2025-11-24T18:00:00.000Z',
    consentedAt: '2025-11-24T17:58:00.000Z',
    name: 'Priya Sharma',
    phone: '+16045550123',
    email: 'priya@example.com',
    preferredTime: {
      text: 'next Tuesday afternoon',
      resolved: [{ type: 'datetimerange', timex: '2025-12-02TAF', start: '2025-12-02 12:00:00', end: '2025-12-02 16:00:00' }],
      flexible: false,
      timeZone: 'America/Vancouver',
    },
    reason: 'my shoulder',
    payer: 'icbc',
    claimNumber: 'AB1234567',
    status: 'new',
    notifications: {},
    channelId: 'webchat',
    conversationHash: 'a1b2c3',
    ...overrides,
  };
}
