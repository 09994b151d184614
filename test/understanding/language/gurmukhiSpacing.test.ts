// Gurmukhi typed without spaces is split into the words the bot knows; text it cannot mostly read as known words,
// spaced text and a word it does not know stay as typed.
import { describe, expect, it } from 'vitest';
import { GurmukhiSpacer } from '../../../src/understanding/language/gurmukhiSpacing.js';

// A small vocabulary, as the knowledge base's own Gurmukhi gives it.
const spacer = new GurmukhiSpacer(['ਮੇਰੀ ਮਾਂ ਡਿੱਗ ਪਈ ਤੇ ਬੋਲਦੀ ਨਹੀਂ', 'ਇਹ ਸੂਈ ਗੋਡਿਆਂ ਦੀ ਦਰਦ ਵਾਸਤੇ ਲਗਦੀ ਆ', 'ਕੀ ਇਹ ਇਲਾਜ ਦੁਖਦਾ ਹੈ']);

describe('Gurmukhi typed without spaces', () => {
  it.each([
    ['ਮੇਰੀਮਾਂਡਿੱਗਪਈਤੇਬੋਲਦੀਨਹੀਂ', 'ਮੇਰੀ ਮਾਂ ਡਿੱਗ ਪਈ ਤੇ ਬੋਲਦੀ ਨਹੀਂ'],
    ['ਗੋਡਿਆਂਦੀਦਰਦਵਾਸਤੇਲਗਦੀਆ ਇਹਸੂਈ?', 'ਗੋਡਿਆਂ ਦੀ ਦਰਦ ਵਾਸਤੇ ਲਗਦੀ ਆ ਇਹਸੂਈ?'],
    // A vowel sign or a nasal sign stays with its letter: "ਦੁਖਦਾ" is not cut before its "ੁ".
    ['ਕੀਇਹਇਲਾਜਦੁਖਦਾਹੈ', 'ਕੀ ਇਹ ਇਲਾਜ ਦੁਖਦਾ ਹੈ'],
  ])('%j is read as %j', (typed, spaced) => {
    expect(spacer.respace(typed)).toBe(spaced);
  });

  it.each([
    ['spaced text', 'ਮੇਰੀ ਮਾਂ ਡਿੱਗ ਪਈ'],
    ['a word it does not know', 'ਫਿਜ਼ੀਓਥੈਰੇਪਿਸਟ'],
    ['a short run of two known words, as often one word it does not know', 'ਇਲਾਜਦੀ'],
    ['English and Chinese', 'is IMS 痛唔痛?'],
  ])('%s stays as typed', (_, text) => {
    expect(spacer.respace(text)).toBe(text);
  });
});
