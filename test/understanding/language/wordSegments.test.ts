// The words of a message, as Intl.Segmenter finds them, with a fast path for plain ASCII that must agree with it.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmenterWords, wordSegments } from '../../../src/understanding/language/wordSegments.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Every line of the knowledge base's phrasings and of the writers' sets: the text the bot really reads. */
function corpus(): string[] {
  const lines: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.yaml')) lines.push(...readFileSync(file, 'utf8').split('\n'));
    }
  };
  walk(path.join(ROOT, 'knowledge'));
  walk(path.join(ROOT, 'test/fixtures/eval/writers'));
  return lines;
}

/** Seeded (the same strings every run): short strings of letters, digits and every ASCII mark that joins or parts words. */
function randomTexts(count: number): string[] {
  const alphabet = "ab1 2.,:;'-?!\"()/&@#$%*+=<>[]{}|\\~`^\t\n\rZz09";
  let seed = 20261204;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 24) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
}

describe('wordSegments', () => {
  it.each([
    ["can't breathe, it's 3.5 cm", ["can't", 'breathe', "it's", '3.5', 'cm']],
    ['e.g. at 2pm or 10:30 a.m.', ['e.g', 'at', '2pm', 'or', '10', '30', 'a.m']],
    ['1,000 mg;  well-known', ['1,000', 'mg', 'well', 'known']],
    ['IMS會唔會好痛？first time做', segmenterWords('IMS會唔會好痛？first time做')],
    ['snake_case', segmenterWords('snake_case')],
  ])('%j', (text, words) => {
    expect(wordSegments(text)).toEqual(words);
  });

  it('agrees with Intl.Segmenter on every line of the knowledge base and the writers\' sets, and on random ASCII', () => {
    const texts = [...corpus(), ...randomTexts(20_000)];
    const differing = texts.filter((text) => wordSegments(text).join('\u0000') !== segmenterWords(text).join('\u0000'));
    expect(differing.slice(0, 5)).toEqual([]);
    expect(texts.length).toBeGreaterThan(60_000);
  });
});
