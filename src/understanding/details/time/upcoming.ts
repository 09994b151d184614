// Never offer a time that has passed. Applied to every resolved value, whatever language it was
// read from:
// - a value that starts now or later is kept;
// - a weekday that has already started ("wednesday morning" at 08:28 on a Wednesday, or
//   "wednesday" itself) means the next one, a week later;
// - an explicit day or part of a day that has started but not ended ("today", "this afternoon",
//   "nov 26" on the 26th) keeps what is left of it, from now;
// - anything that has ended is dropped, and the caller is told, so the dialog can say so;
// - "since Monday" describes the past (a story), never a preference: dropped.
import type { ResolvedTime } from '../../../booking/bookingRecord.js';
import { addDays, formatDateTime, parseWallClock, shiftText } from './wallClock.js';

interface Interval {
  start?: Date;
  end?: Date;
}

function intervalOf(v: ResolvedTime): Interval | undefined {
  const start = parseWallClock(v.start);
  const end = parseWallClock(v.end);
  switch (v.type) {
    case 'date': {
      const day = parseWallClock(v.value);
      return day && { start: day, end: addDays(day, 1) };
    }
    case 'datetime': {
      const at = parseWallClock(v.value);
      return at && { start: at, end: at };
    }
    case 'datetimerange':
    case 'daterange':
      return start || end ? { start, end } : undefined;
    default:
      return undefined;
  }
}

/** The first whole minute at or after `now`. */
function nextMinute(now: Date): Date {
  const minute = 60_000;
  return new Date(Math.ceil(now.getTime() / minute) * minute);
}

function shifted(v: ResolvedTime, days: number): ResolvedTime {
  const out: ResolvedTime = { ...v };
  if (v.value) out.value = shiftText(v.value, days);
  if (v.start) out.start = shiftText(v.start, days);
  if (v.end) out.end = shiftText(v.end, days);
  return out;
}

/** One value as it stands at `now`: kept, moved to the next week, clipped to what is left, or dropped. */
function upcomingValue(v: ResolvedTime, now: Date): ResolvedTime | 'past' | 'story' {
  if (v.mod === 'since') return 'story';
  const interval = intervalOf(v);
  if (!interval) return v;
  const { start, end } = interval;
  if (!start) return end && end > now ? v : 'past';
  if (start >= now) return v;
  if (v.timex?.startsWith('XXXX-WXX-')) {
    const weeks = Math.ceil((now.getTime() - start.getTime()) / (7 * 86_400_000));
    return shifted(v, 7 * Math.max(1, weeks));
  }
  if (!end || end > now) {
    const clipped: ResolvedTime = { type: 'datetimerange', start: formatDateTime(nextMinute(now)) };
    if (v.timex) clipped.timex = v.timex;
    if (end) clipped.end = formatDateTime(end);
    if (v.mod) clipped.mod = v.mod;
    return clipped;
  }
  return 'past';
}

const startOf = (v: ResolvedTime) => v.value ?? v.start ?? v.end ?? '';

/**
 * The values still ahead at `now` (a wall-clock Date), and whether any were dropped as past.
 * Of several readings of one expression (the recognizer gives last year's and this year's
 * "December 3"), the earliest upcoming one is kept.
 */
export function keepUpcoming(values: ResolvedTime[], now: Date): { kept: ResolvedTime[]; past: boolean } {
  let past = false;
  const byKey = new Map<string, ResolvedTime>();
  for (const value of values) {
    const upcoming = upcomingValue(value, now);
    if (upcoming === 'past') past = true;
    if (typeof upcoming === 'string') continue;
    // Readings of one dated expression share a timex; undated ones are kept side by side.
    const key = upcoming.timex && intervalOf(upcoming) ? upcoming.timex : JSON.stringify(upcoming);
    const seen = byKey.get(key);
    if (!seen || startOf(upcoming) < startOf(seen)) byKey.set(key, upcoming);
  }
  return { kept: [...byKey.values()], past };
}
