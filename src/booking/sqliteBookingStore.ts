// The embedded BookingStore: one row per request in DATA_DIR/clinic.db (see database/clinicDatabase.ts).
// The record itself is kept as validated JSON; the columns beside it exist for the staff page's
// filters, search and sort (indexed), and for retention. Writes are single transactions, committed
// with synchronous=FULL before the call resolves, so once the bot has said "your request is in"
// the request survives a crash or power cut. At first open, an old bookings.jsonl is imported.
import { flushDeletes, writeTransaction, type ClinicDatabase } from '../database/clinicDatabase.js';
import type { SqlStatement } from '../database/sqlite.js';
import {
  bookingRecordSchema,
  BOOKING_STATUSES,
  newBookingRecordSchema,
  notificationStatusSchema,
  type BookingRecord,
  type BookingStatus,
  type NotificationChannelName,
  type NotificationStatus,
} from './bookingRecord.js';
import { emptyCounts, nameKey, pageSize, parseSearch, phoneDigits } from './bookingQuery.js';
import {
  lastUsedAt,
  ReferenceTakenError,
  withStatus,
  type AddResult,
  type BookingPage,
  type BookingQuery,
  type BookingStore,
  type QuarantineReport,
} from './bookingStore.js';
import { eraseFromImportedJournals, importJournal, type JournalImportLog } from './journalImport.js';
import { readQuarantine } from './quarantine.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS bookings (
  reference TEXT PRIMARY KEY,
  created_ms INTEGER NOT NULL,
  last_used_ms INTEGER NOT NULL,
  status TEXT NOT NULL,
  name_key TEXT NOT NULL,
  phone_digits TEXT NOT NULL,
  conversation_hash TEXT NOT NULL,
  record TEXT NOT NULL
);
-- Covers every filter column: counts and searches read this narrow index, not the records.
CREATE INDEX IF NOT EXISTS bookings_for_staff ON bookings (created_ms DESC, status, name_key, phone_digits, reference);
CREATE INDEX IF NOT EXISTS bookings_by_status ON bookings (status, created_ms DESC);
CREATE INDEX IF NOT EXISTS bookings_by_last_use ON bookings (last_used_ms);
`;

interface Row {
  record: string;
}

export interface SqliteBookingStoreOptions {
  /** The database, or how to open it: then it is opened (and an old journal imported) on first use. */
  db: ClinicDatabase | (() => ClinicDatabase);
  /** DATA_DIR: where an old journal is imported from and the quarantine lives; none for a database in memory. */
  dataDir?: string;
  log: JournalImportLog;
  now?: () => Date;
}

function columns(record: BookingRecord) {
  return {
    reference: record.reference,
    created_ms: Date.parse(record.createdAt),
    last_used_ms: lastUsedAt(record).getTime(),
    status: record.status,
    name_key: nameKey(record.name),
    phone_digits: phoneDigits(record.phone),
    conversation_hash: record.conversationHash,
    record: JSON.stringify(record),
  };
}

/** LIKE pattern for `text` anywhere, with LIKE's wildcards taken literally. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

interface Statements {
  insert: SqlStatement;
  get: SqlStatement<[string], Row>;
  update: SqlStatement;
  remove: SqlStatement<[string]>;
  expired: SqlStatement<[number], { reference: string }>;
}

export class SqliteBookingStore implements BookingStore {
  private readonly dataDir: string | undefined;
  private opened: { db: ClinicDatabase; statements: Statements } | undefined;

  constructor(private readonly options: SqliteBookingStoreOptions) {
    this.dataDir = options.dataDir;
    if (typeof options.db !== 'function') this.open();
  }

  /** Opens the database now (creating DATA_DIR/clinic.db and importing an old journal) if not done yet. */
  open(): void {
    if (this.opened) return;
    const { options } = this;
    const db = typeof options.db === 'function' ? options.db() : options.db;
    db.exec(SCHEMA);
    const statements: Statements = {
      insert: db.prepare(
        `INSERT INTO bookings (reference, created_ms, last_used_ms, status, name_key, phone_digits, conversation_hash, record)
         VALUES (@reference, @created_ms, @last_used_ms, @status, @name_key, @phone_digits, @conversation_hash, @record)`,
      ),
      get: db.prepare('SELECT record FROM bookings WHERE reference = ?'),
      update: db.prepare(
        `UPDATE bookings SET last_used_ms = @last_used_ms, status = @status, name_key = @name_key, phone_digits = @phone_digits, record = @record
         WHERE reference = @reference`,
      ),
      remove: db.prepare('DELETE FROM bookings WHERE reference = ?'),
      expired: db.prepare('SELECT reference FROM bookings WHERE last_used_ms < ?'),
    };
    this.opened = { db, statements };
    if (this.dataDir) importJournal(this.dataDir, (records) => this.insertMissing(records), options.log, options.now?.());
  }

  private get db(): ClinicDatabase {
    this.open();
    return this.opened!.db;
  }

  private get statements(): Statements {
    this.open();
    return this.opened!.statements;
  }

  async add(record: BookingRecord): Promise<AddResult> {
    const valid = newBookingRecordSchema.parse(record);
    return writeTransaction(this.db, () => {
      const existing = this.read(valid.reference);
      if (existing) {
        if (existing.conversationHash === valid.conversationHash) return { record: existing, created: false };
        throw new ReferenceTakenError(`reference ${valid.reference} is already used`);
      }
      this.statements.insert.run(columns(valid));
      return { record: valid, created: true };
    });
  }

  async list(options: { since?: Date } = {}): Promise<BookingRecord[]> {
    const since = options.since?.getTime();
    const rows =
      since === undefined
        ? this.db.prepare<[], Row>('SELECT record FROM bookings ORDER BY created_ms DESC, rowid DESC').all()
        : this.db.prepare<[number], Row>('SELECT record FROM bookings WHERE created_ms >= ? ORDER BY created_ms DESC, rowid DESC').all(since);
    return rows.map(parseRow);
  }

  async query(query: BookingQuery): Promise<BookingPage> {
    const where: string[] = [];
    const params: Record<string, string | number> = {};
    if (query.from) {
      where.push('created_ms >= @from');
      params.from = query.from.getTime();
    }
    if (query.to) {
      where.push('created_ms < @to');
      params.to = query.to.getTime();
    }
    const term = query.search ? parseSearch(query.search) : undefined;
    if (term?.kind === 'reference') {
      where.push('reference LIKE @search');
      params.search = `${term.prefix}%`;
    } else if (term?.kind === 'phone') {
      where.push("phone_digits LIKE @search ESCAPE '\\'");
      params.search = containing(term.digits);
    } else if (term?.kind === 'name') {
      where.push("name_key LIKE @search ESCAPE '\\'");
      params.search = containing(term.text);
    }
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    return this.db.transaction(() => {
      const counts = emptyCounts();
      const grouped = this.db.prepare<[Record<string, string | number>], { status: BookingStatus; n: number }>(
        `SELECT status, COUNT(*) AS n FROM bookings ${filter} GROUP BY status`,
      );
      for (const { status, n } of grouped.all(params)) if (status in counts) counts[status] = n;
      const byStatus = query.status ? `${filter ? `${filter} AND` : 'WHERE'} status = @status` : filter;
      const pageParams = { ...params, ...(query.status ? { status: query.status } : {}), limit: pageSize(query.limit), offset: Math.max(0, Math.trunc(query.offset ?? 0)) };
      const rows = this.db
        .prepare<[Record<string, string | number>], Row>(`SELECT record FROM bookings ${byStatus} ORDER BY created_ms DESC, rowid DESC LIMIT @limit OFFSET @offset`)
        .all(pageParams);
      const total = query.status ? counts[query.status] : BOOKING_STATUSES.reduce((sum, s) => sum + counts[s], 0);
      return { records: rows.map(parseRow), total, counts };
    }, 'deferred');
  }

  async get(reference: string): Promise<BookingRecord | undefined> {
    return this.read(reference);
  }

  async setStatus(reference: string, status: BookingStatus, at: Date = new Date()): Promise<BookingRecord | undefined> {
    return this.change(reference, (record) => withStatus(record, status, at));
  }

  async markHandled(reference: string, at: Date = new Date()): Promise<BookingRecord | undefined> {
    return this.setStatus(reference, 'handled', at);
  }

  async setNotes(reference: string, notes: string): Promise<BookingRecord | undefined> {
    return this.change(reference, (record) => {
      const next = { ...record };
      if (notes.trim()) next.notes = notes;
      else delete next.notes;
      return next;
    });
  }

  async updateNotification(reference: string, channel: NotificationChannelName, status: NotificationStatus): Promise<void> {
    const valid = notificationStatusSchema.parse(status);
    await this.change(reference, (record) => ({ ...record, notifications: { ...record.notifications, [channel]: valid } }));
  }

  async delete(references: string[]): Promise<number> {
    const removed = writeTransaction(this.db, () => references.reduce((n, reference) => n + this.statements.remove.run(reference).changes, 0));
    this.afterDelete(new Set(references));
    return removed;
  }

  async purgeExpired(cutoff: Date): Promise<{ removed: number }> {
    const gone = writeTransaction(this.db, () => {
      const expired = this.statements.expired.all(cutoff.getTime()).map((r) => r.reference);
      for (const reference of expired) this.statements.remove.run(reference);
      return expired;
    });
    if (gone.length) this.afterDelete(new Set(gone));
    return { removed: gone.length };
  }

  async quarantine(): Promise<QuarantineReport> {
    return this.dataDir ? readQuarantine(this.dataDir) : { items: 0, places: [] };
  }

  /** Closes the database connection (the store is not used afterwards). */
  async close(): Promise<void> {
    if (this.opened?.db.isOpen) this.opened.db.close();
  }

  private afterDelete(references: Set<string>): void {
    flushDeletes(this.db);
    if (this.dataDir) eraseFromImportedJournals(this.dataDir, references);
  }

  private read(reference: string): BookingRecord | undefined {
    const row = this.statements.get.get(reference);
    return row ? parseRow(row) : undefined;
  }

  /** Reads, changes and writes one record in one transaction. */
  private change(reference: string, change: (record: BookingRecord) => BookingRecord): BookingRecord | undefined {
    return writeTransaction(this.db, () => {
      const record = this.read(reference);
      if (!record) return undefined;
      const next = change(record);
      if (next === record) return record;
      const valid = bookingRecordSchema.parse(next);
      // Only the columns UPDATE names: node:sqlite before 22.15 refuses values a statement does not use.
      const { created_ms: _created, conversation_hash: _conversation, ...changed } = columns(valid);
      this.statements.update.run(changed);
      return valid;
    });
  }

  private insertMissing(records: BookingRecord[]): number {
    return writeTransaction(this.db, () => {
      let inserted = 0;
      for (const record of records) {
        if (this.read(record.reference)) continue;
        this.statements.insert.run(columns(record));
        inserted++;
      }
      return inserted;
    });
  }
}

/** Rows were validated on the way in; reading them back does not pay for a second check. */
function parseRow(row: Row): BookingRecord {
  return JSON.parse(row.record) as BookingRecord;
}
