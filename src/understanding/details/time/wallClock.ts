// Wall-clock dates and times in the clinic's zone, as the date-time recognizer writes them
// ("2025-12-02", "2025-12-02 12:00:00"). Arithmetic is done on Date objects whose UTC fields hold
// the wall clock, so the server's own zone and DST never shift a day.
import { clinicWallClockDate } from '../../../booking/clinicTime.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** The clinic's wall clock at `now`, in UTC fields. */
export function wallClockNow(now: Date, timeZone: string): Date {
  const local = clinicWallClockDate(now, timeZone);
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes(), local.getSeconds()));
}

export function formatDate(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function formatDateTime(d: Date): string {
  return `${formatDate(d)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

export function formatTime(hour: number, minute = 0): string {
  return `${pad(hour)}:${pad(minute)}:00`;
}

/** "2025-12-02" or "2025-12-02 12:00:00" back to a wall-clock Date; undefined for anything else. */
export function parseWallClock(text: string | undefined): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/.exec(text ?? '');
  if (!m) return undefined;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)));
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

export function startOfDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** Monday of the week `d` is in (weeks start on Monday, as the recognizer's do). */
export function mondayOf(d: Date): Date {
  return addDays(startOfDay(d), -((d.getUTCDay() + 6) % 7));
}

/** ISO week number and its year, for timex values like "2025-W49". */
export function isoWeek(d: Date): { year: number; week: number } {
  const thursday = addDays(mondayOf(d), 3);
  const year = thursday.getUTCFullYear();
  const firstThursday = addDays(mondayOf(new Date(Date.UTC(year, 0, 4))), 3);
  return { year, week: 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * 86_400_000)) };
}

/** The same text moved by whole days, keeping its format (date or date-time). */
export function shiftText(text: string | undefined, days: number): string | undefined {
  const d = parseWallClock(text);
  if (!d || !text) return text;
  return text.length > 10 ? formatDateTime(addDays(d, days)) : formatDate(addDays(d, days));
}
