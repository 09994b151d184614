import { describe, expect, it } from 'vitest';
import {
  chooseReplyLanguage,
  detectLanguage,
  readLanguageRequest,
  type RememberedLanguage,
  type ReplyLanguage,
  type ReplyLanguageDecision,
} from '../../../src/understanding/language/index.js';

/** One person's messages in order and the language of each reply; the remembered language carries over, as user state does. */
function converse(messages: readonly string[], channelLocale?: string, remembered?: RememberedLanguage): ReplyLanguageDecision[] {
  const decisions: ReplyLanguageDecision[] = [];
  for (const text of messages) {
    const explicit = readLanguageRequest(text);
    const decision = chooseReplyLanguage({ detected: detectLanguage(text), ...(channelLocale ? { channelLocale } : {}), ...(remembered ? { remembered } : {}), ...(explicit ? { explicit } : {}) });
    decisions.push(decision);
    remembered = decision.remember;
  }
  return decisions;
}

describe('the reply language follows the person', () => {
  it.each<[string, string[], ReplyLanguage[], string?]>([
    ['a Chinese question after English switches the reply to Chinese', ['does it hurt?', '针灸和IMS有什么区别？会痛吗？'], ['en', 'zh-Hans']],
    ['a Punjabi question after English switches the reply to Punjabi', ['how much is it?', 'ਕੀ ਇਸ ਨਾਲ ਦਰਦ ਹੁੰਦਾ ਹੈ?'], ['en', 'pa']],
    ['an English question after Punjabi switches back to English', ['ਕੀ ਇਸ ਨਾਲ ਦਰਦ ਹੁੰਦਾ ਹੈ?', 'how long does a session take?'], ['pa', 'en']],
    ['romanized Punjabi is answered in Gurmukhi Punjabi', ['eh needle wala ilaj ki hunda?'], ['pa']],
    ['English mixed into romanized Punjabi still gets Punjabi', ['mere shoulder da pain aa, IMS karwa sakde?'], ['pa']],
    ['Cantonese mixed with English gets Traditional Chinese', ['IMS會唔會好痛？first time做'], ['zh-Hant']],
    ['romanized Hindi is answered in English', ['kya yeh dard karta hai'], ['en']],
    ['romanized Hindi in a Punjabi conversation stays in Punjabi', ['ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ', 'mujhe kamar mein dard hai, kya IMS se fayda hoga?'], ['pa', 'pa']],
    ['"ok", "IMS?", "👍" and "thanks" keep the language of the conversation', ['ਕੀ ਇਸ ਨਾਲ ਦਰਦ ਹੁੰਦਾ ਹੈ?', 'ok', 'IMS?', '👍', 'thanks'], ['pa', 'pa', 'pa', 'pa', 'pa']],
    ['a short reply keeps Chinese too', ['做完之後可唔可以沖涼？', 'ok', '好'], ['zh-Hant', 'zh-Hant', 'zh-Hant']],
    ['an English question with a Chinese word keeps a Chinese conversation in Chinese', ['針灸同IMS有咩分別？', 'is IMS like 针灸?'], ['zh-Hant', 'zh-Hant']],
    ['Chinese in the other script switches script', ['會唔會好痛？', '会不会很痛？'], ['zh-Hant', 'zh-Hans']],
    ['Chinese common to both scripts keeps the script they used', ['針灸會唔會痛？', '好痛'], ['zh-Hant', 'zh-Hant']],
    ['with nothing said yet, the channel locale decides', ['ok'], ['zh-Hant'], 'zh-HK'],
    ['a clear message beats the channel locale', ['does it hurt?'], ['en'], 'zh-CN'],
    ['Chinese common to both scripts takes the locale\'s script', ['好痛'], ['zh-Hans'], 'zh-CN'],
    ['with nothing to go on, English', ['👍'], ['en']],
    ['Hindi in Devanagari is answered in English', ['क्या इससे दर्द होता है?'], ['en']],
    ['Shahmukhi is answered in English', ['کیا اس نال درد ہوندا اے؟'], ['en']],
  ])('%s', (_behaviour, messages, languages, locale) => {
    expect(converse(messages, locale).map((d) => d.language)).toEqual(languages);
  });
});

describe('an explicit choice wins and is remembered', () => {
  it.each<[string, string[], ReplyLanguage[], string?]>([
    ['tapping English after romanized Punjabi switches to English and keeps it for romanized messages', ['eh needle wala ilaj ki hunda?', 'English', 'ICBC paise dindi?', 'kinne session lagne?'], ['pa', 'en', 'en', 'en']],
    ['"reply in English" works like the tap', ['ਕੀ ਇਸ ਨਾਲ ਦਰਦ ਹੁੰਦਾ ਹੈ?', 'reply in English', 'mainu darr lagda'], ['pa', 'en', 'en']],
    ['someone who chose English and then writes Gurmukhi gets Punjabi', ['English', 'ਕੀ ਇਸ ਨਾਲ ਦਰਦ ਹੁੰਦਾ ਹੈ?'], ['en', 'pa']],
    ['someone who chose ਪੰਜਾਬੀ may type English on a Latin keyboard and still read Punjabi', ['ਪੰਜਾਬੀ', 'how long does a session take?'], ['pa', 'pa']],
    ['someone who chose 中文 may type English and still read Chinese', ['中文', 'how much does it cost?'], ['zh-Hant', 'zh-Hant']],
    ['中文 picks the script of their last Chinese message', ['会不会很痛？', 'English', '中文'], ['zh-Hans', 'en', 'zh-Hans']],
    ['中文 with no Chinese yet picks the locale\'s script', ['中文'], ['zh-Hans'], 'zh-CN'],
    ['中文 with nothing else to go on picks Traditional', ['中文'], ['zh-Hant']],
    ['简体 and 繁體 change script with one tap and hold against the other script', ['中文', '简体', '會唔會好痛？', '繁體'], ['zh-Hant', 'zh-Hans', 'zh-Hans', 'zh-Hant']],
    ['a later clear message in another script still switches', ['中文', 'ਕੀ ਇਸ ਨਾਲ ਦਰਦ ਹੁੰਦਾ ਹੈ?'], ['zh-Hant', 'pa']],
  ])('%s', (_behaviour, messages, languages, locale) => {
    expect(converse(messages, locale).map((d) => d.language)).toEqual(languages);
  });

  it('a choice is remembered as a choice', () => {
    const [decision] = converse(['ਪੰਜਾਬੀ']);
    expect(decision?.remember).toEqual({ language: 'pa', by: 'choice' });
  });
});

describe('what the decision says', () => {
  it('switched is true only when the reply language changes', () => {
    expect(converse(['does it hurt?', 'what about ICBC?', '会不会很痛？', 'ok']).map((d) => d.switched)).toEqual([false, false, true, false]);
  });

  it('why explains the decision in words', () => {
    const [first, second, third] = converse(['kya yeh dard karta hai', 'ok', '针灸会痛吗']);
    expect(first?.why).toMatch(/romanized Hindi.*English/);
    expect(second?.why).toMatch(/too short to tell/);
    expect(third?.why).toMatch(/Simplified Chinese/);
  });

  it.each<[string, string | undefined, string]>([
    ['کیا اس نال درد ہوندا اے؟', undefined, 'arab'],
    ['क्या इससे दर्द होता है?', undefined, 'hi-Deva'],
    ['hi', 'pa-Arab', 'pa-Arab'],
  ])('%j (locale %j) says the bot cannot reply in %j', (text, locale, unsupported) => {
    const [decision] = converse([text], locale);
    expect(decision?.unsupported).toBe(unsupported);
    expect(decision?.language).toBe('en');
  });

  it.each(['Gurpreet Kaur', 'gurpreet.kaur@gmail.com', '陈大文', 'ਹਰਜੀਤ ਕੌਰ'])('an answer to a prompt for a name or email (%j) keeps the language', (answer) => {
    const remembered: RememberedLanguage = { language: 'en', by: 'message' };
    const decision = chooseReplyLanguage({ detected: detectLanguage(answer), remembered, answersPrompt: true });
    expect(decision.language).toBe('en');
    expect(decision.switched).toBe(false);
    expect(decision.why).toMatch(/prompt/);
    // The same words as a free message would switch: "Gurpreet Kaur" reads as romanized Punjabi.
    if (answer === 'Gurpreet Kaur') expect(chooseReplyLanguage({ detected: detectLanguage(answer), remembered }).language).toBe('pa');
  });

  it('a remembered language from an earlier visit carries on', () => {
    expect(converse(['ok'], 'en-CA', { language: 'zh-Hant', by: 'message' })[0]?.language).toBe('zh-Hant');
  });
});
