import { describe, expect, it } from 'vitest';
import {
  CHINESE_SCRIPT_CHOICES,
  chineseScriptFor,
  DEFAULT_CHINESE_SCRIPT,
  LANGUAGE_CHOICES,
  localeLanguage,
  readLanguageRequest,
  type ReplyLanguage,
  type RequestedLanguage,
} from '../../../src/understanding/language/index.js';

describe('a channel locale picks the reply language when nothing else does', () => {
  it.each<[string | undefined, ReplyLanguage | undefined]>([
    ['en-US', 'en'],
    ['en-CA', 'en'],
    ['EN-us', 'en'],
    ['pa', 'pa'],
    ['pa-IN', 'pa'],
    ['pa-Guru-IN', 'pa'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['cmn', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh_TW', 'zh-Hant'],
    ['yue', 'zh-Hant'],
    ['yue-HK', 'zh-Hant'],
    ['yue-CN', 'zh-Hans'],
    ['fr-CA', undefined],
    ['hi-IN', undefined],
    ['not a tag!', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j -> %j', (locale, language) => {
    expect(localeLanguage(locale).language).toBe(language);
  });

  it.each(['pa-Arab', 'pa-PK', 'pa-Arab-PK'])('Punjabi in Shahmukhi (%s) is named as unsupported, not mistaken for Gurmukhi', (locale) => {
    const reading = localeLanguage(locale);
    expect(reading.language).toBeUndefined();
    expect(reading.unsupported).toBe('pa-Arab');
    expect(reading.why).toMatch(/Shahmukhi.*not supported/);
  });
});

describe('a tap on 中文 picks a script', () => {
  it.each<[ReplyLanguage | undefined, string | undefined, ReplyLanguage]>([
    ['zh-Hans', 'zh-TW', 'zh-Hans'], // the script they last wrote in beats the locale
    ['zh-Hant', 'zh-CN', 'zh-Hant'],
    [undefined, 'zh-CN', 'zh-Hans'],
    [undefined, 'zh-HK', 'zh-Hant'],
    [undefined, 'yue', 'zh-Hant'],
    [undefined, 'en-CA', DEFAULT_CHINESE_SCRIPT],
    [undefined, undefined, DEFAULT_CHINESE_SCRIPT],
  ])('last Chinese %j, locale %j -> %j', (last, locale, language) => {
    expect(chineseScriptFor(last as 'zh-Hans' | 'zh-Hant' | undefined, locale).language).toBe(language);
  });

  it('every button label, tapped, reads back as the choice it stands for', () => {
    for (const { label, language } of [...LANGUAGE_CHOICES, ...CHINESE_SCRIPT_CHOICES]) expect(readLanguageRequest(label)).toBe(language);
    expect(LANGUAGE_CHOICES.map((c) => c.label)).toEqual(['English', 'ਪੰਜਾਬੀ', '中文']);
  });
});

describe('asking for a language in words counts as a choice', () => {
  it.each<[string, RequestedLanguage]>([
    ['reply in English', 'en'],
    ['English please', 'en'],
    ['can you speak english?', 'en'],
    ['English唔該', 'en'],
    ['用英文回答', 'en'],
    ['angrezi vich dasso ji', 'en'],
    ['ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਜਵਾਬ ਦਿਓ', 'en'],
    ['punjabi vich dasso', 'pa'],
    ['Punjabi please', 'pa'],
    ['do you speak punjabi?', 'pa'],
    ['ਪੰਜਾਬੀ ਵਿੱਚ ਜਵਾਬ ਦਿਓ', 'pa'],
    ['ਕੀ ਤੁਸੀਂ ਪੰਜਾਬੀ ਬੋਲਦੇ ਹੋ?', 'pa'],
    ['可以用中文回答吗', 'zh'],
    ['請用中文', 'zh'],
    ['講廣東話得唔得', 'zh'],
    ['chinese please', 'zh'],
    ['简体中文', 'zh-Hans'],
    ['請用繁體字', 'zh-Hant'],
    ['traditional chinese please', 'zh-Hant'],
    ['simplified', 'zh-Hans'],
  ])('%j -> %j', (text, language) => {
    expect(readLanguageRequest(text)).toBe(language);
  });

  it.each([
    'do u have this in Chinese for my mum', // left to the knowledge base's language entry
    'is IMS traditional?',
    'is IMS a traditional Chinese treatment?',
    'my English is not good, does IMS hurt?',
    'English or Punjabi?',
    '简体 繁體',
    'ok',
    'thanks',
    '',
  ])('%j is not a choice', (text) => {
    expect(readLanguageRequest(text)).toBeUndefined();
  });
});
