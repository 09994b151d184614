// Bot Framework Storage on the local disk: one JSON file per key under one directory.
// Writes are atomic (the new state is written whole beside the file, then takes its place), so a crash of the
// process, kill -9 included, leaves either the old or the new state, never half a file. eTags follow botbuilder's
// MemoryStorage exactly.
// One process per directory: per-key locking is in-process only (use blob storage to scale out).
//
// No fsync: conversation state is a chat in progress, not a record. The rename is atomic in the
// kernel, so only a power cut or kernel crash before the page cache reaches the disk (on ext4, up to
// half a minute for a new file's data) can lose recent turns' state: such a file then reads as
// unreadable (a copy is kept, below) and the person is asked again. fsync of file and directory made
// each write cost twice the CPU and several disk flushes; booking requests, which must survive power
// loss, keep theirs (src/booking/journalBookingStore.ts).
//
// Each turn reads its conversation's state: the file's text is kept in memory with the file's
// identity (inode, size, times), so a read costs one stat instead of open/read/close, and a file
// replaced by anyone else is read again. Under load every asynchronous file operation waits for a
// thread-pool thread and a turn of the event loop, so a turn does none on its usual path: the stat
// and the write are synchronous, each cheaper than that wait; a write's eTag
// check trusts what its own turn's read checked a moment ago, and the file it wrote is identified
// at the next read's stat. Only reading a file not in memory (a conversation's first turn after a
// restart) is asynchronous. The price: a disk that stalls stalls every turn, not just one, which
// is acceptable for this single-instance local store (use blob storage to scale out).
//
// How a state takes its place: written whole to "<file>.next", the old file unlinked, ".next" renamed
// to the file's name. On ext4 a rename that replaces a file costs 4-5 times more than one to a free
// name (auto_da_alloc then starts writing the new file's data at once): 0.2-0.3 ms a write under load,
// a fifth of a turn. A crash between the unlink and the rename leaves only ".next": the next read
// finds it and puts it in place.
//
// A file that cannot be read as state (damaged on disk, edited by hand) is never dropped without a
// word: before the conversation starts afresh and its next save replaces the file, a byte-for-byte
// copy is kept (mode 0600) under unreadable/ and an error is logged. Copies are deleted by the same
// retention sweep as state, counted from when they were kept.
import { createHash, randomUUID } from 'node:crypto';
import fsSync, { constants, promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import type { StoreItem, StoreItems } from 'botbuilder';
import type { Logger } from '../logging/logger.js';
import type { ETagReportingStorage, WrittenETags } from './eTagReporting.js';
import { ETagConflictError } from './errors.js';
import { KeyedMutex } from './keyedMutex.js';
import { remembered } from '../remembered.js';

const FILE_MODE = 0o600;
const DIR_MODE = 0o700;
const ITEM_SUFFIX = '.json';
/** A state written whole, about to take its file's place (see the top of this file). */
const NEXT_SUFFIX = '.next';
/** Temp files of earlier versions' writes (a random name each): only swept. */
const TEMP_SUFFIX = '.tmp';
/** Where copies of unreadable files are kept, inside the state directory. */
export const UNREADABLE_DIR = 'unreadable';
const UNREADABLE_SUFFIX = '.unreadable';
/** A temp file this old belongs to a write that crashed; no live write takes this long. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/** Files whose text is kept in memory (the conversations active lately); a few hundred bytes each. */
const DEFAULT_CACHED_FILES = 2000;
/** A write's eTag check trusts text checked this recently: the read at the start of the same turn. */
const RECENTLY_CHECKED_MS = 2000;

/** What each file holds: the original key (file names are hashes) and the item with its eTag. */
interface StoredFile {
  key: string;
  item: StoreItem;
}

interface CachedFile {
  /** undefined: this process wrote the file and has not looked at it since (the next stat tells). */
  identity: string | undefined;
  text: string;
  /** When the text was last known to be the file's (written, or its identity compared). */
  checkedAt: number;
}

/** Changes whenever the file is replaced (rename gives a new inode) or rewritten. */
function identityOf(stat: Stats): string {
  return `${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
}

export interface FileStorageOptions {
  /** How many files' text to keep in memory (default 2000; 0: none). */
  cachedFiles?: number;
  /** Told when a file cannot be read as state (a copy is kept either way). */
  log?: Logger;
}

/** The stored item, or undefined when the text is not what writeItem writes. */
function parseStoredFile(text: string): StoreItem | undefined {
  try {
    const parsed = JSON.parse(text) as Partial<StoredFile> | null;
    const item = parsed?.item;
    return typeof parsed?.key === 'string' && item && typeof item === 'object' && !Array.isArray(item) ? item : undefined;
  } catch {
    return undefined;
  }
}

export class FileStorage implements ETagReportingStorage {
  private readonly locks = new KeyedMutex();
  private readonly cache = new Map<string, CachedFile>();
  /**
   * Keys hold channel and conversation ids of any length and alphabet: hash them into safe names. Remembered for
   * recent keys: every read and write needs one, and a SHA-256 per call adds up.
   */
  private readonly fileName: (key: string) => string;

  private constructor(
    readonly dir: string,
    private readonly cachedFiles: number,
    private readonly log: Logger | undefined,
  ) {
    this.fileName = remembered((key) => createHash('sha256').update(key, 'utf8').digest('hex') + ITEM_SUFFIX, Math.max(cachedFiles, 100));
  }

  /** Creates the directory (mode 0700) if needed; throws when it cannot be used. */
  static async open(dir: string, options: FileStorageOptions = {}): Promise<FileStorage> {
    await fs.mkdir(dir, { recursive: true, mode: DIR_MODE });
    await fs.chmod(dir, DIR_MODE); // mkdir's mode is filtered by umask and ignored for an existing dir
    await fs.access(dir, constants.R_OK | constants.W_OK);
    return new FileStorage(dir, options.cachedFiles ?? DEFAULT_CACHED_FILES, options.log);
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const found = await Promise.all(keys.map(async (key) => [key, await this.readItem(key)] as const));
    const items: StoreItems = {};
    for (const [key, item] of found) if (item) items[key] = item;
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await this.writeReportingETags(changes);
  }

  async writeReportingETags(changes: StoreItems): Promise<WrittenETags> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    // Like MemoryStorage: every item is attempted; a conflict on one does not stop the others.
    const entries = Object.entries(changes);
    const outcomes = await Promise.allSettled(
      entries.map(([key, item]) => this.locks.run(this.fileName(key), () => this.writeItem(key, item))),
    );
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failed) throw failed.reason;
    const eTags: WrittenETags = {};
    outcomes.forEach((o, i) => {
      if (o.status === 'fulfilled') eTags[entries[i]![0]] = o.value;
    });
    return eTags;
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    await Promise.all(
      keys.map((key) => {
        const name = this.fileName(key);
        return this.locks.run(name, async () => {
          this.cache.delete(name);
          await removeIfPresent(this.pathOf(name) + NEXT_SUFFIX);
          await removeIfPresent(this.pathOf(name));
        });
      }),
    );
  }

  /** Readiness: the directory is still there and writable. */
  async ready(): Promise<boolean> {
    try {
      if (!(await fs.stat(this.dir)).isDirectory()) return false;
      await fs.access(this.dir, constants.R_OK | constants.W_OK);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Deletes items not written since `cutoff` (and temp files left by crashed writes, and copies of
   * unreadable files kept before `cutoff`). Each file is re-checked under its lock, so a turn
   * writing right now is never deleted.
   */
  async deleteUntouchedSince(cutoff: Date): Promise<number> {
    await this.deleteUnreadableCopiesBefore(cutoff);
    const names = await fs.readdir(this.dir);
    let deleted = 0;
    for (const name of names) {
      const file = this.pathOf(name);
      if (name.endsWith(TEMP_SUFFIX)) {
        const stat = await statIfPresent(file);
        if (stat && stat.mtimeMs < Date.now() - STALE_TEMP_MS) await removeIfPresent(file);
      } else if (name.endsWith(ITEM_SUFFIX + NEXT_SUFFIX)) {
        // A crash's leftover, or (its file gone) the state itself: kept as long as a state would be.
        await this.locks.run(name.slice(0, -NEXT_SUFFIX.length), async () => {
          const stat = await statIfPresent(file);
          if (stat && stat.mtimeMs < cutoff.getTime()) await removeIfPresent(file);
        });
      } else if (name.endsWith(ITEM_SUFFIX)) {
        const removed = await this.locks.run(name, async () => {
          const stat = await statIfPresent(file);
          if (!stat || stat.mtimeMs >= cutoff.getTime()) return false;
          this.cache.delete(name);
          return removeIfPresent(file);
        });
        if (removed) deleted++;
      }
    }
    return deleted;
  }

  /** Waits for writes and deletes in flight (graceful shutdown). */
  idle(): Promise<void> {
    return this.locks.idle();
  }

  private async readItem(key: string, trustRecent = false): Promise<StoreItem | undefined> {
    const name = this.fileName(key);
    const text = await this.readText(name, trustRecent);
    if (text === undefined) return undefined;
    const item = parseStoredFile(text);
    // Atomic writes make a damaged file impossible short of disk damage or a hand edit; the
    // conversation then starts afresh, and its next save replaces the file: keep a copy first.
    if (item === undefined) await this.keepUnreadable(name);
    return item;
  }

  /** Copies the file as it is on disk to unreadable/ (once per distinct content) and logs an error. */
  private async keepUnreadable(name: string): Promise<void> {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(this.pathOf(name));
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
    if (parseStoredFile(bytes.toString('utf8')) !== undefined) return; // replaced by a good one meanwhile
    const dir = path.join(this.dir, UNREADABLE_DIR);
    const copy = path.join(dir, `${name.slice(0, -ITEM_SUFFIX.length)}.${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}${UNREADABLE_SUFFIX}`);
    await fs.mkdir(dir, { recursive: true, mode: DIR_MODE });
    try {
      await fs.writeFile(copy, bytes, { mode: FILE_MODE, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return; // this content is kept already
      throw error;
    }
    this.log?.error({ file: name, copy, bytes: bytes.length }, 'unreadable conversation state: kept a copy, the conversation starts afresh');
  }

  private async deleteUnreadableCopiesBefore(cutoff: Date): Promise<void> {
    const dir = path.join(this.dir, UNREADABLE_DIR);
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
    for (const name of names) {
      const file = path.join(dir, name);
      const stat = await statIfPresent(file);
      if (stat && name.endsWith(UNREADABLE_SUFFIX) && stat.mtimeMs < cutoff.getTime()) await removeIfPresent(file);
    }
  }

  /** The file's text, from memory while the file is the one read or written last time. */
  private async readText(name: string, trustRecent = false): Promise<string | undefined> {
    const file = this.pathOf(name);
    const cached = this.cache.get(name);
    if (trustRecent && cached && Date.now() - cached.checkedAt < RECENTLY_CHECKED_MS) return cached.text;
    const stat = statNowIfPresent(file) ?? this.putNextInPlace(file);
    if (!stat) {
      this.cache.delete(name);
      return undefined;
    }
    const identity = identityOf(stat);
    if (cached && (cached.identity === identity || cached.identity === undefined)) {
      cached.identity = identity;
      cached.checkedAt = Date.now();
      this.remember(name, cached); // most recently used last: the oldest entry is forgotten first
      return cached.text;
    }
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
    // Kept only when the file was not replaced while it was read.
    const after = await statIfPresent(file);
    if (after && identityOf(after) === identity) this.remember(name, { identity, text, checkedAt: Date.now() });
    return text;
  }

  /**
   * A state file that is missing: a crash between a write's unlink and rename left the new state as ".next"
   * (written whole: the unlink comes after it). It takes its place now; undefined when there is none.
   */
  private putNextInPlace(file: string): Stats | undefined {
    if (!statNowIfPresent(file + NEXT_SUFFIX)) return undefined;
    try {
      fsSync.renameSync(file + NEXT_SUFFIX, file);
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
    this.log?.warn({ file: path.basename(file) }, 'conversation state left by an interrupted write put in place');
    return statNowIfPresent(file);
  }

  private remember(name: string, entry: CachedFile): void {
    if (this.cachedFiles <= 0) return;
    this.cache.delete(name);
    this.cache.set(name, entry);
    if (this.cache.size > this.cachedFiles) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
  }

  private async writeItem(key: string, item: StoreItem): Promise<string> {
    if (item.eTag && item.eTag !== '*') {
      const stored = await this.readItem(key, true);
      if (stored && stored.eTag !== item.eTag) throw new ETagConflictError(key);
    }
    // Random eTags, not a counter: a counter restarting at 1 after a restart could match a stale eTag.
    const eTag = randomUUID();
    const record: StoredFile = { key, item: { ...item, eTag } };
    const name = this.fileName(key);
    const target = this.pathOf(name);
    const next = target + NEXT_SUFFIX;
    const text = JSON.stringify(record);
    this.cache.delete(name);
    // Synchronous on purpose: a few hundred bytes into the page cache (no fsync) take ~0.05 ms, while the
    // asynchronous calls (open, write, close, unlink, rename) each wait for a thread-pool thread and then for a
    // turn of the event loop, which on a busy machine made state-changing turns the slowest 1 % of all turns;
    // written asynchronously, the turns were also 13 % dearer in CPU. One write of a key at a time (the lock),
    // so ".next" is this write's own, or a crash's leftover it replaces.
    try {
      fsSync.writeFileSync(next, text, { encoding: 'utf8', mode: FILE_MODE });
    } catch (error) {
      await removeIfPresent(next).catch(() => undefined);
      throw error;
    }
    // Unlink first, so the rename goes to a free name (see the top of this file). If the rename fails, ".next"
    // holds the only copy of the newest state: it stays, and the next read puts it in place.
    try {
      fsSync.unlinkSync(target);
    } catch (error) {
      if (!isMissing(error)) {
        await removeIfPresent(next).catch(() => undefined);
        throw error;
      }
    }
    fsSync.renameSync(next, target);
    this.remember(name, { identity: undefined, text, checkedAt: Date.now() });
    return eTag;
  }

  private pathOf(name: string): string {
    return path.join(this.dir, name);
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

async function removeIfPresent(file: string): Promise<boolean> {
  try {
    await fs.unlink(file);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

/**
 * stat without waiting: for a state file it is a lookup in the kernel's inode cache (~5 µs), less
 * CPU than an asynchronous stat's promise and thread-pool hand-offs (~20 µs), and under load it
 * spares each turn a wait for the next turn of the event loop.
 */
function statNowIfPresent(file: string): Stats | undefined {
  try {
    return fsSync.statSync(file);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

async function statIfPresent(file: string) {
  try {
    return await fs.stat(file);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}
