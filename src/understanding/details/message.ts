// A message prepared for reading. Every change keeps the length, so a position in the prepared
// text is a position in what the person typed:
// - full-width forms (０-９, Ａ, ＠, ，) become ASCII and Gurmukhi digits (੦-੯) become 0-9, so one
//   pattern reads "６０４", "੬੦੪" and "604";
// - line breaks and tabs become spaces; every other control character (NUL, ESC, NEL, C1 ...) becomes
//   U+FFFD, and a detail that touches one is not taken (never part of any value);
// - found details are blanked out, so later readers do not read them again.
import type { Span } from './types.js';

const SPACE_LIKE = /[\t\n\v\f\r\u2028\u2029\u3000]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const OTHER_CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const ANY_CONTROL_GLOBAL = new RegExp(ANY_CONTROL.source, 'g');
export const POISON = '\uFFFD';

export function hasControlCharacters(text: string): boolean {
  return ANY_CONTROL.test(text);
}

/** The text with digits and full-width forms folded and control characters neutralised (same length). */
export function prepareText(input: string): string {
  let out = '';
  for (const ch of input) {
    const code = ch.codePointAt(0) as number;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code >= 0x0a66 && code <= 0x0a6f) out += String.fromCharCode(code - 0x0a66 + 0x30);
    else out += ch;
  }
  return out.replace(SPACE_LIKE, ' ').replace(OTHER_CONTROLS, POISON);
}

export class Message {
  /** The prepared text, with found details blanked out. */
  text: string;

  constructor(readonly original: string) {
    this.text = prepareText(original);
  }

  span(start: number, end: number): Span {
    return { start, end, text: this.original.slice(start, end).replace(ANY_CONTROL_GLOBAL, ' ') };
  }

  /** Blanks out a found detail so later readers do not read it again. */
  blank(start: number, end: number): void {
    this.text = this.text.slice(0, start) + ' '.repeat(end - start) + this.text.slice(end);
  }

  /** True when a control character is inside the range or right next to it. */
  touchesControl(start: number, end: number): boolean {
    return this.text.slice(Math.max(0, start - 1), end + 1).includes(POISON);
  }

  /** What is left to read (details found so far blanked), trimmed, with its offset. */
  rest(): { text: string; start: number } {
    const start = this.text.search(/\S/);
    if (start < 0) return { text: '', start: 0 };
    return { text: this.text.trimEnd().slice(start), start };
  }
}

/** Spaces collapsed, ends trimmed: how a value typed by a person is kept. */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
