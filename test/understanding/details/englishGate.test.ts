// The English time gate lets Microsoft's date-time recognizer (3-15 ms a call) run only on text that can
// name a day or time, and must never turn away a time the recognizer would find. Checked here against the
// recognizer itself on the kinds of words it reads; bench/timeGateProof.mjs checks every phrasing,
// evaluation set and test message (and WordNet's glosses).
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type * as DateTimeRecognizers from '@microsoft/recognizers-text-date-time';
import { mayNameEnglishTime } from '../../../src/understanding/details/time/englishGate.js';

const { recognizeDateTime } = createRequire(import.meta.url)('@microsoft/recognizers-text-date-time') as typeof DateTimeRecognizers;
const REFERENCE = new Date(2025, 10, 24, 10);

/** What english.ts keeps of the recognizer's findings: days and times, not durations. */
function timesFound(text: string): string[] {
  return recognizeDateTime(text, 'en-us', 0, REFERENCE)
    .filter((m) => ((m.resolution as { values?: Array<{ type?: string }> } | undefined)?.values ?? []).some((v) => v.type !== 'duration'))
    .map((m) => m.text);
}

describe('the English time gate', () => {
  it.each([
    'next Tuesday afternoon',
    'tomorrow at 3',
    'weekday mornings before 10, not Fridays',
    'December 3rd',
    'in an hour',
    'the day after tomorrow',
    'as soon as possible',
    'right now',
    'at nine please',
    'half past seven',
    'on Christmas eve',
    'mid-June',
    'the first of May',
    'every other week',
    'later this month',
    'two weeks from today',
    'on Easter Monday',
    'this summer',
    'tomorrow at ５',
    'NEXT MONDAY MORNING',
  ])('lets the recognizer read %j, which names a time', (text) => {
    expect(timesFound(text)).not.toEqual([]);
    expect(mayNameEnglishTime(text)).toBe(true);
  });

  it.each([
    'Priya Sandhu',
    "it's Gurpreet Kaur, for my mother",
    'priya.sandhu@example.com',
    'no email thanks',
    'lower back pain, worse when I sit',
    'I will pay myself',
    'ICBC',
    'yes',
    'change the phone number',
    'Can I book an appointment?',
    'I want to see someone about my shoulder',
    'anytime really',
    'ਮੋਢੇ ਵਿੱਚ ਦਰਦ',
    '我叫王小明',
    '',
  ])('spares the recognizer %j, in which it finds no time', (text) => {
    expect(mayNameEnglishTime(text)).toBe(false);
    expect(timesFound(text)).toEqual([]);
  });

  it('reads text with a letter the recognizer folds at a word\'s edge (ø, ł, ß), rather than guess', () => {
    expect(mayNameEnglishTime('Søren Łukasz')).toBe(true);
  });
});
