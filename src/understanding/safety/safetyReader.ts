// Reads a message for danger, before anything else, in every language the knowledge base has words for.
// Terms (knowledge/safety/*.yaml) are found with their context; a category's rule fires when its terms are
// said of now. The outcome, most serious first:
//   crisis     suicide or self-harm: 911 and the 9-8-8 line;
//   emergency  911 now (with "It's not an emergency" offered when nothing says it is happening now);
//   urgent     worrying but not 911: HealthLink BC 8-1-1 or the clinic;
//   caution    a question about a risk ("can it puncture a lung?", "what if I faint?"): the normal answer and
//              one line on when to get help;
//   calm       nothing to do with danger, or the danger is negated, in the past, or a figure of speech.
import type { Safety, SafetyLevel } from '../../kb/schema.js';
import { stem } from '../../matching/analyzer.js';
import { cleanMessage } from '../../matching/clean.js';
import { hasHeldLetter, heldLetterForms } from '../../matching/heldLetters.js';
import { normalizeTokens } from '../../matching/normalize.js';
import { SpellingCorrector } from '../../matching/spelling.js';
import { STOPWORDS } from '../../matching/stopwords.js';
import { remembered } from '../../remembered.js';
import { americanSpellings } from '../text/britishSpelling.js';
import { tokenize, type Token } from '../text/tokens.js';
import { ContextReader, type Modifier } from './context.js';
import { NEGATION_WORDS, PhraseIndex, type PhraseIndexOptions } from './phraseIndex.js';
import type { ModelCache } from '../learning/modelCache.js';
import { SafetyModel, type SafetyProbabilities } from './safetyModel.js';

export type SafetyOutcome = SafetyLevel | 'caution' | 'calm';

export interface SafetyReading {
  outcome: SafetyOutcome;
  /** The category that decided (emergency, crisis, urgent, caution). */
  category?: string;
  /** Terms said of now, for the record ("cant-breathe", "after-needling"). */
  terms: readonly string[];
  /** An emergency read from words that may not describe now: the reply offers "It's not an emergency". */
  uncertain: boolean;
  /** The safety model's probabilities, when it was asked (kb:test shows them). */
  model?: SafetyProbabilities;
}

export const CALM: SafetyReading = { outcome: 'calm', terms: [], uncertain: false };

const RANK: Record<SafetyOutcome, number> = { crisis: 4, emergency: 3, urgent: 2, caution: 1, calm: 0 };
/** The term that says "this is happening now" ("right now", "just", "since my session"). */
const NOW_TERM = 'now';
/** The term that says a sign began all at once ("suddenly", 突然). */
const SUDDEN_TERM = 'sudden';
/** The term that says it is over ("fine now", "came to right away"). */
const RECOVERED_TERM = 'recovered';
/** Other words allowed between two words of a term ("my chest has this awful pain"); Chinese: characters. */
const MAX_GAP = 3;
const MAX_CHAR_GAP = 2;
const TERM_PHRASES: PhraseIndexOptions = { maxGap: MAX_GAP, maxCharGap: MAX_CHAR_GAP, optionalWords: true, compare: 'stem' };

interface Rule {
  category: string;
  level: SafetyLevel;
  any?: readonly string[];
  all?: readonly string[];
  unless?: readonly string[];
}

export interface SafetyReaderOptions {
  /** Real words are never "corrected" into a safety word ("breed" is not "bleed"); default: none known. */
  knownWord?: (word: string) => boolean;
  /** `false`: the lexicon alone (tests of the lexicon); otherwise the model, trained without these writers. */
  model?: false | { withoutWriters?: ReadonlySet<string>; ordinary?: readonly string[]; cache?: { store: ModelCache; context: unknown } };
}

/**
 * When the lexicon finds no emergency, the model's probability of one (crisis + emergency) that still
 * gets the 911 reply, with "It's not an emergency" offered. Chosen on writers the model did not see
 * (npm run kb:test -- --by-writer): a miss costs more than a false alarm, which one tap undoes.
 */
export const MODEL_ESCALATION = 0.8;
/**
 * The same, when the lexicon read an after-effect worth 8-1-1 (it knows those well). 0.95 until the twenty-second
 * round: a growing bruise or dizziness since yesterday crossed it with one retraining and fell back with the next,
 * while the emergencies the model lifted past it were words the lexicon lacked (a car run in a closed garage,
 * antifreeze, an infected incision with fever), now in it.
 */
export const MODEL_ESCALATION_OVER_URGENT = 0.98;
/**
 * The same, when the message asks a question and the lexicon found no word of danger in it at all (at most a "now"):
 * "gonna be rough on the strait tonight?" (crisis 0.81) and "eh sab pharma companiyan di chaal aa na? ... main kise nu
 * nahi dassda" (0.82) crossed 0.8 in two held-out sets, one retraining or another. Over every set of the
 * twenty-ninth round, the emergencies the model alone caught in a message that asks were all at 0.916 or more; in
 * the thirty-first, 0.9 still let "is it going to be rough on the ferry tonight?" and a Gurmukhi question whether
 * walking gets easier (both about 0.90) through, one retraining or another, and 0.95 lost no emergency of any set.
 */
export const MODEL_ESCALATION_ASKED = 0.95;
/** When the lexicon finds nothing to worry about, the model's probability of "urgent" that gets 8-1-1. */
export const MODEL_URGENT = 0.6;
/** So sure that words said of another time elsewhere in the message do not hold it back. */
export const MODEL_CERTAIN = 0.99;
/** The fewest words the model needs before it may escalate (a Chinese character counts as half a word). */
export const MODEL_MIN_WORDS = 5;
/** Category recorded for an emergency only the model saw (staff review these first). */
export const MODEL_CATEGORY = 'described-emergency';

export class SafetyReader {
  private readonly terms = new PhraseIndex<string>(TERM_PHRASES);
  private readonly context: ContextReader;
  private readonly rules: Rule[];
  private readonly riskTerms: ReadonlySet<string>;
  /** Signs that, gone on for days, are a nurse's question (rules.yaml `lastingSigns`). */
  private readonly lastingSigns: ReadonlySet<string>;
  /** Signs whose passing is itself a warning (rules.yaml `warningsThatPass`). */
  private readonly warningsThatPass: ReadonlySet<string>;
  /** Terms that are a danger sign on their own (some rule's `any`), not qualifiers such as "sudden" or "now". */
  private readonly signs: ReadonlySet<string>;
  /** Words of the terms: what a misspelling may be corrected to. */
  private readonly vocabulary = new Map<string, number>();
  /** Words of the context cues: never corrected ("could" is not "cold"). */
  private readonly cueWords = new Set<string>();
  private readonly speller: SpellingCorrector;
  /** Whether a word is a real word (remembered: the same words come back in every message). */
  private readonly isKnown: (word: string) => boolean;
  private readonly model: SafetyModel | undefined;

  constructor(safety: Safety, options: SafetyReaderOptions = {}) {
    const termPhrases = safety.lexicons.flatMap((lexicon) => Object.entries(lexicon.terms).flatMap(([term, phrases]) => phrases.map((phrase) => [phrase, term] as const)));
    this.terms.addAll(termPhrases);
    for (const [phrase] of termPhrases) for (const word of normalizeTokens(phrase)) this.vocabulary.set(word, (this.vocabulary.get(word) ?? 0) + 1);
    for (const { context } of safety.lexicons) {
      const phrases = [...Object.values(context).flatMap((cues) => (Array.isArray(cues) ? cues : [...cues.before, ...cues.after]))];
      for (const phrase of phrases) for (const word of normalizeTokens(phrase)) this.cueWords.add(word);
    }
    // One edit only ("brething", "unconcious"), two from nine letters: a false correction is a false alarm
    // ("overused" is not "overdosed").
    this.speller = new SpellingCorrector(this.vocabulary, 20_000, (length) => (length >= 9 ? 2 : length >= 4 ? 1 : 0));
    this.isKnown = remembered(options.knownWord ?? (() => false), 20_000);
    this.context = new ContextReader(safety.lexicons.map((lexicon) => lexicon.context));
    this.rules = safety.rules.categories.flatMap((category) => category.rules.map((rule) => ({ category: category.id, ...rule })));
    // Crisis first, then emergency, then urgent: the first rule that fires at the highest level decides.
    this.rules.sort((a, b) => RANK[b.level] - RANK[a.level]);
    this.riskTerms = new Set(safety.rules.riskTerms);
    this.lastingSigns = new Set(safety.rules.lastingSigns);
    this.warningsThatPass = new Set(safety.rules.warningsThatPass);
    this.signs = new Set(this.rules.filter((rule) => RANK[rule.level] >= RANK.emergency).flatMap((rule) => rule.any ?? []));
    this.model =
      options.model === false
        ? undefined
        : SafetyModel.train(safety, (text) => this.findings(tokenize(text)), {
            ...(options.model?.withoutWriters ? { withoutWriters: options.model.withoutWriters } : {}),
            ...(options.model?.ordinary ? { ordinary: options.model.ordinary } : {}),
            ...(options.model?.cache ? { cache: options.model.cache } : {}),
          });
  }

  /**
   * `asks[i]`: whether sentence i is a question (see questionSentences); `text`: the cleaned message, for the
   * model (without it, the lexicon alone decides).
   */
  read(typed: readonly Token[], asks: readonly boolean[], text?: string): SafetyReading {
    const { tokens, found, foundModified } = this.lexiconOf(typed);
    const longest = longestTerms(found);
    const hits = found.filter((_, i) => longest[i]);
    const modified = foundModified.filter((_, i) => longest[i]);
    const lexical = this.readLexicon(tokens, asks, hits, modified);
    if (!this.model || text === undefined) return lexical;
    // A name or a two-word answer at a booking step gives the model nothing to go on ("Alex Alpha" is not a
    // crisis); short emergencies ("cant breathe", "chest pain") are the lexicon's. Below, nothing the model says
    // changes a reading this short, so it is not asked (most chat turns are short).
    // A Chinese word is mostly two characters: "我已经好多了" (I'm much better already) is three words, too few.
    const words = tokens.reduce((count, token) => count + (token.script === 'han' ? 0.5 : 1), 0);
    if (words < MODEL_MIN_WORDS) return lexical;
    // The model's features include the lexicon's findings: the ones just read, not a second reading of the text.
    const model = this.model.read(text, findingsOf(found, foundModified));
    const danger = model.crisis + model.emergency;
    // The lexicon's emergencies stand; its risk questions ("can it collapse a lung?") and words it found
    // negated, past or asked about are its reading of context, which the model does not overrule; an
    // after-effect it recognised needs the model to be surer still.
    if (lexical.outcome === 'crisis' || lexical.outcome === 'emergency' || lexical.outcome === 'caution') return { ...lexical, model };
    // "Now" and "sudden" name no sign (现在 is both: "现在应该冰敷还是热敷？", ice or heat now?).
    const namesNoSign = hits.every((hit) => hit.value === NOW_TERM || hit.value === SUDDEN_TERM);
    const bar = lexical.outcome === 'urgent' ? MODEL_ESCALATION_OVER_URGENT : namesNoSign && asks.some(Boolean) ? MODEL_ESCALATION_ASKED : MODEL_ESCALATION;
    // "felt faint in the car, now I'm ok": the person says it is over, which the model's words do not outweigh.
    const over = saysItIsOver(hits, modified);
    if (!over && danger >= bar && (danger >= MODEL_CERTAIN || !saidOtherThanNow(hits, modified, this.signs)) && !this.figurative(tokens, hits, bar)) {
      // Talk of suicide is never second-guessed; another emergency only the model saw offers "It's not an emergency".
      if (model.crisis >= model.emergency) return { outcome: 'crisis', category: 'suicide-self-harm', terms: lexical.terms, uncertain: false, model };
      // What has gone on for days ("tingling a week after the needles", a bruise spreading over three days) is a
      // nurse's question today unless the lexicon found an emergency's own words: the model's alarm makes it 8-1-1.
      // Not when something is said to have started now ("back pain for days, and today he can't pee"); "still" and
      // 越來越 (more and more) say it goes on, not that it started.
      if (this.context.saysItHasLasted(tokens) && !saysNow(hits, modified, this.context.continuingTokens(tokens))) return { outcome: 'urgent', category: 'after-effects', terms: lexical.terms, uncertain: false, model };
      return { outcome: 'emergency', category: MODEL_CATEGORY, terms: lexical.terms, uncertain: true, model };
    }
    if (lexical.outcome === 'calm' && !over && model.urgent >= MODEL_URGENT) return { outcome: 'urgent', category: 'after-effects', terms: lexical.terms, uncertain: false, model };
    return { ...lexical, model };
  }

  /**
   * Whether the model's alarm came from a figure of speech alone: no term found but the word for now and the idioms'
   * own words ("confuse" in "confuse ho rahe ne dono ton", mixing the two up), and the message without its idioms
   * ("this back pain is killing me", 要了我的命) no longer alarms it. "work is killing me, I don't see the point of
   * anything anymore" still does.
   */
  private figurative(tokens: readonly Token[], hits: TermHits, bar: number): boolean {
    if (!this.model) return false;
    const idioms = this.context.idiomTokens(tokens);
    if (idioms.size === 0) return false;
    if (hits.some((hit) => hit.value !== NOW_TERM && !hit.words.every((word) => idioms.has(word)))) return false;
    let rest = '';
    tokens.forEach((token, i) => {
      if (idioms.has(i)) return;
      rest += rest && !(token.script === 'han' && tokens[i - 1]?.script === 'han') ? ` ${token.text}` : token.text;
    });
    const model = this.model.read(rest, []);
    return model.crisis + model.emergency < bar;
  }

  /** The lexicon's findings as the model's features: each term, and each term with how it was said. */
  findings(typed: readonly Token[]): string[] {
    const { found, foundModified } = this.lexiconOf(typed);
    return findingsOf(found, foundModified);
  }

  /** The spelling-corrected tokens, every term found in them, and what the context says of each. */
  private lexiconOf(typed: readonly Token[]): { tokens: Token[]; found: TermHits; foundModified: Modified } {
    const tokens = typed.map((token) => this.corrected(token));
    const found = this.terms.find(tokens);
    return { tokens, found, foundModified: found.length ? this.context.read(tokens, found) : [] };
  }

  private readLexicon(tokens: readonly Token[], asks: readonly boolean[], hits: TermHits, modified: Modified): SafetyReading {
    if (hits.length === 0) return CALM;
    const now = new Set<string>();
    const hypothetical = new Set<string>();
    /** Signs said to have passed ("went numb, sat down and it passed"). */
    const passed = new Set<string>();
    let general = false;
    const sentencesOf = new Map<string, number[]>();
    hits.forEach((hit, i) => {
      const span = modified[i];
      if (!span || span.modifiers.has('negated') || span.modifiers.has('historical')) return;
      if (span.modifiers.has('resolved')) {
        if (!span.modifiers.has('hypothetical')) passed.add(hit.value);
        return;
      }
      const set = span.modifiers.has('hypothetical') ? hypothetical : now;
      set.add(hit.value);
      general ||= span.modifiers.has('generic');
      const sentence = (tokens[hit.start] as Token).sentence;
      const list = sentencesOf.get(hit.value);
      if (list) list.push(sentence);
      else sentencesOf.set(hit.value, [sentence]);
    });

    const fired = this.rules.find((rule) => fires(rule, now));
    if (fired) {
      const terms = [...now];
      const asked = ruleTerms(fired).some((term) => now.has(term) && (sentencesOf.get(term) ?? []).some((s) => asks[s]));
      const uncertain = fired.level === 'emergency' && !now.has(NOW_TERM) && asked;
      return { outcome: fired.level, category: fired.category, terms, uncertain };
    }
    // The same words asked about ("what if I faint?", "can it collapse a lung?"), or a risk named in a question.
    const either = new Set([...now, ...hypothetical]);
    const risky = this.rules.find((rule) => fires(rule, either));
    // Talk of suicide stays a crisis however it is framed ("what if I just ended it all"), unless the whole
    // message is a general question ("as a youth worker: if a teen mentions self-harm, what do you do?").
    if (risky?.level === 'crisis' && !general) return { outcome: 'crisis', category: risky.category, terms: [...either], uncertain: false };
    // An emergency's signs that have passed: a warning still if they are a mini-stroke's or chest pain (911, with
    // the way back), otherwise a nurse's question today.
    const firedBefore = passed.size > 0 ? this.rules.find((rule) => rule.level === 'emergency' && fires(rule, new Set([...now, ...passed]))) : undefined;
    if (firedBefore) {
      const terms = [...now, ...passed];
      const warning = ruleTerms(firedBefore).some((term) => passed.has(term) && this.warningsThatPass.has(term));
      return warning ? { outcome: 'emergency', category: firedBefore.category, terms, uncertain: true } : { outcome: 'urgent', category: firedBefore.category, terms, uncertain: false };
    }
    // "baanh sunn aa 3 din ton" (the arm numb for three days), 頭暈咗兩日都未好: no rule's words, but days of it.
    if ([...now].some((term) => this.lastingSigns.has(term)) && this.context.saysItHasLasted(tokens)) return { outcome: 'urgent', category: 'after-effects', terms: [...now], uncertain: false };
    if (risky) return { outcome: 'caution', category: risky.category, terms: [...either], uncertain: false };
    const risk = [...either].find((term) => this.riskTerms.has(term) && (hypothetical.has(term) || (sentencesOf.get(term) ?? []).some((s) => asks[s])));
    if (risk) return { outcome: 'caution', category: risk, terms: [...either], uncertain: false };
    return CALM;
  }

  /** "brething", "bleding", "funy": a misspelt Latin word read as the safety word it is closest to. */
  private corrected(token: Token): Token {
    const word = token.text;
    if (token.script !== 'latin' || word.length < 4 || /\d/.test(word)) return token;
    // "bleedin'" is "bleeding", whatever else knows the word.
    const gDropped = `${word}g`;
    if (word.endsWith('in') && this.vocabulary.has(gDropped)) return { ...token, text: gDropped, key: stem(gDropped) };
    const known = (form: string) => this.vocabulary.has(form) || this.cueWords.has(form) || STOPWORDS.has(form) || this.isKnown(form);
    if (known(word)) return token;
    // "sooo much blood", "cant breeeathe": a letter held down for emphasis.
    const held = hasHeldLetter(word) ? heldLetterForms(word).find(known) : undefined;
    if (held) return { ...token, text: held, key: stem(held) };
    // "sceptic" is "skeptic", not "septic"; "haemorrhage" is "hemorrhage".
    const american = americanSpellings(word).find((form) => this.vocabulary.has(form) || this.isKnown(form));
    if (american) return { ...token, text: american, key: stem(american) };
    // Never into a negation: "navi dawai" (a new medicine) is not "nahi dawai", and a false "not" hides danger.
    const corrected = this.speller.correct(word);
    return corrected && !NEGATION_WORDS.has(corrected) ? { ...token, text: corrected, key: stem(corrected) } : token;
  }

}

type TermHits = ReturnType<PhraseIndex<string>['find']>;

/**
 * A longer term that ends on the same word and says all of a shorter one's words says what they mean there: "felt
 * faint" is feeling faint, not fainting; "hosh jehi nahi" (hardly aware: confused) is not "hosh nahi" (unconscious).
 * Not one whose gap skipped them: in "chakkar aa rahe, ulti aayi" (dizzy, and vomited) the dizziness read over
 * "ulti" leaves the vomiting standing. Terms inside a longer one elsewhere ("pain after IMS is worse") still count.
 * The lexicon's reading only; the model sees every term. Per hit: whether it is kept.
 */
function longestTerms(hits: TermHits): boolean[] {
  return hits.map(
    (hit) =>
      !hits.some(
        (other) =>
          other.value !== hit.value &&
          other.end === hit.end &&
          other.words.length > hit.words.length &&
          hit.words.every((word) => other.words.includes(word)),
      ),
  );
}
type Modified = ReturnType<ContextReader['read']>;

/**
 * Whether the message says something is happening now, or began suddenly ("today", "just", "all of a sudden"); a
 * "now" made of continuing words ("still", 越來越) says it goes on, not that it began.
 */
function saysNow(hits: TermHits, modified: Modified, continuing: ReadonlySet<number>): boolean {
  return hits.some(
    (hit, i) =>
      (hit.value === NOW_TERM || hit.value === SUDDEN_TERM) &&
      modified[i] !== undefined &&
      !modified[i]!.modifiers.has('negated') &&
      !modified[i]!.modifiers.has('resolved') &&
      !(continuing.has(hit.start) && continuing.has(hit.end)),
  );
}

/** Terms that qualify a sign and are none: "now" and "sudden" (而家, now, is both: 而家冇事 is "fine now"), a recovery. */
const QUALIFIERS: ReadonlySet<string> = new Set([RECOVERED_TERM, NOW_TERM, SUDDEN_TERM]);

/**
 * Whether the message ends by saying it is over: a recovery ("now I'm fine") said as one phrase (a skipped "am" at
 * most), not negated, after every other term and every "now" ("okay at first, but now she's vomiting" is not over).
 */
function saysItIsOver(hits: TermHits, modified: Modified): boolean {
  const lastSign = Math.max(-1, ...hits.filter((hit) => !QUALIFIERS.has(hit.value)).map((hit) => hit.end));
  return hits.some((hit, i) => {
    const span = modified[i];
    const skipped = hit.end - hit.start + 1 - hit.words.length;
    // "fine the next day, but now it aches more": a "now" (or "suddenly") after the recovery is news.
    const newsAfter = () => hits.some((other) => (other.value === NOW_TERM || other.value === SUDDEN_TERM) && other.start > hit.end);
    return hit.value === RECOVERED_TERM && hit.start > lastSign && skipped <= 1 && span !== undefined && !span.modifiers.has('negated') && !newsAfter();
  });
}

/** The lexicon's findings as the model's features: each term, and each term with how it was said. */
function findingsOf(hits: TermHits, modified: Modified): string[] {
  const out = new Set<string>();
  hits.forEach((hit, i) => {
    const span = modified[i];
    // A sign that passed is, to the model, one that is not there (its features predate the difference).
    const how = !span ? 'idiom' : span.modifiers.has('negated') || span.modifiers.has('resolved') ? 'negated' : span.modifiers.has('historical') ? 'past' : span.modifiers.has('hypothetical') ? 'asked' : 'now';
    out.add(`term:${hit.value}`);
    out.add(`term:${hit.value}:${how}`);
  });
  return [...out];
}

/** What says a sign is not happening now: negated, passed, in the past, asked about. */
const NOT_NOW: readonly Modifier[] = ['negated', 'resolved', 'historical', 'hypothetical'];

/**
 * Whether a danger sign in the message is said negated, passed, in the past or asked about ("no chest pain, just ..."):
 * then the model must be surer before it overrules the lexicon. Qualifiers ("sudden", "after the needling")
 * said of another time say nothing about danger ("it was sudden, he was fine at lunch").
 */
function saidOtherThanNow(hits: TermHits, modified: Modified, signs: ReadonlySet<string>): boolean {
  return hits.some((hit, i) => {
    const span = modified[i];
    const modifiers = span?.modifiers;
    return signs.has(hit.value) && (!modifiers || NOT_NOW.some((modifier) => modifiers.has(modifier)));
  });
}

function ruleTerms(rule: Rule): string[] {
  return [...(rule.any ?? []), ...(rule.all ?? [])];
}

function fires(rule: Rule, present: ReadonlySet<string>): boolean {
  return (
    (!rule.any || rule.any.some((term) => present.has(term))) &&
    (!rule.all || rule.all.every((term) => present.has(term))) &&
    !rule.unless?.some((term) => present.has(term))
  );
}

/**
 * Term phrases that cannot match even a message made of their own words (for kb:check): a negation allows one word
 * after it ("won't be a burden" skips two), and a full stop followed by a letter ends a sentence.
 */
export function unmatchableTerms(safety: Safety): Array<{ language: string; term: string; phrase: string }> {
  const out: Array<{ language: string; term: string; phrase: string }> = [];
  for (const lexicon of safety.lexicons) {
    for (const [term, phrases] of Object.entries(lexicon.terms)) {
      for (const phrase of phrases) {
        const index = new PhraseIndex<string>(TERM_PHRASES);
        index.add(phrase, term);
        const asTyped = cleanMessage(phrase.replaceAll('+', ' ').replaceAll('{n}', '2'));
        if (index.find(tokenize(asTyped)).length === 0) out.push({ language: lexicon.language, term, phrase });
      }
    }
  }
  return out;
}
