// Preferred days and times in English, Punjabi and Chinese, resolved against the clinic's clock,
// the person's words kept, and never a time that has already passed.
import { describe, expect, it } from 'vitest';
import { preferredTimeSchema, type ResolvedTime } from '../../../src/booking/bookingRecord.js';
import { findDetails, readPreferredTime, type TimeProblem } from '../../../src/understanding/details/index.js';
import { context, MONDAY_10AM, TIME_ZONE, WEDNESDAY_0828 } from './clock.js';

const MONDAY = { now: MONDAY_10AM, timeZone: TIME_ZONE };
const WEDNESDAY = { now: WEDNESDAY_0828, timeZone: TIME_ZONE };

const morning = (date: string) => ({ start: `${date} 08:00:00`, end: `${date} 12:00:00` });
const afternoon = (date: string) => ({ start: `${date} 12:00:00`, end: `${date} 16:00:00` });
const evening = (date: string) => ({ start: `${date} 16:00:00`, end: `${date} 20:00:00` });

/** The resolved values without their timex, for comparing what a person would see. */
function resolvedOf(text: string, clock: typeof MONDAY): Omit<ResolvedTime, 'timex'>[] | TimeProblem {
  const read = readPreferredTime(text, clock);
  if (!read.ok) return read.problem;
  const { span: _span, ...asStored } = read.value;
  expect(preferredTimeSchema.safeParse(asStored).success).toBe(true);
  return read.value.resolved.map(({ timex: _timex, ...rest }) => rest);
}

describe('English', () => {
  it('reads "next Tuesday afternoon" as Tuesday 2 December, 12:00-16:00, keeping the words', () => {
    expect(readPreferredTime('next Tuesday afternoon', MONDAY)).toMatchObject({
      ok: true,
      value: { text: 'next Tuesday afternoon', flexible: false, timeZone: TIME_ZONE, resolved: [afternoon('2025-12-02')] },
    });
  });

  it('uses the clinic date, not the server date, near midnight UTC', () => {
    // 02:00 UTC on Tuesday is still Monday evening in Vancouver: "tomorrow" is Tuesday.
    expect(readPreferredTime('tomorrow', { timeZone: TIME_ZONE, now: new Date('2025-11-25T02:00:00Z') })).toMatchObject({
      ok: true,
      value: { resolved: [{ value: '2025-11-25' }] },
    });
  });

  it('reads "weekday mornings" as weekdays plus the morning range, on no particular day', () => {
    const read = readPreferredTime('weekday mornings', MONDAY);
    expect(read.ok && read.value.resolved.map((r) => r.type).sort()).toEqual(['timerange', 'weekdays']);
  });

  it('reads "any time after the 3rd" as flexible, from 3 December', () => {
    expect(readPreferredTime('any time after the 3rd', MONDAY)).toMatchObject({ ok: true, value: { flexible: true, resolved: [{ mod: 'after', start: '2025-12-03' }] } });
  });

  it.each(['anytime', "I'm flexible", 'whenever works', 'ASAP'])('accepts %j as flexible', (input) => {
    expect(readPreferredTime(input, MONDAY)).toMatchObject({ ok: true, value: { flexible: true, text: input } });
  });

  it.each([
    ['after work', []],
    ['not Monday', []],
  ])('keeps %j in the person\'s words when it names no date (%j resolved)', (input, resolved) => {
    expect(readPreferredTime(input, MONDAY)).toMatchObject({ ok: true, value: { text: input, resolved } });
  });

  it('takes "I can\'t do Monday, Tuesday is fine" as Tuesday only', () => {
    expect(resolvedOf("I can't do Monday, Tuesday is fine", MONDAY)).toEqual([{ type: 'date', value: '2025-11-25' }]);
  });

  it.each<[string, TimeProblem]>([
    ['blue', 'no-time'],
    ['my shoulder', 'no-time'],
    ['good morning', 'no-time'],
    ['x'.repeat(201), 'too-long'],
  ])('refuses %j (%s)', (input, problem) => {
    expect(readPreferredTime(input, MONDAY)).toEqual({ ok: false, problem });
  });
});

describe('never a time that has passed (issue 11: "wednesday morning" at 08:28 on a Wednesday)', () => {
  it.each([
    ['wednesday morning', [morning('2025-12-03')]],
    ['wednesday', [{ type: 'date', value: '2025-12-03' }]],
    ['wednesday evening', [evening('2025-11-26')]],
    ['wednesday at 10', [{ type: 'datetime', value: '2025-11-26 10:00:00' }, { type: 'datetime', value: '2025-11-26 22:00:00' }]],
    ['morning', [morning('2025-11-27')]],
    ['in the evening', [evening('2025-11-26')]],
    ['tuesday', [{ type: 'date', value: '2025-12-02' }]],
    ['this morning', [{ type: 'datetimerange', start: '2025-11-26 08:28:00', end: '2025-11-26 12:00:00' }]],
    ['today', [{ type: 'datetimerange', start: '2025-11-26 08:28:00', end: '2025-11-27 00:00:00' }]],
    ['nov 26', [{ type: 'datetimerange', start: '2025-11-26 08:28:00', end: '2025-11-27 00:00:00' }]],
    ['december 3', [{ type: 'date', value: '2025-12-03' }]],
    ['聽日朝早', [morning('2025-11-27')]],
    ['星期三上午', [morning('2025-12-03')]],
    ['ਬੁੱਧਵਾਰ ਸਵੇਰੇ', [morning('2025-12-03')]],
    ['ਸਵੇਰੇ', [morning('2025-11-27')]],
  ])('reads %j as %j', (input, resolved) => {
    expect(resolvedOf(input, WEDNESDAY)).toMatchObject(resolved);
    expect(resolvedOf(input, WEDNESDAY)).toHaveLength(resolved.length);
  });

  it.each(['today at 8am', 'last monday', 'this tuesday', 'yesterday', '上星期二', 'ਪਿਛਲੇ ਮੰਗਲਵਾਰ'])('says %j has passed', (input) => {
    expect(readPreferredTime(input, WEDNESDAY)).toEqual({ ok: false, problem: 'in-the-past' });
  });

  // Every 5 hours for two weeks, phrases in each language: every dated value starts now or later.
  const phrases = [
    'monday morning',
    'wednesday',
    'friday afternoon',
    'today',
    'this afternoon',
    'tonight',
    'morning',
    'evening',
    'this week',
    'weekend',
    'next tuesday at 5pm',
    'tomorrow at 3',
    '星期一上午',
    '今天下午',
    '今晚',
    '周三',
    '下午',
    '这个星期五',
    'ਸੋਮਵਾਰ ਸਵੇਰੇ',
    'ਅੱਜ ਸ਼ਾਮ',
    'ਸ਼ਾਮ ਨੂੰ',
    'shukarvar dupehar',
  ];
  const clocks = Array.from({ length: (14 * 24) / 5 }, (_, i) => new Date(MONDAY_10AM.getTime() + i * 5 * 3_600_000));
  it.each(phrases)('%j is never resolved to a past time, at any hour of two weeks', (phrase) => {
    for (const now of clocks) {
      const wall = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, dateStyle: 'short', timeStyle: 'medium' }).format(now);
      expect(wall).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      const read = readPreferredTime(phrase, { now, timeZone: TIME_ZONE });
      if (!read.ok) {
        expect(read.problem, `${phrase} at ${wall}`).toBe('in-the-past');
        continue;
      }
      for (const v of read.value.resolved) {
        const from = v.start ?? v.value ?? '';
        if (!/^\d{4}-\d{2}-\d{2}/.test(from)) continue; // undated: a time of day, weekdays, a repeating time
        const startsAt = from.length === 10 ? `${from} 00:00:00` : from;
        expect(startsAt >= wall, `${phrase} at ${wall}: ${JSON.stringify(v)}`).toBe(true);
      }
    }
  });
});

describe('Punjabi', () => {
  it.each([
    ['ਅਗਲੇ ਮੰਗਲਵਾਰ ਸ਼ਾਮ', [evening('2025-12-02')]],
    ['agle mangalvar shaam', [evening('2025-12-02')]],
    ['ਕੱਲ੍ਹ ਸਵੇਰੇ', [morning('2025-11-25')]],
    ['kal savere 10 vaje', [{ type: 'datetime', value: '2025-11-25 10:00:00' }]],
    ['ਅੱਜ ਸ਼ਾਮ ਨੂੰ 5 ਵਜੇ', [{ type: 'datetime', value: '2025-11-24 17:00:00' }]],
    ['ਅੱਜ ਸ਼ਾਮ ਨੂੰ ੫ ਵਜੇ', [{ type: 'datetime', value: '2025-11-24 17:00:00' }]],
    ['ਸ਼ੁੱਕਰਵਾਰ', [{ type: 'date', value: '2025-11-28' }]],
    ['ਸੁਕਰਵਾਰ', [{ type: 'date', value: '2025-11-28' }]], // without the nukta and addak
    ['ਸੋਮਵਾਰ', [{ type: 'date', value: '2025-12-01' }]],
    ['ਅਗਲੇ ਹਫ਼ਤੇ', [{ type: 'daterange', start: '2025-12-01', end: '2025-12-08' }]],
    ['agle hafte', [{ type: 'daterange', start: '2025-12-01', end: '2025-12-08' }]],
    ['ਪਰਸੋਂ ਦੁਪਹਿਰ', [afternoon('2025-11-26')]],
    ['ਸਾਢੇ ਤਿੰਨ ਵਜੇ', [{ type: 'time', value: '03:30:00' }, { type: 'time', value: '15:30:00' }]],
    ['shaam nu', [evening('2025-11-24')]],
    ['ਹਰ ਸੋਮਵਾਰ', [{ type: 'set', value: 'not resolved' }]],
    ['ਵੀਰਵਾਰ ਜਾਂ ਸ਼ੁੱਕਰਵਾਰ', [{ type: 'date', value: '2025-11-27' }, { type: 'date', value: '2025-11-28' }]],
    ['saturday khulle ho?', [{ type: 'date', value: '2025-11-29' }]],
  ])('reads %j as %j', (input, resolved) => {
    expect(resolvedOf(input, MONDAY)).toMatchObject(resolved);
    expect(resolvedOf(input, MONDAY)).toHaveLength(resolved.length);
  });

  it('reads "sham" (also an English word) as evening in a Punjabi conversation only', () => {
    expect(readPreferredTime('agle mangalvar sham', { ...MONDAY, language: 'pa' })).toMatchObject({ ok: true, value: { resolved: [evening('2025-12-02')] } });
    expect(readPreferredTime('agle mangalvar sham', { ...MONDAY, language: 'en' })).toMatchObject({ ok: true, value: { resolved: [{ type: 'date', value: '2025-12-02' }] } });
  });

  it.each(['ਕਿਸੇ ਵੀ ਵੇਲੇ', 'kade vi', 'jaldi ton jaldi'])('accepts %j as flexible', (input) => {
    expect(readPreferredTime(input, MONDAY)).toMatchObject({ ok: true, value: { flexible: true, text: input } });
  });

  it('keeps "kal nahi aa sakda" (not tomorrow) in the person\'s words, with no time resolved', () => {
    expect(readPreferredTime('kal nahi aa sakda', MONDAY)).toMatchObject({ ok: true, value: { text: 'kal nahi aa sakda', resolved: [] } });
  });

  it.each(['ਸਤ ਸ੍ਰੀ ਅਕਾਲ', 'sat sri akal ji', 'mera back bahut dukhda'])('finds no time in %j', (input) => {
    expect(readPreferredTime(input, MONDAY)).toEqual({ ok: false, problem: 'no-time' });
  });
});

describe('Chinese', () => {
  it.each([
    ['下星期二下午', [afternoon('2025-12-02')]],
    ['下個禮拜二下晝', [afternoon('2025-12-02')]],
    ['下周二晏晝', [afternoon('2025-12-02')]],
    ['聽日朝早', [morning('2025-11-25')]],
    ['明天上午', [morning('2025-11-25')]],
    ['明天下午三点', [{ type: 'datetime', value: '2025-11-25 15:00:00' }]],
    ['聽日下晝３點半', [{ type: 'datetime', value: '2025-11-25 15:30:00' }]],
    ['星期五', [{ type: 'date', value: '2025-11-28' }]],
    ['周六上午十点半', [{ type: 'datetime', value: '2025-11-29 10:30:00' }]],
    ['这个星期三', [{ type: 'date', value: '2025-11-26' }]],
    ['後日夜晚', [evening('2025-11-26')]],
    ['今晚', [evening('2025-11-24')]],
    ['下星期', [{ type: 'daterange', start: '2025-12-01', end: '2025-12-08' }]],
    ['周末', [{ type: 'weekends' }]],
    ['12月3号', [{ type: 'date', value: '2025-12-03' }]],
    ['3號', [{ type: 'date', value: '2025-12-03' }]],
    ['每个星期二上午', [{ type: 'set', value: 'not resolved' }]],
    ['星期一不行，星期二可以', [{ type: 'date', value: '2025-11-25' }]],
    ['一点半', [{ type: 'time', value: '01:30:00' }, { type: 'time', value: '13:30:00' }]],
  ])('reads %j as %j', (input, resolved) => {
    expect(resolvedOf(input, MONDAY)).toMatchObject(resolved);
    expect(resolvedOf(input, MONDAY)).toHaveLength(resolved.length);
  });

  it.each(['随时都可以', '幾時都得', '越快越好', '都可以'])('accepts %j as flexible', (input) => {
    expect(readPreferredTime(input, MONDAY)).toMatchObject({ ok: true, value: { flexible: true, text: input } });
  });

  it.each(['早晨！', '早上好', '好一点', '我肩膀痛'])('finds no time in %j', (input) => {
    expect(readPreferredTime(input, MONDAY)).toEqual({ ok: false, problem: 'no-time' });
  });
});

describe('preferred time in a free message', () => {
  it('takes the time from "I\'m Priya, book me for next Tuesday morning"', () => {
    expect(findDetails("I'm Priya, book me for next Tuesday morning", context()).preferredTime).toMatchObject({
      text: 'next Tuesday morning',
      resolved: [{ start: '2025-12-02 08:00:00' }],
    });
  });

  it.each([
    ['any time works, book me in', { flexible: true }],
    ['想预约下星期二下午', { text: '下星期二下午', resolved: [afternoon('2025-12-02')] }],
    ['ਮੈਨੂੰ ਅਗਲੇ ਮੰਗਲਵਾਰ ਸ਼ਾਮ ਨੂੰ ਟਾਈਮ ਚਾਹੀਦਾ', { text: 'ਅਗਲੇ ਮੰਗਲਵਾਰ ਸ਼ਾਮ', resolved: [evening('2025-12-02')] }],
    ['can I come Friday or 星期六上午?', { text: 'Friday, 星期六上午' }],
  ])('%j gives %j', (message, expected) => {
    expect(findDetails(message, context()).preferredTime).toMatchObject(expected);
  });

  it.each(['good morning, can I book?', '早晨，我想預約', 'sat sri akal, booking karni aa', 'my back has hurt since Monday', "I can't come tomorrow", 'still sore after 2 days'])(
    'finds no preferred time in %j',
    (message) => {
      expect(findDetails(message, context()).preferredTime).toBeUndefined();
    },
  );
});
