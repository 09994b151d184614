// Days and times in English relative to the clinic's wall clock. The everyday ones ("next Tuesday
// afternoon", "tomorrow at 3", "weekday mornings") are read by the phrase reader with English words
// (./englishWords.ts), in a small fraction of a millisecond; a message holding anything else that may
// name a time goes to Microsoft's date-time recognizer, which costs 3-15 ms. Two gaps of the recognizer
// are filled here: a bare day of the month ("after the 3rd") and "weekdays" / "weekends".
import { createRequire } from 'node:module';
import type * as DateTimeRecognizers from '@microsoft/recognizers-text-date-time';
import type { ResolvedTime } from '../../../booking/bookingRecord.js';
import { clinicWallClockDate } from '../../../booking/clinicTime.js';
import { latin } from '../scripts.js';
import { mayNameEnglishTime } from './englishGate.js';
import { ENGLISH_JOINER, ENGLISH_NOT_TIMES, ENGLISH_RANGE_AFTER, ENGLISH_RANGE_ANYWHERE, ENGLISH_RANGE_BEFORE, ENGLISH_TIME_TOKENS } from './englishWords.js';
import { resolvePhrase } from './phrase.js';
import { readPhrases } from './phraseReader.js';
import { formatDate, startOfDay } from './wallClock.js';

export interface EnglishMention {
  start: number;
  end: number;
  resolved: ResolvedTime[];
}

interface RawValue {
  timex?: string;
  type?: string;
  value?: string;
  start?: string;
  end?: string;
  Mod?: string;
}

function toResolved(v: RawValue): ResolvedTime {
  const r: ResolvedTime = { type: v.type ?? 'unknown' };
  if (v.timex) r.timex = v.timex;
  if (v.value) r.value = v.value;
  if (v.start) r.start = v.start;
  if (v.end) r.end = v.end;
  if (v.Mod) r.mod = v.Mod;
  return r;
}

const DAY_OF_MONTH =
  /\b(?:(after|from|since|starting(?: on)?|on|before|by)\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i;
const WEEKDAYS = /\bweek ?days?\b/i;
const WEEKENDS = /\bweek ?ends?\b/i;

const overlaps = (mentions: EnglishMention[], start: number, end: number) => mentions.some((m) => start < m.end && end > m.start);

const require = createRequire(import.meta.url);
let model: DateTimeRecognizers.IDateTimeModel | undefined;

/**
 * Microsoft's recognizer is loaded on the first message that may name a time, not at start-up: loading it
 * takes about 0.35 s and 25 MB, and many conversations never get as far as a booking. Its model is built once:
 * the package's `recognizeDateTime` builds a new recognizer and model (their patterns included) on every call,
 * 4-14 % of a call's time.
 */
function dateTimeModel(): DateTimeRecognizers.IDateTimeModel {
  if (!model) {
    const recognizers = require('@microsoft/recognizers-text-date-time') as typeof DateTimeRecognizers;
    model = new recognizers.DateTimeRecognizer('en-us', recognizers.DateTimeOptions.None).getDateTimeModel('en-us', true);
  }
  return model;
}

/**
 * The recognizer's findings; it throws on some inputs (seen: a TypeError inside its "since" handling), and a
 * message it cannot read is one with no time in it, not a failed turn.
 */
function recognize(text: string, reference: Date): ReturnType<DateTimeRecognizers.IDateTimeModel['parse']> {
  try {
    return dateTimeModel().parse(text, reference);
  } catch {
    return [];
  }
}

/**
 * The everyday phrases of the text read by the phrase reader, or undefined when the text holds more that
 * may name a time (a date, a range, "early morning"): then the recognizer reads the whole message.
 */
export function phraseMentions(text: string, wallNow: Date): EnglishMention[] | undefined {
  if (!mayNameEnglishTime(text)) return [];
  if (ENGLISH_RANGE_ANYWHERE.test(text)) return undefined;
  let rest = text;
  const mentions: EnglishMention[] = [];
  for (const phrase of readPhrases(text, ENGLISH_TIME_TOKENS, ENGLISH_JOINER)) {
    if (ENGLISH_RANGE_BEFORE.test(text.slice(Math.max(0, phrase.start - 30), phrase.start)) || ENGLISH_RANGE_AFTER.test(text.slice(phrase.end))) return undefined;
    rest = rest.slice(0, phrase.start) + ' '.repeat(phrase.end - phrase.start) + rest.slice(phrase.end);
    const resolved = resolvePhrase(phrase, wallNow);
    if (resolved.length) mentions.push({ start: phrase.start, end: phrase.end, resolved });
  }
  for (const pattern of ENGLISH_NOT_TIMES) rest = rest.replace(pattern, (m) => ' '.repeat(m.length));
  return mayNameEnglishTime(rest) ? undefined : mentions;
}

/** Every day/time expression the recognizer finds, with its position (past ones included). */
export function recognizerMentions(text: string, now: Date, timeZone: string): EnglishMention[] {
  // The recognizer is the slow part of reading a message: skip it when the text cannot name a time.
  const found = mayNameEnglishTime(text) ? recognize(text, clinicWallClockDate(now, timeZone)) : [];
  return found.map((m) => {
    const values = ((m.resolution as { values?: RawValue[] } | undefined)?.values ?? []) as RawValue[];
    // "sore after 2 days" is a duration in a story, not a time to come in.
    return { start: m.start, end: m.end + 1, resolved: values.filter((v) => v.type !== 'duration').map(toResolved) };
  }).filter((m) => m.resolved.length);
}

/** Every day/time expression in the text, with its position; values as the recognizer gives them (past ones included). */
export function englishTimeMentions(text: string, now: Date, timeZone: string, wallNow: Date): EnglishMention[] {
  return withRecognizerGaps(text, phraseMentions(text, wallNow) ?? recognizerMentions(text, now, timeZone), wallNow);
}

/** The mentions with what the recognizer misses added: a bare day of the month, "weekdays", "weekends". */
export function withRecognizerGaps(text: string, found: EnglishMention[], wallNow: Date): EnglishMention[] {
  const mentions = [...found];
  const ordinal = DAY_OF_MONTH.exec(text);
  if (ordinal && !overlaps(mentions, ordinal.index, ordinal.index + ordinal[0].length)) {
    const day = Number(ordinal[2]);
    if (day >= 1 && day <= 31) {
      // The next such day on or after today (this month, else a later month that has it).
      const today = startOfDay(wallNow);
      let candidate = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), day));
      for (let step = 1; candidate.getUTCDate() !== day || candidate < today; step++) {
        candidate = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + step, day));
      }
      const date = formatDate(candidate);
      const word = ordinal[1]?.toLowerCase() ?? 'on';
      const mod = /^(after|from|since|starting)/.test(word) ? 'after' : /^(before|by)$/.test(word) ? 'before' : undefined;
      const resolved: ResolvedTime = mod
        ? { type: 'daterange', timex: date, mod, ...(mod === 'after' ? { start: date } : { end: date }) }
        : { type: 'date', timex: date, value: date };
      mentions.push({ start: ordinal.index, end: ordinal.index + ordinal[0].length, resolved: [resolved] });
    }
  }
  for (const [pattern, type] of [
    [WEEKDAYS, 'weekdays'],
    [WEEKENDS, 'weekends'],
  ] as const) {
    const hit = pattern.exec(text);
    if (hit && !overlaps(mentions, hit.index, hit.index + hit[0].length)) {
      mentions.push({ start: hit.index, end: hit.index + hit[0].length, resolved: [{ type }] });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

export const ENGLISH_FLEXIBLE =
  /\b(any ?time|any ?day|whenever|flexible|no preference|(?:doesn'?t|does not|don'?t|do not) (?:matter|mind)|as soon as possible|asap|earliest|first available|any (?:opening|slot|spot))\b/i;

/** Time words the recognizer does not resolve ("after work", "lunchtime"): the answer is kept in the person's words. */
export const ENGLISH_TIME_WORDS =
  /\b(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\b|\b(week ?days?|week ?ends?|mornings?|afternoons?|evenings?|nights?|noon|lunch(?:time)?|after work|before work|am|pm|a\.m\.|p\.m\.|today|tomorrow|tonight|next week|this week|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\d{1,2}(?::\d{2})?\s*(?:am|pm)\b/i;

/** "Good morning" greets; it does not ask for a morning. */
export const ENGLISH_GREETINGS = new RegExp(latin('good (?:morning|afternoon|evening|night)', 'morning all'), 'giu');

/** "not Monday", "except Friday", "I can't do Tuesday": the day is ruled out, not chosen. */
export const ENGLISH_NEGATED_BEFORE =
  /(?:(?<![A-Za-z])(?:not|except|but not|other than|anything but|apart from|no)|can['’]?t (?:do|make|come(?: in)?)|cannot (?:do|make|come(?: in)?)|(?:won['’]?t|wouldn['’]?t) (?:work|be able)(?: on)?)\s+(?:on\s+|at\s+)?$/i;
export const ENGLISH_NEGATED_AFTER =
  /^\s*(?:is|are)?\s*(?:not good|no good|not possible|doesn['’]?t work|does not work|won['’]?t work|isn['’]?t good|is bad|is out|(?:is|are) not (?:good|possible|an option)|(?:i['’]?m|i am) (?:busy|working|not free|away))/i;
