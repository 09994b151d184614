// Phone numbers: any valid +1 (North American) number, typed any way, in any script's digits;
// stored as E.164 and read back grouped.
import { describe, expect, it } from 'vitest';
import { findDetails, readPhone, type PhoneProblem } from '../../../src/understanding/details/index.js';
import { context } from './clock.js';

describe('phone number as the answer to "what phone number can the clinic call you on?"', () => {
  it.each([
    ['604-555-0123', '+16045550123'],
    ['(604) 555-0123', '+16045550123'],
    ['604.555.0123', '+16045550123'],
    ['6045550123', '+16045550123'],
    ['604 555 0123', '+16045550123'],
    ['+1 604 555 0123', '+16045550123'],
    ['1-604-555-0123', '+16045550123'],
    ['778-555-0199 ext 12', '+17785550199'],
    ['206-555-0100', '+12065550100'], // Seattle: cross-border patients are accepted
    ["it's 604 555 0123 thanks", '+16045550123'],
    ['６０４－５５５－０１２３', '+16045550123'], // full-width, as Chinese keyboards type
    ['੬੦੪ ੫੫੫ ੦੧੨੩', '+16045550123'], // Gurmukhi digits
    ['ਮੇਰਾ ਨੰਬਰ 604 555 0123 ਹੈ', '+16045550123'],
    ['mera number 6045550123 hai', '+16045550123'],
    ['我的电话是604-555-0123', '+16045550123'],
    ['電話：６０４５５５０１２３', '+16045550123'],
  ])('reads %j as %s', (input, e164) => {
    expect(readPhone(input)).toMatchObject({ ok: true, value: { e164 } });
  });

  it('gives the number back grouped for reading, with what was typed', () => {
    expect(readPhone('call me on (604) 555-0123')).toEqual({
      ok: true,
      value: { e164: '+16045550123', display: '+1 604 555 0123', span: { start: 11, end: 25, text: '(604) 555-0123' } },
    });
  });

  it.each<[string, PhoneProblem]>([
    ['555-0123', 'too-short'],
    ['12345', 'too-short'],
    ['604 555 01234', 'too-long'],
    ['+44 20 7946 0958', 'outside-north-america'],
    ['0044 20 7946 0958', 'outside-north-america'],
    ['123-456-7890', 'invalid'],
    ['call me', 'no-digits'],
    ['604\u0000555 0123', 'invalid'],
  ])('refuses %j (%s)', (input, problem) => {
    expect(readPhone(input)).toEqual({ ok: false, problem });
  });
});

describe('phone number in a free message', () => {
  it.each([
    ['book me in, my number is 604-555-0123', '+16045550123'],
    ['我叫陈美玲，电话６０４５５５０１２３', '+16045550123'],
    ['ਮੇਰਾ ਨੰਬਰ ੬੦੪ ੫੫੫ ੦੧੨੩ ਹੈ', '+16045550123'],
    ['Jane Doe\r\n604-555-0123', '+16045550123'],
  ])('finds the number in %j', (message, e164) => {
    expect(findDetails(message, context()).phone).toMatchObject({ e164 });
  });

  it('does not take a number with a control character inside it', () => {
    expect(findDetails('call 604\u0000555 0123', context()).phone).toBeUndefined();
  });

  it('says why the answer is not a phone number when one was asked for', () => {
    expect(findDetails('555-0123', context({ expecting: 'phone' }))).toEqual({ unreadable: { field: 'phone', problem: 'too-short' } });
  });
});
