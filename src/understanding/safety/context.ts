// What the words around a term say about it, as ConText does for clinical notes (Chapman et al. 2001,
// NegEx; Harkema et al. 2009, ConText): a cue reaches forward ("no chest pain") or backward ("chest pain
// is gone") over a few words of its own clause (a backward cue that opens a clause, also the one before it),
// stopped by a termination word ("but") or the clause's end.
// Pseudo-cues look like cues and are not ("not sure if", "hasn't stopped"); idioms look like terms and are
// not ("this knot is killing me"). A cue inside a term is part of it ("can't breathe", "not breathing").
import type { SafetyContext } from '../../kb/schema.js';
import type { Token } from '../text/tokens.js';
import { NEGATION_WORDS, OPTIONAL_WORDS, PhraseIndex, type PhraseHit } from './phraseIndex.js';

export type Modifier = 'negated' | 'resolved' | 'historical' | 'hypothetical';
/** What the context says of a term: its modifiers, and `generic` when the whole message is a general question. */
type Mark = Modifier | 'generic';
type Direction = 'before' | 'after';
type Cue =
  /**
   * `dates`: a time that dates the term for certain: after it ("sepsis years ago", not a habit such as "every time
   * I stand up"), or before it when it also follows terms ("years ago I had sepsis").
   */
  | { kind: 'modifier'; modifier: Modifier; direction: Direction; dates?: boolean }
  | { kind: 'pseudo' }
  | { kind: 'termination' }
  | { kind: 'time-frame' }
  | { kind: 'ongoing' }
  | { kind: 'recent' }
  | { kind: 'present' }
  | { kind: 'recurrence' }
  | { kind: 'lasting' }
  | { kind: 'continuing' }
  | { kind: 'generic' }
  | { kind: 'idiom' }
  | { kind: 'examples' };

/**
 * How many tokens a cue reaches: words for alphabetic scripts, characters for Chinese. A time ("last time",
 * "years ago") dates its whole clause, as in ConText; a negation stays close to what it negates.
 */
const REACH: Record<Modifier, { words: number; characters: number }> = {
  negated: { words: 6, characters: 10 },
  resolved: { words: 6, characters: 10 },
  historical: { words: 10, characters: 14 },
  hypothetical: { words: 8, characters: 10 },
};
/** How far after a term an "ongoing" cue may stand ("chest pain on the left side for an hour"). */
const ONGOING_REACH = 6;
/** A year in the past ("in 2019", "back in 2008", "੨੦੧੮ ਵਿੱਚ") dates what is said around it. */
const PAST_YEAR = /^(?:19\d\d|20[0-2]\d)$/;

/** Whether the token is a past year, in Latin digits or Gurmukhi ones (੦-੯, folded to 0-9 in its key). */
function isPastYear(token: Token): boolean {
  return (token.script === 'latin' && PAST_YEAR.test(token.text)) || (token.script === 'gurmukhi' && PAST_YEAR.test(token.key));
}

export interface ModifiedSpan {
  start: number;
  end: number;
  modifiers: ReadonlySet<Mark>;
}

export class ContextReader {
  private readonly cues = new PhraseIndex<Cue>({ maxGap: 0, optionalWords: false, compare: 'word' });

  constructor(contexts: readonly SafetyContext[]) {
    const cues: Array<readonly [string, Cue]> = [];
    for (const context of contexts) {
      const timesAfter = new Set(context.historical.after);
      const habits = new Set(context.habitual);
      for (const modifier of ['negation', 'historical', 'hypothetical'] as const) {
        const name: Modifier = modifier === 'negation' ? 'negated' : modifier;
        for (const direction of ['before', 'after'] as const) {
          for (const phrase of context[modifier][direction]) {
            const dates = modifier === 'historical' && !habits.has(phrase) && (direction === 'after' || timesAfter.has(phrase));
            cues.push([phrase, { kind: 'modifier', modifier: name, direction, ...(dates ? { dates } : {}) }]);
          }
        }
      }
      for (const phrase of context.resolution) cues.push([phrase, { kind: 'modifier', modifier: 'resolved', direction: 'after' }]);
      const plain: Array<readonly [readonly string[], Cue]> = [
        [context.pseudo, { kind: 'pseudo' }],
        [context.termination, { kind: 'termination' }],
        [context.timeFrame, { kind: 'time-frame' }],
        [context.ongoing, { kind: 'ongoing' }],
        [context.recent, { kind: 'recent' }],
        [context.present, { kind: 'present' }],
        [context.recurrence, { kind: 'recurrence' }],
        [context.lasting, { kind: 'lasting' }],
        [context.continuing, { kind: 'continuing' }],
        [context.generic, { kind: 'generic' }],
        [context.idioms, { kind: 'idiom' }],
        [context.examples, { kind: 'examples' }],
      ];
      for (const [phrases, cue] of plain) for (const phrase of phrases) cues.push([phrase, cue]);
    }
    this.cues.addAll(cues);
  }

  /** The tokens that say something as a figure of speech ("this back pain is killing me", 要了我的命). */
  idiomTokens(tokens: readonly Token[]): Set<number> {
    return this.tokensOf(tokens, 'idiom');
  }

  /** The tokens that say a sign goes on ("still", 越來越): a "now" among them says it did not just start. */
  continuingTokens(tokens: readonly Token[]): Set<number> {
    return this.tokensOf(tokens, 'continuing');
  }

  private tokensOf(tokens: readonly Token[], kind: 'idiom' | 'continuing'): Set<number> {
    const covered = new Set<number>();
    for (const hit of this.cues.find(tokens)) if (hit.value.kind === kind) for (let i = hit.start; i <= hit.end; i++) covered.add(i);
    return covered;
  }

  /** Whether the message says something has gone on for days ("tingling for a week now", 三天了). */
  saysItHasLasted(tokens: readonly Token[]): boolean {
    return this.cues.find(tokens).some((hit) => hit.value.kind === 'lasting');
  }

  /** The modifiers that reach each span (term occurrences); idioms drop the spans they cover. */
  read(tokens: readonly Token[], spans: ReadonlyArray<{ start: number; end: number; words: readonly number[] }>): Array<ModifiedSpan | undefined> {
    const hits = this.cues.find(tokens);
    const masks = hits.filter((h) => h.value.kind === 'pseudo');
    const idioms = hits.filter((h) => h.value.kind === 'idiom');
    // A termination stops a cue at its last word: "aa reha te" (is coming, and) ends a clause at its "te", whose
    // first words may still belong to the term before it.
    const terminations = hits.filter((h) => h.value.kind === 'termination').map((h) => h.end);
    const timeFrames = hits.filter((h) => h.value.kind === 'time-frame').map((h) => h.start);
    const ongoing = hits.filter((h) => h.value.kind === 'ongoing');
    const recurrences = hits.filter((h) => h.value.kind === 'recurrence');
    const recents = hits.filter((h) => h.value.kind === 'recent');
    const presents = hits.filter((h) => h.value.kind === 'present');
    // A general question ("for a kinesiology class: would saddle numbness...") asks about every term in it.
    const generic = hits.some((h) => h.value.kind === 'generic');
    // Clauses (or sentences) that open with "such as", 例如, or "like" after "risks,": a list of examples of what
    // the clause before named.
    const examples = new Set<number>();
    for (const hit of hits) {
      if (hit.value.kind !== 'examples') continue;
      for (let i = hit.start; i <= hit.end; i++) if (opensLaterClause(tokens, i)) examples.add((tokens[i] as Token).clause);
    }
    // A new time ends a negation's or a time's reach; a question ("what if ... after the session") spans it.
    const newTimesOf: Record<Modifier, readonly number[]> = { negated: timeFrames, resolved: timeFrames, historical: timeFrames, hypothetical: [] };
    const modifiers = hits
      // A pseudo-cue hides the cues it holds or shares words with ("有冇" is not the negation "冇", "nahi aa reha"
      // not "nahi aa"), not a longer cue that holds it ("有冇人做完...", has anyone had it after...) nor a
      // question begun before it (会不会 in 你会不会说中国话, can you speak Chinese?, whose 不会说 is the pseudo-cue).
      .filter((h): h is PhraseHit<Extract<Cue, { kind: 'modifier' }>> => h.value.kind === 'modifier' && !masks.some((m) => hides(m, h)))
      // A cue made of a term's own words is part of it ("can't breathe", "no feeling down there"): it modifies
      // neither that term nor any other. Words a term's gap skipped still count ("having a post-stroke ...").
      .filter((cue) => !spans.some((span) => ownWords(tokens, cue, span)));
    tokens.forEach((token, at) => {
      if (isPastYear(token)) {
        for (const direction of ['before', 'after'] as const) modifiers.push({ value: { kind: 'modifier', modifier: 'historical', direction }, start: at, end: at, words: [at] });
      }
    });

    const termWords = new Set(spans.flatMap((span) => span.words));
    return spans.map((span) => {
      // An idiom said inside a longer term is the term's own words: "ate her blood pressure pills" is poisoning
      // though "blood pressure" alone is not bleeding; so is one said only in the words its gap skipped ("got into
      // grandma's blood pressure pills").
      if (idioms.some((idiom) => overlaps(idiom, span) && saysAnyOf(idiom, span) && !saysInside(tokens, idiom, span))) return undefined;
      const found = new Set<Mark>(generic ? ['generic', 'hypothetical'] : []);
      /**
       * A time that dates the term for certain: a year, a cue after it ("a stroke five years ago"; a habit such as
       * "every time I stand up" is no date), or a time said on either side ("years ago I had sepsis"), which "for a
       * week" after the term does not bring back to now.
       */
      let dated = false;
      for (const cue of modifiers) {
        // A cue that shares a word with the term ("can the needles" + "needles puncture a lung") modifies it;
        // one that says the term in full does not: "is ok now" reads what came before it as over, and "ok now"
        // (a recovery) is not thereby undone.
        if (span.start >= cue.start && span.end <= cue.end) continue;
        if (cue.value.modifier === 'historical' && cue.value.direction === 'after' && startedThen(tokens, span, cue, ongoing)) continue;
        // "since my session at noon I have had a sharp pain ...": a time up to now dates the "have had", which goes on.
        if (cue.value.modifier === 'historical' && cue.value.dates !== true && presents.some((present) => present.end < cue.start && datesTerm(tokens, present, cue))) continue;
        // A "not" after a term that says its own ("ਅੱਖਾਂ ਨਹੀਂ ਖੋਲ੍ਹਦਾ ਘਰੇ ਕੋਈ ਵੀ ਨਹੀਂ": does not open his eyes, nobody
        // is home) negates something else: no one types a double negation. "呼吸也正常" (breathing is normal) still
        // says "沒 … 呼吸" is not so.
        if (cue.value.modifier === 'negated' && cue.value.direction === 'after' && saysNegation(tokens, cue) && saysNegation(tokens, span)) continue;
        if (overlaps(cue, span) || reaches(tokens, cue, span, terminations, newTimesOf[cue.value.modifier], examples, termWords)) {
          found.add(cue.value.modifier);
          if (cue.value.dates === true || (cue.value.modifier === 'historical' && isPastYear(tokens[cue.start] as Token))) dated = true;
        }
      }
      // "I've had crushing chest pain for an hour", "she's had a seizure that won't stop": still going on.
      if (found.has('historical') && !dated && ongoing.some((cue) => continues(tokens, span, cue, terminations))) found.delete('historical');
      // "had a bowel accident today", "this morning he had a seizure": today is not history. Only a time said
      // with the term ("had a stroke before and today my shoulder is sore" keeps it).
      if (found.has('historical') && !dated && recents.some((cue) => datesTerm(tokens, cue, span))) found.delete('historical');
      // "since yesterday evening I have had numbness", "and now he had an accident": what follows is now.
      if (found.has('historical') && !dated && presents.some((cue) => cue.end < span.start && datesTerm(tokens, cue, span))) found.delete('historical');
      // "overdosed back in the 90s and again tonight", "had a seizure last year and just had another one", "the
      // squeezing went away, then came back worse": now.
      if ((found.has('historical') || found.has('negated') || found.has('resolved')) && recurrences.some((cue) => cue.start > span.end && (tokens[cue.start] as Token).sentence === (tokens[span.end] as Token).sentence)) {
        found.delete('historical');
        found.delete('negated');
        found.delete('resolved');
      }
      return { ...span, modifiers: found };
    });
  }
}

/**
 * Whether the cue is said by the term: inside it, starting on one of its own words ("none of" in "none of this
 * is going to matter", whose "of" is optional) or on a small word the phrase left optional ("is gone" in "half her
 * smile is gone"), or, in Chinese, ending on its own characters (都沒有 in 大腿內側都沒有感覺, no feeling on the
 * inner thighs, whose 都 the gap skipped), or beginning with small words before it ("is not" of "isnt answering");
 * not on a word its gap skipped ("uthdi haan, bukhar koi nahi": no fever).
 */
function ownWords(tokens: readonly Token[], cue: { start: number; end: number }, term: { start: number; end: number; words: readonly number[] }): boolean {
  // "is not" before "not answering" ("isnt answering"): a small word before the term, then the term's own words.
  let first = cue.start;
  while (first < cue.end && OPTIONAL_WORDS.has((tokens[first] as Token).text)) first++;
  if (first > cue.start && first >= term.start && cue.end <= term.end && term.words.includes(first)) return true;
  if (cue.start < term.start || cue.end > term.end) return false;
  const start = tokens[cue.start] as Token;
  return term.words.includes(cue.start) || (start.script === 'han' && term.words.includes(cue.end)) || (OPTIONAL_WORDS.has(start.text) && term.words.includes(cue.start + 1));
}

/**
 * Whether a time after the span says when it began: an "ongoing" cue stands between them in the sentence ("a
 * headache every day since my session last week" is still going on).
 */
function startedThen(tokens: readonly Token[], span: { end: number }, time: { start: number }, ongoing: ReadonlyArray<{ start: number; end: number }>): boolean {
  const sentence = (tokens[time.start] as Token).sentence;
  return ongoing.some((cue) => cue.start > span.end && cue.end < time.start && (tokens[cue.start] as Token).sentence === sentence);
}

/** Whether a term's or a cue's own words include a negation ("can't breathe", 叫唔醒, "ਅੱਖਾਂ ਨਹੀਂ ਖੋਲ੍ਹਦਾ"). */
function saysNegation(tokens: readonly Token[], term: { words: readonly number[] }): boolean {
  return term.words.some((at) => NEGATION_WORDS.has((tokens[at] as Token).text));
}

/** Whether the cue says at least one of the term's own words (not only words its gap skipped). */
function saysAnyOf(cue: { start: number; end: number }, term: { words: readonly number[] }): boolean {
  return term.words.some((at) => at >= cue.start && at <= cue.end);
}

/**
 * Whether every word of the cue is one of the longer term's own words, or a small word the term's phrase left
 * optional ("sick of" inside "sick of being alive"), not a word its gap skipped.
 */
function saysInside(tokens: readonly Token[], cue: { start: number; end: number }, term: { start: number; end: number; words: readonly number[] }): boolean {
  if (cue.end - cue.start >= term.end - term.start) return false;
  for (let i = cue.start; i <= cue.end; i++) if (!term.words.includes(i) && !OPTIONAL_WORDS.has((tokens[i] as Token).text)) return false;
  return true;
}

/** How far a "recent" cue may stand from the term it dates: words ("since IMS I've had a high fever"), or Chinese characters. */
const RECENT_REACH = { words: 5, characters: 6 };
/** Words that join another statement: a time after them belongs to it ("... and today my shoulder is sore"). */
const JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'then', 'te', 'ate', 'ਤੇ', 'ਅਤੇ', '然后', '然後', '跟住']);

/** Whether a "recent" cue dates the term: close to it in its clause, with no "and" between. */
function datesTerm(tokens: readonly Token[], cue: { start: number; end: number }, span: { start: number; end: number }): boolean {
  if (overlaps(cue, span)) return false;
  const [from, to] = cue.start > span.end ? [span.end + 1, cue.start - 1] : [cue.end + 1, span.start - 1];
  const clause = (tokens[span.start] as Token).clause;
  const reach = (tokens[cue.start] as Token).script === 'han' ? RECENT_REACH.characters : RECENT_REACH.words;
  if (to - from + 1 > reach || (tokens[cue.start] as Token).clause !== clause) return false;
  for (let i = from; i <= to; i++) if ((tokens[i] as Token).clause !== clause || JOINERS.has((tokens[i] as Token).text)) return false;
  return true;
}

/** Whether a pseudo-cue hides the cue: it overlaps it, is no shorter, and the cue is no question begun before it. */
function hides(pseudo: { start: number; end: number }, cue: PhraseHit<Cue>): boolean {
  if (!overlaps(pseudo, cue) || cue.end - cue.start > pseudo.end - pseudo.start) return false;
  return !(cue.value.kind === 'modifier' && cue.value.modifier === 'hypothetical' && cue.start < pseudo.start);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Whether an "ongoing" cue follows the span closely in its clause, no termination between. */
function continues(tokens: readonly Token[], span: { end: number }, cue: { start: number }, terminations: readonly number[]): boolean {
  if (cue.start <= span.end || cue.start - span.end - 1 > ONGOING_REACH) return false;
  const clause = (tokens[span.end] as Token).clause;
  for (let i = span.end + 1; i <= cue.start; i++) {
    if ((tokens[i] as Token).clause !== clause || (i < cue.start && terminations.includes(i))) return false;
  }
  return true;
}

/** Whether the token opens a clause or a sentence after another: "risks, like ...", "有没有统计数据？比如气胸...". */
function opensLaterClause(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  return before !== undefined && before.clause !== (tokens[at] as Token).clause;
}

/** How many words a short lead-in holds ("sat down and", "drank some water and it"). */
const LEAD_IN_WORDS = 4;
/** Words that join what came of a sign to it ("felt faint but it passed", "lay down and it went away"). */
const LEAD_IN_JOINERS: ReadonlySet<string> = new Set(['and', 'then', 'but']);
/** The sign a backward cue speaks of, named by a pronoun ("it went away", "that settled down"). */
const LEAD_IN_PRONOUNS: ReadonlySet<string> = new Set(['it', 'that', 'this', 'they', 'those']);

/**
 * The words before a backward cue that lead up to it and say nothing of their own: "but it" in "felt faint but it
 * passed" (a "but" that joins the cue does not end its reach), "it" opening a clause (", it went away"), or a short
 * clause of no term ending in "and" ("felt faint and sweaty, lay down and it passed": what came of the whole clause
 * before). 0 when there are none.
 */
function leadIn(tokens: readonly Token[], cueStart: number, termWords: ReadonlySet<number>): number {
  const clause = (tokens[cueStart] as Token).clause;
  const inClause = (at: number) => at >= 0 && (tokens[at] as Token).clause === clause;
  let at = cueStart - 1;
  const pronoun = inClause(at) && LEAD_IN_PRONOUNS.has((tokens[at] as Token).text);
  if (pronoun) at--;
  if (inClause(at) && LEAD_IN_JOINERS.has((tokens[at] as Token).text)) {
    let first = at;
    while (inClause(first - 1)) first--;
    const ownTerm = () => {
      for (let i = first; i < cueStart; i++) if (termWords.has(i)) return true;
      return false;
    };
    const clauseBefore = tokens[first - 1];
    if (clauseBefore !== undefined && clauseBefore.sentence === (tokens[at] as Token).sentence && cueStart - first <= LEAD_IN_WORDS && !ownTerm()) return cueStart - first;
    return cueStart - at;
  }
  return pronoun && !inClause(at) ? 1 : 0;
}

/**
 * Whether the cue's reach (its clause, its direction, a few tokens, no termination between) touches the span. A
 * question looking forward also reaches a list of examples that opens the next clause ("other risks, like a
 * collapsed lung?").
 */
function reaches(
  tokens: readonly Token[],
  cue: PhraseHit<{ modifier: Modifier; direction: Direction }>,
  span: { start: number; end: number },
  terminations: readonly number[],
  newTimes: readonly number[],
  examples: ReadonlySet<number>,
  termWords: ReadonlySet<number>,
): boolean {
  const cueToken = tokens[cue.start] as Token;
  const reach = cueToken.script === 'han' ? REACH[cue.value.modifier].characters : REACH[cue.value.modifier].words;
  const forward = cue.value.direction === 'before';
  // The nearest token of the span in the cue's direction.
  const target = forward ? span.start : span.end;
  if (forward ? target <= cue.end : target >= cue.start) return false;
  // A backward cue's lead-in ("sat down and it") is no distance: the cue speaks of what came before it.
  const lead = forward ? 0 : leadIn(tokens, cue.start, termWords);
  const from = forward ? cue.end + 1 : target;
  const to = forward ? target : cue.start - 1 - lead;
  // A cue that opens its clause (after its lead-in, if any) and looks back reaches the clause before it in the
  // sentence: "seizures, but well controlled", 癫痫，但控制得很好, "..., lay down and it passed".
  const before = tokens[cue.start - 1 - lead];
  const opensClause = !forward && before !== undefined && before.sentence === cueToken.sentence && before.clause !== cueToken.clause;
  // After a lead-in it tells what came of the whole clause before, however long ("felt faint and sweaty at home
  // after my IMS yesterday, lay down and it passed").
  if (!(opensClause && lead > 0) && to - from + 1 > reach) return false;
  // Only a question's reach: "no, like, I really can't breathe" is no negation of what follows.
  const listed = (clause: number) => forward && cue.value.modifier === 'hypothetical' && clause === cueToken.clause + 1 && examples.has(clause);
  const inReach = (clause: number) => clause === cueToken.clause || (opensClause && clause === before.clause) || listed(clause);
  for (let i = from; i <= to; i++) {
    if (!inReach((tokens[i] as Token).clause)) return false;
    if (i !== (forward ? target : from) && terminations.includes(i)) return false;
    // A new time ends the reach, even one that opens the term: "every time I get up" does not make "since my IMS"
    // a habit of the past.
    if (newTimes.includes(i)) return false;
  }
  return inReach((tokens[target] as Token).clause);
}
