// Claim numbers (optional): only the number is kept, never the words around it (issue 11).
import { describe, expect, it } from 'vitest';
import { findDetails, readClaimNumber } from '../../../src/understanding/details/index.js';
import { context } from './clock.js';

const asked = context({ expecting: 'claimNumber' });

describe('claim number as the answer to "what is your claim number?"', () => {
  describe('issue 11: the number, not the sentence', () => {
    it.each([
      ['my claim number is RA1234567', 'RA1234567'],
      ['claim number is AB12345', 'AB12345'],
      ['its ra-123-4567 i think', 'RA-123-4567'],
    ])('reads the claim number out of %j as %s', (input, value) => {
      expect(readClaimNumber(input)).toMatchObject({ ok: true, value: { value } });
      expect(findDetails(input, asked).claimNumber).toMatchObject({ value });
    });
  });

  it.each([
    ['AB1234567', 'AB1234567'],
    ['claim number: ab-123-456', 'AB-123-456'],
    ['RA 1234567', 'RA1234567'],
    ['it is 12345678', '12345678'],
    ['6045550123', '6045550123'], // at this question, ten digits are the claim number, not a phone number
    ['ＲＡ１２３４５６７', 'RA1234567'],
    ['ਕਲੇਮ ਨੰਬਰ ੧੨੩੪੫੬੭ ਹੈ', '1234567'],
    ['claim number RA1234567 hai', 'RA1234567'],
    ['我的索赔号是RA1234567', 'RA1234567'],
    ['索償編號：ＲＡ１２３４５６７', 'RA1234567'],
    ['係 RA1234567 呀', 'RA1234567'],
  ])('reads %j as %s', (input, value) => {
    expect(readClaimNumber(input)).toMatchObject({ ok: true, value: { value } });
  });

  it.each(['skip', "I don't have it", 'not yet', "don't have a claim number yet", 'ਨਹੀਂ', 'ਪਤਾ ਨਹੀਂ', 'claim number nahi pata', '不用', '唔知', '还没有'])(
    'takes %j as declining it',
    (input) => {
      expect(readClaimNumber(input)).toEqual({ ok: true, value: null });
      expect(findDetails(input, asked)).toMatchObject({ skip: { field: 'claimNumber' } });
    },
  );

  it.each(['no idea what that is', 'ABCDEF', '#!', 'tomorrow at 3', 'RA\u00001234567'])('refuses %j (no claim number in it)', (input) => {
    expect(readClaimNumber(input)).toEqual({ ok: false, problem: 'no-claim-number' });
  });
});

describe('claim number in a free message (only right after "claim number")', () => {
  it.each([
    ['ICBC claim RA1234567, can I book?', 'RA1234567'],
    ['my WorkSafe claim # 12345678 and my phone is 604-555-0123', '12345678'],
    ['ICBC claim, claim number RA1234567', 'RA1234567'],
    ['我有ICBC索赔，索赔号RA1234567', 'RA1234567'],
    ['my postal code is V4C 1A1', undefined],
  ])('in %j finds %j', (message, value) => {
    const { claimNumber } = findDetails(message, context());
    if (value) expect(claimNumber).toMatchObject({ value });
    else expect(claimNumber).toBeUndefined();
  });

  it('does not read the claim number as a phone number', () => {
    expect(findDetails('claim number 1234567890', context())).toMatchObject({ claimNumber: { value: '1234567890' } });
    expect(findDetails('claim number 1234567890', context())).not.toHaveProperty('phone');
  });
});
