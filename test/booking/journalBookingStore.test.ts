// The embedded booking store: durable (fsync'd before add resolves), private (0600 / 0700),
// crash-tolerant (a torn last line is skipped, the next append starts clean), newest first.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReferenceTakenError } from '../../src/booking/bookingStore.js';
import { JournalBookingStore } from '../../src/booking/journalBookingStore.js';
import { sampleBooking } from './sampleBooking.js';

let root: string;
let dataDir: string;
const warnings: { obj: unknown; msg: string }[] = [];
const log = { warn: (obj: unknown, msg: string) => void warnings.push({ obj, msg }) } as never;
const open = () => new JournalBookingStore({ dataDir, log });

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'journal-'));
  dataDir = path.join(root, 'data');
  warnings.length = 0;
});
afterEach(async () => {
  vi.restoreAllMocks();
  await fs.rm(root, { recursive: true, force: true });
});

describe('journal booking store', () => {
  it('keeps a request across store instances (a restart) and finds it by reference', async () => {
    await open().add(sampleBooking());
    const again = open();
    expect(await again.get('NPC-7K3F9Q')).toEqual(sampleBooking());
    expect(await again.list()).toEqual([sampleBooking()]);
    expect(await again.get('NPC-2222AA')).toBeUndefined();
  });

  it('creates the folder 0700 and the journal 0600, and tightens a journal that was readable by others', async () => {
    const store = open();
    await store.add(sampleBooking());
    expect((await fs.stat(dataDir)).mode & 0o777).toBe(0o700);
    expect((await fs.stat(store.file)).mode & 0o777).toBe(0o600);
    await fs.chmod(store.file, 0o644);
    await fs.chmod(dataDir, 0o755);
    await store.markHandled('NPC-7K3F9Q');
    expect((await fs.stat(store.file)).mode & 0o777).toBe(0o600);
    expect((await fs.stat(dataDir)).mode & 0o777).toBe(0o700);
  });

  it('fsyncs the journal after writing and before add() resolves', async () => {
    const store = open();
    await store.add(sampleBooking({ reference: 'NPC-3333BB' })); // the journal exists from here on
    const probe = await fs.open(store.file, 'r');
    const fileHandle = Object.getPrototypeOf(probe) as Record<'write' | 'sync', (...args: unknown[]) => unknown>;
    await probe.close();
    const { write, sync } = fileHandle;
    const calls: string[] = [];
    vi.spyOn(fileHandle, 'write').mockImplementation(function (this: unknown, ...args: unknown[]) {
      calls.push('write');
      return write.apply(this, args);
    });
    vi.spyOn(fileHandle, 'sync').mockImplementation(function (this: unknown, ...args: unknown[]) {
      calls.push('sync');
      return sync.apply(this, args);
    });
    await store.add(sampleBooking());
    expect(calls).toEqual(['write', 'sync']);
  });

  it('skips a torn last line with a warning and starts the next append on a fresh line', async () => {
    const store = open();
    await store.add(sampleBooking({ reference: 'NPC-4444CC', createdAt: '2025-11-24T17:00:00.000Z' }));
    await fs.appendFile(store.file, '{"event":"booking","at":"2025-11-24T18:00:00.000Z","record":{"reference":"NPC-55');
    expect((await store.list()).map((r) => r.reference)).toEqual(['NPC-4444CC']);
    expect(warnings.map((w) => w.msg)).toEqual(['booking journal: torn last line ignored']);
    expect(JSON.stringify(warnings)).not.toContain('Priya');

    await store.add(sampleBooking({ reference: 'NPC-6666DD' }));
    expect((await open().list()).map((r) => r.reference)).toEqual(['NPC-6666DD', 'NPC-4444CC']);
  });

  it('lists newest first (later entries first when received at the same moment) and filters by --since', async () => {
    const store = open();
    await store.add(sampleBooking({ reference: 'NPC-AAAAAA', createdAt: '2025-11-20T18:00:00.000Z' }));
    await store.add(sampleBooking({ reference: 'NPC-BBBBBB', createdAt: '2025-11-24T18:00:00.000Z' }));
    await store.add(sampleBooking({ reference: 'NPC-CCCCCC', createdAt: '2025-11-22T18:00:00.000Z' }));
    await store.add(sampleBooking({ reference: 'NPC-DDDDDD', createdAt: '2025-11-24T18:00:00.000Z' }));
    expect((await store.list()).map((r) => r.reference)).toEqual(['NPC-DDDDDD', 'NPC-BBBBBB', 'NPC-CCCCCC', 'NPC-AAAAAA']);
    const since = await store.list({ since: new Date('2025-11-22T18:00:00.000Z') });
    expect(since.map((r) => r.reference)).toEqual(['NPC-DDDDDD', 'NPC-BBBBBB', 'NPC-CCCCCC']);
  });

  it('marks a request handled (an appended event, replayed on read) and reports unknown references', async () => {
    const store = open();
    await store.add(sampleBooking());
    const handled = await store.markHandled('NPC-7K3F9Q', new Date('2025-11-25T17:00:00.000Z'));
    expect(handled).toMatchObject({ status: 'handled', handledAt: '2025-11-25T17:00:00.000Z' });
    expect(await open().get('NPC-7K3F9Q')).toMatchObject({ status: 'handled', handledAt: '2025-11-25T17:00:00.000Z' });
    expect(await store.markHandled('NPC-2222AA')).toBeUndefined();
    const lines = (await fs.readFile(store.file, 'utf8')).trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).event)).toEqual(['booking', 'handled']);
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
    expect((await store.add(sampleBooking({ reason: 'changed' })))).toEqual({ record: sampleBooking(), created: false });
    await expect(store.add(sampleBooking({ conversationHash: 'other' }))).rejects.toBeInstanceOf(ReferenceTakenError);
    expect(await store.list()).toHaveLength(1);
  });

  it.each([
    ['a phone number that is not E.164', { phone: '604-555-0123' }],
    ['an invalid e-mail', { email: 'priya@' }],
    ['a malformed reference', { reference: 'NPC-0000' }],
    ['a reason over 300 characters', { reason: 'x'.repeat(301) }],
  ])('refuses a record with %s and writes nothing', async (_what, bad) => {
    const store = open();
    await expect(store.add(sampleBooking(bad as never))).rejects.toThrow();
    await expect(fs.stat(store.file)).rejects.toThrow();
  });
});
