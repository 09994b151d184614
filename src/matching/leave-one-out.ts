// Leave-one-out over the knowledge base's own phrasings: each alternate question, booking example and
// out-of-scope example is taken out, the index is rebuilt without it, and it is matched as if a user had typed
// it. This measures how well the matcher generalises to phrasings it has not seen, without any evaluation set;
// the decision thresholds are chosen on these results (see kb:test --sweep).
import type { Knowledge } from '../kb/schema.js';
import { BOOKING_LABEL, Matcher, type MatchResult, type MatcherOptions } from './matcher.js';

export interface HeldOutCase {
  q: string;
  /** The label it was written under: entry id, 'booking', or 'none' for out-of-scope examples. */
  expect: string;
  /** Where it was written, for messages. */
  where: string;
  result: MatchResult;
}

export interface LeaveOneOutOptions extends Pick<MatcherOptions, 'wordnet' | 'tuning'> {
  /** Only hold out questions of entries with at least this many (default 3: canonical + 2 alternates). */
  minimumQuestions?: number;
  /** Which kinds of text to hold out (default: all). */
  include?: ReadonlyArray<'entries' | 'booking' | 'out-of-scope'>;
}

export function leaveOneOut(knowledge: Knowledge, options: LeaveOneOutOptions = {}): HeldOutCase[] {
  const { minimumQuestions = 3, include = ['entries', 'booking', 'out-of-scope'] } = options;
  const matcherOptions: MatcherOptions = { ...(options.wordnet ? { wordnet: options.wordnet } : {}), ...(options.tuning ? { tuning: options.tuning } : {}) };
  const cases: HeldOutCase[] = [];
  const heldOut = (reduced: Knowledge, q: string, expect: string, where: string) =>
    cases.push({ q, expect, where, result: new Matcher(reduced, matcherOptions).match(q, { exact: false }) });

  if (include.includes('entries')) {
    for (const entry of knowledge.entries) {
      if (entry.questions.length < minimumQuestions) continue;
      // The canonical question (first) stays: it is what buttons send back.
      entry.questions.forEach((question, i) => {
        if (i === 0) return;
        const reducedEntry = { ...entry, questions: entry.questions.filter((_, j) => j !== i) };
        const entries = knowledge.entries.map((other) => (other === entry ? reducedEntry : other));
        heldOut({ ...knowledge, entries, byId: new Map(entries.map((e) => [e.id, e])) }, question, entry.id, `entry "${entry.id}" question #${i + 1}`);
      });
    }
  }
  if (include.includes('booking')) {
    knowledge.bookingExamples.forEach((example, i) => {
      const bookingExamples = knowledge.bookingExamples.filter((_, j) => j !== i);
      heldOut({ ...knowledge, bookingExamples }, example, BOOKING_LABEL, `booking example #${i + 1}`);
    });
  }
  if (include.includes('out-of-scope')) {
    for (const topic of knowledge.outOfScope) {
      if (topic.examples.length < 2) continue;
      topic.examples.forEach((example, i) => {
        const reduced = { ...topic, examples: topic.examples.filter((_, j) => j !== i) };
        const outOfScope = knowledge.outOfScope.map((other) => (other === topic ? reduced : other));
        heldOut({ ...knowledge, outOfScope }, example, 'none', `out-of-scope topic "${topic.id}" example #${i + 1}`);
      });
    }
  }
  return cases;
}

/** The label a held-out case was routed to ('none' also when an out-of-scope topic matched). */
export function routedLabel(result: MatchResult): string {
  return result.kind === 'none' ? 'none' : result.label;
}

