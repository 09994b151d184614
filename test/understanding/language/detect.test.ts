import { describe, expect, it } from 'vitest';
import { detectLanguage, nonEnglishForm, type LanguageForm } from '../../../src/understanding/language/index.js';

describe('the language of a message, from its text', () => {
  it.each<[string, LanguageForm]>([
    ['does IMS hurt?', 'en'],
    ['What should I wear to my first appointment?', 'en'],
    ['ਕੀ ਇਸ ਨਾਲ ਦਰਦ ਹੁੰਦਾ ਹੈ?', 'pa-Guru'],
    ['ਸ਼ਾਮ ਨੂੰ ਟਾਈਮ ਮਿਲ ਸਕਦਾ?', 'pa-Guru'],
    ['eh needle wala ilaj ki hunda?', 'pa-Latn'],
    ['ICBC paise dindi?', 'pa-Latn'],
    ['tusi kithe ho, clinic da address dasso', 'pa-Latn'],
    ['kya yeh dard karta hai', 'hi-Latn'],
    ['mujhe kamar mein dard hai, kya IMS se fayda hoga?', 'hi-Latn'],
    ['针灸和IMS有什么区别？会痛吗？', 'zh-Hans'],
    ['做完之後可唔可以沖涼？', 'zh-Hant'],
    ['IMS會唔會好痛？first time做', 'zh-Hant'],
    ['好痛', 'zh'], // the same characters in both scripts
    ['क्या इससे दर्द होता है?', 'hi-Deva'],
    ['کیا اس نال درد ہوندا اے؟', 'arab'],
    ['아파요?', 'other'],
    ['痛いですか', 'other'], // kana: Japanese, not Chinese
  ])('%j is %j', (text, form) => {
    expect(detectLanguage(text).form).toBe(form);
  });
});

describe('mixed messages say which other language is mixed in', () => {
  it.each<[string, LanguageForm, LanguageForm]>([
    ['mere shoulder da pain aa, IMS karwa sakde?', 'pa-Latn', 'en'],
    ['IMS會唔會好痛？first time做', 'zh-Hant', 'en'],
    ['is IMS like 针灸?', 'en', 'zh-Hans'],
    ['my back hurts, kinne session lagne?', 'en', 'pa-Latn'],
    ['ਮੇਰੇ shoulder ਵਿੱਚ pain ਹੈ, IMS ਕਰਵਾ ਸਕਦੇ ਹਾਂ?', 'pa-Guru', 'en'],
  ])('%j: %j mixed with %j', (text, form, mixedWith) => {
    const detected = detectLanguage(text);
    expect(detected.form).toBe(form);
    expect(detected.mixedWith).toBe(mixedWith);
    expect(nonEnglishForm(detected)).toBe(form === 'en' ? mixedWith : form);
  });

  it.each(['does IMS hurt?', 'kya yeh dard karta hai', 'ਕੀ ਇਸ ਨਾਲ ਦਰਦ ਹੁੰਦਾ ਹੈ?', 'IMS多少钱？'])('%j is not mixed (a loanword like IMS does not count)', (text) => {
    expect(detectLanguage(text).mixedWith).toBeUndefined();
  });
});

describe('some messages are too short to tell', () => {
  it.each(['ok', 'OK!', 'IMS?', '👍', '👍👍', 'thanks', 'ok ji', 'pain?', 'hello', '604', '?', '', '好', 'ICBC MSP worksafe'])('%j', (text) => {
    expect(detectLanguage(text).tooShort).toBe(true);
  });

  it.each(['does it hurt?', 'dard hunda?', '好痛', 'ਦਰਦ', 'kithe aa clinic'])('%j is not', (text) => {
    expect(detectLanguage(text).tooShort).toBe(false);
  });
});

describe('confidence', () => {
  it('is high for a clear sentence and lower where Punjabi and Hindi spell the same', () => {
    expect(detectLanguage('tusi kithe ho, clinic da address dasso').confidence).toBeGreaterThan(0.9);
    expect(detectLanguage('does this needle treatment hurt a lot?').confidence).toBeGreaterThan(0.9);
    // "dard" and "bahut" are both Punjabi and Hindi.
    expect(detectLanguage('bahut dard').confidence).toBeLessThan(0.9);
  });

  it('reports the detector probabilities for Latin text and the telling Chinese characters', () => {
    const romanized = detectLanguage('eh needle wala ilaj ki hunda?').romanized;
    expect(romanized?.pa).toBeGreaterThan(0.9);
    expect(detectLanguage('會唔會好痛').chinese).toEqual({ simplified: 0, traditional: 2 });
    expect(detectLanguage('会不会很痛').chinese).toEqual({ simplified: 2, traditional: 0 });
  });
});

describe('Simplified or Traditional', () => {
  it.each<[string, LanguageForm]>([
    ['头发', 'zh-Hans'],
    ['頭髮', 'zh-Hant'],
    ['台灣', 'zh-Hant'], // 台 is an ordinary Traditional character too, not a Simplified tell
    ['皇后', 'zh'],
    ['后来', 'zh-Hans'], // 来 tells, 后 does not
    ['係唔係要睇醫生先？', 'zh-Hant'],
    ['系唔系要睇医生先？', 'zh-Hans'],
    ['可以用中文回答吗', 'zh-Hans'],
    ['可以用中文回答嗎', 'zh-Hant'],
  ])('%j is %j', (text, form) => {
    expect(detectLanguage(text).form).toBe(form);
  });
});
