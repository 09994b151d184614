// The matcher: one index over FAQ / small-talk entries, booking phrasings and out-of-scope topics (negative
// classes), and a decision with calibrated confidence: answer, "did you mean" (ambiguous), or none.
// Pure: same knowledge + same text -> same result; no I/O after construction.
import type { BlobCache } from '../blobCache.js';
import type { Knowledge } from '../kb/schema.js';
import { Analyzer, DEFAULT_ANALYZER_TUNING, type Analysis, type AnalyzerTuning, type Term } from './analyzer.js';
import { cleanMessage } from './clean.js';
import { hasHeldLetter, heldLetterForms } from './heldLetters.js';
import { normalizeTokens } from './normalize.js';
import { DEFAULT_RANKER_TUNING, Ranker, type LabelScore, type RankerDocument, type RankerTuning } from './ranker.js';
import { cachedMatcherIndex, keepMatcherIndex, matcherIndexKey } from './matcherIndex.js';
import type { WordNet } from './wordnet.js';
import type { WrapperKind } from './wrappers.js';

export const BOOKING_LABEL = 'booking';
/** Small-talk entries named after the wrapper kind they answer ("hi" -> greeting). */
const WRAPPER_ENTRY_IDS: ReadonlySet<string> = new Set<WrapperKind>(['greeting', 'thanks', 'goodbye']);
export const OUT_OF_SCOPE_PREFIX = 'out-of-scope:';
/** A lone word this common across topics (IDF below; "pain" 1.6, "acupuncture" 2.3) is not a question on its own. */
const BARE_WORD_MAX_IDF = 1.8;
const BARE_WORD_CONTENT_WEIGHT = 0.5;
/** ... unless one entry scores this many times the next entry on it ("insurance": coverage 0.62, next 0.05). */
const BARE_WORD_OWNER_RATIO = 2;
/** An unknown word this heavy is specific (mostly a thing: "dogs", "gym"), not filler. */
const FOREIGN_WORD_WEIGHT = 0.7;
const FOREIGN_SHARE = 1;

export interface MatchCandidate {
  /** Entry id, 'booking', or 'out-of-scope:<topic id>'. */
  id: string;
  score: number;
}

export interface MatchResult {
  /** Entry id, 'booking', 'ambiguous' or 'none'. */
  label: string;
  kind: 'answer' | 'booking' | 'ambiguous' | 'none';
  /** Calibrated confidence of the decision, in [0, 1]. */
  score: number;
  /** Best labels with calibrated scores, best first (out-of-scope topics included). */
  candidates: MatchCandidate[];
  /** For 'ambiguous': the entry ids offered, best first. */
  choices: string[];
  /** For 'none': the out-of-scope topic that matched, if any. */
  topic?: string;
  analysis: Analysis;
}

export interface MatcherTuning {
  analyzer: AnalyzerTuning;
  ranker: RankerTuning;
  /** Weight of answer words in a label's bag document (questions weigh 1). */
  answerWeight: number;
  /** Answer when the best label's confidence reaches this. */
  answerThreshold: number;
  /** Below the answer threshold, offer "did you mean" when 2+ labels reach this and are within `ambiguityMargin`. */
  ambiguousThreshold: number;
  ambiguityMargin: number;
  /**
   * Below the answer threshold, still answer when the best label reaches `clearWinnerThreshold` and beats every
   * other label (out-of-scope topics included) by `clearWinnerRatio` times: filler and everyday words lower the
   * absolute score of a well-aimed question, not its lead over the other labels.
   */
  clearWinnerThreshold: number;
  clearWinnerRatio: number;
}

/**
 * Chosen from data, not from single messages: `npm run kb:test -- FILE --sweep` holds each of the knowledge
 * base's own phrasings out in turn (plus test/fixtures/kb/calibration/off-topic.yaml) and prints accuracy per
 * threshold; 0.4 maximised the mean of held-out in-scope, near-domain out-of-scope and off-topic accuracy.
 * On those held-out phrasings the score is roughly calibrated: from 0.4 up, a top label scoring s was right
 * about s of the time (0.4-0.5: 47%, 0.5-0.6: 59%, 0.7-0.8: 78%, 0.8-0.9: 87%, 0.9+: 98%).
 */
export const DEFAULT_MATCHER_TUNING: MatcherTuning = {
  analyzer: DEFAULT_ANALYZER_TUNING,
  ranker: DEFAULT_RANKER_TUNING,
  answerWeight: 0.3,
  answerThreshold: 0.4,
  ambiguousThreshold: 0.35,
  ambiguityMargin: 0.05,
  clearWinnerThreshold: 0.25,
  clearWinnerRatio: 1.3,
};

export interface MatcherOptions {
  wordnet?: WordNet;
  /** Reuse an analyzer built for the same knowledge (threshold sweeps, leave-one-out evaluation). */
  analyzer?: Analyzer;
  tuning?: Partial<MatcherTuning>;
  /** Keeps the index between starts (see matcherIndex.ts). */
  cache?: BlobCache;
}

/** Which label each indexed text belongs to, in the order they are indexed (part of the index's key). */
function labelledTexts(knowledge: Knowledge): unknown {
  return {
    entries: knowledge.entries.map((entry) => [entry.id, entry.title, entry.questions, entry.answer]),
    booking: knowledge.bookingExamples,
    outOfScope: knowledge.outOfScope.map((topic) => [topic.id, topic.examples]),
  };
}

/** Lower-case words only: how button texts and canonical questions are compared exactly. */
export function exactKey(text: string): string {
  return normalizeTokens(cleanMessage(text)).join(' ');
}

export class Matcher {
  readonly analyzer: Analyzer;
  readonly ranker: Ranker;
  readonly tuning: MatcherTuning;
  /** Exact texts (titles, questions, booking examples) -> label: buttons send these back. */
  private readonly exact = new Map<string, string>();
  private readonly entryIds: ReadonlySet<string>;

  constructor(knowledge: Knowledge, options: MatcherOptions = {}) {
    this.tuning = { ...DEFAULT_MATCHER_TUNING, ...options.tuning };
    this.entryIds = new Set(knowledge.entries.map((entry) => entry.id));
    const texts: string[] = [];
    for (const entry of knowledge.entries) texts.push(entry.title, ...entry.questions, entry.answer);
    texts.push(...knowledge.bookingExamples);
    for (const topic of knowledge.outOfScope) texts.push(...topic.examples);
    const safetyPhrases = knowledge.safety.lexicons.filter((l) => l.language === 'en').flatMap((l) => Object.values(l.terms).flat());
    const source = { texts, synonyms: knowledge.synonyms, vocabularyOnly: safetyPhrases };

    const { cache } = options;
    const key = cache && !options.analyzer ? matcherIndexKey({ texts: labelledTexts(knowledge), synonyms: source.synonyms, vocabularyOnly: safetyPhrases, tuning: this.tuning, wordnet: Boolean(options.wordnet) }) : undefined;
    const kept = cache && key ? cachedMatcherIndex(cache, key) : undefined;
    if (kept) {
      this.analyzer = new Analyzer(source, options.wordnet, this.tuning.analyzer, kept.analyzer);
      this.ranker = new Ranker(kept.ranker, this.tuning.ranker);
      for (const [text, label] of kept.exact) this.exact.set(text, label);
      return;
    }
    this.analyzer = options.analyzer ?? new Analyzer(source, options.wordnet, this.tuning.analyzer);
    this.ranker = new Ranker(this.indexTexts(knowledge), this.tuning.ranker);
    this.analyzer.forgetTexts();
    if (cache && key) keepMatcherIndex(cache, key, { analyzer: this.analyzer.index(), ranker: this.ranker.index(), exact: [...this.exact] });
  }

  /**
   * The ranker's documents: one per question, and per label the bag of its questions' words (and its answer's,
   * lighter). The exact texts buttons send are recorded on the way.
   */
  private indexTexts(knowledge: Knowledge): RankerDocument[] {
    const documents: RankerDocument[] = [];
    const addLabel = (label: string, questions: string[], extra?: string) => {
      const bag = new Map<string, Term>();
      for (const text of questions) {
        const terms = this.analyzer.analyzeDocument(text);
        documents.push({ label, terms });
        for (const term of terms) if (!bag.has(term.stem)) bag.set(term.stem, { ...term });
      }
      // In the bag every question word counts fully (the message's own weights already discount function words).
      for (const term of bag.values()) term.weight = 1;
      if (extra) {
        for (const term of this.analyzer.analyzeDocument(extra)) {
          if (!bag.has(term.stem)) bag.set(term.stem, { ...term, weight: this.tuning.answerWeight });
        }
      }
      documents.push({ label, terms: [...bag.values()], bag: true });
    };
    for (const entry of knowledge.entries) {
      addLabel(entry.id, [entry.title, ...entry.questions], entry.answer);
      // Titles and the canonical question are what buttons send: they must route back to their entry.
      for (const text of [entry.title, entry.questions[0] as string]) this.setExact(text, entry.id);
    }
    addLabel(BOOKING_LABEL, knowledge.bookingExamples);
    for (const topic of knowledge.outOfScope) addLabel(OUT_OF_SCOPE_PREFIX + topic.id, topic.examples);
    // Any other exact question text routes to its label unless that text is claimed twice.
    for (const entry of knowledge.entries) for (const q of entry.questions) this.setExact(q, entry.id, false);
    for (const example of knowledge.bookingExamples) this.setExact(example, BOOKING_LABEL, false);
    return documents;
  }

  private setExact(text: string, label: string, override = true): void {
    const key = this.analyzer.textTokens(text).join(' ');
    if (!key) return;
    if (override || !this.exact.has(key)) this.exact.set(key, label);
  }

  /**
   * The label whose title / question / example is exactly this text, if any; a letter held down for emphasis
   * ("yooo", "hiii", "thanksss") is read as once or twice.
   */
  exactLabel(text: string): string | undefined {
    const key = exactKey(text);
    const exact = this.exact.get(key);
    if (exact !== undefined || !hasHeldLetter(key)) return exact;
    const [twice, once] = heldLetterForms(key);
    return this.exact.get(once) ?? this.exact.get(twice);
  }

  /**
   * "dry needling?", "intramuscular stimulation": a message whose only word is a name the synonyms fold onto an
   * exact text ("ims") reads as that text, as the bare name itself does.
   */
  private foldedExactLabel(analysis: Analysis): string | undefined {
    const [only, ...rest] = analysis.terms;
    return only && rest.length === 0 && !analysis.wrapperOnly ? this.exact.get(only.stem) : undefined;
  }

  /**
   * `exact: false` skips the exact-text shortcut (used to lint questions against the rest of the index);
   * `exclude` leaves labels out of the decision (the router's second opinion when a booking is vetoed).
   */
  match(text: string, { exact: useExact = true, exclude }: { exact?: boolean; exclude?: ReadonlySet<string> } = {}): MatchResult {
    const analysis = this.analyzer.analyzeQuery(text);
    const exact = useExact ? (this.exactLabel(text) ?? this.foldedExactLabel(analysis)) : undefined;
    if (exact) {
      return {
        label: exact,
        kind: exact === BOOKING_LABEL ? 'booking' : 'answer',
        score: 1,
        candidates: [{ id: exact, score: 1 }],
        choices: [],
        analysis,
      };
    }
    let ranked = analysis.terms.length > 0 ? this.ranker.rank(analysis.terms) : [];
    if (exclude) ranked = ranked.filter((r) => !exclude.has(r.label));
    // "pain later that evening" is not a greeting: the entries that answer wrappers only answer the wrapper they are.
    if (!analysis.wrapperOnly) ranked = ranked.filter((r) => !WRAPPER_ENTRY_IDS.has(r.label) || analysis.wrapperKinds.includes(r.label as WrapperKind));
    const result = this.decide(ranked, analysis);
    if (result.kind === 'answer' && !analysis.wrapperOnly && this.isBareCommonWord(analysis) && !this.ownsWord(result)) {
      return { ...result, label: 'none', kind: 'none', score: 1 - result.score };
    }
    // "see you!", "thanks so much", "good evening": the wrapper says what it is, whatever else it resembles.
    if (analysis.wrapperOnly) return this.answerWrapper(result, analysis) ?? result;
    return result;
  }

  /**
   * "pain", "needles": one word that many topics share says what the person has in mind, not what they ask;
   * any answer would be a guess, so the fallback (with its suggestions) is the honest reply.
   */
  private isBareCommonWord(analysis: Analysis): boolean {
    const content = analysis.terms.filter((term) => term.weight >= BARE_WORD_CONTENT_WEIGHT);
    return content.length === 1 && analysis.terms.length <= 2 && this.ranker.idf((content[0] as Term).stem) < BARE_WORD_MAX_IDF;
  }

  /**
   * "insurance?": a lone word that one entry answers far better than any other entry (out-of-scope topics
   * aside: they only share the word) is that entry's topic, not a word many topics share.
   */
  private ownsWord(result: MatchResult): boolean {
    const rival = result.candidates.find((c) => c.id !== result.label && !c.id.startsWith(OUT_OF_SCOPE_PREFIX) && c.id !== BOOKING_LABEL);
    return result.score >= BARE_WORD_OWNER_RATIO * (rival?.score ?? 0);
  }

  /** A message that is only "thanks!" or "hiya": the small-talk entry for that kind of wrapper. */
  private answerWrapper(result: MatchResult, analysis: Analysis): MatchResult | undefined {
    const kinds = analysis.wrapperKinds;
    const id = kinds.includes('goodbye') ? 'goodbye' : kinds.includes('thanks') ? 'thanks' : kinds.includes('greeting') ? 'greeting' : undefined;
    if (!id || !this.entryIds.has(id)) return undefined;
    if (result.label === id) return result;
    const score = Math.max(this.tuning.answerThreshold, result.candidates.find((c) => c.id === id)?.score ?? 0);
    return { ...result, label: id, kind: 'answer', score, candidates: [{ id, score }, ...result.candidates.filter((c) => c.id !== id)] };
  }

  private decide(ranked: LabelScore[], analysis: Analysis): MatchResult {
    return decide(
      ranked.map(({ label, score }) => ({ id: label, score })),
      analysis,
      this.tuning,
      !this.mostlyForeign(analysis),
    );
  }

  /**
   * The specific words the knowledge base does not know weigh as much as half of those it knows ("do you treat
   * dogs"): a lead over the other labels then only says nothing else matched, not that the leader is right.
   */
  private mostlyForeign(analysis: Analysis): boolean {
    let known = 0;
    let foreign = 0;
    for (const term of analysis.terms) {
      if (term.weight < BARE_WORD_CONTENT_WEIGHT) continue;
      const mass = term.weight * this.ranker.idf(term.stem);
      if (term.source !== 'unknown') known += mass;
      else if (term.weight >= FOREIGN_WORD_WEIGHT) foreign += mass;
    }
    return foreign >= FOREIGN_SHARE * known;
  }
}

export type DecisionThresholds = Pick<MatcherTuning, 'answerThreshold' | 'ambiguousThreshold' | 'ambiguityMargin'> &
  Partial<Pick<MatcherTuning, 'clearWinnerThreshold' | 'clearWinnerRatio'>>;

/**
 * The decision on ranked candidates (best first): an out-of-scope topic on top -> none (with the topic when it
 * is a fair match); a label at or above the answer threshold -> answer / booking; otherwise "did you mean" when
 * two or three entries are close together above the ambiguity threshold; otherwise none.
 */
export function decide(candidates: MatchCandidate[], analysis: Analysis, thresholds: DecisionThresholds, allowClearWinner = true): MatchResult {
  const none = (score: number, topic?: string): MatchResult => ({ label: 'none', kind: 'none', score, candidates, choices: [], analysis, ...(topic ? { topic } : {}) });
  const best = candidates[0];
  if (!best) return none(1);
  const { answerThreshold, ambiguousThreshold, ambiguityMargin } = thresholds;
  if (best.id.startsWith(OUT_OF_SCOPE_PREFIX)) {
    return none(best.score, best.score >= ambiguousThreshold ? best.id.slice(OUT_OF_SCOPE_PREFIX.length) : undefined);
  }
  const second = candidates[1]?.score ?? 0;
  const { clearWinnerThreshold = 1, clearWinnerRatio = Infinity } = thresholds;
  const clearWinner = allowClearWinner && best.score >= clearWinnerThreshold && best.score >= clearWinnerRatio * second;
  // Only function words ("really quick question"): nothing to answer.
  if (!analysis.terms.some((term) => term.weight >= BARE_WORD_CONTENT_WEIGHT && term.source !== 'unknown')) return none(1 - best.score);
  if (best.score >= answerThreshold || clearWinner) {
    return { label: best.id, kind: best.id === BOOKING_LABEL ? 'booking' : 'answer', score: best.score, candidates, choices: [], analysis };
  }
  const close = candidates.filter(
    (c) => c.score >= ambiguousThreshold && best.score - c.score <= ambiguityMargin && !c.id.startsWith(OUT_OF_SCOPE_PREFIX) && c.id !== BOOKING_LABEL,
  );
  if (close.length >= 2) {
    return { label: 'ambiguous', kind: 'ambiguous', score: best.score, candidates, choices: close.slice(0, 3).map((c) => c.id), analysis };
  }
  return none(1 - best.score);
}

export function createMatcher(knowledge: Knowledge, options: MatcherOptions = {}): Matcher {
  return new Matcher(knowledge, options);
}
