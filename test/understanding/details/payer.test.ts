// How the visit will be paid, read from what people say in each language: named payers anywhere,
// stories and hedges only as the answer to "how will you pay?", with guesses marked for the dialog
// to confirm.
import { describe, expect, it } from 'vitest';
import { findDetails, readPayer, type PayerReading } from '../../../src/understanding/details/index.js';
import { context } from './clock.js';

const asked = context({ expecting: 'payer' });

type Case = [message: string, value: PayerReading, inferred: boolean];

describe('payer as the answer to "how will you pay for the visit?"', () => {
  describe('issue 11', () => {
    it('reads "blue cross" as an extended health plan', () => {
      expect(readPayer('blue cross')).toMatchObject({ ok: true, value: { value: 'extended-health', inferred: false, msp: false } });
    });
    it('reads "i got hurt at work" as WorkSafeBC, to be confirmed', () => {
      expect(readPayer('i got hurt at work')).toMatchObject({ ok: true, value: { value: 'worksafebc', inferred: true } });
    });
    it('reads "neck and lower back from car accident" as ICBC only when it answers the payer question, to be confirmed', () => {
      expect(findDetails('neck and lower back from car accident', asked).payer).toMatchObject({ value: 'icbc', inferred: true });
      expect(findDetails('neck and lower back from car accident', context()).payer).toBeUndefined();
      expect(findDetails('neck and lower back from car accident', context({ expecting: 'reason' })).payer).toBeUndefined();
    });
  });

  describe('English', () => {
    it.each<Case>([
      ['Pacific Blue Cross', 'extended-health', false],
      ['Sun Life through my job', 'extended-health', false],
      ['manulife', 'extended-health', false],
      ['Canada Life', 'extended-health', false],
      ['green shield', 'extended-health', false],
      ['work benefits', 'extended-health', false],
      ['my plan', 'extended-health', false],
      ['extended health', 'extended-health', false],
      ['insurance', 'extended-health', true],
      ['ICBC', 'icbc', false],
      ['I was rear-ended last month', 'icbc', true],
      ['car accident, ICBC claim', 'icbc', false],
      ['WorkSafe', 'worksafebc', false],
      ['WCB', 'worksafebc', false],
      ['workplace injury', 'worksafebc', true],
      ['hurt my back at work, WorkSafeBC claim open', 'worksafebc', false],
      ["I'll pay myself", 'self-pay', false],
      ['cash', 'self-pay', false],
      ['out of pocket', 'self-pay', false],
      ['private', 'self-pay', false],
      ["I don't have insurance", 'self-pay', true],
      ['not sure', 'not-sure', false],
      ["don't know", 'not-sure', false],
      ['idk', 'not-sure', false],
      ['not sure, maybe ICBC', 'icbc', true],
      ["it wasn't a car accident, I hurt it at work", 'worksafebc', true],
      ['not ICBC, blue cross', 'extended-health', false],
      ['private insurance', 'extended-health', false],
    ])('%j is %s (inferred: %s)', (message, value, inferred) => {
      expect(readPayer(message)).toMatchObject({ ok: true, value: { value, inferred } });
    });
  });

  describe('Punjabi', () => {
    it.each<Case>([
      ['ਐਕਸਟੈਂਡਡ ਹੈਲਥ', 'extended-health', false],
      ['ਕੰਮ ਦਾ ਇੰਸ਼ੋਰੈਂਸ', 'extended-health', false],
      ['ਬਲੂ ਕਰਾਸ', 'extended-health', false],
      ['kamm da insurance', 'extended-health', false],
      ['ਇੰਸ਼ੋਰੈਂਸ', 'extended-health', true],
      ['ICBC', 'icbc', false],
      ['ਆਈਸੀਬੀਸੀ', 'icbc', false],
      ['ਕਾਰ ਐਕਸੀਡੈਂਟ', 'icbc', true],
      ['ਗੱਡੀ ਦਾ ਐਕਸੀਡੈਂਟ ਹੋਇਆ ਸੀ', 'icbc', true],
      ['car da accident', 'icbc', true],
      ['worksafe claim chalda mera', 'worksafebc', false],
      ['ਕੰਮ ਤੇ ਸੱਟ ਲੱਗੀ', 'worksafebc', true],
      ['kam te satt lagi', 'worksafebc', true],
      ['ਆਪਣੇ ਪੈਸੇ', 'self-pay', false],
      ['apne paise', 'self-pay', false],
      ['ਕੋਈ ਇੰਸ਼ੋਰੈਂਸ ਨਹੀਂ', 'self-pay', true],
      ['ਪਤਾ ਨਹੀਂ', 'not-sure', false],
      ['mainu nai pata', 'not-sure', false],
      ['ICBC ਨਹੀਂ, ਕੰਮ ਦਾ ਇੰਸ਼ੋਰੈਂਸ', 'extended-health', false],
    ])('%j is %s (inferred: %s)', (message, value, inferred) => {
      expect(readPayer(message)).toMatchObject({ ok: true, value: { value, inferred } });
    });
  });

  describe('Chinese', () => {
    it.each<Case>([
      ['公司保险', 'extended-health', false],
      ['公司嘅保險', 'extended-health', false],
      ['延伸医疗保险', 'extended-health', false],
      ['藍十字', 'extended-health', false],
      ['宏利', 'extended-health', false],
      ['保险', 'extended-health', true],
      ['ICBC', 'icbc', false],
      ['車禍', 'icbc', true],
      ['我被追尾了', 'icbc', true],
      ['工傷', 'worksafebc', true],
      ['返工受傷', 'worksafebc', true],
      ['劳工赔偿局', 'worksafebc', false],
      ['自费', 'self-pay', false],
      ['自己俾錢', 'self-pay', false],
      ['现金', 'self-pay', false],
      ['冇保險', 'self-pay', true],
      ['唔知', 'not-sure', false],
      ['不确定', 'not-sure', false],
      ['唔係車禍，係工傷', 'worksafebc', true],
    ])('%j is %s (inferred: %s)', (message, value, inferred) => {
      expect(readPayer(message)).toMatchObject({ ok: true, value: { value, inferred } });
    });
  });

  describe('MSP (does not cover IMS: the dialog explains)', () => {
    it.each(['MSP', 'care card', 'BC medical', 'ਐਮਐਸਪੀ', '医保', '卑詩醫療'])('%j is MSP alone: no payer, msp set', (message) => {
      expect(readPayer(message)).toMatchObject({ ok: true, value: { value: null, msp: true } });
    });
    it('keeps the payer named with MSP', () => {
      expect(readPayer('MSP and blue cross')).toMatchObject({ ok: true, value: { value: 'extended-health', msp: true } });
    });
  });

  it.each([
    ['blah', 'no-payer'],
    ['ICBC or my extended health, whichever', 'ambiguous'],
  ] as const)('cannot read %j (%s)', (message, problem) => {
    expect(readPayer(message)).toEqual({ ok: false, problem });
    expect(findDetails(message, asked).unreadable).toEqual({ field: 'payer', problem });
  });
});

describe('payer in a free message (named payers only)', () => {
  it.each<[string, PayerReading | undefined]>([
    ['I have an ICBC claim, can I book?', 'icbc'],
    ['book me in, WorkSafe is covering it', 'worksafebc'],
    ['book me for Friday, Pacific Blue Cross', 'extended-health'],
    ['想预约，用公司保险', 'extended-health'],
    ['ਬੁਕਿੰਗ ਕਰਨੀ ਹੈ, ਮੇਰਾ ICBC ਕਲੇਮ ਹੈ', 'icbc'],
    ['my neck hurts since a car accident', undefined],
    ['hurt my back at work, can I come in Monday?', undefined],
    ['不知道几时有空', undefined],
    ['does ICBC cover IMS?', undefined],
    ['what about blue cross?', undefined],
    ['will my extended health plan pay for IMS', undefined],
    ['hurt my back on the job, will worksafe pay for ims', undefined],
    ['msp mein aata hai kya', undefined],
    ['I was rear-ended last month and have an open ICBC claim, will they pay for IMS?', 'icbc'],
  ])('%j gives %j', (message, value) => {
    const { payer } = findDetails(message, context());
    if (value) expect(payer).toMatchObject({ value, inferred: false });
    else expect(payer).toBeUndefined();
  });
});
