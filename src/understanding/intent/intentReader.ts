// What an ordinary message asks (not a button, not a control): an FAQ or small-talk entry, a booking, "did
// you mean", or nothing the knowledge base answers. Two readers vote: the lexical ranker (src/matching:
// synonyms, spelling, stems, WordNet; English) and a classifier trained on the knowledge base's phrasings
// in every language (classifier.ts). Their scores are mixed into one confidence per label; the decision
// thresholds were chosen on phrasings held out by writer (npm run kb:test -- --by-writer), never on an
// evaluation set. Pure: no I/O per message.
import type { Knowledge } from '../../kb/schema.js';
import { BOOKING_LABEL, Matcher, OUT_OF_SCOPE_PREFIX, type MatchResult, type MatcherTuning } from '../../matching/matcher.js';
import { WordNet } from '../../matching/wordnet.js';
import type { Candidate, Intent } from '../reading.js';
import { asksForAVisit, asksToCancel, looksLikeBookingRequest, refusesVisit, statesAvailability } from './bookingRequest.js';
import { IntentClassifier, type ClassifierSettings, type Example } from '../learning/classifier.js';
import { trainedClassifier, type ModelCache } from '../learning/modelCache.js';
import { foldNowadays } from '../text/nowadays.js';
import { SpelledNames } from '../text/spelledNames.js';

export interface IntentTuning {
  /** Weight of the classifier against the ranker in English (other scripts: the classifier alone). */
  classifierWeight: number;
  /** Answer when the mixed confidence of the best entry reaches this. */
  answerThreshold: number;
  /** Below it, "did you mean" when two entries reach this and are within `ambiguityMargin`. */
  ambiguousThreshold: number;
  ambiguityMargin: number;
  /**
   * When the ranker finds nothing to answer in English (a lone word many topics share, words the knowledge
   * base does not know), the classifier must be this sure to answer anyway.
   */
  overrideRankerNone: number;
  /** The classifier's temperature where its probabilities are mixed with the ranker's scores (English). */
  classifierTemperature: number;
}

export const DEFAULT_INTENT_TUNING: IntentTuning = {
  classifierWeight: 0.5,
  answerThreshold: 0.4,
  ambiguousThreshold: 0.2,
  ambiguityMargin: 0.15,
  overrideRankerNone: 0.7,
  classifierTemperature: 2,
};

export interface IntentOptions {
  /** General-English dictionary; `false` to match on the KB's own words only. Default: one shared WordNet. */
  wordnet?: WordNet | false;
  tuning?: Partial<MatcherTuning>;
  intentTuning?: Partial<IntentTuning>;
  classifier?: Partial<ClassifierSettings> | false;
  /** Reuse a matcher already built for this knowledge. */
  matcher?: Matcher;
  /** Feed the ranker's stems to the classifier (default true). */
  stemFeatures?: boolean;
  /** Phrasings files left out of training (by file name): measuring a writer the model has not seen. */
  withoutWriters?: ReadonlySet<string>;
  /** Where trained models are kept, with what else their features read (default: train every time). */
  modelCache?: { store: ModelCache; context: unknown };
}

export interface IntentResult {
  intent: Intent;
  confidence: number;
  /** Best entries and "booking", best first (out-of-scope topics left out), at most 5. */
  alternatives: Candidate[];
  /** The ranker's own result (spelling corrections, terms), for kb:test. */
  match: MatchResult;
}

const BOOKING_ONLY: ReadonlySet<string> = new Set([BOOKING_LABEL]);
/** An entry read at least this surely stands even when the message also says when the person is free. */
const AVAILABILITY_OVERRULES = 0.7;
const NO_LABELS: ReadonlySet<string> = new Set();
const NONE = 'none';

let sharedWordNet: WordNet | undefined;
/** WordNet's index files are read once per process, however often the knowledge base is reloaded. */
export function defaultWordNet(): WordNet {
  sharedWordNet ??= new WordNet();
  return sharedWordNet;
}

/** Everything the knowledge base teaches about what people ask: questions, titles, examples, writers' phrasings. */
export function trainingExamples(knowledge: Knowledge, withoutWriters: ReadonlySet<string> = new Set()): Example[] {
  const examples: Example[] = [];
  for (const entry of knowledge.entries) for (const text of [entry.title, ...entry.questions]) examples.push({ text, label: entry.id });
  for (const words of knowledge.translations.values()) {
    for (const [id, translated] of words) if (translated.title && knowledge.byId.has(id)) examples.push({ text: translated.title, label: id });
  }
  for (const text of knowledge.bookingExamples) examples.push({ text, label: BOOKING_LABEL });
  for (const topic of knowledge.outOfScope) for (const text of topic.examples) examples.push({ text, label: NONE });
  for (const set of knowledge.phrasings) {
    if (withoutWriters.has(set.file)) continue;
    for (const [label, texts] of Object.entries(set.phrasings)) for (const text of texts) examples.push(set.weight === 1 ? { text, label } : { text, label, weight: set.weight });
  }
  // Read as the messages are ("aajkal" is "nowadays" there too); the few it changes are copied, not every one.
  return examples.map((example) => {
    const text = foldNowadays(example.text);
    return text === example.text ? example : { ...example, text };
  });
}

/** Writers' "none" phrasings join the ranker as one more out-of-scope topic, with no reply of its own. */
export const WRITERS_NONE_TOPIC = 'writers-none';

/**
 * The knowledge base as the ranker indexes it: each entry's questions plus the writers' English phrasings
 * (other scripts are the classifier's), the writers' booking requests, and their "none" questions as one
 * more out-of-scope topic.
 */
export function rankerKnowledge(knowledge: Knowledge, withoutWriters: ReadonlySet<string> = new Set()): Knowledge {
  const extra = new Map<string, string[]>();
  const booking: string[] = [];
  const none: string[] = [];
  for (const set of knowledge.phrasings) {
    if (set.language !== 'en' || withoutWriters.has(set.file)) continue;
    for (const [label, texts] of Object.entries(set.phrasings)) {
      if (label === BOOKING_LABEL) booking.push(...texts);
      else if (label === NONE) none.push(...texts);
      else extra.set(label, [...(extra.get(label) ?? []), ...texts]);
    }
  }
  if (!extra.size && !booking.length && !none.length) return knowledge;
  const entries = knowledge.entries.map((entry) => ({ ...entry, questions: [...entry.questions, ...(extra.get(entry.id) ?? [])] }));
  return {
    ...knowledge,
    entries,
    byId: new Map(entries.map((entry) => [entry.id, entry])),
    bookingExamples: [...knowledge.bookingExamples, ...booking],
    outOfScope: none.length ? [...knowledge.outOfScope, { id: WRITERS_NONE_TOPIC, examples: none, reply: '' }] : knowledge.outOfScope,
  };
}

/** The small talk a message's Latin words can be only the wrapper of. */
const WRAPPER_LABELS: ReadonlySet<string> = new Set(['greeting', 'thanks', 'goodbye']);
/** How sure the classifier must be that what a wrapper wraps asks about an entry. */
const WRAPPED_QUESTION = 0.4;

/** The text without its Latin-letter words, or '' when nothing in another script is left. */
function withoutLatinWords(text: string): string {
  const rest = text.replace(/[\p{Script=Latin}'’]+/gu, ' ').replace(/\s+/g, ' ').trim();
  return /[\p{Script=Han}\p{Script=Gurmukhi}]/u.test(rest) ? rest : '';
}

export class IntentReader {
  readonly matcher: Matcher;
  readonly classifier: IntentClassifier | undefined;
  readonly tuning: IntentTuning;
  private readonly spelledNames: SpelledNames;

  constructor(knowledge: Knowledge, options: IntentOptions = {}) {
    this.spelledNames = new SpelledNames(knowledge.synonyms);
    const wordnet = options.wordnet === false ? undefined : (options.wordnet ?? defaultWordNet());
    this.matcher =
      options.matcher ??
      new Matcher(rankerKnowledge(knowledge, options.withoutWriters), {
        ...(wordnet ? { wordnet } : {}),
        ...(options.tuning ? { tuning: options.tuning } : {}),
        ...(options.modelCache ? { cache: options.modelCache.store } : {}),
      });
    this.tuning = { ...DEFAULT_INTENT_TUNING, ...options.intentTuning };
    const analyzer = this.matcher.analyzer;
    // The ranker's synonym-folded stems ("dry needling" is "ims", "WCB" is "worksafebc") teach the classifier
    // what the knowledge base's synonyms already know.
    const stems = (text: string) => analyzer.analyzeDocument(text).map((term) => term.stem);
    this.classifier =
      options.classifier === false
        ? undefined
        : trainedClassifier(
            'intents',
            trainingExamples(knowledge, options.withoutWriters),
            { ...IntentClassifier.defaults, ...options.classifier },
            options.stemFeatures === false ? undefined : stems,
            options.stemFeatures === false ? undefined : options.modelCache,
          );
  }

  /**
   * `latin`: whether the message is mostly in Latin letters (the English ranker has something to read);
   * `question`: whether it asks something (a sentence that is a question).
   */
  read(text: string, { latin = true, question = false }: { latin?: boolean; question?: boolean } = {}): IntentResult {
    const cleaned = foldNowadays(this.spelledNames.fold(text));
    let match = this.matcher.match(cleaned);
    // "How often are appointments spaced?" mentions appointments but asks a fact, "no time for appointments"
    // refuses one, "cancel my Friday appointment" gives one up: decide without booking.
    const rankedBooking = match.kind === 'booking' && match.score < 1;
    const givesUpVisit = refusesVisit(match.analysis.tokens) || asksToCancel(cleaned);
    // In other scripts the ranker read only the Latin words (the "9" of "ਕੱਲ੍ਹ ਸਵੇਰੇ 9 ਵਜੇ"): its booking is no
    // request to weigh, and no reason to set the classifier's booking aside.
    const vetoBooking = givesUpVisit || (latin && rankedBooking && !looksLikeBookingRequest(match.analysis.tokens, match.score));
    if (vetoBooking && rankedBooking) match = this.matcher.match(cleaned, { exclude: BOOKING_ONLY });
    // The ranker's sure cases stand in English: a button's exact text, a lone greeting or thanks. Its sure
    // "nothing matched" does not: "thanks a lot bud" has a word it never indexed, which the classifier may know.
    // In other scripts it sees only the English words ("IMS" in "IMS同針灸有咩分別？"), so the classifier decides.
    const sure = match.analysis.wrapperOnly || (match.score >= 1 && match.kind !== 'none');
    if (!this.classifier || (latin && sure)) return this.fromMatch(match);

    const classified = this.wrappedQuestion(cleaned, match, latin) ?? this.classifier.classify(cleaned, latin ? this.tuning.classifierTemperature : 1);
    if (latin && match.kind === 'none' && (classified[0]?.probability ?? 0) < this.tuning.overrideRankerNone) return this.withAvailability(this.fromMatch(match), match, cleaned, { latin, givesUpVisit });
    // "Hi, my name is Sarah. Is there parking?": the greeting wraps a question; the question decides.
    const wrappers: ReadonlySet<string> = latin && question && match.analysis.wrapperKinds.length > 0 ? new Set(match.analysis.wrapperKinds) : NO_LABELS;
    // Where the ranker found no entry at all, it has no opinion to weigh: the classifier decides alone.
    const weight = latin && match.candidates.length > 0 ? this.tuning.classifierWeight : 1;
    const mixed = this.mix(match, classified, weight, vetoBooking, wrappers);
    return this.withAvailability(this.decide(mixed, match), match, cleaned, { latin, givesUpVisit });
  }

  /**
   * "主要治啥 列一下 thx": in another script, Latin words that are only a thanks, a greeting or a goodbye wrap what is
   * said (as an English question's wrappers do). When the whole reads as that wrapper but what it wraps asks about
   * an entry, the classifier's reading of what it wraps stands ("hello呀～", "好啦 我要去落街買餸喇 bye bye" stay small
   * talk).
   */
  private wrappedQuestion(cleaned: string, match: MatchResult, latin: boolean): Array<{ label: string; probability: number }> | undefined {
    if (latin || !match.analysis.wrapperOnly || !this.classifier) return undefined;
    const rest = withoutLatinWords(cleaned);
    if (!rest) return undefined;
    const whole = this.classifier.classify(cleaned, 1);
    if (!WRAPPER_LABELS.has(whole[0]?.label ?? NONE)) return whole;
    const wrapped = this.classifier.classify(rest, 1);
    const top = wrapped[0];
    return top && top.label !== NONE && !WRAPPER_LABELS.has(top.label) && top.probability >= WRAPPED_QUESTION ? wrapped : whole;
  }

  /**
   * Saying when one can come (in English), or asking for a time or to be booked (in Punjabi and Chinese, where the
   * classifier knows fewer ways to ask), is asking to come, unless the message clearly asks something else or gives
   * a visit up.
   */
  private withAvailability(decided: IntentResult, match: MatchResult, cleaned: string, { latin, givesUpVisit }: { latin: boolean; givesUpVisit: boolean }): IntentResult {
    const unsure = decided.intent.kind !== 'entry' || decided.confidence < AVAILABILITY_OVERRULES;
    if (givesUpVisit || decided.intent.kind === 'booking' || !unsure) return decided;
    if (latin ? statesAvailability(match.analysis.tokens) : asksForAVisit(cleaned)) {
      return { ...decided, intent: { kind: 'booking' } };
    }
    return decided;
  }

  private fromMatch(match: MatchResult): IntentResult {
    return { intent: intentOf(match), confidence: match.score, alternatives: alternativesOf(match.candidates), match };
  }

  /** One score per label: the classifier's probability and the ranker's calibrated score, weighed. */
  private mix(match: MatchResult, classified: ReadonlyArray<{ label: string; probability: number }>, weight: number, vetoBooking: boolean, vetoed: ReadonlySet<string>): Candidate[] {
    const ranked = new Map<string, number>();
    for (const c of match.candidates) {
      const label = c.id.startsWith(OUT_OF_SCOPE_PREFIX) ? NONE : c.id;
      ranked.set(label, Math.max(ranked.get(label) ?? 0, c.score));
    }
    // The ranker's own "nothing matched" is evidence for none too.
    if (match.kind === 'none') ranked.set(NONE, Math.max(ranked.get(NONE) ?? 0, match.score));
    const labels = new Set([...ranked.keys(), ...classified.map((c) => c.label)]);
    const probability = new Map(classified.map((c) => [c.label, c.probability]));
    const mixed: Candidate[] = [];
    for (const label of labels) {
      if ((vetoBooking && label === BOOKING_LABEL) || vetoed.has(label)) continue;
      mixed.push({ id: label, score: weight * (probability.get(label) ?? 0) + (1 - weight) * (ranked.get(label) ?? 0) });
    }
    return mixed.sort((a, b) => b.score - a.score);
  }

  private decide(mixed: Candidate[], match: MatchResult): IntentResult {
    const { answerThreshold, ambiguousThreshold, ambiguityMargin } = this.tuning;
    const entries = mixed.filter((c) => c.id !== NONE);
    const alternatives = entries.slice(0, 5);
    const best = mixed[0];
    const topic = match.topic === WRITERS_NONE_TOPIC ? undefined : match.topic;
    const none = (score: number): IntentResult => ({
      intent: topic ? { kind: 'none', topic } : { kind: 'none' },
      confidence: score,
      alternatives,
      match,
    });
    if (!best || best.id === NONE) return none(best?.score ?? 1);
    if (best.score >= answerThreshold) {
      const intent: Intent = best.id === BOOKING_LABEL ? { kind: 'booking' } : { kind: 'entry', entryId: best.id };
      return { intent, confidence: best.score, alternatives, match };
    }
    const close = entries.filter((c) => c.id !== BOOKING_LABEL && c.score >= ambiguousThreshold && best.score - c.score <= ambiguityMargin);
    if (close.length >= 2) return { intent: { kind: 'ambiguous', entryIds: close.slice(0, 3).map((c) => c.id) }, confidence: best.score, alternatives, match };
    return none(1 - best.score);
  }
}

function alternativesOf(candidates: MatchResult['candidates']): Candidate[] {
  return candidates
    .filter((candidate) => !candidate.id.startsWith(OUT_OF_SCOPE_PREFIX))
    .slice(0, 5)
    .map(({ id, score }) => ({ id, score }));
}

function intentOf(match: MatchResult): Intent {
  switch (match.kind) {
    case 'booking':
      return { kind: 'booking' };
    case 'answer':
      return { kind: 'entry', entryId: match.label };
    case 'ambiguous':
      if (match.choices.length >= 2) return { kind: 'ambiguous', entryIds: match.choices };
      break;
    case 'none':
      break;
  }
  return match.topic && match.topic !== WRITERS_NONE_TOPIC ? { kind: 'none', topic: match.topic } : { kind: 'none' };
}
