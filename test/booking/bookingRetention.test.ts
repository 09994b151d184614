// Retention in the embedded store: purgeExpired deletes the requests last used before the cutoff
// (the latest of received, called back, handled), keeps everything else as it was, and removes the
// expired ones from the renamed pre-database journal too; a status change racing the purge is kept.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { retentionCutoff } from '../../src/booking/bookingStore.js';
import type { SqliteBookingStore } from '../../src/booking/sqliteBookingStore.js';
import { openSqliteStore } from './openStore.js';
import { sampleBooking } from './sampleBooking.js';

/** 24 November 2025; with the default 400 days the cutoff is 20 October 2024, 18:00 UTC. */
const NOW = new Date('2025-11-24T18:00:00.000Z');
const CUTOFF = retentionCutoff(NOW, 400);

let root: string;
let dataDir: string;
const opened: SqliteBookingStore[] = [];
const open = () => {
  const store = openSqliteStore(dataDir);
  opened.push(store);
  return store;
};

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'booking-retention-'));
  dataDir = path.join(root, 'data');
});
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
  await fs.rm(root, { recursive: true, force: true });
});

/** Requests on both sides of the cutoff, received and (some) called back or handled at fixed dates. */
const CASES: { what: string; reference: string; createdAt: string; calledBackAt?: string; handledAt?: string; kept: boolean }[] = [
  { what: 'received last week', reference: 'NPC-AAAAAA', createdAt: '2025-11-17T18:00:00.000Z', kept: true },
  { what: 'received a day after the cutoff', reference: 'NPC-BBBBBB', createdAt: '2024-10-21T18:00:00.000Z', kept: true },
  { what: 'received two years ago, handled last month', reference: 'NPC-CCCCCC', createdAt: '2023-11-01T18:00:00.000Z', handledAt: '2025-10-24T18:00:00.000Z', kept: true },
  { what: 'received two years ago, called back last month', reference: 'NPC-HHHHHH', createdAt: '2023-11-01T18:00:00.000Z', calledBackAt: '2025-10-24T18:00:00.000Z', kept: true },
  { what: 'received two years ago, never handled', reference: 'NPC-DDDDDD', createdAt: '2023-11-01T18:00:00.000Z', kept: false },
  { what: 'received and handled two years ago', reference: 'NPC-EEEEEE', createdAt: '2023-11-01T18:00:00.000Z', handledAt: '2023-11-02T18:00:00.000Z', kept: false },
  { what: 'received a day before the cutoff', reference: 'NPC-FFFFFF', createdAt: '2024-10-19T18:00:00.000Z', kept: false },
];

async function seedCases(store: SqliteBookingStore) {
  for (const c of CASES) {
    await store.add(sampleBooking({ reference: c.reference, createdAt: c.createdAt, name: `Person ${c.reference.slice(4)}` }));
    await store.updateNotification(c.reference, 'email', { status: 'sent', attempts: 1 });
    if (c.calledBackAt) await store.setStatus(c.reference, 'called-back', new Date(c.calledBackAt));
    if (c.handledAt) await store.markHandled(c.reference, new Date(c.handledAt));
  }
}

describe('booking store: retention purge', () => {
  it.each(CASES)('a request $what is kept: $kept', async ({ reference, kept }) => {
    const store = open();
    await seedCases(store);
    const before = await store.get(reference);
    const { removed } = await store.purgeExpired(CUTOFF);
    expect(removed).toBe(CASES.filter((c) => !c.kept).length);
    expect(await open().get(reference)).toEqual(kept ? before : undefined);
  });

  it('a second purge finds nothing, and a store with no requests purges nothing', async () => {
    expect(await open().purgeExpired(CUTOFF)).toEqual({ removed: 0 });
    const store = open();
    await seedCases(store);
    await store.purgeExpired(CUTOFF);
    expect(await store.purgeExpired(CUTOFF)).toEqual({ removed: 0 });
  });

  it('a status change made by another process while the purge runs is kept (one transaction each)', async () => {
    const bot = open();
    const staff = open();
    await seedCases(bot);
    const [purged] = await Promise.all([staff.purgeExpired(CUTOFF), bot.markHandled('NPC-AAAAAA', new Date('2025-11-24T17:30:00.000Z'))]);
    expect(purged.removed).toBe(3);
    expect(await open().get('NPC-AAAAAA')).toMatchObject({ status: 'handled', handledAt: '2025-11-24T17:30:00.000Z' });
  });

  it('an expired request imported from the old journal is removed from the renamed journal too', async () => {
    await fs.mkdir(dataDir, { recursive: true });
    const old = sampleBooking({ reference: 'NPC-DDDDDD', createdAt: '2023-11-01T18:00:00.000Z', name: 'Expired Person' });
    const recent = sampleBooking({ reference: 'NPC-AAAAAA', createdAt: '2025-11-17T18:00:00.000Z', name: 'Recent Person' });
    const line = (record: object) => JSON.stringify({ event: 'booking', at: NOW.toISOString(), record });
    await fs.writeFile(path.join(dataDir, 'bookings.jsonl'), `${line(old)}\n${line(recent)}\n`, { mode: 0o600 });
    const store = open();
    expect(await store.purgeExpired(CUTOFF)).toEqual({ removed: 1 });
    const [renamed] = (await fs.readdir(dataDir)).filter((name) => name.startsWith('bookings.jsonl.imported-'));
    const kept = await fs.readFile(path.join(dataDir, renamed!), 'utf8');
    expect(kept).not.toContain('Expired Person');
    expect(kept).toContain('Recent Person');
  });
});
