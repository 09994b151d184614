// Building the matcher's index (some 11,000 questions, phrasings and answers analysed into weighted stems, then the
// ranker's postings, IDF and Naive Bayes counts) is the largest part of a restart after loading the code; the same
// knowledge base always builds the same index, so it is kept (DATA_DIR/models/matcher-index-<key>.bin, V8's
// serialization) under a key made of everything it is built from: the labelled texts in order, the synonyms, the
// words only spelt, the settings, whether WordNet is used, and this folder's code. A cache only: a blob that cannot
// be read is built again.
import { computedKey, keep, readKept, type BlobCache } from '../blobCache.js';
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
  return computedKey(import.meta.url, (hash) => hash.update(JSON.stringify(inputs)));
}

function isMatcherIndex(value: unknown): value is MatcherIndex {
  const { analyzer, ranker, exact } = (value ?? {}) as Partial<MatcherIndex>;
  const whole = analyzer?.vocabulary instanceof Map && analyzer.knownStems instanceof Set && analyzer.writtenWords instanceof Set;
  return whole && ranker?.termIds instanceof Map && ranker.postingDocs instanceof Int32Array && Array.isArray(exact);
}

/** The index kept under `key`, if a readable one is. */
export function cachedMatcherIndex(cache: BlobCache, key: string): MatcherIndex | undefined {
  const index = readKept(cache, BLOB_NAME, key, isMatcherIndex);
  if (!index) return undefined;
  // Node reads typed arrays back as views into the blob, which would keep all of it (3 MB) in memory: copies.
  const arrays = Object.entries(index.ranker).map(([field, value]: [string, unknown]) => [field, ArrayBuffer.isView(value) ? (value as Int32Array).slice() : value]);
  return { ...index, ranker: Object.fromEntries(arrays) as RankerIndex };
}

export function keepMatcherIndex(cache: BlobCache, key: string, index: MatcherIndex): void {
  keep(cache, BLOB_NAME, key, index);
}
