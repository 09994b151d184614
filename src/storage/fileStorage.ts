// Bot Framework Storage on the local disk: one JSON file per key under one directory.
// Writes are atomic (temp file + fsync + rename + directory fsync), so a crash leaves either the
// old or the new state, never half a file. eTags follow botbuilder's MemoryStorage exactly.
// One process per directory: per-key locking is in-process only (use blob storage to scale out).
import { createHash, randomUUID } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { ETagConflictError } from './errors.js';
import { KeyedMutex } from './keyedMutex.js';

const FILE_MODE = 0o600;
const DIR_MODE = 0o700;
const ITEM_SUFFIX = '.json';
const TEMP_SUFFIX = '.tmp';
/** A temp file this old belongs to a write that crashed; no live write takes this long. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/** What each file holds: the original key (file names are hashes) and the item with its eTag. */
interface StoredFile {
  key: string;
  item: StoreItem;
}

export class FileStorage implements Storage {
  private readonly locks = new KeyedMutex();

  private constructor(readonly dir: string) {}

  /** Creates the directory (mode 0700) if needed; throws when it cannot be used. */
  static async open(dir: string): Promise<FileStorage> {
    await fs.mkdir(dir, { recursive: true, mode: DIR_MODE });
    await fs.chmod(dir, DIR_MODE); // mkdir's mode is filtered by umask and ignored for an existing dir
    await fs.access(dir, constants.R_OK | constants.W_OK);
    return new FileStorage(dir);
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const found = await Promise.all(keys.map(async (key) => [key, await this.readItem(key)] as const));
    const items: StoreItems = {};
    for (const [key, item] of found) if (item) items[key] = item;
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    // Like MemoryStorage: every item is attempted; a conflict on one does not stop the others.
    const outcomes = await Promise.allSettled(
      Object.entries(changes).map(([key, item]) => this.locks.run(this.fileName(key), () => this.writeItem(key, item))),
    );
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failed) throw failed.reason;
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    await Promise.all(
      keys.map((key) =>
        this.locks.run(this.fileName(key), async () => {
          if (await removeIfPresent(this.pathOf(this.fileName(key)))) await this.syncDir();
        }),
      ),
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
   * Deletes items not written since `cutoff` (and temp files left by crashed writes).
   * Each file is re-checked under its lock, so a turn writing right now is never deleted.
   */
  async deleteUntouchedSince(cutoff: Date): Promise<number> {
    const names = await fs.readdir(this.dir);
    let deleted = 0;
    for (const name of names) {
      const file = this.pathOf(name);
      if (name.endsWith(TEMP_SUFFIX)) {
        const stat = await statIfPresent(file);
        if (stat && stat.mtimeMs < Date.now() - STALE_TEMP_MS) await removeIfPresent(file);
      } else if (name.endsWith(ITEM_SUFFIX)) {
        const removed = await this.locks.run(name, async () => {
          const stat = await statIfPresent(file);
          return Boolean(stat && stat.mtimeMs < cutoff.getTime() && (await removeIfPresent(file)));
        });
        if (removed) deleted++;
      }
    }
    if (deleted) await this.syncDir();
    return deleted;
  }

  /** Waits for writes and deletes in flight (graceful shutdown). */
  idle(): Promise<void> {
    return this.locks.idle();
  }

  private async readItem(key: string): Promise<StoreItem | undefined> {
    let text: string;
    try {
      text = await fs.readFile(this.pathOf(this.fileName(key)), 'utf8');
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
    // Atomic writes make a torn file impossible short of disk damage; then the next write replaces it.
    try {
      return (JSON.parse(text) as StoredFile).item;
    } catch {
      return undefined;
    }
  }

  private async writeItem(key: string, item: StoreItem): Promise<void> {
    if (item.eTag && item.eTag !== '*') {
      const stored = await this.readItem(key);
      if (stored && stored.eTag !== item.eTag) throw new ETagConflictError(key);
    }
    // Random eTags, not a counter: a counter restarting at 1 after a restart could match a stale eTag.
    const record: StoredFile = { key, item: { ...item, eTag: randomUUID() } };
    const target = this.pathOf(this.fileName(key));
    const temp = `${target}.${randomUUID()}${TEMP_SUFFIX}`;
    try {
      const handle = await fs.open(temp, 'wx', FILE_MODE);
      try {
        await handle.writeFile(JSON.stringify(record), 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(temp, target);
    } catch (error) {
      await removeIfPresent(temp).catch(() => undefined);
      throw error;
    }
    await this.syncDir();
  }

  /** Makes the rename itself durable: without this a power cut can undo it. */
  private async syncDir(): Promise<void> {
    if (process.platform === 'win32') return; // directories cannot be opened for fsync there
    const handle = await fs.open(this.dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  /** Keys hold channel and conversation ids of any length and alphabet: hash them into safe names. */
  private fileName(key: string): string {
    return createHash('sha256').update(key, 'utf8').digest('hex') + ITEM_SUFFIX;
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

async function statIfPresent(file: string) {
  try {
    return await fs.stat(file);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}
