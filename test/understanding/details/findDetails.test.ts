// Everything in one message: the first message of a booking (details not asked again), answers
// to each question (a bare answer counts, with other details around it), mixed languages, and
// control characters that never reach a value.
import { describe, expect, it } from 'vitest';
import { findDetails, type ExpectedDetail, type FoundDetails } from '../../../src/understanding/details/index.js';
import { context, WEDNESDAY_0828 } from './clock.js';

describe('the first message of a booking', () => {
  it('takes everything at once and does not read the phone number as a time', () => {
    expect(findDetails("I'm Priya Sharma, 604 555 0123, priya@example.com, for my shoulder, Friday afternoon please", context())).toMatchObject({
      name: { value: 'Priya Sharma', complete: true },
      phone: { e164: '+16045550123' },
      email: { value: 'priya@example.com' },
      reason: { value: 'my shoulder' },
      preferredTime: { text: 'Friday afternoon' },
    });
  });

  it.each<[string, FoundDetails]>([
    ["I'm Priya, book me for next Tuesday morning", { name: { value: 'Priya', complete: false } } as FoundDetails],
    ['book me in, my number is 604-555-0123', { phone: { e164: '+16045550123' } } as FoundDetails],
    ['我叫陈美玲，电话６０４５５５０１２３，下星期二下午，腰痛', {
      name: { value: '陈美玲', complete: true },
      phone: { e164: '+16045550123' },
      preferredTime: { text: '下星期二下午' },
      reason: { value: '腰痛' },
    } as FoundDetails],
    ['ਮੇਰਾ ਨਾਮ ਹਰਪ੍ਰੀਤ ਕੌਰ ਹੈ, ਨੰਬਰ ੬੦੪ ੫੫੫ ੦੧੨੩, ਅਗਲੇ ਮੰਗਲਵਾਰ ਸ਼ਾਮ, ਕਮਰ ਦਾ ਦਰਦ', {
      name: { value: 'ਹਰਪ੍ਰੀਤ ਕੌਰ', complete: true },
      phone: { e164: '+16045550123' },
      preferredTime: { text: 'ਅਗਲੇ ਮੰਗਲਵਾਰ ਸ਼ਾਮ' },
      reason: { value: 'ਕਮਰ ਦਾ ਦਰਦ' },
    } as FoundDetails],
    ['mera naam harpreet hai, kal shaam nu aa sakdi, ICBC claim number RA1234567', {
      name: { value: 'harpreet', complete: false },
      preferredTime: { text: 'kal shaam' },
      payer: { value: 'icbc', inferred: false },
      claimNumber: { value: 'RA1234567' },
    } as FoundDetails],
    ['Hi, my name is Mike, neck and lower back from car accident, any time next week', {
      name: { value: 'Mike', complete: false },
      preferredTime: { flexible: true },
    } as FoundDetails],
  ])('%j gives %j', (message, expected) => {
    expect(findDetails(message, context())).toMatchObject(expected);
  });

  it('treats a car accident in the story as no payer', () => {
    expect(findDetails('Hi, my name is Mike, neck and lower back from car accident, any time next week', context())).not.toHaveProperty('payer');
  });

  it('gives nothing for an empty message', () => {
    expect(findDetails('', context())).toEqual({});
    expect(findDetails('   ', context())).toEqual({});
    expect(findDetails('   ', context({ expecting: 'name' }))).toEqual({});
  });

  it('gives spans that point into the message as typed', () => {
    const message = '我叫陈美玲，电话６０４５５５０１２３';
    const found = findDetails(message, context());
    for (const detail of [found.name, found.phone]) {
      expect(detail).toBeDefined();
      expect(message.slice(detail?.span.start, detail?.span.end)).toBe(detail?.span.text);
    }
    expect(found.phone?.span.text).toBe('６０４５５５０１２３');
  });

  it('reads the same message the same way every time (pure)', () => {
    const message = 'my name is Jane Doe, 604-555-0123, tomorrow morning, ICBC';
    expect(findDetails(message, context())).toEqual(findDetails(message, context()));
  });
});

describe('a bare answer to the question just asked', () => {
  it.each<[ExpectedDetail, string, FoundDetails]>([
    ['name', 'Jane Doe', { name: { value: 'Jane Doe', complete: true } } as FoundDetails],
    ['name', 'April Smith', { name: { value: 'April Smith', complete: true } } as FoundDetails],
    ['name', 'Mike', { name: { value: 'Mike', complete: false } } as FoundDetails],
    ['name', '陈美玲', { name: { value: '陈美玲', complete: true } } as FoundDetails],
    ['time', 'tomorrow', { preferredTime: { text: 'tomorrow', resolved: [{ value: '2025-11-25' }] } } as FoundDetails],
    ['time', 'tomorrow morning, and I\'m with ICBC', {
      preferredTime: { resolved: [{ start: '2025-11-25 08:00:00' }] },
      payer: { value: 'icbc' },
    } as FoundDetails],
    ['reason', 'lower back pain', { reason: { value: 'lower back pain' } } as FoundDetails],
    ['reason', '腰痛好耐', { reason: { value: '腰痛好耐' } } as FoundDetails],
    ['payer', 'car accident', { payer: { value: 'icbc', inferred: true } } as FoundDetails],
    ['payer', '工傷', { payer: { value: 'worksafebc', inferred: true } } as FoundDetails],
    ['claimNumber', 'RA1234567', { claimNumber: { value: 'RA1234567' } } as FoundDetails],
    ['phone', '604 555 0123', { phone: { e164: '+16045550123' } } as FoundDetails],
    ['email', 'jane@example.com', { email: { value: 'jane@example.com' } } as FoundDetails],
  ])('asked for the %s, %j gives %j', (expecting, message, expected) => {
    const found = findDetails(message, context({ expecting }));
    expect(found).toMatchObject(expected);
    expect(found).not.toHaveProperty('unreadable');
  });

  it.each<[ExpectedDetail, string, string]>([
    ['name', 'what is IMS?', 'question'],
    ['time', 'blue', 'no-time'],
    ['reason', '?', 'too-short'],
    ['payer', 'blah', 'no-payer'],
    ['claimNumber', 'ABCDEF', 'no-claim-number'],
    ['email', 'what about ICBC?', 'not-an-email'],
  ])('asked for the %s, %j is unreadable (%s)', (expecting, message, problem) => {
    expect(findDetails(message, context({ expecting })).unreadable).toEqual({ field: expecting, problem });
  });

  it('does not take the payer from a question asked at another step ("what about ICBC?")', () => {
    expect(findDetails('what about ICBC?', context({ expecting: 'email' }))).not.toHaveProperty('payer');
  });

  it('never offers the past: "wednesday morning" at 08:28 on a Wednesday is next week', () => {
    expect(findDetails('wednesday morning', context({ expecting: 'time', now: WEDNESDAY_0828 })).preferredTime?.resolved).toEqual([
      { type: 'datetimerange', timex: 'XXXX-WXX-3TMO', start: '2025-12-03 08:00:00', end: '2025-12-03 12:00:00' },
    ]);
  });
});

describe('control characters are never part of a value', () => {
  it.each(['0000', '0007', '001b', '007f', '0085', '009b'])('U+%s inside a detail keeps that detail out', (code) => {
    const control = String.fromCharCode(parseInt(code, 16));
    const found = findDetails(`my name is Jane${control} Doe, email ja${control}ne@example.com, 604${control}555 0123, claim number RA1${control}234567`, context());
    expect(found.email, code).toBeUndefined();
    expect(found.phone, code).toBeUndefined();
    expect(found.claimNumber, code).toBeUndefined();
    expect(found.name, code).toBeUndefined();
  });

  it('reads details on separate lines, without the line breaks', () => {
    const found = findDetails('Jane Doe\r\njane@example.com\r\n604-555-0123\r\nmy name is Jane Doe', context());
    expect(found).toMatchObject({ email: { value: 'jane@example.com' }, phone: { e164: '+16045550123' }, name: { value: 'Jane Doe' } });
  });

  it('keeps control characters out of every value of a long, messy message', () => {
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    const controls = /[\u0000-\u001f\u007f-\u009f]/;
    const message = "I'm Priya\u0000 Sharma\n604 555 0123\r\nfor my shoulder\u0007 pain\tFriday\u001b afternoon, ICBC claim RA123\u00004567";
    for (const expecting of [undefined, 'name', 'time', 'reason', 'payer', 'claimNumber'] as const) {
      const found = findDetails(message, context({ expecting }));
      const values = JSON.stringify(found, (key, value: unknown) => (key === 'span' ? undefined : value));
      expect(values, String(expecting)).not.toMatch(controls);
      for (const detail of Object.values(found)) {
        if (detail && typeof detail === 'object' && 'span' in detail) expect((detail as { span: { text: string } }).span.text).not.toMatch(controls);
      }
    }
  });
});
