// SQLite for the stores, through whichever driver this Node has: Node's own `node:sqlite`
// (DatabaseSync, Node 22.13 and later: nothing to compile when installing) or, on Node 20 (no
// node:sqlite), the native `better-sqlite3`, an optional dependency. The stores see only what
// both drivers do the same way: prepared statements (run/get/all, positional or `@name`
// parameters), exec (schemas and PRAGMAs) and transactions. The differences are settled here:
// node:sqlite has no `.transaction()` or `.pragma()`, refuses named parameters a statement does not
// use, returns rows with a null prototype and, on some Node 22 releases, prints an
// ExperimentalWarning when first loaded.
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

export type SqlValue = string | number | bigint | null | Uint8Array;
/** Positional values, or one object for `@name` parameters (without the `@`). */
export type SqlParams = SqlValue[] | [Record<string, SqlValue>];

export interface SqlStatement<Params extends SqlParams = SqlParams, Row = Record<string, unknown>> {
  run(...params: Params): { changes: number };
  get(...params: Params): Row | undefined;
  all(...params: Params): Row[];
}

export interface SqlDatabase {
  /** Which driver opened it: `node:sqlite` on Node 22 and later, `better-sqlite3` on Node 20. */
  readonly driver: SqliteDriverName;
  readonly isOpen: boolean;
  prepare<Params extends SqlParams = SqlParams, Row = Record<string, unknown>>(sql: string): SqlStatement<Params, Row>;
  /** Runs statements that return nothing the caller needs (a schema, say). */
  exec(sql: string): void;
  /** Sets (or runs) a PRAGMA, e.g. `journal_mode = WAL`; its answer is not needed. */
  pragma(setting: string): void;
  /**
   * Runs `work` in one transaction: committed when it returns, rolled back when it throws.
   * `immediate` takes the write lock at once, so a read-then-write cannot be pre-empted by another
   * process. Nested calls become savepoints, as with better-sqlite3.
   */
  transaction<T>(work: () => T, mode?: 'deferred' | 'immediate'): T;
  close(): void;
}

export type SqliteDriverName = 'node:sqlite' | 'better-sqlite3';

/** What the two drivers' connections have in common (node:sqlite is not in @types/node 20). */
interface RawStatement {
  run(...params: unknown[]): { changes: number | bigint };
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  setAllowUnknownNamedParameters?(enabled: boolean): void;
}
interface RawDatabase {
  prepare(sql: string): RawStatement;
  exec(sql: string): unknown;
  close(): void;
}
interface NodeSqliteModule {
  DatabaseSync: new (file: string) => RawDatabase;
}

const require = createRequire(import.meta.url);

/** Node's own SQLite, or undefined where this Node has none (Node 20; 22 before 22.13 without a flag). */
function loadNodeSqlite(): NodeSqliteModule | undefined {
  // Only node:sqlite's own "experimental" notice is dropped, and only while it loads: it is not
  // something the clinic's IT person can act on, and every other warning still prints.
  const emitWarning = process.emitWarning;
  process.emitWarning = function (this: NodeJS.Process, warning: string | Error, ...rest: unknown[]) {
    const text = typeof warning === 'string' ? warning : warning.message;
    const type = typeof rest[0] === 'string' ? rest[0] : (rest[0] as { type?: string } | undefined)?.type;
    if (type === 'ExperimentalWarning' && text.startsWith('SQLite is an experimental feature')) return;
    return (emitWarning as (...args: unknown[]) => void).call(this, warning, ...rest);
  } as typeof process.emitWarning;
  try {
    return require('node:sqlite') as NodeSqliteModule;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_UNKNOWN_BUILTIN_MODULE') return undefined;
    throw error;
  } finally {
    process.emitWarning = emitWarning;
  }
}

let chosen: { name: SqliteDriverName; open: (file: string) => RawDatabase } | undefined;

function driver(): NonNullable<typeof chosen> {
  if (chosen) return chosen;
  const nodeSqlite = loadNodeSqlite();
  if (nodeSqlite) {
    chosen = { name: 'node:sqlite', open: (file) => new nodeSqlite.DatabaseSync(file) };
    return chosen;
  }
  let Better: typeof BetterSqlite3;
  try {
    Better = require('better-sqlite3') as typeof BetterSqlite3;
  } catch (error) {
    throw new Error(
      `This Node (${process.version}) has no built-in SQLite and the better-sqlite3 package could not be loaded ` +
        `(${error instanceof Error ? error.message : String(error)}). Use Node 22.13 or newer (22 or 24 LTS), or run npm install again.`,
    );
  }
  chosen = { name: 'better-sqlite3', open: (file) => new Better(file) };
  return chosen;
}

/** The driver this Node uses. */
export function sqliteDriverName(): SqliteDriverName {
  return driver().name;
}

/** Opens (creating it if missing) the SQLite database in `file`, or one in memory for `':memory:'`. */
export function openSqlite(file: string): SqlDatabase {
  const { name, open } = driver();
  return new Connection(name, open(file));
}

/** node:sqlite's rows have a null prototype: copied into plain objects, as better-sqlite3 returns them. */
function plain<Row>(row: unknown): Row {
  return (row !== null && typeof row === 'object' && Object.getPrototypeOf(row) === null ? { ...row } : row) as Row;
}

class Connection implements SqlDatabase {
  private closed = false;
  private depth = 0;

  constructor(
    readonly driver: SqliteDriverName,
    private readonly raw: RawDatabase,
  ) {}

  get isOpen(): boolean {
    return !this.closed;
  }

  prepare<Params extends SqlParams, Row>(sql: string): SqlStatement<Params, Row> {
    const statement = this.raw.prepare(sql);
    // better-sqlite3 ignores named values a statement does not use; node:sqlite refuses them unless told.
    statement.setAllowUnknownNamedParameters?.(true);
    return {
      run: (...params) => ({ changes: Number(statement.run(...params).changes) }),
      get: (...params) => {
        const row = statement.get(...params);
        return row === undefined ? undefined : plain<Row>(row);
      },
      all: (...params) => statement.all(...params).map((row) => plain<Row>(row)),
    };
  }

  exec(sql: string): void {
    this.raw.exec(sql);
  }

  pragma(setting: string): void {
    this.raw.exec(`PRAGMA ${setting}`);
  }

  transaction<T>(work: () => T, mode: 'deferred' | 'immediate' = 'deferred'): T {
    const savepoint = this.depth > 0 ? `nested_${this.depth}` : undefined;
    this.raw.exec(savepoint ? `SAVEPOINT ${savepoint}` : `BEGIN ${mode.toUpperCase()}`);
    this.depth++;
    try {
      const result = work();
      if (result instanceof Promise) throw new TypeError('A transaction cannot wait for a promise: its work must be synchronous.');
      this.raw.exec(savepoint ? `RELEASE ${savepoint}` : 'COMMIT');
      return result;
    } catch (error) {
      try {
        this.raw.exec(savepoint ? `ROLLBACK TO ${savepoint}; RELEASE ${savepoint}` : 'ROLLBACK');
      } catch {
        // SQLite already rolled back (a full disk, say): the error that caused it is the one to report.
      }
      throw error;
    } finally {
      this.depth--;
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.raw.close();
  }
}
