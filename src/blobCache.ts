// What start-up computes from the knowledge base and keeps between starts (src/storage/modelFileCache.ts keeps it
// in DATA_DIR/models; tests pass a Map): the loaded knowledge base, the ranker's index, the trained models. Each is
// kept under a key of everything it was computed from, the code that computes it included, so nothing stale is
// ever read back.
import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

export interface BlobCache {
  load(name: string, key: string): Uint8Array | undefined;
  save(name: string, key: string, bytes: Uint8Array): void;
}

const codeHashes = new Map<string, string>();

/**
 * A hash of the code in the folder of the module at `moduleUrl` (its .js files, or .ts when run from source) and of
 * V8's version (whose serialization format kept data is in): a changed rule there is a different key.
 */
export function folderCodeHash(moduleUrl: string): string {
  const dir = path.dirname(fileURLToPath(moduleUrl));
  let known = codeHashes.get(dir);
  if (known === undefined) {
    const hash = createHash('sha256').update(`${process.versions.v8}\u0000`);
    for (const name of readdirSync(dir).filter((file) => /\.(?:js|ts)$/.test(file)).sort()) hash.update(`${name}\u0000`).update(readFileSync(path.join(dir, name)));
    known = hash.digest('hex');
    codeHashes.set(dir, known);
  }
  return known;
}

/** A key for what the module at `moduleUrl` computes from the inputs `feed` writes into the hash (with its code's). */
export function computedKey(moduleUrl: string, feed: (hash: Hash) => void): string {
  const hash = createHash('sha256').update(`${folderCodeHash(moduleUrl)}\u0000`);
  feed(hash);
  return hash.digest('hex').slice(0, 32);
}

/** The value kept under `name` and `key` (V8's serialization), if one is there, readable and `whole`. */
export function readKept<T>(cache: BlobCache, name: string, key: string, whole: (value: unknown) => value is T): T | undefined {
  const bytes = cache.load(name, key);
  if (!bytes) return undefined;
  try {
    const value: unknown = v8.deserialize(bytes);
    return whole(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function keep(cache: BlobCache, name: string, key: string, value: unknown): void {
  cache.save(name, key, v8.serialize(value));
}
