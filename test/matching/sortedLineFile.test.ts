// WordNet's index files are searched on disk: every entry is found whichever block it falls in, and a word that
// is not there is not found, whether it sorts before the first entry, between two, or after the last.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SortedLineFile } from '../../src/matching/sortedLineFile.js';
import { defaultWordNetDir } from '../../src/matching/wordnet.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sorted-lines-'));
const words = Array.from({ length: 3000 }, (_, i) => `w${String(i * 2).padStart(5, '0')}`);
/** Entries of varied length after a licence header of lines starting with spaces; one line longer than a block. */
const entry = (word: string, i: number) => `${word} n 1 ${'x'.repeat(i === 1700 ? 9000 : i % 50)}`;
const file = path.join(dir, 'index.test');
writeFileSync(file, ['  1 licence header', '  2 licence header', ...words.map(entry)].join('\n'));
const lines = new SortedLineFile(file);
afterAll(() => {
  lines.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a sorted line file searched on disk', () => {
  it.each([
    ['the first entry', 0],
    ['an entry in the middle', 1500],
    ['an entry longer than a block', 1700],
    ['the entry after it', 1701],
    ['the last entry, with no newline after it', 2999],
  ])('finds %s', (_, i) => {
    expect(lines.line(words[i]!)).toBe(entry(words[i]!, i));
  });

  it.each([
    ['before the first entry', 'a'],
    ['between two entries', 'w00001'],
    ['after the last entry', 'zzz'],
    ['in the licence header', '1'],
  ])('finds nothing for a word %s', (_, key) => {
    expect(lines.line(key)).toBeUndefined();
  });

  it('finds every entry of a file of many blocks', () => {
    expect(words.filter((word, i) => lines.line(word) !== entry(word, i))).toEqual([]);
  });

  it.each(['noun', 'adv'])("finds WordNet's own entries in index.%s, wherever they fall", (pos) => {
    const indexFile = path.join(defaultWordNetDir(), `index.${pos}`);
    const entries = readFileSync(indexFile, 'latin1').split('\n').filter((line) => line && !line.startsWith(' '));
    const wordnet = new SortedLineFile(indexFile);
    try {
      const sample = entries.filter((_, i) => i % 97 === 0 || i === entries.length - 1);
      expect(sample.filter((line) => wordnet.line(line.split(' ')[0]!) !== line)).toEqual([]);
    } finally {
      wordnet.close();
    }
  });
});
