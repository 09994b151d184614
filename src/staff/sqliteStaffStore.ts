// StaffStore in the embedded database (DATA_DIR/clinic.db, beside the bookings).
import { writeTransaction, type ClinicDatabase } from '../database/clinicDatabase.js';
import type { AuditEntry, SignInAttempts, StaffAccount, StaffSession, StaffStore } from './staffStore.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS staff_accounts (
  name TEXT PRIMARY KEY,
  role TEXT NOT NULL,
  password_hash TEXT,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  password_changed_at TEXT
);
CREATE TABLE IF NOT EXISTS staff_sign_in_attempts (
  name TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  last_failure_at TEXT,
  locked_until TEXT
);
CREATE TABLE IF NOT EXISTS staff_sessions (
  id_hash TEXT PRIMARY KEY,
  account TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  csrf_token TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS staff_sessions_by_account ON staff_sessions (account);
CREATE TABLE IF NOT EXISTS staff_audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  targets TEXT NOT NULL,
  detail TEXT
);
CREATE INDEX IF NOT EXISTS staff_audit_by_at ON staff_audit (at);
`;

interface AccountRow {
  name: string;
  role: StaffAccount['role'];
  password_hash: string | null;
  disabled: number;
  created_at: string;
  password_changed_at: string | null;
}

function toAccount(row: AccountRow): StaffAccount {
  return {
    name: row.name,
    role: row.role,
    ...(row.password_hash ? { passwordHash: row.password_hash } : {}),
    disabled: row.disabled === 1,
    createdAt: row.created_at,
    ...(row.password_changed_at ? { passwordChangedAt: row.password_changed_at } : {}),
  };
}

export class SqliteStaffStore implements StaffStore {
  private opened: ClinicDatabase | undefined;

  /** The database, or how to open it on first use (so a bot whose staff page is never used creates nothing). */
  constructor(private readonly source: ClinicDatabase | (() => ClinicDatabase)) {
    if (typeof source !== 'function') {
      this.opened = source;
      source.exec(SCHEMA);
    }
  }

  private get db(): ClinicDatabase {
    if (!this.opened) {
      this.opened = typeof this.source === 'function' ? this.source() : this.source;
      this.opened.exec(SCHEMA);
    }
    return this.opened;
  }

  async getAccount(name: string): Promise<StaffAccount | undefined> {
    const row = this.db.prepare<[string], AccountRow>('SELECT * FROM staff_accounts WHERE name = ?').get(name);
    return row ? toAccount(row) : undefined;
  }

  async listAccounts(): Promise<StaffAccount[]> {
    return this.db.prepare<[], AccountRow>('SELECT * FROM staff_accounts ORDER BY name').all().map(toAccount);
  }

  async addAccount(account: StaffAccount): Promise<boolean> {
    const result = this.db
      .prepare(
        `INSERT OR IGNORE INTO staff_accounts (name, role, password_hash, disabled, created_at, password_changed_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(account.name, account.role, account.passwordHash ?? null, account.disabled ? 1 : 0, account.createdAt, account.passwordChangedAt ?? null);
    return result.changes === 1;
  }

  async updateAccount(name: string, change: Partial<Pick<StaffAccount, 'role' | 'passwordHash' | 'disabled' | 'passwordChangedAt'>>) {
    return writeTransaction(this.db, () => {
      const row = this.db.prepare<[string], AccountRow>('SELECT * FROM staff_accounts WHERE name = ?').get(name);
      if (!row) return undefined;
      const next = { ...toAccount(row), ...change };
      this.db
        .prepare('UPDATE staff_accounts SET role = ?, password_hash = ?, disabled = ?, password_changed_at = ? WHERE name = ?')
        .run(next.role, next.passwordHash ?? null, next.disabled ? 1 : 0, next.passwordChangedAt ?? null, name);
      return next;
    });
  }

  async getAttempts(name: string): Promise<SignInAttempts> {
    const row = this.db
      .prepare<[string], { failures: number; last_failure_at: string | null; locked_until: string | null }>(
        'SELECT failures, last_failure_at, locked_until FROM staff_sign_in_attempts WHERE name = ?',
      )
      .get(name);
    if (!row) return { failures: 0 };
    return {
      failures: row.failures,
      ...(row.last_failure_at ? { lastFailureAt: row.last_failure_at } : {}),
      ...(row.locked_until ? { lockedUntil: row.locked_until } : {}),
    };
  }

  async recordFailure(name: string, at: Date, policy: { lockAfter: number; lockForMs: number }): Promise<SignInAttempts> {
    return writeTransaction(this.db, () => {
      const row = this.db.prepare<[string], { failures: number }>('SELECT failures FROM staff_sign_in_attempts WHERE name = ?').get(name);
      const failures = (row?.failures ?? 0) + 1;
      const lockedUntil = failures % policy.lockAfter === 0 ? new Date(at.getTime() + policy.lockForMs).toISOString() : null;
      this.db
        .prepare(
          `INSERT INTO staff_sign_in_attempts (name, failures, last_failure_at, locked_until) VALUES (@name, @failures, @at, @locked)
           ON CONFLICT (name) DO UPDATE SET failures = @failures, last_failure_at = @at, locked_until = COALESCE(@locked, locked_until)`,
        )
        .run({ name, failures, at: at.toISOString(), locked: lockedUntil });
      return this.db
        .prepare<[string], { failures: number; last_failure_at: string; locked_until: string | null }>(
          'SELECT failures, last_failure_at, locked_until FROM staff_sign_in_attempts WHERE name = ?',
        )
        .all(name)
        .map((r) => ({ failures: r.failures, lastFailureAt: r.last_failure_at, ...(r.locked_until ? { lockedUntil: r.locked_until } : {}) }))[0]!;
    });
  }

  async clearFailures(name: string): Promise<void> {
    this.db.prepare('DELETE FROM staff_sign_in_attempts WHERE name = ?').run(name);
  }

  async createSession(session: StaffSession): Promise<void> {
    this.db
      .prepare('INSERT INTO staff_sessions (id_hash, account, created_at, last_seen_at, csrf_token) VALUES (?, ?, ?, ?, ?)')
      .run(session.idHash, session.account, session.createdAt, session.lastSeenAt, session.csrfToken);
  }

  async getSession(idHash: string): Promise<StaffSession | undefined> {
    const row = this.db
      .prepare<[string], { id_hash: string; account: string; created_at: string; last_seen_at: string; csrf_token: string }>(
        'SELECT * FROM staff_sessions WHERE id_hash = ?',
      )
      .get(idHash);
    return row ? { idHash: row.id_hash, account: row.account, createdAt: row.created_at, lastSeenAt: row.last_seen_at, csrfToken: row.csrf_token } : undefined;
  }

  async touchSession(idHash: string, at: Date): Promise<void> {
    this.db.prepare('UPDATE staff_sessions SET last_seen_at = ? WHERE id_hash = ?').run(at.toISOString(), idHash);
  }

  async deleteSession(idHash: string): Promise<void> {
    this.db.prepare('DELETE FROM staff_sessions WHERE id_hash = ?').run(idHash);
  }

  async deleteSessionsOf(account: string): Promise<number> {
    return this.db.prepare('DELETE FROM staff_sessions WHERE account = ?').run(account).changes;
  }

  async deleteIdleSessions(cutoff: Date): Promise<number> {
    return this.db.prepare('DELETE FROM staff_sessions WHERE last_seen_at < ?').run(cutoff.toISOString()).changes;
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    this.db
      .prepare('INSERT INTO staff_audit (at, actor, action, targets, detail) VALUES (?, ?, ?, ?, ?)')
      .run(entry.at, entry.actor, entry.action, JSON.stringify(entry.targets), entry.detail ?? null);
  }

  async listAudit({ limit = 100, offset = 0 } = {}): Promise<{ entries: AuditEntry[]; total: number }> {
    const rows = this.db
      .prepare<[number, number], { at: string; actor: string; action: AuditEntry['action']; targets: string; detail: string | null }>(
        'SELECT at, actor, action, targets, detail FROM staff_audit ORDER BY at DESC, id DESC LIMIT ? OFFSET ?',
      )
      .all(limit, offset);
    const { n } = this.db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM staff_audit').get()!;
    return {
      entries: rows.map((r) => ({ at: r.at, actor: r.actor, action: r.action, targets: JSON.parse(r.targets) as string[], ...(r.detail ? { detail: r.detail } : {}) })),
      total: n,
    };
  }

  async purgeAudit(cutoff: Date): Promise<number> {
    return this.db.prepare('DELETE FROM staff_audit WHERE at < ?').run(cutoff.toISOString()).changes;
  }

  async ping(): Promise<boolean> {
    return this.db.prepare<[], { ok: number }>('SELECT 1 AS ok').get()?.ok === 1;
  }

  async close(): Promise<void> {
    if (this.opened?.isOpen) this.opened.close();
  }
}
