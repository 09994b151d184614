import { describe, expect, it } from 'vitest';
import { escapeUserText } from '../../src/bot/markdown.js';

describe('echoing what a person typed', () => {
  it.each([
    ['*Pat*', '\\*Pat\\*'],
    ['__bold__', '\\_\\_bold\\_\\_'],
    ['[click](http://evil.example)', '\\[click\\]\\(http://evil\\.example\\)'],
    ['<b>hi</b>', '&lt;b&gt;hi&lt;/b&gt;'],
    ['# heading', '\\# heading'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['line one\nline two', 'line one line two'],
    ["Pat O'Brien", "Pat O'Brien"],
    ['604 555 0199', '604 555 0199'],
  ])('%j is shown as typed, not as formatting', (input, escaped) => {
    expect(escapeUserText(input)).toBe(escaped);
  });
});
