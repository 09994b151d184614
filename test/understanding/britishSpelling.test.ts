// Canadian and British spellings are read as the word they spell, never "corrected" into another.
import { describe, expect, it } from 'vitest';
import { americanSpellings } from '../../src/understanding/text/britishSpelling.js';

describe('American forms of Canadian and British spellings', () => {
  it.each([
    ['sceptic', 'skeptic'],
    ['haemorrhaging', 'hemorrhaging'],
    ['oedema', 'edema'],
    ['paralysed', 'paralyzed'],
    ['colour', 'color'],
    ['centre', 'center'],
    ['travelling', 'traveling'],
  ])('%s may be %s', (british, american) => {
    expect(americanSpellings(british)).toContain(american);
  });

  it.each(['breathe', 'chest', 'shoe', 'bleeding'])('%s has none', (word) => {
    expect(americanSpellings(word)).toEqual([]);
  });
});
