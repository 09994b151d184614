// Types of syntheticKb.mjs, for the tests that check the generator.
import type { Entry, Knowledge } from '../src/kb/schema.js';

export function seededRandom(seed: number): () => number;
export function syntheticEntries(count: number, seed?: number): Entry[];
export function syntheticKnowledge(real: Knowledge, totalEntries: number, seed?: number): Knowledge;
