// Building the matcher's index (some 11,000 questions, phrasings and answers analysed into weighted stems, then the
// ranker's postings, IDF and Naive Bayes counts) is the largest part of a restart after loading the code; the same
// knowledge base always builds the same index, so it is kept (DATA_DIR/models/matcher-index-<key>.bin, V8's
// serialization) under a key made of everything it is built from: the labelled texts in order, the synonyms, the
// words only spelt, the settings, whether WordNet is used, and this folder's code. A cache only: a blob that cannot
// be read is built again.
import { createHash } from 'node:crypto';
import v8 from 'node:v8';
import { folderCodeHash, type BlobCache } from '../blobCache.js';
import type { AnalyzerIndex } from './analyzer.js';
import type { RankerIndex } from './ranker.js';

export interface MatcherIndex {
  analyzer: AnalyzerIndex;
  ranker: RankerIndex;
  /** Exact texts (titles, questions, booking examples) -> label. */
  exact: Array<[string, string]>;
}

const BLOB_NAME = 'matcher-index';

/** The key of the index built from `inputs` (anything JSON: the texts, their labels, the settings). */
export function matcherIndexKey(inputs: unknown): string {
  return createHash('sha256').update(`${folderCodeHash(import.meta.url)}\u0000`).update(JSON.stringify(inputs)).digest('hex').slice(0, 32);
}

/** The index kept under `key`, if a readable one is. */
export function cachedMatcherIndex(cache: BlobCache, key: string): MatcherIndex | undefined {
  const bytes = cache.load(BLOB_NAME, key);
  if (!bytes) return undefined;
  try {
    const index = v8.deserialize(bytes) as Partial<MatcherIndex> | null;
    const { analyzer, ranker, exact } = index ?? {};
    const whole = analyzer?.vocabulary instanceof Map && analyzer.knownStems instanceof Set && analyzer.writtenWords instanceof Set;
    if (!whole || !(ranker?.termIds instanceof Map) || !(ranker.postingDocs instanceof Int32Array) || !Array.isArray(exact)) return undefined;
    // Node reads typed arrays back as views into the blob, which would keep all of it (3 MB) in memory: copies.
    const arrays = Object.entries(ranker).map(([field, value]: [string, unknown]) => [field, ArrayBuffer.isView(value) ? (value as Int32Array).slice() : value]);
    return { analyzer, ranker: Object.fromEntries(arrays) as RankerIndex, exact };
  } catch {
    return undefined;
  }
}

export function keepMatcherIndex(cache: BlobCache, key: string, index: MatcherIndex): void {
  cache.save(BLOB_NAME, key, v8.serialize(index));
}
