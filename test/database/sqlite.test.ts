// The SQLite driver the stores use behaves the same on every supported Node: Node's own
// node:sqlite on 22 and 24 (nothing native to build when installing), better-sqlite3 on Node 20.
// Transactions commit or roll back as a whole, rows are ordinary objects, named values a statement
// does not use are ignored, and opening the database prints no "experimental" warning.
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// Collected before the driver is loaded: node:sqlite warns (once per process) when first loaded.
const warnings: Error[] = [];
process.on('warning', (warning) => warnings.push(warning));
const { openSqlite, sqliteDriverName } = await import('../../src/database/sqlite.js');

type Db = ReturnType<typeof openSqlite>;
const opened: Db[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function table(): Db {
  const db = openSqlite(':memory:');
  opened.push(db);
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  return db;
}

function texts(db: Db): string[] {
  return db.prepare<[], { text: string }>('SELECT text FROM notes ORDER BY id').all().map((row) => row.text);
}

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const hasNodeSqlite = major > 22 || (major === 22 && minor >= 13);

describe('the SQLite driver', () => {
  it(`on Node ${process.versions.node} is ${hasNodeSqlite ? "Node's own node:sqlite, with no native module loaded" : 'better-sqlite3'}`, () => {
    table();
    expect(sqliteDriverName()).toBe(hasNodeSqlite ? 'node:sqlite' : 'better-sqlite3');
    const loaded = Object.keys(createRequire(import.meta.url).cache).some((file) => file.includes(`${path.sep}better-sqlite3${path.sep}`));
    expect(loaded).toBe(!hasNodeSqlite);
  });

  it('prints no warning when the database is opened', async () => {
    openSqlite(':memory:').close();
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings.map((w) => `${w.name}: ${w.message}`)).toEqual([]);
  });

  it('keeps everything a transaction did once it returns, and nothing once it throws', () => {
    const db = table();
    const added = db.transaction(() => db.prepare('INSERT INTO notes (text) VALUES (?)').run('kept').changes, 'immediate');
    expect(added).toBe(1);
    expect(() =>
      db.transaction(() => {
        db.prepare('INSERT INTO notes (text) VALUES (?)').run('lost');
        throw new Error('the change failed half-way');
      }),
    ).toThrow('the change failed half-way');
    expect(texts(db)).toEqual(['kept']);
  });

  it('rolls back only the inner part of a nested transaction that throws', () => {
    const db = table();
    db.transaction(() => {
      db.prepare('INSERT INTO notes (text) VALUES (?)').run('outer');
      expect(() =>
        db.transaction(() => {
          db.prepare('INSERT INTO notes (text) VALUES (?)').run('inner');
          throw new Error('inner failed');
        }),
      ).toThrow('inner failed');
    }, 'immediate');
    expect(texts(db)).toEqual(['outer']);
  });

  it('refuses a transaction whose work is asynchronous, and keeps none of it', () => {
    const db = table();
    expect(() =>
      db.transaction(() => {
        db.prepare('INSERT INTO notes (text) VALUES (?)').run('async');
        return Promise.resolve();
      }),
    ).toThrow(/synchronous/);
    expect(texts(db)).toEqual([]);
  });

  it('binds @name parameters from an object, ignoring values the statement does not use', () => {
    const db = table();
    db.prepare('INSERT INTO notes (id, text) VALUES (@id, @text)').run({ id: 7, text: 'named', unused: 'ignored' });
    expect(db.prepare<[{ id: number }], { text: string }>('SELECT text FROM notes WHERE id = @id').get({ id: 7 })).toEqual({ text: 'named' });
  });

  it('returns rows as ordinary objects, and undefined when there is none', () => {
    const db = table();
    db.prepare('INSERT INTO notes (text) VALUES (?)').run('row');
    const row = db.prepare('SELECT id, text FROM notes').get();
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(db.prepare('SELECT id, text FROM notes').all()[0])).toBe(Object.prototype);
    expect(db.prepare('SELECT id FROM notes WHERE id = ?').get(99)).toBeUndefined();
  });

  it('reports how many rows a change touched, and closes once', () => {
    const db = table();
    const insert = db.prepare('INSERT INTO notes (text) VALUES (?)');
    insert.run('a');
    insert.run('b');
    expect(db.prepare('DELETE FROM notes').run().changes).toBe(2);
    db.close();
    expect(db.isOpen).toBe(false);
    expect(() => db.close()).not.toThrow();
  });
});
