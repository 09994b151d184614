// The bot deletes booking requests past retention by itself: createBookingFeature starts a sweep a
// minute after start and then daily, logging only how many went; close() stops it.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { RETENTION_FIRST_SWEEP_MS, RETENTION_SWEEP_EVERY_MS } from '../../src/booking/bookingFeature.js';
import type { SqliteBookingStore } from '../../src/booking/sqliteBookingStore.js';
import { openSqliteStore } from './openStore.js';
import { botParts, NOW, startBooking, type BookingSession } from '../dialogs/booking/bookingTestKit.js';
import { sampleBooking } from './sampleBooking.js';

let dataDir: string;
let session: BookingSession | undefined;
const logLines: string[] = [];
const opened: SqliteBookingStore[] = [];
const journal = () => {
  const store = openSqliteStore(dataDir);
  opened.push(store);
  return store;
};

beforeAll(async () => {
  await botParts(); // the knowledge base loads with real timers
});
beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'retention-sweep-'));
  logLines.length = 0;
  // Only the timers are fake: the database's file I/O stays real.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
});
afterEach(async () => {
  await session?.close();
  session = undefined;
  vi.useRealTimers();
  for (const store of opened.splice(0)) await store.close();
  await fs.rm(dataDir, { recursive: true, force: true });
});

async function seed() {
  const store = journal();
  await store.add(sampleBooking({ reference: 'NPC-AAAAAA', createdAt: '2025-11-17T18:00:00.000Z', name: 'Recent Person' }));
  await store.add(sampleBooking({ reference: 'NPC-BBBBBB', createdAt: '2023-06-01T18:00:00.000Z', name: 'Old Person' }));
}

const sweepLogs = () => logLines.map((line) => JSON.parse(line)).filter((entry) => String(entry.msg).startsWith('booking retention'));

describe('booking retention sweep', () => {
  it('shortly after start, removes the requests past retention and logs only the count', async () => {
    await seed();
    session = await startBooking(undefined, { dataDir, logLines, now: () => NOW });
    await vi.advanceTimersByTimeAsync(RETENTION_FIRST_SWEEP_MS);
    await session.close(); // waits for the sweep in progress
    session = undefined;
    expect((await journal().list()).map((r) => r.reference)).toEqual(['NPC-AAAAAA']);
    const logs = sweepLogs();
    expect(logs).toEqual([expect.objectContaining({ msg: 'booking retention: expired requests removed', removed: 1, retentionDays: 400 })]);
    expect(JSON.stringify(logs)).not.toMatch(/NPC-|Person/);
  });

  it('sweeps again a day later, with the clock of that day and BOOKING_RETENTION_DAYS', async () => {
    await seed();
    let now = NOW;
    session = await startBooking(undefined, { dataDir, logLines, now: () => now, env: { BOOKING_RETENTION_DAYS: '365' } });
    await vi.advanceTimersByTimeAsync(RETENTION_FIRST_SWEEP_MS);
    await session.feature.store.add(sampleBooking({ reference: 'NPC-CCCCCC', createdAt: '2024-11-24T20:00:00.000Z' })); // 365 days old tomorrow
    now = new Date('2025-11-25T21:00:00.000Z');
    await vi.advanceTimersByTimeAsync(RETENTION_SWEEP_EVERY_MS - RETENTION_FIRST_SWEEP_MS);
    await session.close();
    session = undefined;
    expect((await journal().list()).map((r) => r.reference)).toEqual(['NPC-AAAAAA']);
    expect(sweepLogs().map((entry) => [entry.removed, entry.retentionDays])).toEqual([
      [1, 365],
      [1, 365],
    ]);
  });

  it('close() before the first sweep stops it: nothing is deleted afterwards', async () => {
    await seed();
    session = await startBooking(undefined, { dataDir, logLines, now: () => NOW });
    await session.close();
    session = undefined;
    await vi.advanceTimersByTimeAsync(RETENTION_SWEEP_EVERY_MS * 2);
    expect((await journal().list()).map((r) => r.reference)).toEqual(['NPC-AAAAAA', 'NPC-BBBBBB']);
    expect(sweepLogs()).toEqual([]);
  });
});
