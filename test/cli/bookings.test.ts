// `npm run bookings`: how the front desk reads and closes booking requests.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalBookingStore } from '../../src/booking/journalBookingStore.js';
import { runBookingsCli } from '../../src/cli/bookings.js';
import { createLogger } from '../../src/logging/logger.js';
import { sampleBooking } from '../booking/sampleBooking.js';

let dataDir: string;
beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'bookings-cli-'));
});
afterEach(async () => {
  await fs.rm(dataDir, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runBookingsCli(argv, {
    env: { DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    cwd: process.cwd(),
    out: (t) => (out += t),
    err: (t) => (err += t),
  });
  return { code, out, err };
}

async function seed() {
  const store = new JournalBookingStore({ dataDir, log: createLogger('silent') });
  await store.add(sampleBooking({ reference: 'NPC-AAAAAA', createdAt: '2025-11-23T07:30:00.000Z', name: 'Old Request' })); // 22 Nov, 23:30 in Vancouver
  await store.add(
    sampleBooking({
      reference: 'NPC-BBBBBB',
      createdAt: '2025-11-24T18:00:00.000Z',
      email: null,
      claimNumber: null,
      payer: 'self-pay',
      reason: '=HYPERLINK("http://evil.example","x"), with a comma\u001b[31m red',
      notifications: { email: { status: 'sent', attempts: 1 }, webhook: { status: 'failed', attempts: 2, lastError: 'webhook answered HTTP 500', nextAttemptAt: '2025-11-24T18:02:00.000Z' } },
    }),
  );
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
    expect(lines[0]).toMatch(/^Reference\s+Received\s+Status\s+Name\s+Phone\s+Email\s+Preferred time\s+Reason\s+Payment\s+Notified$/);
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
      'reference,createdAt,received,status,handledAt,name,phone,email,preferredTime,resolvedTime,reason,payer,claimNumber,emailNotification,webhookNotification,teamsNotification,channelId',
    );
    expect(first).toContain(`"'=HYPERLINK(""http://evil.example"",""x""), with a comma [31m red"`);
    expect(first).toContain(",'+16045550123,");
    expect(first).toContain(',Self-pay,,sent (1),failed (2),,webchat');
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
  ])('%j exits %i with a clear message', async (argv, exitCode, message) => {
    await seed();
    const { code, err } = await run(...argv);
    expect(code).toBe(exitCode);
    expect(err).toMatch(message);
  });

  it('says so when there are no requests, and prints usage on --help', async () => {
    expect((await run()).out).toBe('No booking requests.\n');
    expect(JSON.parse((await run('--format', 'json')).out)).toEqual([]);
    expect((await run('--help')).out).toMatch(/^Usage: npm run bookings -- \[options\]/);
  });
});
