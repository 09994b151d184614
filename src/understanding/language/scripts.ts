// Which writing system each letter belongs to, and a message cut into words by script, in one pass over its code
// points (no regular expression per character: this runs on every message).

export type Script = 'latin' | 'gurmukhi' | 'han' | 'devanagari' | 'arabic' | 'other';

export const SCRIPTS: readonly Script[] = ['latin', 'gurmukhi', 'han', 'devanagari', 'arabic', 'other'];

/** Letters per script. Digits, punctuation, emoji and spaces count nowhere. */
export type ScriptCounts = Record<Script, number>;

export interface ScriptWord {
  script: Script;
  /** The word as written (one character for Han: Chinese has no spaces to cut words at). */
  text: string;
}

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;

/** The script of one code point, or undefined for anything that is not part of a word (digits, punctuation, emoji). */
export function scriptOf(cp: number): Script | undefined {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) ? 'latin' : undefined;
  // Gurmukhi letters and signs; its digits (U+0A66-0A6F) are digits, not letters.
  if (cp >= 0x0a00 && cp <= 0x0a7f) return cp >= 0x0a66 && cp <= 0x0a6f ? undefined : 'gurmukhi';
  // Danda and double danda (U+0964-0965) are punctuation shared by Gurmukhi and Devanagari.
  if (cp >= 0x0900 && cp <= 0x097f) return cp === 0x0964 || cp === 0x0965 || (cp >= 0x0966 && cp <= 0x096f) ? undefined : 'devanagari';
  if ((cp >= 0x0600 && cp <= 0x06ff) || (cp >= 0x0750 && cp <= 0x077f) || (cp >= 0x08a0 && cp <= 0x08ff) || (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff)) {
    return (cp >= 0x0660 && cp <= 0x0669) || (cp >= 0x06f0 && cp <= 0x06f9) ? undefined : LETTER.test(String.fromCodePoint(cp)) || MARK.test(String.fromCodePoint(cp)) ? 'arabic' : undefined;
  }
  if (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3134f) ||
    cp === 0x3007
  ) {
    return 'han';
  }
  // Full-width Latin letters (ＩＭＳ) are Latin.
  if ((cp >= 0xff21 && cp <= 0xff3a) || (cp >= 0xff41 && cp <= 0xff5a)) return 'latin';
  if (cp <= 0x024f || (cp >= 0x1e00 && cp <= 0x1eff)) return LETTER.test(String.fromCodePoint(cp)) ? 'latin' : undefined;
  if (cp >= 0x0300 && cp <= 0x036f) return undefined; // combining accents: part of the word before them
  const ch = String.fromCodePoint(cp);
  return LETTER.test(ch) || MARK.test(ch) ? 'other' : undefined;
}

/** True for Japanese kana: Han characters next to kana are Japanese, which the bot does not speak. */
export function isKana(cp: number): boolean {
  return (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x31f0 && cp <= 0x31ff) || (cp >= 0xff66 && cp <= 0xff9d);
}

export interface ScriptReading {
  counts: ScriptCounts;
  words: ScriptWord[];
  /** The message has Japanese kana, so its Han characters are read as Japanese. */
  kana: boolean;
}

/** Letters per script and the words of `text` in order. An apostrophe inside a Latin word stays in it ("don't"). */
export function readScripts(text: string): ScriptReading {
  const counts: ScriptCounts = { latin: 0, gurmukhi: 0, han: 0, devanagari: 0, arabic: 0, other: 0 };
  const words: ScriptWord[] = [];
  let kana = false;
  let current: Script | undefined;
  let start = 0;
  const close = (end: number) => {
    if (current !== undefined && end > start) words.push({ script: current, text: text.slice(start, end) });
    current = undefined;
  };
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    let script = scriptOf(cp);
    if (isKana(cp)) kana = true;
    // Zero-width joiners and combining accents belong to the word around them.
    const joins = cp === 0x200c || cp === 0x200d || (cp >= 0x0300 && cp <= 0x036f);
    if (joins && current !== undefined) script = current;
    if (script === undefined && current === 'latin' && (cp === 0x27 || cp === 0x2019) && scriptOf(text.codePointAt(i + 1) ?? 0) === 'latin') script = 'latin';
    if (script === undefined) {
      close(i);
    } else {
      if (!joins && cp !== 0x27 && cp !== 0x2019) counts[script]++;
      if (script === 'han') {
        close(i);
        words.push({ script, text: text.slice(i, i + width) });
      } else if (script !== current) {
        close(i);
        current = script;
        start = i;
      }
    }
    i += width;
  }
  close(text.length);
  return { counts, words, kana };
}
