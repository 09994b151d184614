// The staff password store and sign-in rules, on the real embedded database: scrypt with its
// parameters kept in the hash, a constant-time comparison, failures that slow the answer down and
// lock the name for a while (names that do not exist too, so a lock tells nothing), sessions that
// end after the idle and the absolute time-out, and a disabled account that is out at once.
import { timingSafeEqual } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openClinicDatabase } from '../../src/database/clinicDatabase.js';
import { hashParameters, hashPassword, SCRYPT_PARAMETERS, verifyPassword } from '../../src/staff/passwords.js';
import { slowDownMs, StaffAuth } from '../../src/staff/staffAuth.js';
import { SqliteStaffStore } from '../../src/staff/sqliteStaffStore.js';

vi.mock('node:crypto', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:crypto')>();
  return { ...original, default: original, timingSafeEqual: vi.fn(original.timingSafeEqual) };
});

const PASSWORD = 'correct horse battery staple';
let dir: string;
let store: SqliteStaffStore;
let clock: Date;
let slept: number[];
const MINUTE = 60_000;

function newAuth() {
  return new StaffAuth({
    store,
    sessionIdleMs: 30 * MINUTE,
    sessionMaxMs: 12 * 60 * MINUTE,
    lockAfter: 5,
    lockForMs: 15 * MINUTE,
    now: () => clock,
    sleep: async (ms) => void slept.push(ms),
    hashParameters: { N: 1024, r: 8, p: 1 }, // the production cost is checked above; cheap hashes keep this quick
  });
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'staff-auth-'));
  store = new SqliteStaffStore(openClinicDatabase(dir));
  clock = new Date('2025-11-24T16:00:00.000Z');
  slept = [];
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('password store', () => {
  it('hashes with scrypt N=2^15, r=8, p=1, a 16-byte random salt and a 32-byte key, kept with the hash', async () => {
    const hash = await hashPassword(PASSWORD);
    expect(hash.startsWith('scrypt$32768$8$1$')).toBe(true);
    expect(hashParameters(hash)).toEqual({ ...SCRYPT_PARAMETERS, saltBytes: 16, keyBytes: 32 });
    expect(await hashPassword(PASSWORD)).not.toBe(hash); // a new salt each time
    expect(hash).not.toContain(PASSWORD);
  });

  it.each([
    ['the right password', PASSWORD, true],
    ['one character off', `${PASSWORD.slice(0, -1)}f`, false],
    ['a prefix', PASSWORD.slice(0, 10), false],
    ['the empty string', '', false],
  ])('verifies %s: %s', async (_what, attempt, ok) => {
    expect(await verifyPassword(attempt, await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 }))).toBe(ok);
  });

  it('compares the derived keys in constant time (crypto.timingSafeEqual), whatever the guess', async () => {
    const hash = await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 });
    vi.mocked(timingSafeEqual).mockClear();
    await verifyPassword('wrong', hash);
    await verifyPassword(PASSWORD, hash);
    expect(timingSafeEqual).toHaveBeenCalledTimes(2);
  });

  it('refuses malformed or absurd stored hashes instead of trusting them', async () => {
    for (const stored of ['', 'plain', 'scrypt$1$8$1$a$b', 'scrypt$9999999999$8$1$YQ$Yg', 'bcrypt$x']) expect(await verifyPassword(PASSWORD, stored)).toBe(false);
  });
});

describe('sign-in lockout and slow-down', () => {
  it('answers later failures more slowly, locks after 5, refuses even the right password while locked, then lets in', async () => {
    const auth = newAuth();
    await auth.createAccount('reception', 'staff', PASSWORD);
    for (let i = 0; i < 4; i++) expect(await auth.signIn('reception', 'nope')).toEqual({ ok: false, reason: 'invalid' });
    expect(await auth.signIn('reception', 'nope')).toMatchObject({ ok: false, reason: 'locked' });
    expect(slept).toEqual([0, 0, 1000, 2000, 3000]);
    expect(await auth.signIn('reception', PASSWORD)).toMatchObject({ ok: false, reason: 'locked' });
    clock = new Date(clock.getTime() + 15 * MINUTE);
    expect(await auth.signIn('reception', PASSWORD)).toMatchObject({ ok: true });
    expect(await store.getAttempts('reception')).toEqual({ failures: 0 });
  });

  it('locks a name that has no account the same way (a lock does not reveal who has an account)', async () => {
    const auth = newAuth();
    for (let i = 0; i < 5; i++) await auth.signIn('nobody', 'nope');
    expect(await auth.signIn('nobody', 'nope')).toMatchObject({ ok: false, reason: 'locked' });
  });

  it('a disabled account cannot sign in, and its open sessions end at once', async () => {
    const auth = newAuth();
    await auth.createAccount('reception', 'staff', PASSWORD);
    const first = await auth.signIn('reception', PASSWORD);
    if (!first.ok) throw new Error('sign-in failed');
    await auth.setDisabled('reception', true);
    expect(await auth.resume(first.sessionId)).toBeUndefined();
    expect(await auth.signIn('reception', PASSWORD)).toEqual({ ok: false, reason: 'invalid' });
  });

  it.each([
    ['idle for 30 minutes', 30 * MINUTE, [10 * MINUTE, 20 * MINUTE]],
    ['signed in 12 hours ago, though used every 20 minutes', 12 * 60 * MINUTE, Array.from({ length: 35 }, (_, i) => (i + 1) * 20 * MINUTE)],
  ])('a session ends when %s', async (_what, endAfter, usedAt) => {
    const auth = newAuth();
    await auth.createAccount('reception', 'staff', PASSWORD);
    const start = clock.getTime();
    const signedIn = await auth.signIn('reception', PASSWORD);
    if (!signedIn.ok) throw new Error('sign-in failed');
    for (const at of usedAt) {
      clock = new Date(start + at);
      expect(await auth.resume(signedIn.sessionId)).toBeDefined();
    }
    clock = new Date(Math.max(start + endAfter, start + (usedAt.at(-1) ?? 0) + 30 * MINUTE));
    expect(await auth.resume(signedIn.sessionId)).toBeUndefined();
    expect(await store.getSession(signedIn.session.idHash)).toBeUndefined();
  });

  it('keeps only a hash of the session id', async () => {
    const auth = newAuth();
    await auth.createAccount('reception', 'staff', PASSWORD);
    const signedIn = await auth.signIn('reception', PASSWORD);
    if (!signedIn.ok) throw new Error('sign-in failed');
    expect(await store.getSession(signedIn.sessionId)).toBeUndefined();
    expect(signedIn.session.idHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('slows down from the third failure, at most 5 seconds', () => {
    expect([1, 2, 3, 4, 7, 20].map(slowDownMs)).toEqual([0, 0, 1000, 2000, 5000, 5000]);
  });
});
