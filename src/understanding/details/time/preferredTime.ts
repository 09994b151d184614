// Preferred days and times in the person's own words, in English, Punjabi and Chinese, resolved
// against the clinic's wall clock. The words are always kept (staff read them first); the
// resolution helps staff and never names a time that has passed (./upcoming.ts). What cannot be
// read is not guessed: the dialog asks again.
import type { ResolvedTime } from '../../../booking/bookingRecord.js';
import { globalTwin } from '../../text/allMatches.js';
import { Message, tidy } from '../message.js';
import type { DetailsLanguage, FoundPreferredTime, FieldReading, TimeProblem } from '../types.js';
import {
  CHINESE_FLEXIBLE,
  CHINESE_FLEXIBLE_ANSWER,
  CHINESE_GREETINGS,
  CHINESE_JOINER,
  CHINESE_NEGATED_AFTER,
  CHINESE_NEGATED_BEFORE,
  CHINESE_TIME_WORDS,
  CHINESE_UNRESOLVED_TIME,
} from './chinese.js';
import { ENGLISH_FLEXIBLE, ENGLISH_GREETINGS, ENGLISH_NEGATED_AFTER, ENGLISH_NEGATED_BEFORE, ENGLISH_TIME_WORDS, englishTimeMentions } from './english.js';
import { nextPartOfDay, PARTS_OF_DAY, resolvePhrase, type PartOfDay } from './phrase.js';
import { readPhrases } from './phraseReader.js';
import {
  PUNJABI_FLEXIBLE,
  PUNJABI_GREETINGS,
  PUNJABI_JOINER,
  PUNJABI_NEGATED_AFTER,
  PUNJABI_SHAM,
  PUNJABI_TIME_WORDS,
  PUNJABI_UNRESOLVED_TIME,
} from './punjabi.js';
import { keepUpcoming } from './upcoming.js';
import { wallClockNow } from './wallClock.js';

export const MAX_TIME_CHARS = 200;

export interface TimeContext {
  now: Date;
  /** The clinic's IANA time zone. */
  timeZone: string;
  /**
   * The reply language. Every language's words are read whatever it is (people mix them); it
   * only settles words that are also English ("sham" is evening in a Punjabi conversation).
   */
  language?: DetailsLanguage;
}

interface Mention {
  start: number;
  end: number;
  resolved: ResolvedTime[];
  /** Ruled out ("not Monday", "聽日唔得"): not a preference, but the answer did talk about time. */
  negated: boolean;
  /** Every value had passed. */
  past: boolean;
  recurring: boolean;
}

interface TimeReading {
  mentions: Mention[];
  flexible?: { start: number; end: number };
  /** Time words with no value ("after work", "下班后"). */
  unresolvedWords: boolean;
}

const PART_TIMEX = new Set(Object.keys(PARTS_OF_DAY).map((p) => `T${p}`));

function blankAll(text: string, pattern: RegExp): string {
  return text.replace(globalTwin(pattern), (m) => ' '.repeat(m.length));
}

function isNegated(text: string, start: number, end: number, before: RegExp[], after: RegExp[]): boolean {
  const clause = text.slice(0, start).split(/[,.;!?，。；！？]/).pop() ?? '';
  return before.some((p) => p.test(clause)) || after.some((p) => p.test(text.slice(end)));
}

const NEGATED_BEFORE = [ENGLISH_NEGATED_BEFORE, CHINESE_NEGATED_BEFORE];
const NEGATED_AFTER = [ENGLISH_NEGATED_AFTER, CHINESE_NEGATED_AFTER, PUNJABI_NEGATED_AFTER];

function readTimes(input: string, context: TimeContext, answering: boolean): TimeReading {
  const now = wallClockNow(context.now, context.timeZone);
  let text = [ENGLISH_GREETINGS, CHINESE_GREETINGS, PUNJABI_GREETINGS].reduce(blankAll, input);
  const raw: Omit<Mention, 'past' | 'negated'>[] = [];

  const punjabi = context.language === 'pa' ? [...PUNJABI_TIME_WORDS, PUNJABI_SHAM] : PUNJABI_TIME_WORDS;
  for (const [lexicon, joiner] of [
    [CHINESE_TIME_WORDS, CHINESE_JOINER],
    [punjabi, PUNJABI_JOINER],
  ] as const) {
    for (const phrase of readPhrases(text, lexicon, joiner)) {
      raw.push({ start: phrase.start, end: phrase.end, resolved: resolvePhrase(phrase, now), recurring: Boolean(phrase.recurring) });
      text = text.slice(0, phrase.start) + ' '.repeat(phrase.end - phrase.start) + text.slice(phrase.end);
    }
  }
  for (const m of englishTimeMentions(text, context.now, context.timeZone, now)) {
    const words = input.slice(m.start, m.end);
    const recurring = /s$/i.test(words) || /\bevery\s+$/i.test(input.slice(0, m.start)) || m.resolved.some((v) => v.type === 'set');
    raw.push({ ...m, recurring });
  }

  const mentions = raw
    .sort((a, b) => a.start - b.start)
    .map((m): Mention => {
      const negated = isNegated(input, m.start, m.end, NEGATED_BEFORE, NEGATED_AFTER);
      const { kept, past } = keepUpcoming(m.resolved, now);
      return { ...m, resolved: kept, negated, past: past && !kept.length };
    });

  // "morning" alone, on no particular day, is the next morning that has not started.
  const live = mentions.filter((m) => !m.negated && m.resolved.length);
  const [only] = live;
  const part = only?.resolved.length === 1 && only.resolved[0]?.type === 'timerange' ? only.resolved[0].timex : undefined;
  if (live.length === 1 && only && part && PART_TIMEX.has(part) && !only.recurring) {
    only.resolved = [nextPartOfDay(part.slice(1) as PartOfDay, now)];
  }

  const flexibleHit =
    ENGLISH_FLEXIBLE.exec(text) ?? CHINESE_FLEXIBLE.exec(text) ?? PUNJABI_FLEXIBLE.exec(text) ?? (answering ? CHINESE_FLEXIBLE_ANSWER.exec(text) : null);
  const flexible = flexibleHit ? { start: flexibleHit.index, end: flexibleHit.index + flexibleHit[0].length } : undefined;
  const unresolvedWords = ENGLISH_TIME_WORDS.test(text) || CHINESE_UNRESOLVED_TIME.test(text) || PUNJABI_UNRESOLVED_TIME.test(text);
  return { mentions, flexible, unresolvedWords };
}

function valuesOf(reading: TimeReading): ResolvedTime[] {
  return reading.mentions.filter((m) => !m.negated).flatMap((m) => m.resolved);
}

/** A preferred time anywhere in a free message (its words blanked out once found); nothing when none is still ahead. */
export function findPreferredTime(message: Message, context: TimeContext): FoundPreferredTime | undefined {
  const reading = readTimes(message.text, context, false);
  const live = reading.mentions.filter((m) => !m.negated && m.resolved.length && !message.touchesControl(m.start, m.end));
  if (!live.length && !reading.flexible) return undefined;
  const words = live.map((m) => tidy(message.span(m.start, m.end).text));
  if (reading.flexible && !words.length) words.push(tidy(message.span(reading.flexible.start, reading.flexible.end).text));
  const pieces = [...live, ...(reading.flexible ? [reading.flexible] : [])];
  const start = Math.min(...pieces.map((p) => p.start));
  const end = Math.max(...pieces.map((p) => p.end));
  for (const m of live) message.blank(m.start, m.end);
  return {
    text: words.join(', ').slice(0, MAX_TIME_CHARS),
    resolved: live.flatMap((m) => m.resolved),
    flexible: Boolean(reading.flexible),
    timeZone: context.timeZone,
    span: message.span(start, end),
  };
}

/** The answer to "which days and times suit you?": the whole answer in the person's words, resolved where possible. */
export function readPreferredTime(input: string, context: TimeContext): FieldReading<FoundPreferredTime, TimeProblem> {
  const message = new Message(input);
  const { text: rest, start } = message.rest();
  const words = tidy(rest.replace(/\uFFFD/g, ' '));
  if (words.length > MAX_TIME_CHARS) return { ok: false, problem: 'too-long' };
  const reading = readTimes(message.text, context, true);
  const resolved = valuesOf(reading);
  const spokeOfTime = reading.mentions.some((m) => m.negated) || reading.unresolvedWords;
  if (!resolved.length && !reading.flexible) {
    if (reading.mentions.some((m) => m.past)) return { ok: false, problem: 'in-the-past' };
    if (!spokeOfTime) return { ok: false, problem: 'no-time' };
  }
  return {
    ok: true,
    value: { text: words, resolved, flexible: Boolean(reading.flexible), timeZone: context.timeZone, span: message.span(start, start + rest.length) },
  };
}
