// A day and time phrase read by the phrase reader ("next tuesday evening", "ਅਗਲੇ ਮੰਗਲਵਾਰ ਸ਼ਾਮ", "下星期二下午"),
// resolved to the same values Microsoft's English date-time recognizer gives ("next tuesday evening"),
// so staff, the record and the "never in the past" rule see one shape whatever the language.
import type { ResolvedTime } from '../../../booking/bookingRecord.js';
import { addDays, formatDate, formatTime, isoWeek, mondayOf, startOfDay } from './wallClock.js';

/** Parts of the day with the recognizer's timex codes and hours. */
export const PARTS_OF_DAY = {
  MO: { start: 8, end: 12 },
  AF: { start: 12, end: 16 },
  EV: { start: 16, end: 20 },
  NI: { start: 20, end: 24 },
} as const;
export type PartOfDay = keyof typeof PARTS_OF_DAY;

export type DaySpec =
  | { kind: 'relative'; offset: number }
  /** weekday 1 = Monday ... 7 = Sunday; `any` = "Tuesday" without this/next (the coming one). */
  | { kind: 'weekday'; weekday: number; week: 'any' | 'this' | 'next' | 'last' }
  | { kind: 'week'; which: 'this' | 'next' | 'last' }
  /** `yearless`: the timex names no year ("XXXX-12-03"), as the English recognizer writes "dec 3". */
  | { kind: 'date'; month?: number; day: number; yearless?: boolean }
  /** A month on its own ("in March"): this year's and the years' either side, the past ones dropped later. */
  | { kind: 'month'; month: number }
  | { kind: 'weekends'; which?: 'this' | 'next' }
  | { kind: 'weekdays' };

export interface TimePhrase {
  start: number;
  end: number;
  day?: DaySpec;
  part?: PartOfDay | 'noon';
  /**
   * The hour as said (1-12 with a part of day, or 0-23) and minutes; `fixed` when the hour is already on the
   * 24-hour clock ("3pm" is 15); `mod` for "before 10am" / "after 5pm".
   */
  clock?: { hour: number; minute: number; fixed?: boolean; mod?: 'before' | 'after' };
  /** The part of the day a clock takes its hours from when it has none of its own ("mornings, before 10"). */
  clockPart?: PartOfDay | 'noon';
  /** "every morning", "每个星期二", "ਹਰ ਸੋਮਵਾਰ". */
  recurring?: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

function partEnd(part: PartOfDay): string {
  return part === 'NI' ? '23:59:59' : formatTime(PARTS_OF_DAY[part].end);
}

/** Hours on the 24-hour clock the phrase can mean: "3点" alone is 03:00 or 15:00, as the recognizer reads "at 3". */
function hoursOf(clock: { hour: number; fixed?: boolean }, part: TimePhrase['part']): number[] {
  const { hour } = clock;
  if (clock.fixed || hour > 12 || hour === 0) return [hour % 24];
  if (part === 'AF' || part === 'EV' || part === 'NI') return [hour === 12 ? 12 : hour + 12];
  if (part === 'noon') return [hour === 12 ? 12 : hour + 12];
  if (part === 'MO') return [hour === 12 ? 12 : hour];
  return hour === 12 ? [12] : [hour, hour + 12];
}

/** The date the day spec names (first occurrence; the "never in the past" rule moves it on), with its timex. */
function dayOf(day: DaySpec, today: Date): { date: Date; timex: string } | undefined {
  switch (day.kind) {
    case 'relative': {
      const date = addDays(today, day.offset);
      return { date, timex: formatDate(date) };
    }
    case 'weekday': {
      const weekShift = day.week === 'next' ? 7 : day.week === 'last' ? -7 : 0;
      const date = addDays(mondayOf(today), weekShift + day.weekday - 1);
      return { date, timex: day.week === 'any' ? `XXXX-WXX-${day.weekday}` : formatDate(date) };
    }
    case 'date': {
      const year = today.getUTCFullYear();
      const month = day.month ?? today.getUTCMonth() + 1;
      for (let step = 0; step < 24; step++) {
        const y = day.month ? year + step : year + Math.floor((month - 1 + step) / 12);
        const m = day.month ? month : ((month - 1 + step) % 12) + 1;
        const date = new Date(Date.UTC(y, m - 1, day.day));
        // Skip months without that day (31 November) and dates already gone.
        if (date.getUTCDate() !== day.day || date < today) continue;
        return { date, timex: day.yearless ? `XXXX-${pad(m)}-${pad(day.day)}` : formatDate(date) };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

function rangesOf(day: DaySpec, today: Date): ResolvedTime[] {
  if (day.kind !== 'month') {
    const range = rangeOf(day, today);
    return range ? [range] : [];
  }
  const month = day.month;
  return [-1, 0, 1].map((shift) => {
    const year = today.getUTCFullYear() + shift;
    const start = new Date(Date.UTC(year, month - 1, 1));
    const end = new Date(Date.UTC(year, month, 1));
    return { timex: `XXXX-${pad(month)}`, type: 'daterange', start: formatDate(start), end: formatDate(end) };
  });
}

function rangeOf(day: DaySpec, today: Date): ResolvedTime | undefined {
  if (day.kind === 'weekdays') return { type: 'weekdays' };
  if (day.kind === 'weekends' && !day.which) return { type: 'weekends' };
  if (day.kind !== 'week' && day.kind !== 'weekends') return undefined;
  const shift = day.which === 'next' ? 7 : day.which === 'last' ? -7 : 0;
  const monday = addDays(mondayOf(today), shift);
  const { year, week } = isoWeek(monday);
  if (day.kind === 'weekends') {
    return { timex: `${year}-W${pad(week)}-WE`, type: 'daterange', start: formatDate(addDays(monday, 5)), end: formatDate(addDays(monday, 7)) };
  }
  return { timex: `${year}-W${pad(week)}`, type: 'daterange', start: formatDate(monday), end: formatDate(addDays(monday, 7)) };
}

/** The phrase as recognizer-shaped values, against the wall-clock `now`. */
export function resolvePhrase(phrase: TimePhrase, now: Date): ResolvedTime[] {
  const today = startOfDay(now);
  const { day, clock } = phrase;
  const part = phrase.part === 'noon' && !clock ? undefined : phrase.part;
  const noonClock = phrase.part === 'noon' && !clock ? { hour: 12, minute: 0 } : clock;
  const values: ResolvedTime[] = [];

  // "after 5pm", "mornings before 10": the part of the day, and an open time range as the recognizer writes
  // it. A bare "after 5" could be morning or evening and is left in the person's words; "after 5:30" is
  // both, as the recognizer reads them.
  if (noonClock?.mod) {
    const { mod, minute } = noonClock;
    const hours = hoursOf(noonClock, phrase.part ?? phrase.clockPart);
    if (part && part !== 'noon') values.push({ timex: `T${part}`, type: 'timerange', start: formatTime(PARTS_OF_DAY[part].start), end: partEnd(part) });
    if (hours.length > 1 && !minute) return values;
    for (const hour of hours) {
      const at = formatTime(hour, minute);
      const timex = minute ? `T${pad(hour)}:${pad(minute)}` : `T${pad(hour)}`;
      values.push(mod === 'after' ? { timex, mod, type: 'timerange', start: at } : { timex, mod, type: 'timerange', end: at });
    }
    return values;
  }

  // "每个星期二上午", "ਹਰ ਸੋਮਵਾਰ": a repeating time, written as the recognizer writes "every Tuesday morning".
  if (phrase.recurring && (!day || day.kind === 'weekday')) {
    const dayTimex = day?.kind === 'weekday' ? `XXXX-WXX-${day.weekday}` : '';
    const timeTimex = noonClock ? `T${pad(hoursOf(noonClock, phrase.part)[0] ?? 12)}${noonClock.minute ? `:${pad(noonClock.minute)}` : ''}` : part && part !== 'noon' ? `T${part}` : '';
    if (dayTimex || timeTimex) return [{ timex: `${dayTimex}${timeTimex}`, type: 'set', value: 'not resolved' }];
  }

  const dated = day && dayOf(day, today);
  if (day && !dated) values.push(...rangesOf(day, today));
  if (dated) {
    const date = formatDate(dated.date);
    if (noonClock) {
      for (const hour of hoursOf(noonClock, phrase.part)) {
        const t = noonClock.minute ? `T${pad(hour)}:${pad(noonClock.minute)}` : `T${pad(hour)}`;
        values.push({ timex: `${dated.timex}${t}`, type: 'datetime', value: `${date} ${formatTime(hour, noonClock.minute)}` });
      }
    } else if (part && part !== 'noon') {
      values.push({ timex: `${dated.timex}T${part}`, type: 'datetimerange', start: `${date} ${formatTime(PARTS_OF_DAY[part].start)}`, end: `${date} ${partEnd(part)}` });
    } else {
      values.push({ timex: dated.timex, type: 'date', value: date });
    }
    return values;
  }
  if (noonClock) {
    for (const hour of hoursOf(noonClock, phrase.part)) {
      values.push({ timex: noonClock.minute ? `T${pad(hour)}:${pad(noonClock.minute)}` : `T${pad(hour)}`, type: 'time', value: formatTime(hour, noonClock.minute) });
    }
  } else if (part && part !== 'noon') {
    values.push({ timex: `T${part}`, type: 'timerange', start: formatTime(PARTS_OF_DAY[part].start), end: partEnd(part) });
  }
  return values;
}

/** "morning" alone, on no particular day: the next one that has not started (today's, else tomorrow's). */
export function nextPartOfDay(part: PartOfDay, now: Date): ResolvedTime {
  const today = startOfDay(now);
  const startsToday = new Date(today.getTime() + PARTS_OF_DAY[part].start * 3_600_000);
  const day = startsToday > now ? today : addDays(today, 1);
  const date = formatDate(day);
  return { timex: `${date}T${part}`, type: 'datetimerange', start: `${date} ${formatTime(PARTS_OF_DAY[part].start)}`, end: `${date} ${partEnd(part)}` };
}
