// Everyday English days and times are read by the phrase reader, without Microsoft's date-time recognizer
// (which costs 3-15 ms a message), and to the same values the recognizer gives; anything else that may
// name a time goes to the recognizer. Checked against the real recognizer, at two moments of the week.
import { describe, expect, it } from 'vitest';
import type { ResolvedTime } from '../../../src/booking/bookingRecord.js';
import { phraseMentions, recognizerMentions, type EnglishMention } from '../../../src/understanding/details/time/english.js';
import { keepUpcoming } from '../../../src/understanding/details/time/upcoming.js';
import { wallClockNow } from '../../../src/understanding/details/time/wallClock.js';
import { MONDAY_10AM, TIME_ZONE, WEDNESDAY_0828 } from './clock.js';

const FRIDAY_1830 = new Date('2025-11-29T02:30:00Z');

function kept(mentions: EnglishMention[], now: Date): string[] {
  const wallNow = wallClockNow(now, TIME_ZONE);
  const sorted = (v: ResolvedTime) => JSON.stringify(Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))));
  return mentions.flatMap((m) => keepUpcoming(m.resolved, wallNow).kept.map(sorted)).sort();
}

describe('everyday English times, read without the recognizer', () => {
  it.each([
    'next Tuesday afternoon',
    'tuesday',
    'tues or wed',
    'thursdays',
    'every tuesday',
    'mondays and wednesdays',
    'friday at 2:30',
    'Friday 4:30 pm',
    'tuesday at 3pm',
    'at 10 on monday',
    'noon on friday',
    'sunday evening',
    'sunday night',
    'monday morning',
    'tomorrow morning',
    'tomorrow at 3',
    'tonight',
    'this afternoon',
    'today',
    'this week',
    'next week',
    'this weekend',
    'next weekend',
    'next friday at noon',
    'monday next week',
    'in the morning',
    'morning or afternoon',
    'evenings',
    'every morning',
    '3pm',
    '10am',
    'after 5pm',
    'before 10am',
    'Friday after 5pm',
    'I can do Friday morning',
    'book me in for tuesday',
    'can I make an appointment for next tuesday',
    'do you have any openings this week',
    'in March',
    'December 12',
    'dec 3rd',
    '12 december',
    'the 12th of december',
    'ICBC, car accident in March',
  ])('%j: the same values as the recognizer', (text) => {
    for (const now of [MONDAY_10AM, WEDNESDAY_0828, FRIDAY_1830]) {
      const mentions = phraseMentions(text, wallClockNow(now, TIME_ZONE));
      expect(mentions, 'read by the phrase reader').toBeDefined();
      expect(kept(mentions ?? [], now)).toEqual(kept(recognizerMentions(text, now, TIME_ZONE), now));
    }
  });

  it.each([
    ['weekday mornings before 10, not Fridays', ['{"type":"weekdays"}', '"timex":"TMO"', '"mod":"before"', '"timex":"XXXX-WXX-5"']],
    ['evenings after 6', ['"timex":"TEV"', '"timex":"T18"']],
    ['weekdays', ['{"type":"weekdays"}']],
  ])('%j: read whole where the recognizer reads less', (text, expected) => {
    const mentions = phraseMentions(text, wallClockNow(MONDAY_10AM, TIME_ZONE));
    const values = kept(mentions ?? [], MONDAY_10AM).join(' ');
    for (const piece of expected) expect(values).toContain(piece);
  });

  it.each([
    'the 12th',
    'between 2 and 4',
    'monday to friday',
    'early morning',
    'late afternoon',
    'last friday',
    'every weekend',
    'the day after christmas',
    'in two weeks',
    'since this morning',
    'sat 10am',
  ])('%j: left to the recognizer', (text) => {
    expect(phraseMentions(text, wallClockNow(MONDAY_10AM, TIME_ZONE))).toBeUndefined();
  });

  it('reads nothing in a message that names no time, without the recognizer', () => {
    expect(phraseMentions('does IMS hurt?', wallClockNow(MONDAY_10AM, TIME_ZONE))).toEqual([]);
  });
});
