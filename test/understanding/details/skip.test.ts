// Declining an optional field: naming it declines it anywhere; a bare "no" only right after the
// question (elsewhere yes and no are the reading's control acts).
import { describe, expect, it } from 'vitest';
import { findDetails, type ExpectedDetail, type OptionalDetail } from '../../../src/understanding/details/index.js';
import { context } from './clock.js';

describe('declining an optional field', () => {
  it.each<[string, ExpectedDetail | undefined, OptionalDetail]>([
    // English
    ['skip', 'email', 'email'],
    ['no', 'email', 'email'],
    ['nope.', 'claimNumber', 'claimNumber'],
    ["I'd rather not", 'email', 'email'],
    ['book me in for Friday, no email please', undefined, 'email'],
    ["I don't have a claim number yet", undefined, 'claimNumber'],
    // Punjabi
    ['ਨਹੀਂ', 'email', 'email'],
    ['ਨਹੀ', 'claimNumber', 'claimNumber'],
    ['ਛੱਡੋ', 'email', 'email'],
    ['ਈਮੇਲ ਨਹੀਂ ਹੈ', undefined, 'email'],
    ['nahi ji', 'email', 'email'],
    ['email nai hai', undefined, 'email'],
    ['claim number ni pata', undefined, 'claimNumber'],
    // Chinese
    ['不用', 'email', 'email'],
    ['唔使喇', 'email', 'email'],
    ['冇', 'claimNumber', 'claimNumber'],
    ['跳過', 'claimNumber', 'claimNumber'],
    ['我冇電郵', undefined, 'email'],
    ['没有邮箱', 'name', 'email'],
    ['還沒有索償號碼', undefined, 'claimNumber'],
  ])('%j (asked: %s) declines the %s', (message, expecting, field) => {
    expect(findDetails(message, context({ expecting })).skip).toMatchObject({ field });
  });

  it.each<[string, ExpectedDetail | undefined]>([
    ['no', undefined],
    ['no', 'name'],
    ['skip', 'phone'],
    ['ਨਹੀਂ', undefined],
    ['不用', 'time'],
    ['no idea what that is', 'claimNumber'],
  ])('%j (asked: %s) declines nothing', (message, expecting) => {
    expect(findDetails(message, context({ expecting })).skip).toBeUndefined();
  });
});
