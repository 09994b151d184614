// A cleaned message as a sequence of tokens that carry where they stand: which sentence, which clause.
// Latin words are normalised (contractions expanded) and compared by stem; Gurmukhi words by their folded
// spelling, as the language layer folds it (nasal signs and vowel length as WhatsApp Punjabi drops them: "ਨਹੀ" is
// "ਨਹੀਂ"); Chinese is compared character by character (no word boundaries to rely on). The same function
// reads the knowledge base's phrases, so a phrase and a message always meet on the same keys.
import { stem } from '../../matching/analyzer.js';
import { normalizeTokens } from '../../matching/normalize.js';
import { normaliseGurmukhi } from '../language/gurmukhi.js';
import { allMatches } from './allMatches.js';

export type Script = 'latin' | 'gurmukhi' | 'han';

export interface Token {
  /** The word as normalised (Latin: lower case, contractions expanded; Han: one character). */
  text: string;
  /** What it is compared by: the stem, the folded Gurmukhi word (its digits in 0-9), the character. */
  key: string;
  script: Script;
  sentence: number;
  /** Clauses are split by commas and the like inside a sentence. */
  clause: number;
}

/**
 * Sentence ends (a full stop between digits is a decimal point; one after a single letter, or after a Gurmukhi
 * syllable, and before a letter is an abbreviation: "b.p low", "i.m.s ton baad", "ਆਈ.ਐਮ.ਐਸ ਤੋਂ ਬਾਅਦ", and so is the
 * stop that closes one, "ਆਈ.ਐਮ.ਐਸ. ਤੋਂ ਬਾਅਦ"; Punjabi ends its sentences with a danda or a spaced stop): tokenize
 * and questionSentences must number sentences alike.
 */
const SENTENCE_END_CHARS = '(?:(?<!\\.[\\p{L}\\p{M}]{1,3})[.!?;]+(?=\\s|$)|[!?;][.!?;]*(?=\\s|$)|(?<!(?:^|[^\\p{L}])\\p{L}|\\p{Script=Gurmukhi})[.!?;]+(?=\\p{L})|[\\n。！？；।॥]+)+';
const SENTENCE_END = new RegExp(SENTENCE_END_CHARS, 'u');
/** The same, kept in the split: each sentence's end says whether it asks. */
const SENTENCE_END_KEPT = new RegExp(`(${SENTENCE_END_CHARS})`, 'u');
// A parenthesis glosses its clause ("a mini stroke (TIA) 4 years ago"): it does not end it. A spaced dash or plus does
// ("back pain + can't feel when I pee + numb").
const CLAUSE_END = /[,:\u2014\u2013，、：]+|\s[-+]\s/u;
/** Runs of one script; anything else (digits stay with Latin, emoji and punctuation separate). */
const RUN = /(\p{Script=Gurmukhi}[\p{Script=Gurmukhi}\p{M}]*)|(\p{Script=Han}+)|([\p{Script=Latin}\p{N}'\u2019\u2018`]+(?:[-\s]+[\p{Script=Latin}\p{N}'\u2019\u2018`]+)*)/gu;

/**
 * Spoken spellings folding does not meet: WhatsApp Punjabi types "not" (ਨਹੀਂ) and "in" (ਵਿੱਚ) as they are said,
 * "ਨੀ" or "ਨਈ" ("ਅੱਖਾਂ ਨੀ ਖੋਲ੍ਹਦਾ", does not open his eyes) and "ਚ" ("ਛਾਤੀ ਚ ਪੀੜ", a pain in the chest).
 */
const GURMUKHI_SPOKEN = new Map<string, { text: string; key: string }>(
  [...['ਨੀ', 'ਨੀਂ', 'ਨਈ', 'ਨਈਂ'].map((spoken) => [spoken, 'ਨਹੀਂ'] as const), ['ਚ', 'ਵਿੱਚ'] as const].map(([spoken, written]) => [
    normaliseGurmukhi(spoken),
    { text: written.normalize('NFC'), key: normaliseGurmukhi(written) },
  ]),
);

function pushGurmukhi(word: string, sentence: number, clause: number, out: Token[]): void {
  const folded = normaliseGurmukhi(word);
  if (!folded) return;
  const written = GURMUKHI_SPOKEN.get(folded);
  out.push({ ...(written ?? { text: word.normalize('NFC'), key: folded }), script: 'gurmukhi', sentence, clause });
}

/**
 * The same in romanized Punjabi: "not" is typed "ni", "nai", "nhi" as often as "nahi" ("latan ch kuch mehsoos ni ho
 * reha", no feeling in the legs), and "in" (vich) as "ch".
 */
const LATIN_SPOKEN = new Map<string, string>([
  ...['ni', 'nai', 'nhi', 'nahin', 'nhin', 'nahee'].map((spoken) => [spoken, 'nahi'] as const),
  ...['ch', 'vch', 'wich'].map((spoken) => [spoken, 'vich'] as const),
]);

function pushLatin(run: string, sentence: number, clause: number, out: Token[]): void {
  for (const typed of normalizeTokens(run)) {
    const word = LATIN_SPOKEN.get(typed) ?? typed;
    out.push({ text: word, key: stem(word), script: 'latin', sentence, clause });
  }
}

/** Tokens of one piece of text (sentence and clause numbers start at the given ones). */
function tokensOfClause(text: string, sentence: number, clause: number, out: Token[]): void {
  for (const match of allMatches(RUN, text)) {
    const [, gurmukhi, han, latin] = match;
    if (gurmukhi) {
      pushGurmukhi(gurmukhi, sentence, clause, out);
    } else if (han) {
      for (const char of han) out.push({ text: char, key: char, script: 'han', sentence, clause });
    } else if (latin) {
      pushLatin(latin, sentence, clause, out);
    }
  }
}

/** Every token of a cleaned message, with its sentence and clause. */
export function tokenize(cleaned: string): Token[] {
  const out: Token[] = [];
  let clause = 0;
  sentences(cleaned).forEach((sentenceText, sentence) => {
    for (const clauseText of clauses(sentenceText)) tokensOfClause(clauseText, sentence, clause++, out);
  });
  return out;
}

/** Whole words: "Whatever." and "Cancel my IMS." ask nothing, nor does ਕੀਤਾ (done); ਕਿੰਨ begins ਕਿੰਨਾ, ਕਿੰਨੇ (how much, many). */
const QUESTION_OPENING = /^(?:(?:what|whats|how|why|when|where|who|which|can|could|does|do|did|is|are|will|would|should|may|might|ਕੀ|ਕਿਵੇਂ|ਕਿਉਂ)(?![\p{L}\p{M}])|ਕਿੰਨ)/iu;
const QUESTION_PARTICLE = /[吗嗎呢么麼]\s*$|[?？]\s*$/u;
/**
 * Punjabi puts its question word before the verb, not first ("ਇਹਦੇ ਚ ਕਿੰਨੀ ਕੁ ਪੀੜ ਹੁੰਦੀ ਆ", "is vich kinni peed
 * hundi"), and often ends without a question mark: a question word anywhere asks.
 */
const PUNJABI_QUESTION_WORD =
  /(?:^|\s)(?:ਕੀ|ਕਿਵੇਂ|ਕਿੱਦਾਂ|ਕਿਉਂ|ਕਿੱਥੇ|ਕਦੋਂ|ਕੌਣ|ਕਿੰਨ[\p{L}\p{M}]*|ਕਿਹੜ[\p{L}\p{M}]*|kinni|kinne|kinna|kitni|kitne|kitna|kive|kiven|kivein|kidda|kaise|kyon|kyun|kithe|kidhar|kado|kadon|kaun|kehri|kehra|kehde)(?![\p{L}\p{M}])/iu;

/** The clauses of a sentence, as tokens number them (commas, colons, dashes part them; empty ones dropped). */
export function clauses(sentenceText: string): string[] {
  return sentenceText.split(CLAUSE_END).filter((text) => text.trim() !== '');
}

/** The text of each sentence (numbered as tokens number them). */
export function sentences(cleaned: string): string[] {
  return cleaned.split(SENTENCE_END).map((text) => text.trim());
}

/** For each sentence (numbered as tokens number them): whether it asks something. */
export function questionSentences(cleaned: string): boolean[] {
  const pieces = cleaned.split(SENTENCE_END_KEPT);
  const asks: boolean[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const text = (pieces[i] ?? '').trim();
    const end = pieces[i + 1] ?? '';
    asks.push(/[?？]/u.test(end) || QUESTION_OPENING.test(text) || QUESTION_PARTICLE.test(text) || PUNJABI_QUESTION_WORD.test(text));
  }
  return asks;
}

/** Keys of a knowledge-base phrase, read exactly as a message is. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((token) => token.key);
}
