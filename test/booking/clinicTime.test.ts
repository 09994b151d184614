// Dates as the clinic sees them, in its own zone whatever the server's; each zone's formatter is kept
// between calls, so the zone of one call must never leak into the next.
import { describe, expect, it } from 'vitest';
import { clinicWallClockDate, formatInZone, startOfDayInZone } from '../../src/booking/clinicTime.js';

const INSTANT = new Date('2025-11-25T02:30:00Z');

describe('clinic time', () => {
  it.each([
    ['America/Vancouver', '2025-11-24 18:30'],
    ['Asia/Kolkata', '2025-11-25 08:00'],
    ['America/Vancouver', '2025-11-24 18:30'],
    ['UTC', '2025-11-25 02:30'],
    ['Asia/Kolkata', '2025-11-25 08:00'],
  ])('shows the instant on the wall clock of %s as %s, whichever zone was asked before', (zone, shown) => {
    expect(formatInZone(INSTANT, zone)).toBe(shown);
  });

  it('gives the recognizer a date whose local fields are the clinic\'s wall clock', () => {
    const local = clinicWallClockDate(INSTANT, 'America/Vancouver');
    expect([local.getFullYear(), local.getMonth() + 1, local.getDate(), local.getHours(), local.getMinutes()]).toEqual([2025, 11, 24, 18, 30]);
  });

  it('starts the clinic\'s day at its local midnight, across a DST change', () => {
    expect(startOfDayInZone(2025, 11, 2, 'America/Vancouver').toISOString()).toBe('2025-11-02T07:00:00.000Z');
    expect(startOfDayInZone(2025, 11, 3, 'America/Vancouver').toISOString()).toBe('2025-11-03T08:00:00.000Z');
  });

  // The zone's offset is kept for the minute it was read in: the minute after a clock change must not reuse it.
  // Past changes only (2025): newer time-zone data may drop Vancouver's later ones (BC's permanent daylight time).
  it.each([
    ['2025-03-09T09:59:59.900Z', '2025-03-09 01:59', '2025-03-09T10:00:00.100Z', '2025-03-09 03:00'],
    ['2025-11-02T08:59:30.000Z', '2025-11-02 01:59', '2025-11-02T09:00:30.000Z', '2025-11-02 01:00'],
    ['2025-11-02T09:00:10.000Z', '2025-11-02 01:00', '2025-11-02T09:00:50.999Z', '2025-11-02 01:00'],
  ])('shows %s as %s and, read just after, %s as %s in Vancouver', (first, firstShown, second, secondShown) => {
    expect(formatInZone(new Date(first), 'America/Vancouver')).toBe(firstShown);
    expect(formatInZone(new Date(second), 'America/Vancouver')).toBe(secondShown);
  });

  it('refuses a zone that does not exist, every time it is asked', () => {
    expect(() => formatInZone(INSTANT, 'Mars/Olympus')).toThrow(RangeError);
    expect(() => formatInZone(INSTANT, 'Mars/Olympus')).toThrow(RangeError);
  });

  it('builds one formatter per zone and reuses it (building one costs more than formatting)', () => {
    const Original = Intl.DateTimeFormat;
    let built = 0;
    Intl.DateTimeFormat = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        built++;
      }
    } as typeof Original;
    try {
      for (let hour = 0; hour < 5; hour++) formatInZone(new Date(Date.UTC(2025, 10, 24, hour)), 'Europe/Oslo');
      expect(built).toBe(1);
    } finally {
      Intl.DateTimeFormat = Original;
    }
  });
});
