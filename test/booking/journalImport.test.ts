// The pre-database journal (DATA_DIR/bookings.jsonl) is imported at the first start and renamed,
// never deleted. A damaged line in the middle (a recent, confirmed request) and a torn last line
// are never dropped: they go byte for byte to a 0600 quarantine file, an error names the line
// numbers (never their contents), and the store reports them until a person has dealt with them.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { retentionCutoff } from '../../src/booking/bookingStore.js';
import type { SqliteBookingStore } from '../../src/booking/sqliteBookingStore.js';
import { collectingLog, openSqliteStore, type LogLine } from './openStore.js';
import { sampleBooking } from './sampleBooking.js';

const NOW = new Date('2025-11-24T18:00:00.000Z');
let dataDir: string;
const opened: SqliteBookingStore[] = [];
let logLines: LogLine[];
const open = () => {
  const store = openSqliteStore(dataDir, collectingLog(logLines), () => NOW);
  opened.push(store);
  return store;
};

beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'journal-import-'));
  logLines = [];
});
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
  await fs.rm(dataDir, { recursive: true, force: true });
});

const event = (record: object) => JSON.stringify({ event: 'booking', at: '2025-11-20T18:00:00.000Z', record });
const first = sampleBooking({ reference: 'NPC-AAAAAA', createdAt: '2025-11-20T18:00:00.000Z', name: 'First Person' });
const third = sampleBooking({ reference: 'NPC-CCCCCC', createdAt: '2025-11-22T18:00:00.000Z', name: 'Third Person' });
// A recent, confirmed request whose line was damaged on disk (a bit flip turned a quote into a brace).
const damaged = event(sampleBooking({ reference: 'NPC-BBBBBB', createdAt: '2025-11-21T18:00:00.000Z', name: 'Damaged Person' })).replace('"name"', '{name"');
const torn = '{"event":"booking","at":"2025-11-24T17:59:00.000Z","record":{"reference":"NPC-DDDDDD","name":"Torn Wri';
const JOURNAL = `${event(first)}\n${damaged}\n${event(third)}\n${JSON.stringify({ event: 'handled', at: '2025-11-23T18:00:00.000Z', reference: 'NPC-AAAAAA' })}\n${torn}`;

async function writeJournal(text = JOURNAL) {
  await fs.writeFile(path.join(dataDir, 'bookings.jsonl'), text, { mode: 0o600 });
}

describe('importing the booking journal into the database', () => {
  it('imports every readable request with its status, then renames the journal with all its bytes', async () => {
    await writeJournal();
    const store = open();
    expect((await store.list()).map((r) => [r.reference, r.status])).toEqual([
      ['NPC-CCCCCC', 'new'],
      ['NPC-AAAAAA', 'handled'],
    ]);
    const names = await fs.readdir(dataDir);
    expect(names).not.toContain('bookings.jsonl');
    const renamed = names.find((name) => name.startsWith('bookings.jsonl.imported-'));
    expect(await fs.readFile(path.join(dataDir, renamed!), 'utf8')).toBe(JOURNAL);
    expect((await fs.stat(path.join(dataDir, renamed!))).mode & 0o777).toBe(0o600);
  });

  it('moves the damaged middle line and the torn last line to a 0600 quarantine file, byte for byte', async () => {
    await writeJournal();
    const store = open();
    const report = await store.quarantine();
    expect(report.items).toBe(2);
    expect(report.places).toHaveLength(1);
    expect(await fs.readFile(report.places[0]!, 'utf8')).toBe(`${damaged}\n${torn}\n`);
    expect((await fs.stat(report.places[0]!)).mode & 0o777).toBe(0o600);
    expect((await fs.stat(path.dirname(report.places[0]!))).mode & 0o777).toBe(0o700);
  });

  it('logs an error naming the line numbers and the quarantine file, never what the lines say', async () => {
    await writeJournal();
    open();
    const errors = logLines.filter((l) => l.level === 'error');
    expect(errors).toEqual([expect.objectContaining({ obj: expect.objectContaining({ lines: [2, 5], torn: true }) })]);
    expect(errors[0]!.msg).toMatch(/quarantine/);
    expect(JSON.stringify(logLines)).not.toMatch(/Damaged Person|Torn Wri|First Person|\+1604/);
  });

  it('the retention sweep afterwards keeps the quarantined data and every recent request', async () => {
    await writeJournal();
    const store = open();
    const quarantined = await store.quarantine();
    expect(await store.purgeExpired(retentionCutoff(NOW, 400))).toEqual({ removed: 0 });
    expect((await store.list()).map((r) => r.reference)).toEqual(['NPC-CCCCCC', 'NPC-AAAAAA']);
    expect(await fs.readFile(quarantined.places[0]!, 'utf8')).toContain('Damaged Person');
  });

  it('a second process opening the store imports nothing twice', async () => {
    await writeJournal();
    open();
    const again = open();
    expect(await again.list()).toHaveLength(2);
    expect((await again.quarantine()).items).toBe(2);
  });

  it('a journal whose every line reads imports quietly (no quarantine, no error)', async () => {
    await writeJournal(`${event(first)}\n`);
    const store = open();
    expect(await store.quarantine()).toEqual({ items: 0, places: [] });
    expect(logLines.filter((l) => l.level === 'error')).toEqual([]);
  });
});
