// Signing staff in and keeping them signed in, without HTTP: accounts with scrypt passwords, a
// lockout after repeated failures (also for names that do not exist, so a lock reveals nothing),
// answers that slow down as failures add up, and server-side sessions with an idle and an
// absolute time-out. A session id exists only in the person's cookie; the store keeps its hash.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { decoyHash, hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import { accountNameSchema, type StaffAccount, type StaffRole, type StaffSession, type StaffStore } from './staffStore.js';

export interface StaffAuthOptions {
  store: StaffStore;
  sessionIdleMs: number;
  sessionMaxMs: number;
  /** Failures in a row that lock a name (config.staff.lockAfter). */
  lockAfter: number;
  lockForMs: number;
  now?: () => Date;
  /** Waits before answering a failed sign-in (injectable for tests). */
  sleep?: (ms: number) => Promise<void>;
  /** scrypt cost for new passwords (default SCRYPT_PARAMETERS; tests use a cheaper one). */
  hashParameters?: { N: number; r: number; p: number };
}

/** 0 s for the first two failures, then 1 s more for each, at most 5 s. */
export function slowDownMs(failures: number): number {
  return failures <= 2 ? 0 : Math.min((failures - 2) * 1000, 5000);
}

export type SignInResult =
  | { ok: true; account: StaffAccount; sessionId: string; session: StaffSession }
  | { ok: false; reason: 'invalid' | 'locked'; lockedUntil?: string };

export interface ActiveSession {
  account: StaffAccount;
  session: StaffSession;
}

const SESSION_TOUCH_MS = 30_000;

export function sessionHash(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Constant-time comparison of two tokens (CSRF). */
export function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export class StaffAuth {
  private readonly now: () => Date;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: StaffAuthOptions) {
    this.now = options.now ?? (() => new Date());
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  get store(): StaffStore {
    return this.options.store;
  }

  async createAccount(rawName: string, role: StaffRole, password: string): Promise<StaffAccount> {
    const name = accountNameSchema.parse(rawName);
    const problem = passwordProblem(password);
    if (problem) throw new Error(problem);
    const at = this.now().toISOString();
    const account: StaffAccount = { name, role, passwordHash: await hashPassword(password, this.options.hashParameters), disabled: false, createdAt: at, passwordChangedAt: at };
    if (!(await this.options.store.addAccount(account))) throw new Error(`there is already an account "${name}"`);
    return account;
  }

  /** An account that signs in only through single sign-on (its name: the person's e-mail / UPN). */
  async createSsoAccount(rawName: string, role: StaffRole): Promise<StaffAccount> {
    const name = accountNameSchema.parse(rawName);
    const account: StaffAccount = { name, role, disabled: false, createdAt: this.now().toISOString() };
    if (!(await this.options.store.addAccount(account))) throw new Error(`there is already an account "${name}"`);
    return account;
  }

  /** A session for a person the single sign-on provider vouched for; undefined without an active account. */
  async signInVouched(rawName: string): Promise<{ account: StaffAccount; sessionId: string; session: StaffSession } | undefined> {
    const parsed = accountNameSchema.safeParse(rawName);
    const account = parsed.success ? await this.options.store.getAccount(parsed.data) : undefined;
    if (!account || account.disabled) return undefined;
    return { account, ...(await this.startSession(account.name)) };
  }

  /** Sets a new password and ends the account's sessions. */
  async resetPassword(rawName: string, password: string): Promise<StaffAccount | undefined> {
    const name = accountNameSchema.parse(rawName);
    const problem = passwordProblem(password);
    if (problem) throw new Error(problem);
    const account = await this.options.store.updateAccount(name, { passwordHash: await hashPassword(password, this.options.hashParameters), passwordChangedAt: this.now().toISOString() });
    if (account) {
      await this.options.store.deleteSessionsOf(name);
      await this.options.store.clearFailures(name);
    }
    return account;
  }

  /** Disables (or enables) an account; disabling ends its sessions at once. */
  async setDisabled(rawName: string, disabled: boolean): Promise<StaffAccount | undefined> {
    const name = accountNameSchema.parse(rawName);
    const account = await this.options.store.updateAccount(name, { disabled });
    if (account && disabled) await this.options.store.deleteSessionsOf(name);
    return account;
  }

  async signIn(rawName: string, password: string): Promise<SignInResult> {
    const parsed = accountNameSchema.safeParse(rawName);
    // Every failure is counted under the name typed, whether or not it exists.
    const name = parsed.success ? parsed.data : rawName.trim().toLowerCase().slice(0, 64);
    const { store, lockAfter, lockForMs } = this.options;
    const now = this.now();
    const attempts = await store.getAttempts(name);
    if (attempts.lockedUntil && Date.parse(attempts.lockedUntil) > now.getTime()) {
      return { ok: false, reason: 'locked', lockedUntil: attempts.lockedUntil };
    }
    const account = parsed.success ? await store.getAccount(name) : undefined;
    // A missing account or password still costs one scrypt, so timing does not tell which names exist.
    const matches = await verifyPassword(password, account?.passwordHash ?? (await decoyHash()));
    if (!account || account.disabled || !account.passwordHash || !matches) {
      const after = await store.recordFailure(name, now, { lockAfter, lockForMs });
      await this.sleep(slowDownMs(after.failures));
      if (after.lockedUntil && Date.parse(after.lockedUntil) > now.getTime()) return { ok: false, reason: 'locked', lockedUntil: after.lockedUntil };
      return { ok: false, reason: 'invalid' };
    }
    await store.clearFailures(name);
    return { ok: true, account, ...(await this.startSession(account.name)) };
  }

  /** A new session (a new id every sign-in: an id known before sign-in is never reused). */
  async startSession(account: string): Promise<{ sessionId: string; session: StaffSession }> {
    const sessionId = newToken();
    const at = this.now().toISOString();
    const session: StaffSession = { idHash: sessionHash(sessionId), account, createdAt: at, lastSeenAt: at, csrfToken: newToken() };
    await this.options.store.createSession(session);
    return { sessionId, session };
  }

  /** The signed-in account for a cookie's session id, or undefined (expired, signed out, disabled). */
  async resume(sessionId: string | undefined): Promise<ActiveSession | undefined> {
    if (!sessionId || sessionId.length > 100) return undefined;
    const { store, sessionIdleMs, sessionMaxMs } = this.options;
    const idHash = sessionHash(sessionId);
    const session = await store.getSession(idHash);
    if (!session) return undefined;
    const now = this.now().getTime();
    const expired = now - Date.parse(session.createdAt) >= sessionMaxMs || now - Date.parse(session.lastSeenAt) >= sessionIdleMs;
    const account = expired ? undefined : await store.getAccount(session.account);
    if (!account || account.disabled) {
      await store.deleteSession(idHash);
      return undefined;
    }
    if (now - Date.parse(session.lastSeenAt) >= SESSION_TOUCH_MS) await store.touchSession(idHash, new Date(now));
    return { account, session };
  }

  async signOut(sessionId: string | undefined): Promise<void> {
    if (sessionId) await this.options.store.deleteSession(sessionHash(sessionId));
  }

  /** Removes sessions idle past the time-out (called now and then). */
  async sweepSessions(): Promise<number> {
    return this.options.store.deleteIdleSessions(new Date(this.now().getTime() - this.options.sessionIdleMs));
  }
}
