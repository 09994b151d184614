// The matcher's index is kept between starts (DATA_DIR/models): a matcher built from the kept index must match
// every message exactly as one built from the knowledge base's texts, and an edited knowledge base must never be
// matched with the index of the one before.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/kb/load.js';
import type { Knowledge } from '../../src/kb/schema.js';
import { Matcher } from '../../src/matching/matcher.js';
import { WordNet } from '../../src/matching/wordnet.js';
import { countingCache } from '../support/countingCache.js';

const MESSAGES = [
  'What is IMS?',
  'how is ims diferent from accupuncture',
  'hi! quick one - is this covered by MSP?',
  'thanks!!',
  'can I book for tuesday',
  'where do you park',
  'does it hurt a lot or just a pinch',
  'my dog ate my homework',
  'insurance?',
  'pain',
];

let knowledge: Knowledge;
const wordnet = new WordNet();
beforeAll(async () => {
  knowledge = await loadKnowledge(path.resolve(import.meta.dirname, '../fixtures/kb/valid'));
});

describe('a matcher built from its kept index', () => {
  it('matches every message as the matcher built from the texts did (scores, candidates, analysis)', () => {
    const cache = countingCache();
    const built = new Matcher(knowledge, { wordnet, cache });
    const restored = new Matcher(knowledge, { wordnet, cache });
    expect(cache.counts).toEqual({ hits: 1, misses: 1, saves: 1 });
    for (const message of MESSAGES) expect(restored.match(message), message).toEqual(built.match(message));
    expect(restored.exactLabel('What is IMS?')).toBe('ims-what');
  });

  it('is not used for a knowledge base with another question: that one builds its own', () => {
    const cache = countingCache();
    new Matcher(knowledge, { wordnet, cache });
    const edited: Knowledge = { ...knowledge, entries: knowledge.entries.map((entry) => (entry.id === 'ims-sensation' ? { ...entry, questions: [...entry.questions, 'will the wiggling sting'] } : entry)) };
    const matcher = new Matcher(edited, { wordnet, cache });
    expect(cache.counts).toEqual({ hits: 0, misses: 2, saves: 2 });
    expect(matcher.exactLabel('will the wiggling sting')).toBe('ims-sensation');
  });

  it('is built again when what was kept cannot be read', () => {
    const cache = countingCache();
    const built = new Matcher(knowledge, { wordnet, cache });
    for (const key of cache.blobs.keys()) cache.blobs.set(key, new Uint8Array([0xff, 0x0f, 7]));
    const again = new Matcher(knowledge, { wordnet, cache });
    expect(again.match('does it hurt a lot or just a pinch')).toEqual(built.match('does it hurt a lot or just a pinch'));
    expect(cache.counts.saves).toBe(2);
  });
});
