// Parsing and validating the knowledge folder (some 2.4 MB of YAML) is an eighth of a restart; the same files always
// give the same knowledge base, so a loaded one is kept (V8's own serialization, read back in a tenth of the time)
// under a key made of everything it came from: each file's name and bytes, the loader's own code (this folder's
// modules: a changed schema or default is a different key) and V8's version (whose format it is). A cache only: a
// blob that cannot be read is a miss, and a miss loads the files as before.
import { computedKey, keep, readKept, type BlobCache } from '../blobCache.js';
import type { Knowledge } from './schema.js';

const BLOB_NAME = 'knowledge';

/** The key of the knowledge base these files (as named in messages, with their bytes) load into. */
export function knowledgeKey(files: ReadonlyArray<{ shown: string; bytes: Uint8Array }>): string {
  return computedKey(import.meta.url, (hash) => {
    for (const { shown, bytes } of files) hash.update(`${shown}\u0000${bytes.length}\u0000`).update(bytes);
  });
}

function isKnowledge(value: unknown): value is Knowledge {
  const knowledge = value as Partial<Knowledge> | null;
  return Array.isArray(knowledge?.entries) && knowledge.byId instanceof Map && knowledge.messages instanceof Map;
}

/** The knowledge base kept under `key`, if a readable one is. */
export function cachedKnowledge(cache: BlobCache, key: string): Knowledge | undefined {
  return readKept(cache, BLOB_NAME, key, isKnowledge);
}

export function keepKnowledge(cache: BlobCache, key: string, knowledge: Knowledge): void {
  keep(cache, BLOB_NAME, key, knowledge);
}
