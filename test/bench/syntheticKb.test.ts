import { describe, expect, test } from 'vitest';
import { entrySchema } from '../../src/kb/schema.js';
import { loadKnowledge } from '../../src/kb/load.js';
import { syntheticEntries, syntheticKnowledge } from '../../bench/syntheticKb.mjs';

describe('synthetic knowledge bases for the matcher benchmark', () => {
  test('are the same on every run', () => {
    expect(syntheticEntries(50)).toEqual(syntheticEntries(50));
    expect(syntheticEntries(50, 1)).not.toEqual(syntheticEntries(50, 2));
  });

  test('entries are valid knowledge-base entries with ~10 questions of 5-12 words', () => {
    const entries = syntheticEntries(200);
    for (const { kind, ...entry } of entries) {
      expect(kind).toBe('faq');
      expect(() => entrySchema.parse(entry)).not.toThrow();
      expect(entry.questions.length).toBeGreaterThanOrEqual(8);
      expect(entry.questions.length).toBeLessThanOrEqual(12);
      for (const q of entry.questions) expect(q.split(' ').length).toBeGreaterThanOrEqual(5);
      for (const q of entry.questions) expect(q.split(' ').length).toBeLessThanOrEqual(12);
    }
    expect(new Set(entries.map((e) => e.id)).size).toBe(200);
  });

  test('hold the real entries plus synthetic ones, in the shape loadKnowledge returns', async () => {
    const real = await loadKnowledge('knowledge');
    const big = syntheticKnowledge(real, 1000);
    expect(big.entries).toHaveLength(1000);
    expect(big.entries.slice(0, real.entries.length)).toEqual(real.entries);
    expect(big.byId.get('ims-what')).toBe(real.byId.get('ims-what'));
    expect(Object.keys(big).sort()).toEqual(Object.keys(real).sort());
  });
});
