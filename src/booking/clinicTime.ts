// Dates as the clinic sees them. "Next Tuesday" means next Tuesday in Delta, BC, whatever zone the
// server runs in, so the date-time recognizer is given the clinic's wall clock, not the server's.

interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// Building a formatter costs ~0.2 ms, twenty times formatting with it: one per zone is kept (reading a
// booking answer asks for the wall clock twice, a staff listing once per row).
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    // Only zones that exist get here (an unknown one throws above): a handful at most.
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const MINUTE_MS = 60_000;

/**
 * Per zone, the last minute formatted and the zone's offset in it. Offsets change only on whole minutes, so any
 * instant in that minute is shown by adding it: every reading of a booking answer asks for the clock, and
 * formatting is most of what it costs.
 */
const lastOffsets = new Map<string, { minute: number; offsetMs: number }>();

function wallClock(instant: Date, timeZone: string): WallClock {
  const ms = instant.getTime();
  const minute = Math.floor(ms / MINUTE_MS);
  let last = lastOffsets.get(timeZone);
  if (last?.minute !== minute) {
    const parts = formatterFor(timeZone).formatToParts(instant);
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    const shown = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
    last = { minute, offsetMs: shown - (ms - (((ms % 1000) + 1000) % 1000)) };
    lastOffsets.set(timeZone, last);
  }
  const shown = new Date(ms + last.offsetMs);
  return {
    year: shown.getUTCFullYear(),
    month: shown.getUTCMonth() + 1,
    day: shown.getUTCDate(),
    hour: shown.getUTCHours(),
    minute: shown.getUTCMinutes(),
    second: shown.getUTCSeconds(),
  };
}

/**
 * A Date whose *local* fields (getFullYear, getHours, ...) show the clinic's wall clock at `instant`.
 * The recognizer reads a reference date through those local fields.
 */
export function clinicWallClockDate(instant: Date, timeZone: string): Date {
  const w = wallClock(instant, timeZone);
  return new Date(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2025-11-24 10:03" in the clinic's zone: how staff read times. */
export function formatInZone(instant: Date, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`;
}

/** The instant the given calendar day starts in the zone ("--since 2025-11-24" means the clinic's day). */
export function startOfDayInZone(year: number, month: number, day: number, timeZone: string): Date {
  let guess = Date.UTC(year, month - 1, day);
  // Two rounds settle the offset even when the day starts near a DST change.
  for (let i = 0; i < 2; i++) {
    const w = wallClock(new Date(guess), timeZone);
    const shown = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
    guess -= shown - Date.UTC(year, month - 1, day);
  }
  return new Date(guess);
}
