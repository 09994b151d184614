import { describe, expect, it } from 'vitest';
import { cleanMessage } from '../../src/matching/clean.js';
import { normalizeTokens } from '../../src/matching/normalize.js';
import { boundedDistance, SpellingCorrector } from '../../src/matching/spelling.js';
import { PhraseFolder } from '../../src/matching/phrase-folder.js';

describe('cleanMessage', () => {
  it.each([
    ['<at>IMS Helper</at> how often?', 'how often?'],
    ['<at id="0">Bot</at>hi', 'hi'],
    ['<p>Does it <b>hurt</b>?</p>', 'Does it hurt ?'],
    ["<script>alert('hi')</script>", ''],
    ['see https://example.com/x?y=1 please', 'see please'],
    ['fish &amp; chips', 'fish & chips'],
    ['  lots \n of\tspace  ', 'lots of space'],
  ])('%j -> %j', (raw, cleaned) => {
    expect(cleanMessage(raw)).toBe(cleaned);
  });
});

describe('normalizeTokens', () => {
  it.each([
    ["What's IMS?", ['what', 'is', 'ims']],
    ['Whats IMS', ['what', 'is', 'ims']],
    ["I can't breathe", ['i', 'can', 'not', 'breathe']],
    ['I cant breathe', ['i', 'can', 'not', 'breathe']],
    ['I cannot breathe', ['i', 'can', 'not', 'breathe']],
    ['I can\u2019t breathe', ['i', 'can', 'not', 'breathe']],
    ['I can t breathe', ['i', 'can', 'not', 'breathe']],
    ["it won't stop", ['it', 'will', 'not', 'stop']],
    // Days as people shorten them: "since tues" is a day, not "toes"; "sat" and "sun" stay words.
    ['numb since tues', ['numb', 'since', 'tuesday']],
    ['thurs or fri?', ['thursday', 'or', 'friday']],
    ['sat in the sun', ['sat', 'in', 'the', 'sun']],
    ['ok tnx', ['ok', 'thanks']],
    ["doesn't", ['does', 'not']],
    ["the clinic's hours", ['the', 'clinic', 'hours']],
    ['Café DÉJÀ vu', ['cafe', 'deja', 'vu']],
    ['ims = needles?? 🤔👍', ['ims', 'needles']],
    ['4-10 sessions', ['4', '10', 'sessions']],
    // Chat shorthand for a time is the time's word.
    ['can i get in this wknd', ['can', 'i', 'get', 'in', 'this', 'weekend']],
    ['🙂🙂', []],
    ['', []],
  ])('%j', (text, tokens) => {
    expect(normalizeTokens(text)).toEqual(tokens);
  });
});

describe('spelling correction', () => {
  const corrector = new SpellingCorrector(new Map([['acupuncture', 3], ['pain', 5], ['session', 4], ['insurance', 2], ['in', 9]]));
  it.each([
    ['accupuncture', 'acupuncture'],
    ['acupunture', 'acupuncture'],
    ['pian', 'pain'],
    ['sesion', 'session'],
    ['insurence', 'insurance'],
    ['pai', 'pain'],
    // A letter the word does not have, once and twice.
    ['sessiom', 'session'],
    ['akupunkture', 'acupuncture'],
  ])('corrects %s to %s', (typo, word) => {
    expect(corrector.correct(typo)).toBe(word);
  });
  it.each(['ink', 'in', 'pregnant', 'zzzzzzzz', 'pains2', 'cain'])('leaves %s alone (too short, too far, another first letter or not a word)', (word) => {
    expect(corrector.correct(word)).toBeUndefined();
  });
  it('counts a transposition as one edit', () => {
    expect(boundedDistance('pian', 'pain', 1)).toBe(1);
    expect(boundedDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
  it('measures words longer than any before it', () => {
    expect(boundedDistance('a'.repeat(60), `${'a'.repeat(59)}b`, 2)).toBe(1);
    expect(boundedDistance('pian', 'pain', 1)).toBe(1);
  });
});

describe('PhraseFolder', () => {
  it('folds the longest phrase first', () => {
    const folder = new PhraseFolder();
    folder.add(['dry', 'needling'], ['ims']);
    folder.add(['extended', 'health'], ['ehc']);
    folder.add(['extended', 'health', 'care'], ['ehc']);
    expect(folder.fold(['is', 'dry', 'needling', 'covered', 'by', 'extended', 'health', 'care']).tokens).toEqual(['is', 'ims', 'covered', 'by', 'ehc']);
  });
});
