// `npm run staff`: how the clinic's IT person creates and manages staff accounts. The password
// comes from standard input (first line) when it is not a terminal; every change is audited.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runStaffCli } from '../../src/cli/staff.js';
import { openClinicDatabase } from '../../src/database/clinicDatabase.js';
import { verifyPassword } from '../../src/staff/passwords.js';
import { SqliteStaffStore } from '../../src/staff/sqliteStaffStore.js';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'staff-cli-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function run(argv: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = await runStaffCli(argv, {
    env: { DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    cwd: process.cwd(),
    out: (t) => (out += t),
    err: (t) => (err += t),
    stdin: Readable.from([stdin]),
  });
  return { code, out, err };
}

async function withStore<T>(work: (store: SqliteStaffStore) => Promise<T>): Promise<T> {
  const store = new SqliteStaffStore(openClinicDatabase(dataDir));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

describe('npm run staff', () => {
  it('add NAME reads the password from the first line of standard input and stores only its scrypt hash', async () => {
    expect(await run(['add', 'Reception'], 'correct horse battery staple\nignored second line\n')).toMatchObject({ code: 0, out: expect.stringContaining('Account reception (staff) created') });
    const account = await withStore((s) => s.getAccount('reception'));
    expect(account).toMatchObject({ name: 'reception', role: 'staff', disabled: false });
    expect(account!.passwordHash).toMatch(/^scrypt\$/);
    expect(await verifyPassword('correct horse battery staple', account!.passwordHash!)).toBe(true);
  });

  it('--role admin makes an admin; list shows every account', async () => {
    await run(['add', 'manager', '--role', 'admin'], 'correct horse battery staple\n');
    await run(['add', 'reception'], 'another good password\n');
    const { out } = await run(['list']);
    expect(out).toMatch(/manager\s+admin\s+active/);
    expect(out).toMatch(/reception\s+staff\s+active/);
  });

  it('disable ends the account, enable brings it back, reset sets a new password; each is audited', async () => {
    await run(['add', 'reception'], 'correct horse battery staple\n');
    expect((await run(['disable', 'reception'])).out).toContain('reception disabled; its sessions have ended.');
    expect((await run(['list'])).out).toMatch(/reception\s+staff\s+disabled/);
    await run(['enable', 'reception']);
    expect((await run(['reset', 'reception'], 'a brand new password\n')).code).toBe(0);
    const account = await withStore((s) => s.getAccount('reception'));
    expect(await verifyPassword('a brand new password', account!.passwordHash!)).toBe(true);
    const audit = await withStore((s) => s.listAudit());
    expect(audit.entries.map((e) => e.action).reverse()).toEqual(['account-add', 'account-disable', 'account-enable', 'account-reset']);
    expect(audit.entries.every((e) => e.actor.startsWith('cli'))).toBe(true);
    expect(JSON.stringify(audit)).not.toContain('password');
  });

  it.each([
    [['add', 'reception'], 'short\n', 1, /at least 12 characters/],
    [['add', 'bad name!'], 'correct horse battery staple\n', 1, /a name has/],
    [['add'], '', 2, /needs exactly one NAME/],
    [['remove', 'x'], '', 2, /Unknown command/],
    [['add', 'x1', '--role', 'root'], '', 2, /--role/],
    [['disable', 'nobody'], '', 1, /No account "nobody"/],
  ])('%j with stdin %j exits %i with a clear message', async (argv, stdin, code, message) => {
    const result = await run(argv as string[], stdin as string);
    expect(result.code).toBe(code);
    expect(result.err).toMatch(message);
  });

  it('refuses a second account with the same name', async () => {
    await run(['add', 'reception'], 'correct horse battery staple\n');
    expect(await run(['add', 'reception'], 'correct horse battery staple\n')).toMatchObject({ code: 1, err: expect.stringContaining('already an account') });
  });
});
