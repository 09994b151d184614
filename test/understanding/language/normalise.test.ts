import { describe, expect, it } from 'vitest';
import {
  chineseTokens,
  gurmukhiWords,
  normaliseChinese,
  normaliseForMatching,
  normaliseGurmukhi,
  phoneticKey,
  romanizedKey,
  tokeniseForMatching,
} from '../../../src/understanding/language/index.js';

describe('Gurmukhi spellings people type for one word meet', () => {
  it.each([
    ['nukta, precomposed and decomposed', ['ਸ਼ਾਮ', 'ਸ਼ਾਮ', 'ਸਾਮ']],
    ['ਖ਼ ਗ਼ ਜ਼ ਫ਼ ਲ਼', ['ਖ਼ਾਲੀ ਗ਼ਲਤ ਜ਼ਰੂਰ ਫ਼ੋਨ ਪੀਲ਼ਾ', 'ਖਾਲੀ ਗਲਤ ਜਰੂਰ ਫੋਨ ਪੀਲਾ']],
    ['tippi and bindi', ['ਹੁੰਦਾ', 'ਹੁਂਦਾ', 'ਹੁਦਾ']],
    ['ਮੈਂ / ਮੈ', ['ਮੈਂ', 'ਮੈ']],
    ['addak', ['ਕਿੱਥੇ', 'ਕਿਥੇ']],
    ['short and long i', ['ਕੀ', 'ਕਿ']],
    ['short and long u', ['ਨੂੰ', 'ਨੁ']],
    ['ai and e', ['ਹੈ', 'ਹੇ']],
    ['independent vowels and carrier + sign', ['ਈਮੇਲ', 'ਇਮੇਲ', 'ੲੀਮੇਲ']],
    ['ਉ / ਊ / ੳੁ', ['ਊਠ', 'ਉਠ', 'ੳੁਠ']],
    ['ਣ / ਨ', ['ਪਾਣੀ', 'ਪਾਨੀ']],
    ['virama (pairin)', ['ਪ੍ਰੋਗਰਾਮ', 'ਪਰੋਗਰਾਮ']],
  ])('%s', (_name, spellings) => {
    const folded = new Set(spellings.map(normaliseGurmukhi));
    expect(folded.size).toBe(1);
  });

  it('reads Gurmukhi digits as digits and the danda as punctuation', () => {
    expect(normaliseGurmukhi('੧੨ ਵਜੇ। ਠੀਕ ਹੈ॥')).toBe('12 ਵਜੇ  ਠਿਕ ਹੇ ');
    expect(gurmukhiWords('ਕੀ ਇਸ ਨਾਲ ਦਰਦ ਹੁੰਦਾ ਹੈ? ੧੨।')).toEqual(['ਕਿ', 'ਇਸ', 'ਨਾਲ', 'ਦਰਦ', 'ਹੁਦਾ', 'ਹੇ']);
  });

  it('leaves text without Gurmukhi as it is', () => {
    expect(normaliseGurmukhi("What's IMS? Ça va")).toBe("What's IMS? Ça va");
  });
});

describe('Chinese: one index serves Simplified and Traditional, Mandarin and Cantonese', () => {
  it.each([
    ['Traditional -> Simplified', '頭髮乾淨', '头发干净'],
    ['full-width -> half-width', 'ＩＭＳ多少錢？１２３', 'IMS多少钱?123'],
    ['係 -> 是, 唔 -> 不', '係唔係要睇醫生先？', '是不是要看医生先?'],
    ['會唔會 -> 会不会', 'IMS會唔會好痛？first time做', 'IMS会不会好痛?first time做'],
    ['written in Simplified too', 'IMS会唔会好痛', 'IMS会不会好痛'],
    ['點樣 -> 怎样', '點樣book？', '怎样book?'],
    ['點解 -> 为什么', '點解會痛', '为什么会痛'],
    ['幾多 -> 多少', '幾多錢一次？', '多少钱一次?'],
    ['幾時 -> 什么时候', '幾時開門', '什么时候开门'],
    ['嘅, 咗, 冇', '我嘅膊頭痛咗三個月，冇好過', '我的膊头痛了三个月,没有好过'],
    ['佢, 啲', '佢有啲痛', '他有些痛'],
    ['乜嘢 / 咩 -> 什么', '乜嘢係IMS？咩嚟㗎', '什么是IMS?什么来㗎'],
    ['邊度 -> 哪里', '診所喺邊度', '诊所在哪里'],
    ['使唔使 -> 需不需要', '使唔使轉介信', '需不需要转介信'],
    ['痛唔痛 -> 痛不痛', '針灸痛唔痛', '针灸痛不痛'],
    ['俾 -> 给, 呢個 -> 这个', '俾我睇下呢個', '给我看下这个'],
    ['唔該 is thanks, not "should not"', '唔該晒', '谢谢'],
    ['關係 keeps its 係', '冇關係', '没有关系'],
    ['幾點 stays (Mandarin says it too)', '幾點開門', '几点开门'],
    ['Mandarin stays Mandarin', '针灸和IMS有什么区别？会痛吗？', '针灸和IMS有什么区别?会痛吗?'],
  ])('%s: %j -> %j', (_name, text, normalised) => {
    expect(normaliseChinese(text)).toBe(normalised);
  });

  it('cuts words with Intl.Segmenter, keeps IMS, physio, ICBC, MSP, WorkSafe as words, and adds character bigrams', () => {
    const tokens = chineseTokens('ICBC同MSP會唔會俾錢做IMS？WorkSafe呢？physio好唔好');
    for (const word of ['ICBC', 'MSP', 'IMS', 'WorkSafe', 'physio', '会不会']) expect(tokens.words).toContain(word);
    expect(tokens.bigrams).toContain('给钱');
    expect(chineseTokens('痛').bigrams).toEqual(['痛']);
  });

  it('the same question in both scripts and both languages gives the same words', () => {
    const words = (text: string) => chineseTokens(text).words;
    expect(words('做IMS會唔會好痛？')).toEqual(words('做IMS会不会好痛？'));
    expect(words('幾多錢？')).toEqual(words('多少钱？'));
  });
});

describe('romanized Punjabi and Hindi spelling variants get one key', () => {
  it.each([
    ['kithe', 'kitthe', 'kithey', 'kitthey'],
    ['hunda', 'honda', 'hunnda'],
    ['dard', 'darad', 'darrd'],
    ['ki', 'kee'],
    ['vich', 'wich'],
    ['paise', 'pese', 'paisay'],
    ['mainu', 'menu', 'mennu', 'mainnu'],
    ['tusi', 'tussi'],
    ['bahut', 'bohat', 'boht', 'bahot', 'bohot', 'bht', 'bhot'],
    ['karna', 'krna'],
    ['sakde', 'skde'],
    ['chahida', 'chaida'],
    ['theek', 'thik', 'teek', 'thek'],
    ['nahi', 'nai', 'nahee', 'nhi', 'ni', 'nahin'],
    ['gall', 'gal'],
    ['kiven', 'kivein'],
    ['kive', 'kiwe'],
    ['phone', 'fone'],
    ['shukriya', 'shukria'],
    ['dhanvaad', 'dhanwad', 'dhanvad'],
    ['ilaj', 'ilaaj', 'ilaz'],
    ['kinne', 'kine', 'kinney'],
    ['zaroori', 'jaroori', 'zaruri'],
    ['kyun', 'kyu', 'kyon'],
    ['appointment', 'apointment'],
  ])('%s', (...spellings) => {
    expect(new Set(spellings.map((w) => romanizedKey(w))).size).toBe(1);
  });

  it.each([
    ['dard', 'dawai'],
    ['kithe', 'kado'],
    ['hunda', 'honi'],
    ['paise', 'pair'],
  ])('%s and %s stay apart', (a, b) => {
    expect(romanizedKey(a)).not.toBe(romanizedKey(b));
  });

  it('the rules alone work without the spelling table', () => {
    expect(phoneticKey('Kitthe')).toBe(phoneticKey('kithe'));
    expect(phoneticKey('123')).toBe('123');
  });
});

describe('tokens for matching', () => {
  it('returns English words exactly as typed, for the English matcher to normalise', () => {
    const { tokens, normalised } = tokeniseForMatching("What's the diff between IMS and acupuncture? Can't wait");
    expect(tokens.filter((t) => t.script === 'latin').map((t) => t.text)).toEqual(["What's", 'the', 'diff', 'between', 'IMS', 'and', 'acupuncture', "Can't", 'wait']);
    expect(normalised).toBe("What's the diff between IMS and acupuncture? Can't wait");
  });

  it('gives romanized words a phonetic key', () => {
    const key = (text: string) => tokeniseForMatching(text).tokens.map((t) => t.key);
    expect(key('kitthe aa clinic')).toEqual(key('kithe a clinik'));
  });

  it('treats each script its own way in one message', () => {
    const { tokens, hanBigrams } = tokeniseForMatching('ਮੇਰੇ shoulder ਵਿੱਚ ਦਰਦ ਹੈ ੧੨ ਵਜੇ, IMS會唔會好痛？１２');
    expect(tokens).toEqual([
      { text: 'ਮੇਰੇ', script: 'gurmukhi' },
      { text: 'shoulder', script: 'latin', key: 'sulder' },
      { text: 'ਵਿਚ', script: 'gurmukhi' },
      { text: 'ਦਰਦ', script: 'gurmukhi' },
      { text: 'ਹੇ', script: 'gurmukhi' },
      { text: '12', script: 'number' },
      { text: 'ਵਜੇ', script: 'gurmukhi' },
      { text: 'IMS', script: 'latin', key: 'ims' },
      { text: '会不会', script: 'han' },
      { text: '好', script: 'han' },
      { text: '痛', script: 'han' },
      { text: '12', script: 'number' },
    ]);
    expect(hanBigrams).toEqual(['会不', '不会', '会好', '好痛']);
  });

  it('normalising twice changes nothing more', () => {
    for (const text of ['係唔係要睇醫生先？', 'ਕੀ ਇਸ ਨਾਲ ਦਰਦ ਹੁੰਦਾ ਹੈ?', 'does it hurt?']) {
      const once = normaliseForMatching(text);
      expect(normaliseForMatching(once)).toBe(once);
    }
  });
});
