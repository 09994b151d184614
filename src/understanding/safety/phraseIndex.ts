// Finds phrases in a message: their words in order, in one sentence, with at most `maxGap` other words
// between two of them ("chest pain" ~ "my chest has this awful pain"). English articles,
// possessives and forms of "be" in a phrase are optional, since people vary them; pronouns and negations
// stay required: "hurt myself" is not "hurt", "can't breathe" is not "breathe".
import { tokenize, type Token } from '../text/tokens.js';

/** "{n}" in a phrase stands for any number ("took {n} pills"). */
const NUMBER_SLOT = '{n}';
const NUMBER_WORD = 'zznumberslotzz';
const NUMBER_KEY = NUMBER_WORD;

export const OPTIONAL_WORDS: ReadonlySet<string> = new Set(
  'a an the my your his her our their some any this that of about to in on at for with from by into is am are was be been being'.split(' '),
);

export interface PhraseHit<T> {
  value: T;
  /** First and last token of the phrase in the message. */
  start: number;
  end: number;
  /** The tokens that are the phrase's own words (not the ones a gap skipped). */
  words: readonly number[];
}

/**
 * After these, a phrase allows one word at most ("can't really breathe", never "not short of breath"), and
 * none where the index allows none (a cue "not just" is not "not fainting, just").
 */
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'nothing', 'nobody', 'cannot']);

/**
 * A gap never skips a negation: "lips not swollen" is not "lips swollen", nor 嘴唇沒腫 嘴唇腫. A phrase that
 * names the negation itself ("can't breathe", 叫唔醒) matches it as one of its words.
 */
export const NEGATION_WORDS: ReadonlySet<string> = new Set([
  ...NEGATIONS,
  // Romanized Punjabi's other spellings of it ("ni", "nai", "nhi") are read as "nahi" (tokenize).
  'nahi',
  ...['ਨਹੀਂ', 'ਨਹੀ', 'ਨਾ'],
  ...['不', '沒', '没', '唔', '冇', '未', '無', '无'],
]);

interface Compiled<T> {
  value: T;
  keys: string[];
  /** gaps[i]: words allowed between keys[i - 1] and keys[i] ("no+breathing": none). */
  gaps: number[];
  /** Position among the phrases of its first word: hits are reported in this order. */
  order: number;
  /** The last search that found it (one hit per phrase and start position). */
  foundIn: number;
}

/** Hits from one start position, with their phrases' order. */
type Found<T> = Array<{ order: number; hit: PhraseHit<T> }>;

/**
 * The phrases that start with one word: those of that word alone, and the longer ones by their second word.
 * A common first word ("can", "saah") starts hundreds of phrases; a message's next few words pick out the
 * handful worth following.
 */
interface Bucket<T> {
  size: number;
  single: Array<Compiled<T>>;
  bySecond: Map<string, Array<Compiled<T>>>;
}

export interface PhraseIndexOptions {
  /** Words allowed between two words of a phrase. */
  maxGap: number;
  /** Characters allowed between two characters of a Chinese phrase (default: maxGap). */
  maxCharGap?: number;
  /** Drop optional English function words from phrases (terms: yes; context cues: no, they are those words). */
  optionalWords: boolean;
  /**
   * Compare Latin words by stem (terms: "breathing" is "breathe") or as written (context cues: "are going"
   * must not read as "are gone", which stems alike).
   */
  compare: 'stem' | 'word';
}

export class PhraseIndex<T> {
  private readonly byFirstKey = new Map<string, Bucket<T>>();
  private searches = 0;
  // Sixteen thousand phrases share a few thousand words and a handful of gap patterns: one copy of each, kept
  // while the index lives (the lexicon's tokens are new strings each time).
  private readonly sharedKeys = new Map<string, string>();
  private readonly sharedGaps = new Map<string, number[]>();

  constructor(private readonly options: PhraseIndexOptions) {}

  /** Words joined by "+" in a phrase must stand next to each other in the message. */
  add(phrase: string, value: T): void {
    this.addAll([[phrase, value]]);
  }

  /**
   * Many phrases at once: the lexicon's sixteen thousand phrases are made of a few thousand words, each read
   * (tokenised, stemmed) once for the whole batch.
   */
  addAll(phrases: Iterable<readonly [phrase: string, value: T]>): void {
    const read = new Map<string, Array<{ key: string; word: string }>>();
    const wordsOf = (part: string) => {
      let words = read.get(part);
      if (!words) read.set(part, (words = tokenize(part).map((token) => ({ key: this.keyOf(token), word: token.text }))));
      return words;
    };
    for (const [phrase, value] of phrases) {
      const all: Array<{ key: string; word: string; adjacent: boolean }> = [];
      for (const segment of phrase.replaceAll(NUMBER_SLOT, NUMBER_WORD).split(/\s+/)) {
        segment.split('+').forEach((part, i) => {
          for (const { key, word } of wordsOf(part)) all.push({ key, word, adjacent: i > 0 });
        });
      }
      this.addWords(all, value);
    }
  }

  private addWords(all: ReadonlyArray<{ key: string; word: string; adjacent: boolean }>, value: T): void {
    let kept = this.options.optionalWords ? all.filter(({ word, adjacent }) => adjacent || !OPTIONAL_WORDS.has(word)) : all;
    // A phrase is never reduced to one word: "is infected" must not fire on "risk of infection".
    if (kept.length < 2 && all.length >= 2) kept = all;
    const first = kept[0]?.key;
    if (first === undefined) return;
    let bucket = this.byFirstKey.get(first);
    if (!bucket) this.byFirstKey.set(first, (bucket = { size: 0, single: [], bySecond: new Map() }));
    const gaps = kept.map((k, i) => (k.adjacent ? 0 : i > 0 && NEGATIONS.has((kept[i - 1] as { word: string }).word) ? Math.min(1, this.options.maxGap) : this.options.maxGap));
    const keys = kept.map((k) => this.shared(this.sharedKeys, k.key, k.key));
    const compiled = { value, keys, gaps: this.shared(this.sharedGaps, gaps.join(','), gaps), order: bucket.size++, foundIn: 0 };
    const second = keys[1];
    if (second === undefined) bucket.single.push(compiled);
    else {
      const list = bucket.bySecond.get(second);
      if (list) list.push(compiled);
      else bucket.bySecond.set(second, [compiled]);
    }
  }

  private shared<V>(pool: Map<string, V>, id: string, value: V): V {
    const known = pool.get(id);
    if (known !== undefined) return known;
    pool.set(id, value);
    return value;
  }

  private keyOf(token: Token): string {
    if (token.text === NUMBER_WORD) return NUMBER_KEY;
    return this.options.compare === 'word' && token.script === 'latin' ? token.text : token.key;
  }

  /** Every occurrence of every phrase (one per phrase and start position). */
  find(tokens: readonly Token[]): Array<PhraseHit<T>> {
    const hits: Array<PhraseHit<T>> = [];
    for (let start = 0; start < tokens.length; start++) {
      const token = tokens[start] as Token;
      this.collect(tokens, start, this.byFirstKey.get(this.keyOf(token)), hits);
      if (isNumber(token)) this.collect(tokens, start, this.byFirstKey.get(NUMBER_KEY), hits);
    }
    return hits;
  }

  /** The bucket's phrases found from `start`, in the order they were added (as if each were tried in turn). */
  private collect(tokens: readonly Token[], start: number, bucket: Bucket<T> | undefined, hits: Array<PhraseHit<T>>): void {
    if (!bucket) return;
    const found: Found<T> = [];
    for (const phrase of bucket.single) found.push({ order: phrase.order, hit: { value: phrase.value, start, end: start, words: [start] } });
    if (bucket.bySecond.size > 0) this.collectLonger(tokens, start, bucket.bySecond, found);
    if (found.length > 1) found.sort((a, b) => a.order - b.order);
    for (const { hit } of found) hits.push(hit);
  }

  /**
   * The words after `start` that matchRest would try for a second word (the same stops: sentence, clause,
   * negation), each looked up among the phrases it can be second in; each phrase, at its first word that
   * leads to a whole match, is a hit.
   */
  private collectLonger(tokens: readonly Token[], start: number, bySecond: Map<string, Array<Compiled<T>>>, found: Found<T>): void {
    const search = ++this.searches;
    const from = tokens[start] as Token;
    const words: number[] = [];
    const limit = Math.min(tokens.length - 1, start + 1 + this.options.maxGap);
    for (let j = start + 1; j <= limit; j++) {
      const token = tokens[j] as Token;
      if (token.sentence !== from.sentence) break;
      if (from.script === 'han' && j > start + 1 && (tokens[j - 1] as Token).clause !== from.clause) break;
      if (j > start + 1 && NEGATIONS.has(from.text) && token.clause !== from.clause) break;
      this.tryAsSecond(tokens, start, j, bySecond.get(this.keyOf(token)), search, words, found);
      if (isNumber(token)) this.tryAsSecond(tokens, start, j, bySecond.get(NUMBER_KEY), search, words, found);
      if (NEGATION_WORDS.has(token.text)) break;
    }
  }

  private tryAsSecond(tokens: readonly Token[], start: number, j: number, candidates: Array<Compiled<T>> | undefined, search: number, words: number[], found: Found<T>): void {
    if (!candidates) return;
    const from = tokens[start] as Token;
    for (const phrase of candidates) {
      if (phrase.foundIn === search || j > start + 1 + this.gapAfter(from, phrase, 1)) continue;
      words.length = 0;
      words.push(start, j);
      if (this.matchRest(tokens, phrase, 2, j, words)) {
        phrase.foundIn = search;
        found.push({ order: phrase.order, hit: { value: phrase.value, start, end: words[words.length - 1] as number, words: [...words] } });
      }
    }
  }

  /** Words allowed between keys[matched - 1] (at `from`) and keys[matched]. */
  private gapAfter(from: Token, phrase: Compiled<T>, matched: number): number {
    const allowed = phrase.gaps[matched] ?? this.options.maxGap;
    return from.script === 'han' ? Math.min(allowed, this.options.maxCharGap ?? allowed) : allowed;
  }

  /** Whether keys[matched..] follow `at` (nearest first); their positions are pushed onto `words`. */
  private matchRest(tokens: readonly Token[], phrase: Compiled<T>, matched: number, at: number, words: number[]): boolean {
    const { keys } = phrase;
    if (matched === keys.length) return true;
    const from = tokens[at] as Token;
    const sentence = from.sentence;
    const clause = from.clause;
    const limit = Math.min(tokens.length - 1, at + 1 + this.gapAfter(from, phrase, matched));
    for (let j = at + 1; j <= limit; j++) {
      const token = tokens[j] as Token;
      if (token.sentence !== sentence) break;
      // Characters a Chinese phrase skips belong to its clause: 頭暈，坐低 is not 暈低 (fainted).
      if (from.script === 'han' && j > at + 1 && (tokens[j - 1] as Token).clause !== clause) break;
      // The word a negation allows between it and the rest stays in its clause: "no fever, feel fine" is not
      // "no feeling".
      if (j > at + 1 && NEGATIONS.has(from.text) && token.clause !== clause) break;
      if (this.keyOf(token) === keys[matched] || (keys[matched] === NUMBER_KEY && isNumber(token))) {
        words.push(j);
        if (this.matchRest(tokens, phrase, matched + 1, j, words)) return true;
        words.pop();
      }
      if (NEGATION_WORDS.has(token.text)) break;
    }
    return false;
  }
}

function isNumber(token: Token): boolean {
  return token.script === 'latin' && /^\d+$/.test(token.text);
}
