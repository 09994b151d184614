// Days and times in Punjabi, in Gurmukhi and typed in Latin letters as on WhatsApp:
// ਸੋਮਵਾਰ / somvar ... ਐਤਵਾਰ / aitvar, ਅਗਲੇ / agle (next), ਇਸ (this), ਅਗਲੇ ਹਫ਼ਤੇ / agle hafte,
// ਅੱਜ / aaj, ਕੱਲ੍ਹ / kal (in a booking, tomorrow), ਪਰਸੋਂ / parson, ਸਵੇਰੇ / savere, ਦੁਪਹਿਰ / dupehar,
// ਸ਼ਾਮ / shaam, ਰਾਤ / raat, 5 ਵਜੇ / 5 vaje, ਸਾਢੇ 5 ਵਜੇ, 15 ਤਾਰੀਖ, ਹਰ ਸੋਮਵਾਰ; ਕਿਸੇ ਵੀ ਵੇਲੇ / kade vi (flexible).
import { gurmukhi, latin } from '../scripts.js';
import type { PartOfDay } from './phrase.js';
import type { LexiconEntry, Token } from './phraseReader.js';

const WEEKDAYS: [string, number][] = [
  [gurmukhi('ਸੋਮਵਾਰ'), 1],
  [gurmukhi('ਮੰਗਲਵਾਰ'), 2],
  [gurmukhi('ਬੁੱਧਵਾਰ'), 3],
  [gurmukhi('ਵੀਰਵਾਰ', 'ਬ੍ਰਹਿਸਪਤਵਾਰ', 'ਬ੍ਰਹਿਸਪਤੀਵਾਰ'), 4],
  [gurmukhi('ਸ਼ੁੱਕਰਵਾਰ'), 5],
  [gurmukhi('ਸ਼ਨੀਵਾਰ', 'ਸ਼ਨਿੱਚਰਵਾਰ', 'ਛਨਿੱਚਰਵਾਰ', 'ਸਨਿੱਚਰਵਾਰ'), 6],
  [gurmukhi('ਐਤਵਾਰ'), 7],
  [latin('som[vw]aa?r'), 1],
  [latin('mangal[vw]aa?r'), 2],
  [latin('budd?h[vw]aa?r'), 3],
  [latin('(?:veer|vir|bir|veeer)[vw]aa?r'), 4],
  [latin('(?:shukk?ar|sukk?ar|shukr)[vw]aa?r'), 5],
  [latin('(?:shani|sani|shanich?ar|sanich?ar|chh?anich?ar)[vw]aa?r'), 6],
  [latin('(?:ait|et|ravi)[vw]aa?r'), 7],
];

const PARTS: [string, PartOfDay][] = [
  [gurmukhi('ਸਵੇਰੇ ਸਵੇਰੇ', 'ਸਵੇਰੇ', 'ਸਵੇਰ'), 'MO'],
  [gurmukhi('ਦੁਪਹਿਰ ਤੋਂ ਬਾਅਦ', 'ਦੁਪਹਿਰ ਬਾਅਦ', 'ਦੁਪਹਿਰੇ', 'ਦੁਪਹਿਰ', 'ਦੁਪਿਹਰ'), 'AF'],
  [gurmukhi('ਸ਼ਾਮੀਂ', 'ਸ਼ਾਮ', 'ਤਰਕਾਲਾਂ'), 'EV'],
  [gurmukhi('ਰਾਤੀਂ', 'ਰਾਤ'), 'NI'],
  [latin('savere', 'sawere', 'saverey', 'savery', 'saver', 'svere', 'subah', 'sube'), 'MO'],
  [latin('(?:dupeh?ar|dupahar|dopeh?ar|dupaher|dupehre|dopahar)(?: (?:to|ton|tho) baad)?'), 'AF'],
  // "sham" is also an English word: only before a Punjabi joining word ("sham nu"), or in a Punjabi conversation.
  [latin('shaam', 'shaami', 'shami', 'sham(?= (?:nu|ko|de|vele|wele))'), 'EV'],
  [latin('raat', 'raati', 'raatin', 'rati'), 'NI'],
];

const RELATIVE: [string, number][] = [
  [gurmukhi('ਅੱਜ'), 0],
  // ਕੱਲ੍ਹ / kal is both yesterday and tomorrow; nobody books yesterday.
  [gurmukhi('ਕੱਲ੍ਹ', 'ਕੱਲ', 'ਕਲ੍ਹ', 'ਕਲ', 'ਭਲਕੇ'), 1],
  [gurmukhi('ਪਰਸੋਂ', 'ਪਰਸੋ'), 2],
  [latin('aaj', 'aj'), 0],
  [latin('kal', 'kall', 'kalh', 'kalle'), 1],
  [latin('parson', 'parso', 'parsun'), 2],
];

const NUMBER_WORDS: Record<string, number> = {
  ਇੱਕ: 1,
  ਇਕ: 1,
  ਦੋ: 2,
  ਤਿੰਨ: 3,
  ਚਾਰ: 4,
  ਪੰਜ: 5,
  ਛੇ: 6,
  ਸੱਤ: 7,
  ਅੱਠ: 8,
  ਨੌਂ: 9,
  ਨੌ: 9,
  ਦਸ: 10,
  ਗਿਆਰਾਂ: 11,
  ਬਾਰਾਂ: 12,
};
const NUMBER = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;
const token = (t: Token) => () => t;

export const PUNJABI_TIME_WORDS: LexiconEntry[] = [
  ...WEEKDAYS.map(([pattern, weekday]): LexiconEntry => ({
    pattern: new RegExp(pattern, 'iu'),
    token: token({ kind: 'day', day: { kind: 'weekday', weekday, week: 'any' } }),
  })),
  { pattern: new RegExp(`${gurmukhi('ਅਗਲੇ', 'ਅਗਲਾ', 'ਅਗਲੀ')}|${latin('agl(?:e|a|i|ay|ey)')}`, 'iu'), token: token({ kind: 'next' }) },
  { pattern: new RegExp(`${gurmukhi('ਪਿਛਲੇ', 'ਪਿਛਲਾ', 'ਪਿਛਲੀ')}|${latin('pichh?l(?:e|a|i|ay)')}`, 'iu'), token: token({ kind: 'last' }) },
  // "is" is also English: only "this" right before a Punjabi weekday or week word.
  {
    pattern: new RegExp(`${gurmukhi('ਇਸ', 'ਏਸ')}|${latin('is', 'es', 'ais')}(?=\\s+(?:${WEEKDAYS.map(([p]) => p).join('|')}|${latin('haft(?:e|a|ey|ay)')}))`, 'iu'),
    token: token({ kind: 'this' }),
  },
  { pattern: new RegExp(`${gurmukhi('ਹਫ਼ਤੇ', 'ਹਫ਼ਤਾ')}|${latin('haft(?:e|a|ey|ay)')}`, 'iu'), token: token({ kind: 'day', day: { kind: 'week', which: 'this' } }) },
  // "agle week" (the English word after a Punjabi one); "next week" alone is the recognizer's.
  { pattern: new RegExp(latin('agl(?:e|a|i|ay|ey) week'), 'iu'), token: token({ kind: 'day', day: { kind: 'week', which: 'next' } }) },
  { pattern: new RegExp(`${gurmukhi('ਵੀਕਐਂਡ', 'ਵੀਕੈਂਡ', 'ਹਫ਼ਤੇ ਦੇ ਅਖੀਰ')}`, 'u'), token: token({ kind: 'day', day: { kind: 'weekends' } }) },
  ...RELATIVE.map(([pattern, offset]): LexiconEntry => ({ pattern: new RegExp(pattern, 'iu'), token: token({ kind: 'day', day: { kind: 'relative', offset } }) })),
  ...PARTS.map(([pattern, part]): LexiconEntry => ({ pattern: new RegExp(pattern, 'iu'), token: token({ kind: 'part', part }) })),
  {
    // 5 ਵਜੇ, ਪੰਜ ਵਜੇ, ਸਾਢੇ 5 ਵਜੇ, ਡੇਢ / ਢਾਈ ਵਜੇ; 5 vaje, saadhe 5 vaje, 5:30 vaje.
    pattern: new RegExp(
      `(?:(${gurmukhi('ਸਾਢੇ')}|${latin('saa?dh?e')})\\s*)?(?:${NUMBER}(?::(\\d{2}))?|(${gurmukhi('ਡੇਢ', 'ਢਾਈ')}|${latin('dedh', 'dhai', 'dhaai')}))\\s*(?:${gurmukhi('ਵਜੇ')}|${latin('vaje', 'waje', 'vajje', 'vje', 'baje', 'bje')})`,
      'iu',
    ),
    token: (m) => {
      const fraction = m[4]?.toLowerCase();
      if (fraction) return { kind: 'clock', hour: /ਡੇਢ|dedh/.test(fraction) ? 1 : 2, minute: 30 };
      const hour = /^\d+$/.test(m[2] ?? '') ? Number(m[2]) : NUMBER_WORDS[m[2] ?? ''];
      if (hour === undefined || hour > 24) return undefined;
      const minute = m[1] ? 30 : m[3] ? Number(m[3]) : 0;
      return minute > 59 ? undefined : { kind: 'clock', hour, minute };
    },
  },
  {
    pattern: new RegExp(`(\\d{1,2})\\s*(?:${gurmukhi('ਤਾਰੀਖ', 'ਤਰੀਕ', 'ਤਾਰੀਕ')}|${latin('tarikh', 'tareekh', 'tareek', 'tarik')})`, 'iu'),
    token: (m) => {
      const day = Number(m[1]);
      return day >= 1 && day <= 31 ? { kind: 'day', day: { kind: 'date', day } } : undefined;
    },
  },
  { pattern: new RegExp(`${gurmukhi('ਹਰ')}|${latin('har')}`, 'iu'), token: token({ kind: 'every' }) },
];

/** "sham" alone means evening when the conversation is in Punjabi ("agle mangalvar sham"). */
export const PUNJABI_SHAM: LexiconEntry = { pattern: new RegExp(latin('sham'), 'iu'), token: token({ kind: 'part', part: 'EV' }) };

/** Spaces and the small words between a day and its time: ਨੂੰ, ਦੇ, ਵੇਲੇ, nu, de, vele, "at". */
export const PUNJABI_JOINER = new RegExp(
  `^\\s*(?:(?:${gurmukhi('ਨੂੰ', 'ਦੇ', 'ਦੀ', 'ਦਾ', 'ਵਾਲੇ', 'ਵੇਲੇ', 'ਕੋ')}|${latin('nu', 'ko', 'de', 'di', 'da', 'wale', 'vale', 'vele', 'wele', 'at', 'around')})\\s*)*$`,
  'iu',
);

export const PUNJABI_FLEXIBLE = new RegExp(
  `${gurmukhi('ਕਿਸੇ ਵੀ (?:ਵੇਲੇ|ਸਮੇਂ|ਟਾਈਮ|ਦਿਨ)', 'ਕਦੇ ਵੀ', 'ਜਦੋਂ ਵੀ', 'ਕੋਈ ਵੀ (?:ਦਿਨ|ਟਾਈਮ|ਸਮਾਂ)', 'ਜਲਦੀ ਤੋਂ ਜਲਦੀ', 'ਜਿੰਨੀ ਜਲਦੀ', 'ਛੇਤੀ ਤੋਂ ਛੇਤੀ', 'ਕੋਈ ਫ਼ਰਕ ਨਹੀਂ')}|${latin(
    'kise vi (?:vele|wele|time|din|samay)',
    'kisi vi (?:vele|wele|time|din|samay)',
    'koi vi (?:time|din|samaa?n?)',
    'kade vi',
    'kadon vi',
    'jado vi',
    'jadon vi',
    'jaldi (?:to|ton) jaldi',
    'jinni jaldi',
    'koi farak nahi',
  )}`,
  'iu',
);

export const PUNJABI_UNRESOLVED_TIME = new RegExp(`${gurmukhi('ਕੰਮ ਤੋਂ ਬਾਅਦ', 'ਕੰਮ ਤੋਂ ਪਹਿਲਾਂ')}|${latin('kam+ (?:to|ton|tho) (?:baad|pehla)')}`, 'iu');

export const PUNJABI_GREETINGS = new RegExp(`${gurmukhi('ਸਤ ਸ੍ਰੀ ਅਕਾਲ', 'ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ', 'ਸ਼ੁਭ ਸਵੇਰ')}|${latin('sat s(?:h)?ri akal')}`, 'giu');

/** "ਕੱਲ੍ਹ ਨਹੀਂ", "kal nahi aa sakda", "ਸੋਮਵਾਰ ਛੱਡ ਕੇ": the day is ruled out. */
export const PUNJABI_NEGATED_AFTER = new RegExp(
  `^\\s*(?:(?:${gurmukhi('ਨੂੰ')}|${latin('nu')})\\s*)?(?:${gurmukhi('ਨਹੀਂ', 'ਛੱਡ ਕੇ')}|${latin('nahi', 'nahin', 'nai', 'ni', 'na', 'chhad ke', 'shad ke')})`,
  'iu',
);
