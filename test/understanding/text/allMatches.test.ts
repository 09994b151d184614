// Every match of a pattern, exactly as String.prototype.matchAll finds them, whether the pattern is global or not
// and however often it is used (the kept global copy and its lastIndex must not carry one call into the next).
import { describe, expect, it } from 'vitest';
import { allMatches } from '../../../src/understanding/text/allMatches.js';

const positions = (pattern: RegExp, text: string) => allMatches(pattern, text).map((m) => [m.index, m[0]]);
const expected = (pattern: RegExp, text: string) =>
  [...text.matchAll(pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`))].map((m) => [m.index, m[0]]);

describe('allMatches', () => {
  it.each([
    ['words', /[a-z]+/i, 'Next Tuesday, 3pm'],
    ['a global pattern', /\d+/g, 'call 604 555 0199'],
    ['Han runs', /\p{Script=Han}+/u, '下星期二 after 3 下午'],
    ['empty matches', /x*/, 'axxb'],
    ['empty matches beside an astral character', /x*/u, 'a😀x'],
    ['nothing', /\d/, 'no digits here'],
  ])('finds %s where matchAll does', (_name, pattern, text) => {
    expect(positions(pattern, text)).toEqual(expected(pattern, text));
  });

  it('gives the same matches when the same pattern is used again on other texts', () => {
    const pattern = /[a-z]+/;
    expect(positions(pattern, 'one two')).toEqual([[0, 'one'], [4, 'two']]);
    expect(positions(pattern, 'three')).toEqual([[0, 'three']]);
    expect(pattern.lastIndex).toBe(0);
  });
});
