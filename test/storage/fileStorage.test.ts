import { mkdtempSync, promises as fs, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MemoryStorage, type Storage } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileStorage, UNREADABLE_DIR } from '../../src/storage/fileStorage.js';
import { ETagConflictError } from '../../src/storage/errors.js';

let root: string;
let dir: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'file-storage-'));
  dir = path.join(root, 'state');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const KEY = 'webchat/conversations/abc-123/';

describe('FileStorage', () => {
  it('keeps conversation state across a restart (a new instance on the same directory)', async () => {
    const before = await FileStorage.open(dir);
    await before.write({ [KEY]: { dialogStack: ['booking'], name: 'José Ñúñez 😀' } });
    const after = await FileStorage.open(dir);
    const items = await after.read([KEY, 'never-written']);
    expect(items[KEY]).toMatchObject({ dialogStack: ['booking'], name: 'José Ñúñez 😀' });
    expect(Object.keys(items)).toEqual([KEY]);
  });

  it.each([
    ['a long Teams-style id', `msteams/conversations/${'a:1'.repeat(400)}/`],
    ['slashes, dots and separators', '../../etc/passwd\\..|*?<>'],
    ['non-Latin text', 'webchat/users/ユーザー/'],
  ])('stores keys with %s safely inside its directory', async (_, key) => {
    const store = await FileStorage.open(dir);
    await store.write({ [key]: { n: 1 } });
    expect((await store.read([key]))[key]).toMatchObject({ n: 1 });
    const files = await fs.readdir(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^[0-9a-f]{64}\.json$/);
  });

  it('rejects a write carrying a stale eTag and keeps the newer state', async () => {
    const store = await FileStorage.open(dir);
    await store.write({ [KEY]: { step: 1 } });
    const read = (await store.read([KEY]))[KEY]!;
    await store.write({ [KEY]: { ...read, step: 2 } });
    const stale = store.write({ [KEY]: { ...read, step: 3 } });
    await expect(stale).rejects.toBeInstanceOf(ETagConflictError);
    await expect(stale).rejects.toThrow(`Storage: error writing "${KEY}" due to eTag conflict.`);
    expect((await store.read([KEY]))[KEY]).toMatchObject({ step: 2 });
  });

  it('gives every write a new eTag, also across restarts, and leaves the caller\'s object alone', async () => {
    const first = await FileStorage.open(dir);
    const item = { step: 1, eTag: '*' };
    await first.write({ [KEY]: item });
    expect(item.eTag).toBe('*');
    const eTag1 = (await first.read([KEY]))[KEY]!.eTag;
    await (await FileStorage.open(dir)).write({ [KEY]: { step: 2 } });
    const eTag2 = (await first.read([KEY]))[KEY]!.eTag;
    expect(eTag1).toEqual(expect.any(String));
    expect(eTag2).not.toBe(eTag1);
  });

  it('deletes items, and deleting a missing item is not an error', async () => {
    const store = await FileStorage.open(dir);
    await store.write({ a: { n: 1 }, b: { n: 2 } });
    await store.delete(['a', 'missing']);
    expect(Object.keys(await store.read(['a', 'b']))).toEqual(['b']);
    expect(await fs.readdir(dir)).toHaveLength(1);
  });

  it('lets exactly one of many concurrent turns win when they all hold the same eTag', async () => {
    const store = await FileStorage.open(dir);
    await store.write({ [KEY]: { turn: 0 } });
    const read = (await store.read([KEY]))[KEY]!;
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, turn) => store.write({ [KEY]: { ...read, turn: turn + 1 } })),
    );
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost.every((o) => o.reason instanceof ETagConflictError)).toBe(true);
  });

  it('keeps a readable file and no temp files when many turns overwrite one key at once', async () => {
    const store = await FileStorage.open(dir);
    await Promise.all(
      Array.from({ length: 30 }, (_, turn) => store.write({ [KEY]: { turn, text: 'x'.repeat(10_000), eTag: '*' } })),
    );
    await store.idle();
    const final = (await (await FileStorage.open(dir)).read([KEY]))[KEY]!;
    expect(final.text).toHaveLength(10_000);
    expect(final.turn).toBeGreaterThanOrEqual(0);
    expect(await fs.readdir(dir)).toHaveLength(1);
  });

  it.skipIf(process.platform === 'win32')('keeps state private: directory 0700, files 0600', async () => {
    await fs.mkdir(dir, { mode: 0o755 });
    const store = await FileStorage.open(dir);
    await store.write({ [KEY]: { phone: '604-555-0100' } });
    const [file] = await fs.readdir(dir);
    expect((await fs.stat(dir)).mode & 0o777).toBe(0o700);
    expect((await fs.stat(path.join(dir, file!))).mode & 0o777).toBe(0o600);
  });
});

// The same sequence of operations must give the same outcomes as botbuilder's MemoryStorage.
describe('FileStorage matches MemoryStorage', () => {
  type Step = (s: Storage, seen: Record<string, string | undefined>) => Promise<unknown>;
  const steps: Array<[string, Step]> = [
    ['write new item without eTag', (s) => s.write({ k: { v: 1 } })],
    ['remember eTag', async (s, seen) => (seen.first = (await s.read(['k'])).k?.eTag)],
    ['write with current eTag', (s, seen) => s.write({ k: { v: 2, eTag: seen.first } })],
    ['write with stale eTag', (s, seen) => s.write({ k: { v: 3, eTag: seen.first } })],
    ['write with "*"', (s) => s.write({ k: { v: 4, eTag: '*' } })],
    ['write without eTag over existing', (s) => s.write({ k: { v: 5 } })],
    ['write with an unknown eTag to a new key', (s) => s.write({ fresh: { v: 1, eTag: 'made-up' } })],
    ['batch with one stale and one fine item', (s, seen) => s.write({ k: { v: 6, eTag: seen.first }, other: { v: 1 } })],
    ['delete', (s) => s.delete(['fresh'])],
  ];

  it('for every step of a typical session', async () => {
    const run = async (storage: Storage) => {
      const seen: Record<string, string | undefined> = {};
      const log: string[] = [];
      for (const [name, step] of steps) {
        const outcome = await step(storage, seen).then(
          () => 'ok',
          (e: Error) => e.message,
        );
        const state = await storage.read(['k', 'fresh', 'other']);
        const values = Object.fromEntries(Object.entries(state).map(([k, item]) => [k, item.v]));
        log.push(`${name}: ${outcome} ${JSON.stringify(values)}`);
      }
      return log;
    };
    expect(await run(await FileStorage.open(dir))).toEqual(await run(new MemoryStorage()));
  });

  it.each([
    ['torn JSON', '{"key":"webchat/conv'],
    ['JSON that is not a stored item', '{"hello":"world"}'],
    ['the JSON literal null', 'null'],
  ])('keeps a copy of a file holding %s, reads it as absent, and sweeps the copy with expired state', async (_what, text) => {
    await (await FileStorage.open(dir)).write({ [KEY]: { step: 1 } });
    const [name] = await fs.readdir(dir);
    await fs.writeFile(path.join(dir, name!), text);
    const store = await FileStorage.open(dir);
    expect(await store.read([KEY])).toEqual({});
    const copies = await fs.readdir(path.join(dir, UNREADABLE_DIR));
    expect(copies).toHaveLength(1);
    expect(await fs.readFile(path.join(dir, UNREADABLE_DIR, copies[0]!), 'utf8')).toBe(text);
    await store.deleteUntouchedSince(new Date(Date.now() - 60_000));
    expect(await fs.readdir(path.join(dir, UNREADABLE_DIR))).toHaveLength(1);
    await store.deleteUntouchedSince(new Date(Date.now() + 60_000));
    expect(await fs.readdir(path.join(dir, UNREADABLE_DIR))).toEqual([]);
  });
});
