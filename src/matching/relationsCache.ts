// The ranker relates words the knowledge base does not use to the words it does, through WordNet
// (analyzer.ts): thousands of dictionary look-ups, ~0.4 s at every start and every knowledge reload. The same
// vocabulary always gives the same relations, so they are kept (DATA_DIR/models/wordnet-relations-<key>.bin,
// beside the trained models) under a key made of everything they are computed from: the knowledge base's
// words and stems, the settings, the dictionary's version, the word lists and this code's version. An edited
// knowledge base is another key, so stale relations are never used; an unreadable file is computed again.
import { createHash } from 'node:crypto';
import type { BlobCache } from '../blobCache.js';
import { IRREGULAR_VERB_BASES } from './irregular-verbs.js';
import { senseFrequencies } from './senseFrequencies.js';
import { STOPWORDS } from './stopwords.js';

/** Bump when relating words changes (analyzer.ts relateThroughWordNet, stem(), WordNet's look-ups): every kept file is then computed again. */
export const RELATIONS_VERSION = 1;

export const RELATIONS_NAME = 'wordnet-relations';

/** Where computed files are kept (src/storage/modelFileCache.ts; tests pass a Map). */
export type KeptFiles = BlobCache;

/** Stem of a word the knowledge base does not use -> stems of its words it is a synonym of, in the order found. */
export type Relations = Map<string, string[]>;

export interface RelationsInput {
  /** The knowledge base's words, in the order they are related (the order of the result follows it). */
  vocabulary: Iterable<string>;
  knownStems: Iterable<string>;
  relatedSenses: number;
}

export function relationsKey({ vocabulary, knownStems, relatedSenses }: RelationsInput): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ version: RELATIONS_VERSION, wordnet: senseFrequencies().version, relatedSenses, stopwords: [...STOPWORDS], irregular: [...IRREGULAR_VERB_BASES] }));
  hash.update('\u0001vocabulary');
  for (const word of vocabulary) hash.update(`\u0000${word}`);
  hash.update('\u0001stems');
  for (const stem of knownStems) hash.update(`\u0000${stem}`);
  return hash.digest('hex').slice(0, 32);
}

export function encodeRelations(relations: Relations): Uint8Array {
  return Buffer.from(JSON.stringify([...relations]), 'utf8');
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The relations in `bytes`, or undefined when they are not a file this code wrote (damaged, cut short, another format). */
export function decodeRelations(bytes: Uint8Array): Relations | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  const relations: Relations = new Map();
  for (const pair of parsed as unknown[]) {
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || !isStrings(pair[1])) return undefined;
    relations.set(pair[0], pair[1]);
  }
  return relations;
}
