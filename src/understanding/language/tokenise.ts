// One message cut into tokens for matching, each script treated its own way, in one pass the matcher can make once
// per message (and the index once per phrasing, so both sides agree):
//   Chinese: full-width folded, Cantonese folded onto Mandarin, Traditional onto Simplified, words from
//            Intl.Segmenter (wordSegments.ts) plus character bigrams;
//   Gurmukhi: normalised (nukta, nasal signs, addak, vowel length, digits; see gurmukhi.ts);
//   Latin: every word exactly as typed (the English matcher does its own normalising), with a phonetic key for
//          romanized Punjabi and Hindi spellings (see romanized.ts);
//   digits: ASCII, whatever digits were typed (੧੨, １２).
import { hanBigrams } from './chinese.js';
import { defaultLanguageKit, type LanguageKit } from './kit.js';
import { normaliseGurmukhi } from './gurmukhi.js';
import { scriptOf } from './scripts.js';
import { wordSegments } from './wordSegments.js';

export type TokenScript = 'latin' | 'gurmukhi' | 'han' | 'number' | 'other';

export interface MatchToken {
  text: string;
  script: TokenScript;
  /** Latin words: the phonetic key that folds romanized spelling variants (kitthe, kithe -> "kite"). */
  key?: string;
}

export interface MatchText {
  /** The whole message as normalised for matching (Chinese folded to Simplified Mandarin, Gurmukhi folded). */
  readonly normalised: string;
  readonly tokens: readonly Readonly<MatchToken>[];
  /** Character bigrams of the Chinese in the message (see ChineseFolder.tokens). */
  readonly hanBigrams: readonly string[];
}

/** The script of the first letter of a segment ("2pm" is Latin); undefined when it has none. */
function firstScript(segment: string) {
  for (const ch of segment) {
    const script = scriptOf(ch.codePointAt(0) as number);
    if (script) return script;
  }
  return undefined;
}

/** Normalises `text` for matching, whatever its scripts (a no-op on plain English). */
export function normaliseForMatching(text: string, kit: LanguageKit = defaultLanguageKit()): string {
  return normaliseGurmukhi(kit.chinese.normalise(text));
}

/**
 * The last message tokenised: both models read the same message in one turn. Read-only, so sharing it is safe.
 */
let last: { text: string; kit: LanguageKit; read: MatchText } | undefined;

/** Tokens of one message for matching (see the file comment). */
export function tokeniseForMatching(text: string, kit: LanguageKit = defaultLanguageKit()): MatchText {
  if (last?.text === text && last.kit === kit) return last.read;
  const read = tokenise(text, kit);
  last = { text, kit, read };
  return read;
}

function tokenise(text: string, kit: LanguageKit): MatchText {
  const normalised = normaliseForMatching(text, kit);
  const tokens: MatchToken[] = [];
  let hasHan = false;
  for (const segment of wordSegments(normalised)) {
    const script = firstScript(segment);
    if (script === 'latin') tokens.push({ text: segment, script, key: kit.spellings.key(segment) });
    else if (script === 'gurmukhi' || script === 'han') {
      tokens.push({ text: segment, script });
      hasHan ||= script === 'han';
    } else if (/^\p{Nd}+$/u.test(segment)) tokens.push({ text: segment, script: 'number' });
    else tokens.push({ text: segment, script: 'other' });
  }
  return { normalised, tokens, hanBigrams: hasHan ? hanBigrams(normalised) : [] };
}
