// Retention in the embedded journal: purgeExpired rewrites bookings.jsonl without the requests last
// used before the cutoff (handled, or else received), keeps everything else event for event, stays
// 0600, and loses no append made while it runs, from this process or another one.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { retentionCutoff } from '../../src/booking/bookingStore.js';
import { JournalBookingStore } from '../../src/booking/journalBookingStore.js';
import { sampleBooking } from './sampleBooking.js';

/** 24 November 2025; with the default 400 days the cutoff is 20 October 2024, 18:00 UTC. */
const NOW = new Date('2025-11-24T18:00:00.000Z');
const CUTOFF = retentionCutoff(NOW, 400);

let root: string;
let dataDir: string;
const log = { warn: () => undefined } as never;
const open = () => new JournalBookingStore({ dataDir, log });

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'journal-retention-'));
  dataDir = path.join(root, 'data');
});
afterEach(async () => {
  vi.restoreAllMocks();
  await fs.rm(root, { recursive: true, force: true });
});

const references = async (store: JournalBookingStore) => (await store.list()).map((r) => r.reference).sort();
const journalLines = async (store: JournalBookingStore) => (await fs.readFile(store.file, 'utf8')).split('\n').filter(Boolean);

/** Requests on both sides of the cutoff, received and (some) handled at fixed dates. */
const CASES: { what: string; reference: string; createdAt: string; handledAt?: string; kept: boolean }[] = [
  { what: 'received last week', reference: 'NPC-AAAAAA', createdAt: '2025-11-17T18:00:00.000Z', kept: true },
  { what: 'received a day after the cutoff', reference: 'NPC-BBBBBB', createdAt: '2024-10-21T18:00:00.000Z', kept: true },
  { what: 'received two years ago, handled last month', reference: 'NPC-CCCCCC', createdAt: '2023-11-01T18:00:00.000Z', handledAt: '2025-10-24T18:00:00.000Z', kept: true },
  { what: 'received two years ago, never handled', reference: 'NPC-DDDDDD', createdAt: '2023-11-01T18:00:00.000Z', kept: false },
  { what: 'received and handled two years ago', reference: 'NPC-EEEEEE', createdAt: '2023-11-01T18:00:00.000Z', handledAt: '2023-11-02T18:00:00.000Z', kept: false },
  { what: 'received a day before the cutoff', reference: 'NPC-FFFFFF', createdAt: '2024-10-19T18:00:00.000Z', kept: false },
];

async function seedCases(store: JournalBookingStore) {
  for (const c of CASES) {
    await store.add(sampleBooking({ reference: c.reference, createdAt: c.createdAt, name: `Person ${c.reference.slice(4)}` }));
    await store.updateNotification(c.reference, 'email', { status: 'sent', attempts: 1 });
    if (c.handledAt) await store.markHandled(c.reference, new Date(c.handledAt));
  }
}

describe('journal booking store: retention purge', () => {
  it.each(CASES)('a request $what is kept: $kept', async ({ reference, kept }) => {
    const store = open();
    await seedCases(store);
    const before = await store.get(reference);
    const { removed } = await store.purgeExpired(CUTOFF);
    expect(removed).toBe(CASES.filter((c) => !c.kept).length);
    // A restart reads what is on disk.
    expect(await open().get(reference)).toEqual(kept ? before : undefined);
  });

  it('keeps the surviving requests event for event and leaves nothing of the removed ones in the file', async () => {
    const store = open();
    await seedCases(store);
    const survivors = CASES.filter((c) => c.kept);
    const expectedLines = (await journalLines(store)).filter((line) => survivors.some((c) => line.includes(c.reference)));
    await store.purgeExpired(CUTOFF);
    expect(await journalLines(store)).toEqual(expectedLines);
    const text = await fs.readFile(store.file, 'utf8');
    for (const gone of CASES.filter((c) => !c.kept)) {
      expect(text).not.toContain(gone.reference);
      expect(text).not.toContain(`Person ${gone.reference.slice(4)}`);
    }
    expect(await store.purgeExpired(CUTOFF)).toEqual({ removed: 0 });
  });

  it('keeps the journal 0600 in its 0700 folder and leaves no temporary file behind', async () => {
    const store = open();
    await seedCases(store);
    await store.purgeExpired(CUTOFF);
    expect((await fs.stat(store.file)).mode & 0o777).toBe(0o600);
    expect((await fs.stat(dataDir)).mode & 0o777).toBe(0o700);
    expect(await fs.readdir(dataDir)).toEqual(['bookings.jsonl']);
  });

  it('removes a temp file a crash mid-purge left long ago, but not one a purge elsewhere is writing now', async () => {
    const store = open();
    await seedCases(store);
    const abandoned = path.join(dataDir, '.bookings.jsonl.4242.abandoned.tmp');
    const inProgress = path.join(dataDir, '.bookings.jsonl.4343.in-progress.tmp');
    await fs.writeFile(abandoned, 'old personal data\n', { mode: 0o600 });
    await fs.utimes(abandoned, new Date('2025-01-01T00:00:00Z'), new Date('2025-01-01T00:00:00Z'));
    await fs.writeFile(inProgress, 'being written\n', { mode: 0o600 });
    await store.purgeExpired(CUTOFF);
    expect((await fs.readdir(dataDir)).sort()).toEqual(['.bookings.jsonl.4343.in-progress.tmp', 'bookings.jsonl']);
  });

  it('does not rewrite the journal when nothing is past retention, and copes with no journal at all', async () => {
    expect(await open().purgeExpired(CUTOFF)).toEqual({ removed: 0 });
    const store = open();
    await store.add(sampleBooking({ createdAt: '2025-11-17T18:00:00.000Z' }));
    const { ino, mtimeMs } = await fs.stat(store.file);
    expect(await store.purgeExpired(CUTOFF)).toEqual({ removed: 0 });
    expect(await fs.stat(store.file)).toMatchObject({ ino, mtimeMs });
  });

  it('drops an unfinished fragment (it may hold personal data) but keeps a line a newer version wrote', async () => {
    const store = open();
    await seedCases(store);
    const newer = JSON.stringify({ event: 'rescheduled', at: '2025-11-20T18:00:00.000Z', reference: 'NPC-AAAAAA' });
    await fs.appendFile(store.file, `${newer}\n{"event":"booking","at":"2025-11-24T18:00:00.000Z","record":{"name":"Torn Wri`);
    await store.purgeExpired(CUTOFF);
    const lines = await journalLines(store);
    expect(lines).toContain(newer);
    expect(lines.join('\n')).not.toContain('Torn Wri');
  });

  it('an add and a status change made while the purge runs wait for it and are both kept', async () => {
    const store = open();
    await seedCases(store);
    const fresh = sampleBooking({ reference: 'NPC-GGGGGG', createdAt: '2025-11-24T17:00:00.000Z' });
    const rename = fs.rename;
    const replacedJournal: string[] = [];
    vi.spyOn(fs, 'rename').mockImplementation(async (from, to) => {
      replacedJournal.push(await fs.readFile(to, 'utf8'));
      return rename(from, to);
    });
    const [purged] = await Promise.all([
      store.purgeExpired(CUTOFF),
      store.add(fresh),
      store.markHandled('NPC-AAAAAA', new Date('2025-11-24T17:30:00.000Z')),
    ]);
    expect(purged.removed).toBe(3);
    // Nothing was appended to the file the purge had read (the in-process lock held them back).
    expect(replacedJournal).toHaveLength(1);
    expect(replacedJournal[0]).not.toContain('NPC-GGGGGG');
    expect(replacedJournal[0]).not.toContain('2025-11-24T17:30:00.000Z');
    const again = open();
    expect(await again.get('NPC-GGGGGG')).toEqual(fresh);
    expect(await again.get('NPC-AAAAAA')).toMatchObject({ status: 'handled', handledAt: '2025-11-24T17:30:00.000Z' });
    expect(await references(again)).toEqual(['NPC-AAAAAA', 'NPC-BBBBBB', 'NPC-CCCCCC', 'NPC-GGGGGG']);
  });

  it('a booking another process appends just before the rename is carried into the new journal', async () => {
    const bot = open();
    const staff = open(); // its own queue, like `npm run bookings` in another process
    await seedCases(bot);
    const fresh = sampleBooking({ reference: 'NPC-GGGGGG', createdAt: '2025-11-24T17:00:00.000Z' });
    const rename = fs.rename;
    vi.spyOn(fs, 'rename').mockImplementation(async (from, to) => {
      await bot.add(fresh); // lands in the file the purge has already read
      return rename(from, to);
    });
    expect(await staff.purgeExpired(CUTOFF)).toEqual({ removed: 3 });
    expect(await open().get('NPC-GGGGGG')).toEqual(fresh);
    expect((await journalLines(bot)).filter((line) => line.includes('NPC-GGGGGG'))).toHaveLength(1);
  });

  it('a booking another process writes into the replaced journal after the purge is written again to the new one', async () => {
    const bot = open();
    const staff = open();
    await seedCases(bot);
    const fresh = sampleBooking({ reference: 'NPC-GGGGGG', createdAt: '2025-11-24T17:00:00.000Z' });
    // The bot has opened the journal and is about to write when the whole purge runs.
    const probe = await fs.open(path.join(root, 'probe'), 'w');
    const fileHandle = Object.getPrototypeOf(probe) as { write: (...args: unknown[]) => Promise<unknown> };
    await probe.close();
    const write = fileHandle.write;
    let purged: { removed: number } | undefined;
    vi.spyOn(fileHandle, 'write').mockImplementation(async function (this: unknown, ...args: unknown[]) {
      if (!purged && String(args[0]).includes('NPC-GGGGGG')) purged = await staff.purgeExpired(CUTOFF);
      return write.apply(this, args);
    });
    await bot.add(fresh);
    expect(purged).toEqual({ removed: 3 });
    expect(await open().get('NPC-GGGGGG')).toEqual(fresh);
    expect(await references(open())).toEqual(['NPC-AAAAAA', 'NPC-BBBBBB', 'NPC-CCCCCC', 'NPC-GGGGGG']);
    expect((await journalLines(bot)).filter((line) => line.includes('NPC-GGGGGG'))).toHaveLength(1);
  });
});
