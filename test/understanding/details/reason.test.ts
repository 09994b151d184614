// The reason for the visit: the person's own words as an answer; a clear phrase in a free message.
import { describe, expect, it } from 'vitest';
import { findDetails, readReason } from '../../../src/understanding/details/index.js';
import { context } from './clock.js';

describe('reason as the answer to "what would you like help with?"', () => {
  it.each([
    ['  my  shoulder hurts ', 'my shoulder hurts'],
    ['腰痛', '腰痛'],
    ['ਕਮਰ ਦਾ ਦਰਦ', 'ਕਮਰ ਦਾ ਦਰਦ'],
    ['lower back wich dard', 'lower back wich dard'],
    ['neck pain\r\nsince the accident', 'neck pain since the accident'],
  ])('keeps %j as %j', (input, value) => {
    expect(readReason(input)).toMatchObject({ ok: true, value: { value } });
  });

  it.each([
    ['x'.repeat(301), 'too-long'],
    ['??', 'too-short'],
    ['1', 'too-short'],
  ] as const)('refuses %j (%s)', (input, problem) => {
    expect(readReason(input)).toEqual({ ok: false, problem });
  });

  it('keeps a story with days in it as the reason, not as a preferred time', () => {
    const found = findDetails('my back has hurt since Monday after a car accident', context({ expecting: 'reason' }));
    expect(found.reason).toMatchObject({ value: 'my back has hurt since Monday after a car accident' });
    expect(found).not.toHaveProperty('preferredTime');
    expect(found).not.toHaveProperty('payer');
  });

  it('keeps the reason and also reads a payer the person named in it', () => {
    expect(findDetails('my neck, from a car accident, ICBC claim', context({ expecting: 'reason' }))).toMatchObject({
      reason: { value: 'my neck, from a car accident, ICBC claim' },
      payer: { value: 'icbc', inferred: false },
    });
  });
});

describe('reason in a free message', () => {
  it.each([
    ['can I come in next week for my shoulder', 'my shoulder'],
    ['I need an appointment for my back', 'my back'],
    ['my lower back is sore, can I book?', 'my lower back is sore'],
    ['book IMS for neck pain', 'neck pain'],
    ['looking for an appointment for my wife, she has shoulder pain', 'shoulder pain'],
    ['想预约，我膝盖好痛', '我膝盖好痛'],
    ['下星期二可以嗎？肩膀痛', '肩膀痛'],
    ['ਮੇਰੇ ਗੋਡੇ ਵਿੱਚ ਬਹੁਤ ਦਰਦ ਹੈ', 'ਗੋਡੇ ਵਿੱਚ ਬਹੁਤ ਦਰਦ'],
    ['knee ch bahut dard, booking karni', 'knee ch bahut dard'],
  ])('finds %j as %j', (message, value) => {
    expect(findDetails(message, context()).reason).toMatchObject({ value });
  });

  it.each(['i want to book', 'book me for Friday', 'I want to book for my son', '我想预约', 'ਬੁਕਿੰਗ ਕਰਨੀ ਹੈ'])('finds no reason in %j', (message) => {
    expect(findDetails(message, context()).reason).toBeUndefined();
  });
});
