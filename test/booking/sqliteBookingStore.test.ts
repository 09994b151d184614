// The embedded booking store (SQLite): durable, private (0600 / 0700), newest first, status and
// notes for the staff page, a search that finds a person by reference, phone or name, and deletion
// that leaves nothing of the person in the data files.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReferenceTakenError } from '../../src/booking/bookingStore.js';
import type { SqliteBookingStore } from '../../src/booking/sqliteBookingStore.js';
import { openSqliteStore } from './openStore.js';
import { sampleBooking } from './sampleBooking.js';

let root: string;
let dataDir: string;
const opened: SqliteBookingStore[] = [];
const open = () => {
  const store = openSqliteStore(dataDir);
  opened.push(store);
  return store;
};

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'sqlite-store-'));
  dataDir = path.join(root, 'data');
});
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
  await fs.rm(root, { recursive: true, force: true });
});

/** Every byte under DATA_DIR, as text (database, WAL, renamed journals). */
async function everythingOnDisk(): Promise<string> {
  let text = '';
  for (const name of await fs.readdir(dataDir, { recursive: true })) {
    const file = path.join(dataDir, String(name));
    if ((await fs.stat(file)).isFile()) text += (await fs.readFile(file)).toString('latin1');
  }
  return text;
}

describe('SQLite booking store', () => {
  it('keeps a request across store instances (a restart) and finds it by reference', async () => {
    await open().add(sampleBooking());
    const again = open();
    expect(await again.get('NPC-7K3F9Q')).toEqual(sampleBooking());
    expect(await again.list()).toEqual([sampleBooking()]);
    expect(await again.get('NPC-2222AA')).toBeUndefined();
  });

  it('creates the folder 0700 and the database files 0600', async () => {
    const store = open();
    await store.add(sampleBooking());
    expect((await fs.stat(dataDir)).mode & 0o777).toBe(0o700);
    for (const name of await fs.readdir(dataDir)) expect([name, (await fs.stat(path.join(dataDir, name))).mode & 0o777]).toEqual([name, 0o600]);
  });

  it('lists newest first (later entries first when received at the same moment) and filters by since', async () => {
    const store = open();
    await store.add(sampleBooking({ reference: 'NPC-AAAAAA', createdAt: '2025-11-20T18:00:00.000Z' }));
    await store.add(sampleBooking({ reference: 'NPC-BBBBBB', createdAt: '2025-11-24T18:00:00.000Z' }));
    await store.add(sampleBooking({ reference: 'NPC-CCCCCC', createdAt: '2025-11-22T18:00:00.000Z' }));
    await store.add(sampleBooking({ reference: 'NPC-DDDDDD', createdAt: '2025-11-24T18:00:00.000Z' }));
    expect((await store.list()).map((r) => r.reference)).toEqual(['NPC-DDDDDD', 'NPC-BBBBBB', 'NPC-CCCCCC', 'NPC-AAAAAA']);
    const since = await store.list({ since: new Date('2025-11-22T18:00:00.000Z') });
    expect(since.map((r) => r.reference)).toEqual(['NPC-DDDDDD', 'NPC-BBBBBB', 'NPC-CCCCCC']);
  });

  it('moves a request to called back, then handled, stamping each time; back to new clears them', async () => {
    const store = open();
    await store.add(sampleBooking());
    expect(await store.setStatus('NPC-7K3F9Q', 'called-back', new Date('2025-11-25T17:00:00.000Z'))).toMatchObject({
      status: 'called-back',
      calledBackAt: '2025-11-25T17:00:00.000Z',
    });
    await store.markHandled('NPC-7K3F9Q', new Date('2025-11-26T17:00:00.000Z'));
    expect(await open().get('NPC-7K3F9Q')).toMatchObject({
      status: 'handled',
      calledBackAt: '2025-11-25T17:00:00.000Z',
      handledAt: '2025-11-26T17:00:00.000Z',
    });
    const reopened = await store.setStatus('NPC-7K3F9Q', 'new');
    expect(reopened?.status).toBe('new');
    expect(reopened).not.toHaveProperty('handledAt');
    expect(reopened).not.toHaveProperty('calledBackAt');
    expect(await store.markHandled('NPC-2222AA')).toBeUndefined();
  });

  it('keeps the front desk notes, and an empty note removes them', async () => {
    const store = open();
    await store.add(sampleBooking());
    await store.setNotes('NPC-7K3F9Q', 'Left a voicemail, try after 3');
    expect((await open().get('NPC-7K3F9Q'))?.notes).toBe('Left a voicemail, try after 3');
    await store.setNotes('NPC-7K3F9Q', '  ');
    expect(await store.get('NPC-7K3F9Q')).not.toHaveProperty('notes');
  });

  it('reads records from before languages and staff fields as they were (language "en" by default)', async () => {
    const store = open();
    const old = sampleBooking();
    await store.add(old);
    expect((await store.get(old.reference))?.language).toBeUndefined();
    await store.add(sampleBooking({ reference: 'NPC-PAPAPA', language: 'pa' }));
    expect((await store.get('NPC-PAPAPA'))?.language).toBe('pa');
  });

  it('replays notification status changes, the latest winning', async () => {
    const store = open();
    await store.add(sampleBooking({ notifications: { webhook: { status: 'pending', attempts: 0 } } }));
    await store.updateNotification('NPC-7K3F9Q', 'webhook', { status: 'failed', attempts: 1, lastError: 'webhook answered HTTP 500', nextAttemptAt: '2025-11-24T18:01:00.000Z' });
    await store.updateNotification('NPC-7K3F9Q', 'webhook', { status: 'sent', attempts: 2 });
    expect((await open().get('NPC-7K3F9Q'))!.notifications).toEqual({ webhook: { status: 'sent', attempts: 2 } });
  });

  it('treats a re-sent confirmation from the same conversation as the same request, and refuses a taken reference', async () => {
    const store = open();
    expect((await store.add(sampleBooking())).created).toBe(true);
    expect(await store.add(sampleBooking({ reason: 'changed' }))).toEqual({ record: sampleBooking(), created: false });
    await expect(store.add(sampleBooking({ conversationHash: 'other' }))).rejects.toBeInstanceOf(ReferenceTakenError);
    expect(await store.list()).toHaveLength(1);
  });

  it.each([
    ['a phone number that is not E.164', { phone: '604-555-0123' }],
    ['an invalid e-mail', { email: 'priya@' }],
    ['a malformed reference', { reference: 'NPC-0000' }],
    ['a reason over 300 characters', { reason: 'x'.repeat(301) }],
    ['an unknown language', { language: 'fr' }],
    ['an unknown status', { status: 'done' }],
  ])('refuses a record with %s and stores nothing', async (_what, bad) => {
    const store = open();
    await expect(store.add(sampleBooking(bad as never))).rejects.toThrow();
    expect(await store.list()).toEqual([]);
  });
});

describe('SQLite booking store: the staff page query', () => {
  async function seed(store: SqliteBookingStore) {
    await store.add(sampleBooking({ reference: 'NPC-AAAAAA', createdAt: '2025-11-20T18:00:00.000Z', name: 'Ana Lima', phone: '+16045550101' }));
    await store.add(sampleBooking({ reference: 'NPC-BBBBBB', createdAt: '2025-11-21T18:00:00.000Z', name: 'Bo Chen', phone: '+17785550102' }));
    await store.add(sampleBooking({ reference: 'NPC-CCCCCC', createdAt: '2025-11-22T18:00:00.000Z', name: 'Ana Souza', phone: '+16045550103' }));
    await store.setStatus('NPC-BBBBBB', 'called-back');
    await store.setStatus('NPC-CCCCCC', 'handled');
  }

  it.each([
    ['no filter', {}, ['NPC-CCCCCC', 'NPC-BBBBBB', 'NPC-AAAAAA'], 3, { new: 1, 'called-back': 1, handled: 1 }],
    ['status new', { status: 'new' }, ['NPC-AAAAAA'], 1, { new: 1, 'called-back': 1, handled: 1 }],
    ['a name part, any case', { search: 'ana' }, ['NPC-CCCCCC', 'NPC-AAAAAA'], 2, { new: 1, 'called-back': 0, handled: 1 }],
    ['a phone as people write it', { search: '(778) 555' }, ['NPC-BBBBBB'], 1, { new: 0, 'called-back': 1, handled: 0 }],
    ['a reference in lower case', { search: 'npc-cccccc' }, ['NPC-CCCCCC'], 1, { new: 0, 'called-back': 0, handled: 1 }],
    ['a date range', { from: new Date('2025-11-21T00:00:00Z'), to: new Date('2025-11-22T00:00:00Z') }, ['NPC-BBBBBB'], 1, { new: 0, 'called-back': 1, handled: 0 }],
    ['LIKE wildcards taken literally', { search: '%' }, [], 0, { new: 0, 'called-back': 0, handled: 0 }],
    ['one page of one', { limit: 1, offset: 1 }, ['NPC-BBBBBB'], 3, { new: 1, 'called-back': 1, handled: 1 }],
  ])('%s', async (_what, query, references, total, counts) => {
    const store = open();
    await seed(store);
    const page = await store.query(query as never);
    expect(page.records.map((r) => r.reference)).toEqual(references);
    expect(page.total).toBe(total);
    expect(page.counts).toEqual(counts);
  });

  it('deletes a person for good: gone from queries and from every file under DATA_DIR', async () => {
    const store = open();
    await seed(store);
    await store.setNotes('NPC-AAAAAA', 'Prefers mornings, Zanzibarian accent');
    expect(await store.delete(['NPC-AAAAAA', 'NPC-2222AA'])).toBe(1);
    expect((await store.query({ search: 'Ana Lima' })).total).toBe(0);
    expect(await store.get('NPC-AAAAAA')).toBeUndefined();
    const disk = await everythingOnDisk();
    for (const trace of ['Ana Lima', 'ana lima', '16045550101', 'Zanzibarian']) expect(disk).not.toContain(trace);
    expect(disk).toContain('Bo Chen');
  });
});
