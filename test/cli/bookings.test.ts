// `npm run bookings`: how the front desk reads and closes booking requests.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOURNAL_FILE } from '../../src/booking/journalImport.js';
import type { SqliteBookingStore } from '../../src/booking/sqliteBookingStore.js';
import { runBookingsCli } from '../../src/cli/bookings.js';
import { openClinicDatabase } from '../../src/database/clinicDatabase.js';
import { SqliteStaffStore } from '../../src/staff/sqliteStaffStore.js';
import { openSqliteStore } from '../booking/openStore.js';
import { sampleBooking } from '../booking/sampleBooking.js';

let dataDir: string;
beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'bookings-cli-'));
});
const stores: SqliteBookingStore[] = [];
async function seededStore() {
  const store = openSqliteStore(dataDir);
  stores.push(store);
  return store;
}
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  await fs.rm(dataDir, { recursive: true, force: true });
});

/** The day --purge-expired runs: 24 November 2025 (400 days earlier is 20 October 2024). */
const NOW = new Date('2025-11-24T18:00:00.000Z');

async function run(...argv: string[]) {
  return runWith({}, ...argv);
}

async function runWith(env: Record<string, string>, ...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runBookingsCli(argv, {
    env: { DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env },
    cwd: process.cwd(),
    out: (t) => (out += t),
    err: (t) => (err += t),
    now: () => NOW,
  });
  return { code, out, err };
}

const listed = async () => JSON.parse((await run('--format', 'json')).out).map((r: { reference: string }) => r.reference);

async function seed() {
  // Kept (in the old journal, imported when the database opens) before new requests were refused control
  // characters (newBookingRecordSchema): still listed, made harmless.
  const older = sampleBooking({
    reference: 'NPC-BBBBBB',
    createdAt: '2025-11-24T18:00:00.000Z',
    email: null,
    claimNumber: null,
    payer: 'self-pay',
    reason: '=HYPERLINK("http://evil.example","x"), with a comma\u001b[31m red',
    notifications: { email: { status: 'sent', attempts: 1 }, webhook: { status: 'failed', attempts: 2, lastError: 'webhook answered HTTP 500', nextAttemptAt: '2025-11-24T18:02:00.000Z' } },
  });
  await fs.appendFile(path.join(dataDir, JOURNAL_FILE), `${JSON.stringify({ event: 'booking', at: older.createdAt, record: older })}\n`);
  const store = openSqliteStore(dataDir);
  stores.push(store);
  await store.add(sampleBooking({ reference: 'NPC-AAAAAA', createdAt: '2025-11-23T07:30:00.000Z', name: 'Old Request' })); // 22 Nov, 23:30 in Vancouver
  return store;
}

describe('npm run bookings', () => {
  it('--format json prints every request newest first, with delivery status', async () => {
    await seed();
    const { code, out } = await run('--format', 'json');
    expect(code).toBe(0);
    const list = JSON.parse(out);
    expect(list.map((r: { reference: string }) => r.reference)).toEqual(['NPC-BBBBBB', 'NPC-AAAAAA']);
    for (const key of ['reference', 'createdAt', 'name', 'phone', 'email', 'preferredTime', 'reason', 'payer', 'claimNumber', 'status', 'notifications']) {
      expect(list[0]).toHaveProperty(key);
    }
    expect(list[0].notifications.webhook).toMatchObject({ status: 'failed', attempts: 2 });
  });

  it('shows a table in the clinic time zone, with control characters from typed text removed', async () => {
    await seed();
    const { code, out } = await run();
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Reference\s+Received\s+Status\s+Name\s+Phone\s+Email\s+Preferred time\s+Reason\s+Payment\s+Language\s+Notified$/);
    expect(lines[2]).toMatch(/^NPC-BBBBBB\s+2025-11-24 10:00\s+new\s+Priya Sharma\s+\+1 604 555 0123/);
    expect(lines[2]).toContain('email sent; webhook FAILED x2 (webhook answered HTTP 500), retry 2025-11-24 10:02');
    expect(lines[3]).toMatch(/^NPC-AAAAAA\s+2025-11-22 23:30/);
    expect(out).not.toContain('\u001b');
  });

  it('--format csv quotes commas and defuses spreadsheet formulas', async () => {
    await seed();
    const { out } = await run('--format', 'csv');
    const [header, first] = out.split('\r\n');
    expect(header).toBe(
      'reference,createdAt,received,status,handledAt,name,phone,email,preferredTime,resolvedTime,reason,payer,claimNumber,emailNotification,webhookNotification,teamsNotification,channelId,calledBackAt,language,notes',
    );
    expect(first).toContain(`"'=HYPERLINK(""http://evil.example"",""x""), with a comma [31m red"`);
    expect(first).toContain(",'+16045550123,");
    expect(first).toContain(',Self-pay,,sent (1),failed (2),,webchat,,en,');
  });

  it('--since keeps requests from that day on, in the clinic time zone', async () => {
    await seed();
    expect(JSON.parse((await run('--since', '2025-11-23', '--format', 'json')).out).map((r: { reference: string }) => r.reference)).toEqual(['NPC-BBBBBB']);
    expect(JSON.parse((await run('--since', '2025-11-22', '--format', 'json')).out)).toHaveLength(2);
    expect(JSON.parse((await run('--since', '2025-11-24T18:00:00Z', '--format', 'json')).out)).toHaveLength(1);
  });

  it('--handled marks one request handled (reference in any case) and the listing shows it', async () => {
    const store = await seed();
    expect(await run('--handled', 'npc-aaaaaa')).toMatchObject({ code: 0, out: 'NPC-AAAAAA marked handled.\n' });
    expect(await store.get('NPC-AAAAAA')).toMatchObject({ status: 'handled' });
    expect((await run()).out).toMatch(/NPC-AAAAAA\s+2025-11-22 23:30\s+handled/);
  });

  it.each([
    [['--handled', 'NPC-ZZZZZZ'], 1, /No booking request NPC-ZZZZZZ/],
    [['--format', 'xml'], 2, /--format must be one of table, csv, json/],
    [['--since', 'last week'], 2, /--since must be a date/],
    [['--bogus'], 2, /Unknown option '--bogus'/],
    [['--dry-run'], 2, /--dry-run only goes with --purge-expired/],
    [['--purge-expired', '--handled', 'NPC-AAAAAA'], 2, /cannot be combined/],
  ])('%j exits %i with a clear message', async (argv, exitCode, message) => {
    await seed();
    const { code, err } = await run(...argv);
    expect(code).toBe(exitCode);
    expect(err).toMatch(message);
  });

  it('--purge-expired --dry-run counts the requests past retention and deletes nothing; --purge-expired deletes them', async () => {
    const store = await seed();
    await store.add(sampleBooking({ reference: 'NPC-CCCCCC', createdAt: '2024-03-01T18:00:00.000Z', name: 'Expired Request' }));
    await store.add(sampleBooking({ reference: 'NPC-DDDDDD', createdAt: '2024-03-01T18:00:00.000Z', name: 'Handled Lately' }));
    await store.markHandled('NPC-DDDDDD', new Date('2025-02-01T18:00:00.000Z'));

    const dry = await run('--purge-expired', '--dry-run');
    expect(dry).toMatchObject({ code: 0, err: '' });
    expect(dry.out).toBe(
      `1 booking request last used before 2024-10-20T18:00:00.000Z (BOOKING_RETENTION_DAYS=400) would be removed from ${dataDir}/clinic.db. Dry run: nothing deleted.\n`,
    );
    expect(await listed()).toEqual(['NPC-BBBBBB', 'NPC-AAAAAA', 'NPC-DDDDDD', 'NPC-CCCCCC']);

    const purge = await run('--purge-expired');
    expect(purge).toMatchObject({ code: 0, err: '' });
    expect(purge.out).toMatch(/^Removed 1 booking request last used before 2024-10-20T18:00:00.000Z \(BOOKING_RETENTION_DAYS=400\) from /);
    expect(await listed()).toEqual(['NPC-BBBBBB', 'NPC-AAAAAA', 'NPC-DDDDDD']);
    expect((await run('--purge-expired')).out).toMatch(/^Removed 0 booking requests /);
  });

  it.each([
    ['400', 0],
    ['365', 1],
  ])('--purge-expired follows BOOKING_RETENTION_DAYS=%s (a request from 1 November 2024 goes after 365 days: %i)', async (days, count) => {
    await seed();
    await (await seededStore()).add(
      sampleBooking({ reference: 'NPC-EEEEEE', createdAt: '2024-11-01T18:00:00.000Z' }),
    );
    expect((await runWith({ BOOKING_RETENTION_DAYS: days }, '--purge-expired', '--dry-run')).out).toMatch(new RegExp(`^${count} booking requests? `));
    expect((await runWith({ BOOKING_RETENTION_DAYS: days }, '--purge-expired')).out).toMatch(new RegExp(`^Removed ${count} booking requests? `));
    expect((await listed()).includes('NPC-EEEEEE')).toBe(count === 0);
  });

  it('refuses a BOOKING_RETENTION_DAYS under a year (PIPA: at least one year after use)', async () => {
    await seed();
    const { code, err } = await runWith({ BOOKING_RETENTION_DAYS: '30' }, '--purge-expired');
    expect(code).toBe(1);
    expect(err).toMatch(/BOOKING_RETENTION_DAYS/);
    expect(await listed()).toHaveLength(2);
  });

  it('--delete REF deletes a request for good (any case, repeatable), audits who did it, and exits 1 for an unknown one', async () => {
    await seed();
    expect(await run('--delete', 'npc-aaaaaa')).toMatchObject({ code: 0, out: expect.stringMatching(/^Deleted 1 booking request \(NPC-AAAAAA\)/) });
    expect(await listed()).toEqual(['NPC-BBBBBB']);
    expect((await run('--delete', 'NPC-BBBBBB', '--delete', 'NPC-ZZZZZZ')).code).toBe(1);
    expect(await listed()).toEqual([]);
    const staff = new SqliteStaffStore(openClinicDatabase(dataDir));
    try {
      const { entries } = await staff.listAudit();
      expect(entries.map((e) => [e.action, e.targets.join(',')])).toEqual([
        ['delete', 'NPC-BBBBBB,NPC-ZZZZZZ'],
        ['delete', 'NPC-AAAAAA'],
      ]);
      expect(entries[0]!.actor).toMatch(/^cli/);
      expect(JSON.stringify(entries)).not.toContain('Old Request');
    } finally {
      await staff.close();
    }
  });

  it('--called-back REF moves a request to called back; --format json shows status, calledBackAt and handledAt', async () => {
    await seed();
    expect(await run('--called-back', 'NPC-AAAAAA')).toMatchObject({ code: 0, out: 'NPC-AAAAAA marked called back.\n' });
    await run('--handled', 'NPC-AAAAAA');
    const record = JSON.parse((await run('--format', 'json')).out).find((r: { reference: string }) => r.reference === 'NPC-AAAAAA');
    expect(record).toMatchObject({ status: 'handled', calledBackAt: expect.any(String), handledAt: expect.any(String) });
  });

  it('unreadable data in the quarantine is named on every run and by --purge-expired --dry-run, never deleted by a purge', async () => {
    await fs.writeFile(path.join(dataDir, 'bookings.jsonl'), '{"event":"booking","record":{"name":"Torn Wri', { mode: 0o600 });
    const dry = await run('--purge-expired', '--dry-run');
    expect(dry.err).toMatch(/1 unreadable booking record\(s\) are in the quarantine/);
    expect(dry.out).toMatch(/1 unreadable record\(s\) in the quarantine are never removed by a purge/);
    await run('--purge-expired');
    expect((await run()).err).toMatch(/1 unreadable booking record/);
  });

  it('says so when there are no requests, and prints usage on --help', async () => {
    expect((await run()).out).toBe('No booking requests.\n');
    expect(JSON.parse((await run('--format', 'json')).out)).toEqual([]);
    expect((await run('--help')).out).toMatch(/^Usage: npm run bookings -- \[options\]/);
  });
});
