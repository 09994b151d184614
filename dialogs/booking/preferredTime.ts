// Reads preferred days and times in plain words ("next Tuesday afternoon", "weekday mornings",
// "any time after the 3rd") with Microsoft's date-time recognizer, relative to the clinic's wall
// clock. The person's own words are always kept: the resolution is a help for staff, not a
// replacement. Two gaps of the recognizer are filled here: a bare day of the month ("after the
// 3rd") and "weekdays" / "weekends".
import { recognizeDateTime } from '@microsoft/recognizers-text-date-time';
import type { PreferredTime, ResolvedTime } from '../../src/booking/bookingRecord.js';
import { clinicWallClockDate } from '../../src/booking/clinicTime.js';

export interface TimeReadingContext {
  timeZone: string;
  now: Date;
}

export interface TimeMention {
  /** The recognized words, as the person typed them. */
  text: string;
  start: number;
  end: number;
  resolved: ResolvedTime[];
}

const FLEXIBLE =
  /\b(any ?time|any ?day|whenever|flexible|no preference|(?:doesn'?t|does not|don'?t|do not) (?:matter|mind)|as soon as possible|asap|earliest|first available|any (?:opening|slot|spot))\b/i;
const TIME_WORDS =
  /\b(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\b|\b(week ?days?|week ?ends?|mornings?|afternoons?|evenings?|nights?|noon|lunch(?:time)?|after work|before work|am|pm|a\.m\.|p\.m\.|today|tomorrow|tonight|next week|this week|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\d{1,2}(?::\d{2})?\s*(?:am|pm)\b/i;
const DAY_OF_MONTH = /\b(?:(after|from|since|starting(?: on)?|on|before|by)\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i;
const WEEKDAYS = /\bweek ?days?\b/i;
const WEEKENDS = /\bweek ?ends?\b/i;

const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

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

/** Ambiguous dates come back twice (last week's and next week's Monday): keep the ones not yet past. */
function upcoming(values: RawValue[], today: string): RawValue[] {
  const dated = (v: RawValue) => (v.value ?? v.start ?? v.end ?? '').match(/^\d{4}-\d{2}-\d{2}/)?.[0];
  const future = values.filter((v) => {
    const d = dated(v);
    return !d || d >= today;
  });
  return future.length ? future : values.slice(-1);
}

/** Every day/time expression in the text, with its position (used to lift them out of a first message). */
export function findTimeMentions(text: string, context: TimeReadingContext): TimeMention[] {
  const reference = clinicWallClockDate(context.now, context.timeZone);
  const today = isoDate(reference);
  const mentions: TimeMention[] = recognizeDateTime(text, 'en-us', 0, reference).map((m) => {
    const values = ((m.resolution as { values?: RawValue[] } | undefined)?.values ?? []) as RawValue[];
    return { text: text.slice(m.start, m.end + 1), start: m.start, end: m.end + 1, resolved: upcoming(values, today).map(toResolved) };
  });

  const ordinal = DAY_OF_MONTH.exec(text);
  if (ordinal && !mentions.some((m) => ordinal.index < m.end && ordinal.index + ordinal[0].length > m.start)) {
    const day = Number(ordinal[2]);
    if (day >= 1 && day <= 31) {
      // The next such day on or after today (this month, else next month).
      const candidate = new Date(reference.getFullYear(), reference.getMonth(), day);
      if (candidate.getDate() !== day || isoDate(candidate) < today) candidate.setMonth(candidate.getMonth() + 1, day);
      const date = isoDate(candidate);
      const word = ordinal[1]?.toLowerCase() ?? 'on';
      const mod = /^(after|from|since|starting)/.test(word) ? 'after' : /^(before|by)$/.test(word) ? 'before' : undefined;
      const resolved: ResolvedTime = mod
        ? { type: 'daterange', timex: date, mod, ...(mod === 'after' ? { start: date } : { end: date }) }
        : { type: 'date', timex: date, value: date };
      mentions.push({ text: ordinal[0], start: ordinal.index, end: ordinal.index + ordinal[0].length, resolved: [resolved] });
    }
  }
  for (const [pattern, type] of [
    [WEEKDAYS, 'weekdays'],
    [WEEKENDS, 'weekends'],
  ] as const) {
    const hit = pattern.exec(text);
    if (hit && !mentions.some((m) => hit.index < m.end && hit.index + hit[0].length > m.start)) {
      mentions.push({ text: hit[0], start: hit.index, end: hit.index + hit[0].length, resolved: [{ type }] });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

export function isFlexibleTime(text: string): boolean {
  return FLEXIBLE.test(text);
}

export type TimeReading = { ok: true; value: PreferredTime } | { ok: false; problem: string };

/** The answer to "when would suit you?": accepted when it names a day or time, or says any time is fine. */
export function readPreferredTime(text: string, context: TimeReadingContext): TimeReading {
  const words = text.trim();
  if (words.length > 200) {
    return { ok: false, problem: 'That is a bit long for me. Could you put the days and times that suit you in a sentence (200 characters at most)?' };
  }
  const mentions = findTimeMentions(words, context);
  const flexible = isFlexibleTime(words);
  if (!mentions.length && !flexible && !TIME_WORDS.test(words)) {
    return {
      ok: false,
      problem:
        'I could not find a day or time in that. You could say something like "next Tuesday afternoon", "weekday mornings", "any time after the 3rd" or "anytime".',
    };
  }
  return {
    ok: true,
    value: { text: words, resolved: mentions.flatMap((m) => m.resolved), flexible, timeZone: context.timeZone },
  };
}
