// What the staff page keeps besides bookings: accounts, failed sign-in counts (for the lockout),
// sessions and the audit log. Embedded default: SQLite (sqliteStaffStore.ts); several instances:
// Azure Blob Storage (blobStaffStore.ts). Both honour this interface.
import { z } from 'zod-v4';

export const STAFF_ROLES = ['staff', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Account names: what IT types in `npm run staff -- add NAME`; for single sign-on, the e-mail address. */
export const accountNameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._@-]{1,63}$/, 'a name has 2 to 64 letters, digits, dots, dashes, underscores or @');

export interface StaffAccount {
  name: string;
  role: StaffRole;
  /** scrypt hash (passwords.ts); absent for single-sign-on-only accounts. */
  passwordHash?: string;
  disabled: boolean;
  createdAt: string;
  passwordChangedAt?: string;
}

export interface SignInAttempts {
  /** Failed sign-ins in a row (reset by a successful one). */
  failures: number;
  lastFailureAt?: string;
  /** No sign-in is even checked before this time. */
  lockedUntil?: string;
}

export interface StaffSession {
  /** sha256 of the cookie's session id: a copy of the database does not hold usable sessions. */
  idHash: string;
  account: string;
  createdAt: string;
  lastSeenAt: string;
  /** The token every state-changing request must carry. */
  csrfToken: string;
}

export const AUDIT_ACTIONS = [
  'sign-in',
  'sign-in-failed',
  'sign-out',
  'list',
  'search',
  'view',
  'export',
  'status',
  'notes',
  'delete',
  'insights',
  'audit',
  'account-add',
  'account-disable',
  'account-enable',
  'account-reset',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * One line of the audit log: who did what to which request(s), when. Never the data itself (no
 * names, phone numbers, notes or search terms): it must outlive the requests it mentions.
 */
export interface AuditEntry {
  at: string;
  /** Account name, or "cli:<user>" for the command line. */
  actor: string;
  action: AuditAction;
  /** References or an account name. */
  targets: string[];
  /** Non-personal detail: the new status, a count, a filter ("status=new"). */
  detail?: string;
}

export interface StaffStore {
  getAccount(name: string): Promise<StaffAccount | undefined>;
  listAccounts(): Promise<StaffAccount[]>;
  /** Creates an account; false when the name is taken. */
  addAccount(account: StaffAccount): Promise<boolean>;
  /** Changes an account; undefined when there is no such account. */
  updateAccount(name: string, change: Partial<Pick<StaffAccount, 'role' | 'passwordHash' | 'disabled' | 'passwordChangedAt'>>): Promise<StaffAccount | undefined>;

  getAttempts(name: string): Promise<SignInAttempts>;
  /** Counts one more failure and applies `lockFor` once `lockAfter` failures in a row are reached. */
  recordFailure(name: string, at: Date, policy: { lockAfter: number; lockForMs: number }): Promise<SignInAttempts>;
  clearFailures(name: string): Promise<void>;

  createSession(session: StaffSession): Promise<void>;
  getSession(idHash: string): Promise<StaffSession | undefined>;
  touchSession(idHash: string, at: Date): Promise<void>;
  deleteSession(idHash: string): Promise<void>;
  /** Ends every session of an account (disabled, password reset); resolves with how many. */
  deleteSessionsOf(account: string): Promise<number>;
  /** Deletes sessions last seen before `cutoff`. */
  deleteIdleSessions(cutoff: Date): Promise<number>;

  appendAudit(entry: AuditEntry): Promise<void>;
  /** Newest first. */
  listAudit(options?: { limit?: number; offset?: number }): Promise<{ entries: AuditEntry[]; total: number }>;
  /** Deletes audit entries older than `cutoff` (AUDIT_RETENTION_DAYS). */
  purgeAudit(cutoff: Date): Promise<number>;

  /** True when the store answers (the health panel). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
