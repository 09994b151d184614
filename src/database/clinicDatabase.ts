// The embedded database (SQLite, see sqlite.ts for the driver) that holds what staff read and change:
// booking requests, staff accounts, sessions and the audit log, in one file DATA_DIR/clinic.db.
// Chosen over more hand-written files because staff work needs transactions (a status change
// and its audit line together), indexed queries (10,000 requests listed and searched in
// milliseconds) and safe concurrent use by the bot and `npm run bookings` / `npm run staff`.
// Settings: WAL (readers never block the writer), synchronous=FULL (a committed booking survives
// a power cut), secure_delete (deleted personal data is overwritten, not left in free pages),
// busy_timeout (another process's short write waits instead of failing).
import fs from 'node:fs';
import path from 'node:path';
import { openSqlite, type SqlDatabase } from './sqlite.js';

export type ClinicDatabase = SqlDatabase;

export const DATABASE_FILE = 'clinic.db';

/** Opens (creating it 0600, its folder 0700) DATA_DIR/clinic.db. */
export function openClinicDatabase(dataDir: string, file = DATABASE_FILE): ClinicDatabase {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if ((fs.statSync(dataDir).mode & 0o077) !== 0) fs.chmodSync(dataDir, 0o700);
  const full = path.join(dataDir, file);
  // Created 0600 before SQLite opens it: SQLite gives its -wal and -shm files the same mode.
  fs.closeSync(fs.openSync(full, fs.constants.O_RDWR | fs.constants.O_CREAT, 0o600));
  if ((fs.statSync(full).mode & 0o077) !== 0) fs.chmodSync(full, 0o600);
  const db = openSqlite(full);
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('secure_delete = ON');
  return db;
}

/** A database that lives only as long as the process (the terminal chat's booking requests). */
export function openMemoryDatabase(): ClinicDatabase {
  return openSqlite(':memory:');
}

/**
 * After deleting personal data: copy the WAL into the database and empty it, so the deleted rows'
 * old page images do not linger in clinic.db-wal. Best effort while another process reads.
 */
export function flushDeletes(db: ClinicDatabase): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/** `BEGIN IMMEDIATE` transaction: takes the write lock at once, so read-then-write cannot be pre-empted. */
export function writeTransaction<T>(db: ClinicDatabase, work: () => T): T {
  return db.transaction(work, 'immediate');
}
