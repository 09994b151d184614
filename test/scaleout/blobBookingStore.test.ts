// Booking requests in Azure Blob Storage (a real Azurite on 127.0.0.1), as several bot instances
// would share them: each instance here is its own BlobBookingStore on the same container.
import { BlobClient } from '@azure/storage-blob';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BlobBookingStore } from '../../src/booking/blobBookingStore.js';
import type { BookingRecord } from '../../src/booking/bookingRecord.js';
import { ReferenceTakenError, retentionCutoff } from '../../src/booking/bookingStore.js';
import { newReference } from '../../src/booking/reference.js';
import { isStorageUnavailable } from '../../src/storage/errors.js';
import { startAzurite, type Azurite } from '../support/azurite.js';

const warnings: unknown[] = [];
const log = { warn: (...args: unknown[]) => void warnings.push(args), error: (...args: unknown[]) => void warnings.push(args) };
let azurite: Azurite;
let containerCount = 0;

beforeAll(async () => {
  azurite = await startAzurite({ persistent: true });
});
afterAll(async () => {
  await azurite?.dispose();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Two "instances" sharing one bookings container. */
function instances(count = 2): BlobBookingStore[] {
  const containerName = `bookings-${++containerCount}`;
  return Array.from({ length: count }, () => new BlobBookingStore({ connectionString: azurite.connectionString, containerName, log }));
}

function booking(overrides: Partial<BookingRecord> = {}): BookingRecord {
  const now = new Date().toISOString();
  return {
    reference: newReference(),
    createdAt: now,
    consentedAt: now,
    name: 'Zoë Example',
    phone: '+16045550123',
    email: null,
    preferredTime: { text: 'Tuesday morning', resolved: [], flexible: false, timeZone: 'America/Vancouver' },
    reason: 'lower back pain',
    payer: 'self-pay',
    claimNumber: null,
    status: 'new',
    notifications: {},
    channelId: 'webchat',
    conversationHash: 'a'.repeat(64),
    ...overrides,
  };
}

describe('blob booking store (Azurite)', () => {
  it('a booking added on one instance is listed and read on the other', async () => {
    const [a, b] = instances();
    const record = booking();
    expect(await a!.add(record)).toEqual({ record, created: true });
    expect(await b!.get(record.reference)).toEqual(record);
    expect((await b!.list()).map((r) => r.reference)).toEqual([record.reference]);
  });

  it('lists newest first and honours "since"', async () => {
    const [store] = instances(1);
    const old = booking({ createdAt: '2025-01-02T10:00:00.000Z' });
    const mid = booking({ createdAt: '2025-03-02T10:00:00.000Z' });
    const recent = booking({ createdAt: '2025-06-02T10:00:00.000Z' });
    for (const r of [mid, old, recent]) await store!.add(r);
    expect((await store!.list()).map((r) => r.reference)).toEqual([recent.reference, mid.reference, old.reference]);
    expect((await store!.list({ since: new Date('2025-03-01T00:00:00Z') })).map((r) => r.reference)).toEqual([
      recent.reference,
      mid.reference,
    ]);
  });

  it('a re-sent confirmation from the same conversation finds its record; another conversation cannot take the reference', async () => {
    const [a, b] = instances();
    const record = booking();
    await a!.add(record);
    expect(await b!.add({ ...record, name: 'Someone Else' })).toEqual({ record, created: false });
    await expect(b!.add({ ...record, conversationHash: 'b'.repeat(64) })).rejects.toBeInstanceOf(ReferenceTakenError);
  });

  it('two instances adding the same reference at once: exactly one creates it', async () => {
    const [a, b] = instances();
    const record = booking();
    const results = await Promise.all([a!.add(record), b!.add(record)]);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    expect(await a!.list()).toHaveLength(1);
  });

  it('status updates from several instances at once are all kept (eTag conflicts are re-applied, not lost)', async () => {
    const [a, b, c] = instances(3);
    const record = booking();
    await a!.add(record);
    const at = '2025-05-01T12:00:00.000Z';
    await Promise.all([
      a!.updateNotification(record.reference, 'email', { status: 'sent', attempts: 1, lastAttemptAt: at }),
      b!.updateNotification(record.reference, 'webhook', { status: 'failed', attempts: 2, lastError: 'HTTP 503', lastAttemptAt: at }),
      c!.markHandled(record.reference, new Date(at)),
    ]);
    const stored = await b!.get(record.reference);
    expect(stored).toMatchObject({
      status: 'handled',
      handledAt: at,
      notifications: { email: { status: 'sent', attempts: 1 }, webhook: { status: 'failed', attempts: 2 } },
    });
  });

  it('updating or reading an unknown or malformed reference changes nothing', async () => {
    const [store] = instances(1);
    expect(await store!.markHandled('NPC-ZZZZZZ')).toBeUndefined();
    expect(await store!.get('../../etc/passwd')).toBeUndefined();
    await store!.updateNotification('NPC-ZZZZZZ', 'email', { status: 'sent', attempts: 1 });
    expect(await store!.list()).toEqual([]);
  });

  it('refuses a record that breaks the schema before storing anything', async () => {
    const [store] = instances(1);
    await expect(store!.add(booking({ phone: '604 555 0123' }))).rejects.toThrow();
    expect(await store!.list()).toEqual([]);
  });

  describe('retention purge (cutoff 400 days before 24 November 2025: 20 October 2024)', () => {
    const cutoff = retentionCutoff(new Date('2025-11-24T18:00:00.000Z'), 400);
    const seedRetention = async (store: BlobBookingStore) => {
      const records = {
        recent: booking({ createdAt: '2025-11-17T18:00:00.000Z' }),
        handledLately: booking({ createdAt: '2023-11-01T18:00:00.000Z', consentedAt: '2023-11-01T18:00:00.000Z' }),
        old: booking({ createdAt: '2023-11-01T18:00:00.000Z', consentedAt: '2023-11-01T18:00:00.000Z' }),
        handledLongAgo: booking({ createdAt: '2023-11-01T18:00:00.000Z', consentedAt: '2023-11-01T18:00:00.000Z' }),
      };
      for (const record of Object.values(records)) await store.add(record);
      await store.markHandled(records.handledLately.reference, new Date('2025-10-24T18:00:00.000Z'));
      await store.markHandled(records.handledLongAgo.reference, new Date('2023-11-02T18:00:00.000Z'));
      return records;
    };

    it('removes requests last used before the cutoff and keeps recent and recently handled ones', async () => {
      const [store] = instances(1);
      const records = await seedRetention(store!);
      expect(await store!.purgeExpired(cutoff)).toEqual({ removed: 2 });
      expect((await store!.list()).map((r) => r.reference).sort()).toEqual([records.recent.reference, records.handledLately.reference].sort());
      expect(await store!.get(records.old.reference)).toBeUndefined();
      expect(await store!.purgeExpired(cutoff)).toEqual({ removed: 0 });
    });

    it('two instances purging at once delete each expired request once between them', async () => {
      const [a, b] = instances();
      await seedRetention(a!);
      const results = await Promise.all([a!.purgeExpired(cutoff), b!.purgeExpired(cutoff)]);
      expect(results[0]!.removed + results[1]!.removed).toBe(2);
      expect(await a!.list()).toHaveLength(2);
    });

    it('keeps a request another instance changed between the purge reading it and deleting it', async () => {
      const [a, b] = instances();
      const old = booking({ createdAt: '2023-11-01T18:00:00.000Z', consentedAt: '2023-11-01T18:00:00.000Z' });
      await a!.add(old);
      const remove = BlobClient.prototype.delete;
      vi.spyOn(BlobClient.prototype, 'delete').mockImplementation(async function (this: BlobClient, ...args) {
        await b!.markHandled(old.reference, new Date('2025-11-24T17:00:00.000Z')); // staff deal with it just now
        return remove.apply(this, args);
      });
      expect(await a!.purgeExpired(cutoff)).toEqual({ removed: 0 });
      vi.restoreAllMocks();
      expect(await a!.get(old.reference)).toMatchObject({ status: 'handled', handledAt: '2025-11-24T17:00:00.000Z' });
      expect(await a!.purgeExpired(cutoff)).toEqual({ removed: 0 });
    });

    it('an empty or not yet created container has nothing to purge', async () => {
      const [store] = instances(1);
      expect(await store!.purgeExpired(cutoff)).toEqual({ removed: 0 });
    });
  });

  it('while the blob service is down, calls fail as "storage unavailable"; afterwards they work again', async () => {
    const [store] = instances(1);
    const before = booking();
    await store!.add(before);
    await azurite.stop();
    try {
      const failure = await store!.add(booking()).catch((e: unknown) => e);
      expect(isStorageUnavailable(failure)).toBe(true);
      expect(isStorageUnavailable(await store!.list().catch((e: unknown) => e))).toBe(true);
    } finally {
      await azurite.start();
    }
    const after = booking();
    await store!.add(after);
    expect((await store!.list()).map((r) => r.reference).sort()).toEqual([before.reference, after.reference].sort());
  });
});
