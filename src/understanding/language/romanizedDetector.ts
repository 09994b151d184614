// Tells English, Punjabi typed in Latin letters and Hindi typed in Latin letters apart: a multinomial naive Bayes
// over each word's character 1- to 4-grams (with word-boundary marks, so "^ki$" and "nu$" are features) plus the
// whole word, trained on knowledge/language-id/{en,pa-Latn,hi-Latn}.txt. Training is counting, in file order, so
// it is deterministic; `npm run language:train` writes the counts to romanized-model.json, which start-up reads
// (cheaper than counting on a cold process). Features are 30-bit FNV-1a hashes, so scoring allocates no substrings.
import { remembered } from '../../remembered.js';

export const ROMANIZED_LANGUAGES = ['en', 'pa', 'hi'] as const;
export type RomanizedLanguage = (typeof ROMANIZED_LANGUAGES)[number];

export type RomanizedProbabilities = Record<RomanizedLanguage, number>;

export interface RomanizedDetectorSettings {
  /** Longest character n-gram. */
  maxN: number;
  /** How many n-grams a whole word counts as: function words ("da", "ka", "the") decide most messages. */
  wordWeight: number;
  /** Add-alpha smoothing. */
  alpha: number;
  /**
   * Scales log-likelihoods before the softmax. The n-grams of a word overlap, so naive Bayes counts the same
   * evidence several times and its raw probabilities are nearly always 0 or 1; 0.2 makes the confidence mean
   * something (on the held-out portion, answers at >= 0.9 are right about 97 % of the time).
   */
  temperature: number;
}

export const DEFAULT_ROMANIZED_SETTINGS: RomanizedDetectorSettings = { maxN: 4, wordWeight: 4, alpha: 1, temperature: 0.2 };

const CLASSES = ROMANIZED_LANGUAGES.length;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const WORD_SEED = 0x9e3779b9;
const HASH_MASK = 0x3fffffff; // small integers stay unboxed as Map keys

/** Scratch space for one word's feature hashes: a word of up to 254 letters (longer ones are cut). */
const MAX_WORD = 254;
const scratch = new Int32Array((MAX_WORD + 2) * 4 + 1);

/**
 * Writes the feature hashes of one lower-case word (letters a-z) into `scratch` and returns how many there are;
 * the last one is the whole word's. "^word$": codes 0x5e and 0x24 bracket the word; n-grams are hashed
 * incrementally from each start, so no substring is made.
 */
function featureHashes(word: string, maxN: number): number {
  const letters = Math.min(word.length, MAX_WORD);
  const length = letters + 2;
  let count = 0;
  for (let start = 0; start < length; start++) {
    let hash = FNV_OFFSET;
    for (let n = 1; n <= maxN && start + n <= length; n++) {
      const i = start + n - 1;
      hash = Math.imul(hash ^ (i === 0 ? 0x5e : i === length - 1 ? 0x24 : word.charCodeAt(i - 1)), FNV_PRIME);
      // "^" or "$" alone says nothing.
      if (n === 1 && (start === 0 || start === length - 1)) continue;
      scratch[count++] = (hash ^ n) & HASH_MASK;
    }
  }
  scratch[count++] = wholeWordHash(word);
  return count;
}

/** The feature of the whole word (its first MAX_WORD letters). */
function wholeWordHash(word: string): number {
  const letters = Math.min(word.length, MAX_WORD);
  let hash = WORD_SEED;
  for (let i = 0; i < letters; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  return hash & HASH_MASK;
}

/** Lower-case words of Latin text, accents dropped, split at anything that is not a letter a-z. */
export function latinWords(text: string): string[] {
  // eslint-disable-next-line no-control-regex
  const plain = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFKD').replace(/\p{M}+/gu, '');
  return plain.toLowerCase().split(/[^a-z]+/).filter(Boolean);
}


export interface RomanizedVerdict {
  language: RomanizedLanguage;
  probabilities: RomanizedProbabilities;
  /** Words of two letters or more that carried evidence (those on the neutral list carry none). */
  informativeWords: number;
  /** Words of any length that carried evidence. */
  scoredWords: number;
  /**
   * Per language, words of three letters or more that alone point to it with probability >= 0.9: "shoulder" and
   * "pain" in "mere shoulder da pain aa" point to English, which makes the message mixed.
   */
  pointing: Record<RomanizedLanguage, number>;
  /** Words of two letters or more that alone point to Punjabi or Hindi together ("mera", "aa", "nahi"). */
  indicWords: number;
}

/** A word that alone reaches this probability points to its language. */
const POINTING = 0.9;

/** The counts a detector is made of: what `npm run language:train` writes to knowledge/language-id/romanized-model.json. */
export interface RomanizedCounts {
  settings: RomanizedDetectorSettings;
  /** Feature hashes, in the order training first met them. */
  hashes: number[];
  /** Weighted counts per feature and language (en, pa, hi), flattened: counts[i * 3 + c]. */
  counts: number[];
}

export class RomanizedDetector {
  private constructor(
    private readonly features: ReadonlyMap<number, number>,
    /** log P(feature | class), CLASSES per feature. */
    private readonly logProbabilities: Float64Array,
    /** log P(unseen feature | class). */
    private readonly unseen: Float64Array,
    private readonly neutral: ReadonlySet<string>,
    readonly settings: RomanizedDetectorSettings,
  ) {}

  /**
   * Counts features per language. `neutral` words (IMS, ICBC, ok, thanks...) are used by every writer alike and
   * are left out of both training and scoring. Deterministic: the same sentences give the same counts.
   */
  static count(
    sentences: Readonly<Record<RomanizedLanguage, readonly string[]>>,
    neutral: ReadonlySet<string>,
    settings: RomanizedDetectorSettings = DEFAULT_ROMANIZED_SETTINGS,
  ): RomanizedCounts {
    const index = new Map<number, number>();
    const hashes: number[] = [];
    const counts: number[] = [];
    ROMANIZED_LANGUAGES.forEach((language, c) => {
      for (const sentence of sentences[language]) {
        for (const word of latinWords(sentence)) {
          if (neutral.has(word)) continue;
          const features = featureHashes(word, settings.maxN);
          for (let f = 0; f < features; f++) {
            const hash = scratch[f] as number;
            let slot = index.get(hash);
            if (slot === undefined) {
              slot = hashes.length;
              index.set(hash, slot);
              hashes.push(hash);
              for (let k = 0; k < CLASSES; k++) counts.push(0);
            }
            counts[slot * CLASSES + c] = (counts[slot * CLASSES + c] as number) + (f === features - 1 ? settings.wordWeight : 1);
          }
        }
      }
    });
    return { settings: { ...settings }, hashes, counts };
  }

  /**
   * A detector from counts (trained now, or read from the model file). Class priors are equal: the training
   * files' sizes must not decide.
   */
  static fromCounts({ settings, hashes, counts }: RomanizedCounts, neutral: ReadonlySet<string>): RomanizedDetector {
    const vocabulary = hashes.length;
    if (counts.length !== vocabulary * CLASSES) throw new Error(`romanized model: ${counts.length} counts for ${vocabulary} features`);
    const index = new Map<number, number>();
    for (let slot = 0; slot < vocabulary; slot++) index.set(hashes[slot] as number, slot);
    const totals = new Float64Array(CLASSES);
    for (let i = 0; i < counts.length; i++) totals[i % CLASSES] = (totals[i % CLASSES] as number) + (counts[i] as number);
    const logProbabilities = new Float64Array(counts.length);
    const unseen = new Float64Array(CLASSES);
    for (let c = 0; c < CLASSES; c++) {
      const denominator = Math.log((totals[c] as number) + settings.alpha * vocabulary);
      unseen[c] = Math.log(settings.alpha) - denominator;
      for (let slot = 0; slot < vocabulary; slot++) {
        logProbabilities[slot * CLASSES + c] = Math.log((counts[slot * CLASSES + c] as number) + settings.alpha) - denominator;
      }
    }
    return new RomanizedDetector(index, logProbabilities, unseen, neutral, settings);
  }

  /** Counts and builds in one step. */
  static train(
    sentences: Readonly<Record<RomanizedLanguage, readonly string[]>>,
    neutral: ReadonlySet<string>,
    settings: RomanizedDetectorSettings = DEFAULT_ROMANIZED_SETTINGS,
  ): RomanizedDetector {
    return RomanizedDetector.fromCounts(RomanizedDetector.count(sentences, neutral, settings), neutral);
  }

  /** How many distinct features the model learnt. */
  get featureCount(): number {
    return this.features.size;
  }

  /**
   * Whether the word itself was in the training sentences, in any of the three languages: a romanized Punjabi or
   * Hindi word ("madad", help) is a word, not a misspelling of an English one.
   */
  knowsWord(word: string): boolean {
    return this.features.has(wholeWordHash(word));
  }

  isNeutral(word: string): boolean {
    return this.neutral.has(word);
  }

  /**
   * One word's log-likelihoods per class, remembered: about fifty feature look-ups a word, and people use the same
   * few thousand words. Never changed by the caller.
   */
  private readonly wordScores = remembered((word: string) => {
    const own = new Float64Array(CLASSES);
    this.addWord(word, own);
    return own;
  }, 20_000);

  /** Adds one word's log-likelihoods to `into`. */
  private addWord(word: string, into: Float64Array): void {
    const features = featureHashes(word, this.settings.maxN);
    for (let f = 0; f < features; f++) {
      const slot = this.features.get(scratch[f] as number);
      const weight = f === features - 1 ? this.settings.wordWeight : 1;
      for (let c = 0; c < CLASSES; c++) {
        into[c] = (into[c] as number) + weight * (slot === undefined ? (this.unseen[c] as number) : (this.logProbabilities[slot * CLASSES + c] as number));
      }
    }
  }

  private probabilities(logLikelihoods: Float64Array): RomanizedProbabilities {
    const t = this.settings.temperature;
    const max = Math.max(logLikelihoods[0] as number, logLikelihoods[1] as number, logLikelihoods[2] as number);
    const en = Math.exp(((logLikelihoods[0] as number) - max) * t);
    const pa = Math.exp(((logLikelihoods[1] as number) - max) * t);
    const hi = Math.exp(((logLikelihoods[2] as number) - max) * t);
    const sum = en + pa + hi;
    return { en: en / sum, pa: pa / sum, hi: hi / sum };
  }

  /** Reads lower-case words (see {@link latinWords}). With no informative word, every language is equally likely. */
  classify(words: readonly string[]): RomanizedVerdict {
    const total = new Float64Array(CLASSES);
    const pointing: Record<RomanizedLanguage, number> = { en: 0, pa: 0, hi: 0 };
    let informativeWords = 0;
    let scoredWords = 0;
    let indicWords = 0;
    for (const word of words) {
      if (this.neutral.has(word)) continue;
      const own = this.wordScores(word);
      for (let c = 0; c < CLASSES; c++) total[c] = (total[c] as number) + (own[c] as number);
      scoredWords++;
      if (word.length >= 2) informativeWords++;
      if (word.length >= 2) {
        const probabilities = this.probabilities(own);
        if (probabilities.pa + probabilities.hi >= POINTING) indicWords++;
      }
      if (word.length >= 3) {
        const probabilities = this.probabilities(own);
        const best = bestOf(probabilities);
        if (probabilities[best] >= POINTING) pointing[best]++;
      }
    }
    const probabilities = this.probabilities(total);
    return { language: bestOf(probabilities), probabilities, informativeWords, scoredWords, pointing, indicWords };
  }
}

export function bestOf(probabilities: RomanizedProbabilities): RomanizedLanguage {
  let best: RomanizedLanguage = 'en';
  for (const language of ROMANIZED_LANGUAGES) if (probabilities[language] > probabilities[best]) best = language;
  return best;
}
