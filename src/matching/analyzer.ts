// Turns text into weighted stems, the same way for the knowledge base and for users' messages:
// normalise -> correct misspellings against the KB's own words -> drop greeting/thanks wrappers -> stem ->
// fold synonym phrases -> weigh (function words low; general-English relatives of KB words lower than the words
// themselves; words the KB never uses are kept as "unknown": they are evidence that the question is about something else).
import { stemmer } from 'stemmer';
import { cleanMessage } from './clean.js';
import { IRREGULAR_VERB_BASES } from './irregular-verbs.js';
import { normalizeTokens } from './normalize.js';
import { PhraseFolder } from './phrase-folder.js';
import { decodeRelations, encodeRelations, RELATIONS_NAME, relationsKey, type Relations } from './relationsCache.js';
import { SpellingCorrector } from './spelling.js';
import { STOPWORDS } from './stopwords.js';
import type { WordNet } from './wordnet.js';
import { WRAPPER_PHRASES, type WrapperKind } from './wrappers.js';

export type TermSource = 'kb' | 'related' | 'unknown';

export interface Term {
  stem: string;
  /** Multiplier on the term's IDF weight: 1 for a KB word, less for function words, relatives and common unknown words. */
  weight: number;
  source: TermSource;
}

export interface Analysis {
  /** Normalised tokens after spelling correction (wrappers included). */
  tokens: string[];
  terms: Term[];
  corrections: Array<{ from: string; to: string }>;
  /** The message was only greetings / thanks / acknowledgements. */
  wrapperOnly: boolean;
  /** Kinds of wrapper phrases found (e.g. a lone "thanks!" -> ['thanks']). */
  wrapperKinds: WrapperKind[];
}

export interface AnalyzerTuning {
  /** Weight of function words (stopwords). */
  stopWeight: number;
  /** Weight of a general-English relative of a KB word (WordNet synonym). */
  relatedWeight: number;
  /** Weight of a corrected misspelling, relative to the word spelt right. */
  correctedWeight: number;
  /** WordNet senses considered on each side when relating two words. */
  relatedSenses: number;
  /** Least weight of an unknown word that is mainly a noun in WordNet; 0 turns this off. */
  nounFloor: number;
}

export const DEFAULT_ANALYZER_TUNING: AnalyzerTuning = {
  stopWeight: 0.2,
  relatedWeight: 0.6,
  correctedWeight: 0.9,
  relatedSenses: 3,
  nounFloor: 0.7,
};

export interface AnalyzerSource {
  /** Every indexed text of the knowledge base: vocabulary for spelling correction and the stems the index knows. */
  texts: string[];
  /** Texts whose words only count as correctly spelt (e.g. red-flag phrases, which are not indexed). */
  vocabularyOnly?: string[];
  /** Synonym groups: each variant phrase folds onto its term. */
  synonyms: Array<{ term: string; variants: string[] }>;
}

/** What the analyzer learns from the source's texts (kept between starts with the ranker's index). */
export interface AnalyzerIndex {
  vocabulary: Map<string, number>;
  knownStems: Set<string>;
  writtenWords: Set<string>;
}

const stemCache = new Map<string, string>();
export function stem(token: string): string {
  let result = stemCache.get(token);
  if (result === undefined) {
    result = stemmer(IRREGULAR_VERB_BASES.get(token) ?? token);
    // "one" stems to "on", "ims" to "im": a content word must not merge with a short function word it only
    // resembles once stemmed (longer ones are real inflections: "asked" -> "ask").
    if (result !== token && result.length < 3 && STOPWORDS.has(result) && !STOPWORDS.has(token)) result = token;
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(token, result);
  }
  return result;
}

/**
 * Per folded token: sqrt(words written / words they folded into) when a phrase folds into more words than the
 * person wrote ("tomorrow" -> "next day"), else 1: one written word must not count as two.
 */
function foldSpread(sources: readonly number[], inputLength: number): number[] {
  const spread: number[] = new Array<number>(sources.length).fill(1);
  let i = 0;
  while (i < sources.length) {
    let j = i;
    while (j < sources.length && sources[j] === sources[i]) j++;
    const written = (j < sources.length ? (sources[j] as number) : inputLength) - (sources[i] as number);
    const folded = j - i;
    if (folded > written) for (let k = i; k < j; k++) spread[k] = Math.sqrt(written / folded);
    i = j;
  }
  return spread;
}

/** A count says how many, not what about ("how much is one session" is not "will one session be enough"). */
const NUMBER_WORDS: ReadonlySet<string> = new Set('one two three four five six seven eight nine ten'.split(' '));
const NUMBER_WEIGHT = 0.5;

/**
 * "I hurt my shoulder skiing last winter. Can IMS help with that?": the sentences around the question say
 * who is asking, the question says what they want to know. Words only in the story weigh this much.
 */
export const STORY_WEIGHT = 0.5;
const QUESTION_START = /^(?:what|whats|how|hows|why|when|where|who|whos|which|can|could|does|do|did|is|are|will|would|should|am|may|any)\b/i;

/**
 * Tokens of a cleaned message and, when it has both question sentences and other sentences, each token's
 * weight multiplier (1 in a question, STORY_WEIGHT elsewhere); `emphasis` is undefined otherwise.
 */
export function questionEmphasis(cleaned: string): { tokens: string[]; emphasis?: number[] } {
  const sentences = cleaned.split(/(?<=[.!?])\s+/).filter((sentence) => /[a-z0-9]/i.test(sentence));
  if (sentences.length < 2) return { tokens: normalizeTokens(cleaned) };
  const marked = sentences.some((sentence) => sentence.trimEnd().endsWith('?'));
  const isQuestion = sentences.map((sentence) => (marked ? sentence.trimEnd().endsWith('?') : QUESTION_START.test(sentence.trim())));
  if (isQuestion.every(Boolean) || !isQuestion.some(Boolean)) return { tokens: normalizeTokens(cleaned) };
  const tokens: string[] = [];
  const emphasis: number[] = [];
  sentences.forEach((sentence, i) => {
    for (const token of normalizeTokens(sentence)) {
      tokens.push(token);
      emphasis.push(isQuestion[i] ? 1 : STORY_WEIGHT);
    }
  });
  return { tokens, emphasis };
}

const WRAPPER_MARK = '\u0000wrapper';
const NOTHING_CORRECTED: ReadonlySet<string> = new Set();

export class Analyzer {
  private readonly synonyms = new PhraseFolder();
  private readonly wrappers = new PhraseFolder();
  private readonly wrapperWords = new Set<string>();
  private readonly vocabulary: Map<string, number>;
  private readonly knownStems: Set<string>;
  /** Words the indexed texts and synonym groups write (not the red-flag-only vocabulary). */
  private readonly writtenWords: Set<string>;
  /** Stem of a word the KB does not use -> stems of KB words it is a synonym of. */
  private readonly related = new Map<string, string[]>();
  private readonly speller: SpellingCorrector;
  private readonly unknownWeights = new Map<string, number>();
  private readonly stemsByPrefix = new Map<string, string[]>();
  private readonly variantCache = new Map<string, string>();
  private readonly textCache = new Map<string, string[]>();
  private readonly commonWords = new Map<string, boolean>();

  /** `index`: what an analyzer of the same source learnt before (its texts are then not read again). */
  constructor(
    source: AnalyzerSource,
    private readonly wordnet?: WordNet,
    private readonly tuning: AnalyzerTuning = DEFAULT_ANALYZER_TUNING,
    index?: AnalyzerIndex,
  ) {
    for (const [kind, phrases] of Object.entries(WRAPPER_PHRASES)) {
      for (const phrase of phrases) {
        const tokens = normalizeTokens(phrase);
        tokens.forEach((token) => this.wrapperWords.add(token));
        this.wrappers.add(tokens, [WRAPPER_MARK + kind]);
      }
    }
    for (const group of source.synonyms) {
      const term = normalizeTokens(group.term);
      for (const variant of group.variants) {
        const tokens = normalizeTokens(variant);
        this.synonyms.add(tokens, term);
        // People drop or add a plural "s" on the last word; the other form folds too.
        const last = tokens[tokens.length - 1] ?? '';
        if (last.length > 3) this.synonyms.add([...tokens.slice(0, -1), last.endsWith('s') ? last.slice(0, -1) : `${last}s`], term);
      }
    }
    ({ vocabulary: this.vocabulary, knownStems: this.knownStems, writtenWords: this.writtenWords } = index ?? this.learn(source));
    for (const known of this.knownStems) {
      if (known.length < 5 || !/^[a-z]+$/.test(known)) continue;
      const prefix = known.slice(0, 4);
      const bucket = this.stemsByPrefix.get(prefix);
      if (bucket) bucket.push(known);
      else this.stemsByPrefix.set(prefix, [known]);
    }
    this.speller = new SpellingCorrector(this.vocabulary);
    if (wordnet) this.relateThroughWordNet(wordnet);
  }

  private learn(source: AnalyzerSource): AnalyzerIndex {
    const vocabulary = new Map<string, number>();
    const knownStems = new Set<string>();
    const writtenWords = new Set<string>();
    const synonymTexts = source.synonyms.flatMap((group) => [group.term, ...group.variants]);
    for (const text of [...source.texts, ...synonymTexts, ...(source.vocabularyOnly ?? [])]) {
      for (const token of this.textTokens(text)) vocabulary.set(token, (vocabulary.get(token) ?? 0) + 1);
    }
    for (const text of [...source.texts, ...synonymTexts]) for (const token of this.textTokens(text)) writtenWords.add(token);
    // "Known" means the index can match it: words of indexed texts, after synonym folding.
    for (const text of source.texts) {
      for (const term of this.foldedStems(this.textTokens(text)).stems) knownStems.add(term);
    }
    return { vocabulary, knownStems, writtenWords };
  }

  /** What this analyzer learnt from its source's texts, as data (to keep between starts). */
  index(): AnalyzerIndex {
    return { vocabulary: this.vocabulary, knownStems: this.knownStems, writtenWords: this.writtenWords };
  }

  /** Terms of a knowledge-base text (no correction, no expansion: the KB defines the vocabulary). */
  analyzeDocument(text: string): Term[] {
    return this.weigh(this.textTokens(text), NOTHING_CORRECTED);
  }

  /**
   * Normalised tokens of a knowledge-base text. Building an index reads each text several times (vocabulary,
   * stems, documents, exact keys); they are normalised once until `forgetTexts()`.
   */
  textTokens(text: string): string[] {
    let tokens = this.textCache.get(text);
    if (!tokens) {
      tokens = normalizeTokens(cleanMessage(text));
      this.textCache.set(text, tokens);
    }
    return tokens;
  }

  /** Drops the normalised texts kept while an index was being built. */
  forgetTexts(): void {
    this.textCache.clear();
  }

  /** Terms of a user's message. */
  analyzeQuery(text: string): Analysis {
    const { tokens: raw, emphasis } = questionEmphasis(cleanMessage(text));
    const corrections: Array<{ from: string; to: string }> = [];
    const tokens = raw.map((token) => {
      if (this.isFamiliar(token) || this.isCommonEnglish(token)) return token;
      const corrected = this.speller.correct(token);
      if (!corrected) return token;
      corrections.push({ from: token, to: corrected });
      return corrected;
    });
    const { kept, keptAt, wrapperOnly, wrapperKinds } = this.stripWrappers(tokens);
    const correctedTokens = new Set(corrections.map((c) => c.to));
    const keptEmphasis = emphasis && keptAt.map((at) => emphasis[at] as number);
    return { tokens, terms: this.weigh(kept, correctedTokens, keptEmphasis), corrections, wrapperOnly, wrapperKinds };
  }

  /** A word the knowledge base itself writes (the safety check must not "correct" it into another). */
  knowsWord(word: string): boolean {
    return this.writtenWords.has(word);
  }

  /** A real, everyday English word is left as it is, even if it resembles a KB word ("pregnant", not "present"). */
  private isCommonEnglish(token: string): boolean {
    if (!this.wordnet) return false;
    let common = this.commonWords.get(token);
    if (common === undefined) {
      common = this.wordnet.isCommonWord(token);
      if (this.commonWords.size > 20_000) this.commonWords.clear();
      this.commonWords.set(token, common);
    }
    return common;
  }

  private isFamiliar(token: string): boolean {
    if (this.vocabulary.has(token) || STOPWORDS.has(token) || this.wrapperWords.has(token)) return true;
    const stemmed = stem(token);
    return this.knownStems.has(stemmed) || this.related.has(stemmed) || /^\d+$/.test(token);
  }

  /** Removes greeting/thanks wrappers when something else is said; keeps the message whole when it is only that. */
  private stripWrappers(tokens: string[]): { kept: string[]; keptAt: number[]; wrapperOnly: boolean; wrapperKinds: WrapperKind[] } {
    const { tokens: marked, sources } = this.wrappers.fold(tokens);
    const kept: string[] = [];
    const keptAt: number[] = [];
    const wrapperKinds: WrapperKind[] = [];
    marked.forEach((token, i) => {
      if (!token.startsWith(WRAPPER_MARK)) {
        kept.push(tokens[sources[i] as number] as string);
        keptAt.push(sources[i] as number);
      } else if (!wrapperKinds.includes(token.slice(WRAPPER_MARK.length) as WrapperKind)) wrapperKinds.push(token.slice(WRAPPER_MARK.length) as WrapperKind);
    });
    const hasContent = kept.some((token) => !STOPWORDS.has(token));
    if (hasContent) return { kept, keptAt, wrapperOnly: false, wrapperKinds };
    return { kept: tokens, keptAt: tokens.map((_, i) => i), wrapperOnly: wrapperKinds.length > 0, wrapperKinds };
  }

  /** Folds synonym phrases on the words as written, then stems: stemming first would merge "needles" with "needling". */
  private foldedStems(tokens: string[]): { stems: string[]; sources: number[] } {
    const { tokens: words, sources } = this.synonyms.fold(tokens);
    return { stems: words.map(stem), sources };
  }

  /** `emphasis`: per token, a multiplier on its weight (the story around a question weighs less than the question). */
  private weigh(tokens: string[], corrected: ReadonlySet<string>, emphasis?: readonly number[]): Term[] {
    const { stems, sources } = this.foldedStems(tokens);
    const spread = foldSpread(sources, tokens.length);
    const byStem = new Map<string, Term>();
    let at = 0;
    const add = (term: Term) => {
      const emphasised = emphasis ? (emphasis[sources[at] as number] ?? 1) : 1;
      term = { ...term, weight: term.weight * (spread[at] as number) * emphasised };
      const existing = byStem.get(term.stem);
      if (!existing || existing.weight < term.weight) byStem.set(term.stem, term);
    };
    const stopStems = new Set(tokens.filter((token) => STOPWORDS.has(token)).map(stem));
    const correctedStems = new Set([...corrected].map(stem));
    stems.forEach((stemmed, i) => {
      at = i;
      if (this.knownStems.has(stemmed)) {
        const written = tokens[sources[i] as number] ?? '';
        const base = stopStems.has(stemmed) ? this.tuning.stopWeight : NUMBER_WORDS.has(written) ? NUMBER_WEIGHT : 1;
        add({ stem: stemmed, weight: correctedStems.has(stemmed) ? base * this.tuning.correctedWeight : base, source: 'kb' });
        return;
      }
      if (stopStems.has(stemmed)) {
        add({ stem: stemmed, weight: this.tuning.stopWeight, source: 'kb' });
        return;
      }
      const relatives = this.related.get(stemmed);
      if (relatives) {
        for (const target of relatives) add({ stem: target, weight: this.tuning.relatedWeight, source: 'related' });
        return;
      }
      const variant = this.stemVariant(stemmed);
      if (variant) {
        add({ stem: variant, weight: this.tuning.correctedWeight, source: 'kb' });
        return;
      }
      const word = tokens[sources[i] as number] ?? stemmed;
      // A word the knowledge base writes but folds into a phrase ("BC" in "BC's Medical Services Plan", "Delta,
      // BC") is part of the clinic's own language, not a sign of another subject: it weighs like a function word.
      const weight = this.writtenWords.has(word) && !this.wrapperWords.has(word) ? this.tuning.stopWeight : this.unknownWeight(word);
      add({ stem: stemmed, weight, source: 'unknown' });
    });
    return [...byStem.values()];
  }

  /**
   * A known stem that differs from an unknown one only in its ending ("injur" / "injuri", "frequenc" /
   * "frequent"): the Porter stemmer does not always reduce a word family to one stem.
   */
  private stemVariant(stemmed: string): string | undefined {
    if (stemmed.length < 5) return undefined;
    const cached = this.variantCache.get(stemmed);
    if (cached !== undefined) return cached || undefined;
    let best = '';
    for (const known of this.stemsByPrefix.get(stemmed.slice(0, 4)) ?? []) {
      const shorter = known.length < stemmed.length ? known : stemmed;
      const longer = shorter === known ? stemmed : known;
      if (shorter.length < 5 || longer.length - shorter.length > 2 || !longer.startsWith(shorter)) continue;
      if (!best || Math.abs(known.length - stemmed.length) < Math.abs(best.length - stemmed.length)) best = known;
    }
    if (this.variantCache.size > 20_000) this.variantCache.clear();
    this.variantCache.set(stemmed, best);
    return best || undefined;
  }

  /**
   * How strongly an unknown word says "this is about something else": rare, specific words (diabetes, referral)
   * fully, everyday words (today, forgot, exactly) much less. Frequency comes from WordNet's sense-tagged corpus.
   */
  private unknownWeight(word: string): number {
    if (/^\d+$/.test(word)) return 0.5;
    let weight = this.unknownWeights.get(word);
    if (weight === undefined) {
      const frequency = this.wordnet?.frequency(word) ?? 0;
      weight = Math.min(1, Math.max(0.35, 1.2 - 0.2 * Math.log(1 + frequency)));
      // Things (nouns) name what a question is about ("tooth", "water", "snow"); everyday verbs and adverbs
      // ("forgot", "mentioned", "exactly") are how people talk around it.
      if (this.tuning.nounFloor > 0 && this.wordnet?.isMainlyNoun(word)) weight = Math.max(weight, this.tuning.nounFloor);
      if (this.unknownWeights.size > 20_000) this.unknownWeights.clear();
      this.unknownWeights.set(word, weight);
    }
    return weight;
  }

  /** Maps words the KB does not use onto KB words they are close synonyms of (kept between starts when the WordNet keeps them). */
  private relateThroughWordNet(wordnet: WordNet): void {
    const kept = wordnet.keptRelations;
    if (!kept) {
      this.computeRelations(wordnet, this.related);
      return;
    }
    const key = relationsKey({ vocabulary: this.vocabulary.keys(), knownStems: this.knownStems, relatedSenses: this.tuning.relatedSenses });
    const bytes = kept.load(RELATIONS_NAME, key);
    const found = bytes && decodeRelations(bytes);
    if (found) {
      for (const [relatedStem, targets] of found) this.related.set(relatedStem, targets);
      return;
    }
    this.computeRelations(wordnet, this.related);
    kept.save(RELATIONS_NAME, key, encodeRelations(this.related));
  }

  /** Words the KB does not use -> KB words they are close synonyms of, in the most frequent senses of both. */
  private computeRelations(wordnet: WordNet, related: Relations): void {
    const senses = this.tuning.relatedSenses;
    for (const word of this.vocabulary.keys()) {
      if (word.length < 3 || STOPWORDS.has(word) || !/^[a-z]+$/.test(word)) continue;
      const target = stem(word);
      if (!this.knownStems.has(target)) continue;
      for (const sense of wordnet.synonymSenses(word, senses)) {
        for (const lemma of sense.lemmas) {
          if (!/^[a-z]+$/.test(lemma) || lemma.length < 3 || STOPWORDS.has(lemma)) continue;
          const rank = wordnet.senseRank(lemma, sense.pos, sense.offset);
          if (rank < 0 || rank >= senses) continue;
          // "course" is a noun ("a course of treatment") far more often than the adverb "naturally"; relate a
          // word only through its main part of speech.
          if (!wordnet.isMainPartOfSpeech(lemma, sense.pos)) continue;
          const relatedStem = stem(lemma);
          if (this.knownStems.has(relatedStem) || this.vocabulary.has(lemma)) continue;
          const targets = related.get(relatedStem) ?? [];
          if (!targets.includes(target)) targets.push(target);
          related.set(relatedStem, targets);
        }
      }
    }
    wordnet.releaseData();
  }
}
