// Days and times in Chinese, Simplified and Traditional, with the Cantonese colloquial forms:
// 星期二 / 周二 / 禮拜二, 下星期二 / 下個禮拜二, 今天 / 今日, 明天 / 聽日, 後天, 下星期, 周末,
// 上午 / 早上 / 朝早, 下午 / 下晝 / 晏晝, 晚上 / 夜晚, 今晚 / 聽朝 / 明早, 3点 / 下午三點半,
// 12月3日 / 3号, 每个星期二; 随时 / 幾時都得 / 越快越好 (flexible).
import { han } from '../scripts.js';
import type { PartOfDay } from './phrase.js';
import type { LexiconEntry, Token } from './phraseReader.js';

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 1-31 in Arabic digits or Chinese numerals (三, 十二, 二十一, 卅 not included). */
export function chineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const m = /^([一二两兩三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(text);
  if (!m || !text) return undefined;
  if (!m[2]) return m[1] && !m[3] ? DIGITS[m[1]] : undefined;
  return (m[1] ? (DIGITS[m[1]] ?? 0) : 1) * 10 + (m[3] ? (DIGITS[m[3]] ?? 0) : 0);
}

const NUMBER = '(\\d{1,2}|[一二两兩三四五六七八九]?十[一二三四五六七八九]?|[一二两兩三四五六七八九])';
const WEEK = '(?:星期|礼拜|禮拜|周|週)';
const WEEKDAY_CHARS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7 };

function modifierOf(text: string | undefined): 'next' | 'this' | 'last' | 'any' {
  if (!text) return 'any';
  if (text.startsWith('下')) return 'next';
  if (text.startsWith('上')) return 'last';
  return 'this';
}
const MODIFIER = '(下(?:个|個|一个|一個)?|上(?:个|個|一个|一個)?|这(?:个)?|這(?:個)?|今个|今個|本)';

const PARTS: [string, PartOfDay | 'noon'][] = [
  [han('上午', '早上', '早晨', '清早', '朝早', '朝頭早', '朝头早'), 'MO'],
  [han('中午', '正午'), 'noon'],
  [han('下午', '下晝', '下昼', '晏晝', '晏昼'), 'AF'],
  [han('傍晚', '晚上', '夜晚黑', '夜晚', '晚黑', '晚间', '晚間'), 'EV'],
  [han('深夜', '半夜'), 'NI'],
];

const RELATIVE: [string, number][] = [
  [han('今天', '今日'), 0],
  [han('明天', '明日', '聽日', '听日'), 1],
  [han('大后天', '大後天'), 3],
  [han('后天', '後天', '後日', '后日'), 2],
];

const DAY_AND_PART: [string, number, PartOfDay][] = [
  [han('今晚', '今夜'), 0, 'EV'],
  [han('今朝', '今早'), 0, 'MO'],
  [han('明早', '聽朝', '听朝'), 1, 'MO'],
  [han('明晚', '聽晚', '听晚'), 1, 'EV'],
];

const token = (t: Token) => () => t;

export const CHINESE_TIME_WORDS: LexiconEntry[] = [
  {
    pattern: new RegExp(`${MODIFIER}?\\s*${WEEK}([一二三四五六日天1-7])`, 'u'),
    token: (m) => ({ kind: 'day', day: { kind: 'weekday', weekday: WEEKDAY_CHARS[m[2] as string] as number, week: modifierOf(m[1]) } }),
  },
  {
    pattern: new RegExp(`${MODIFIER}\\s*${WEEK}(?![一二三四五六日天1-7末])`, 'u'),
    token: (m) => {
      const which = modifierOf(m[1]);
      return { kind: 'day', day: { kind: 'week', which: which === 'any' ? 'this' : which } };
    },
  },
  {
    pattern: new RegExp(`${MODIFIER}?\\s*(?:周末|週末|${WEEK}六日)`, 'u'),
    token: (m) => {
      const which = modifierOf(m[1]);
      return { kind: 'day', day: which === 'next' || which === 'this' ? { kind: 'weekends', which } : { kind: 'weekends' } };
    },
  },
  { pattern: new RegExp(han('平日', '工作日', `${WEEK}一(?:到|至)${WEEK}?五`), 'u'), token: token({ kind: 'day', day: { kind: 'weekdays' } }) },
  ...RELATIVE.map(([pattern, offset]): LexiconEntry => ({ pattern: new RegExp(pattern, 'u'), token: token({ kind: 'day', day: { kind: 'relative', offset } }) })),
  ...DAY_AND_PART.map(([pattern, offset, part]): LexiconEntry => ({
    pattern: new RegExp(pattern, 'u'),
    token: token({ kind: 'dayAndPart', day: { kind: 'relative', offset }, part }),
  })),
  ...PARTS.map(([pattern, part]): LexiconEntry => ({ pattern: new RegExp(pattern, 'u'), token: token({ kind: 'part', part }) })),
  {
    // 12月3日, 12月3号, 十二月三號; 3号 alone (日 alone is too often "day").
    pattern: new RegExp(`(?:${NUMBER}月${NUMBER}(?:日|号|號)|${NUMBER}(?:号|號)(?![码碼]))`, 'u'),
    token: (m) => {
      const month = m[1] ? chineseNumber(m[1]) : undefined;
      const day = chineseNumber((m[2] ?? m[3]) as string);
      if (!day || day > 31 || (month !== undefined && (month < 1 || month > 12))) return undefined;
      return { kind: 'day', day: month ? { kind: 'date', month, day } : { kind: 'date', day } };
    },
  },
  {
    // 3点, 三點半, 10点15分, 3点钟, 3時; 3:30.
    pattern: new RegExp(`${NUMBER}\\s*(?:点|點|时|時)(钟|鐘)?\\s*(?:(半)|(\\d{1,2})\\s*分|(一刻)|(三刻))?|(\\d{1,2}):(\\d{2})`, 'u'),
    token: (m) => {
      const hour = chineseNumber((m[1] ?? m[7]) as string);
      if (hour === undefined || hour > 24) return undefined;
      const minute = m[3] ? 30 : m[4] ? Number(m[4]) : m[5] ? 15 : m[6] ? 45 : m[8] ? Number(m[8]) : 0;
      if (minute > 59) return undefined;
      // "一点" is also "a little" (好一点, 早一点): only a time next to a day or part of day, or as 一点钟 / 一点半.
      const weak = m[1] === '一' && !m[2] && minute === 0;
      return { kind: 'clock', hour, minute, weak };
    },
  },
  { pattern: new RegExp(han('每(?:个|個|一个|一個)?', '逢'), 'u'), token: token({ kind: 'every' }) },
];

/** Spaces, 的 / 嘅 and a comma-free run between neighbouring words of one phrase. */
export const CHINESE_JOINER = /^\s*(?:的|嘅)?\s*$/u;

/** Any time is fine. The bare "都可以" / "都得" only count as the answer to the time question. */
export const CHINESE_FLEXIBLE = new RegExp(
  han(
    '随时',
    '隨時',
    '任何时间',
    '任何時間',
    '(?:什么|甚麼|什麼)(?:时候|時候)都',
    '(?:幾|几)(?:时|時)都',
    '(?:边|邊|哪|那)(?:日|天)都',
    '越快越好',
    '愈快愈好',
    '尽快',
    '盡快',
    '尽早',
    '盡早',
    '最早',
  ),
  'u',
);
export const CHINESE_FLEXIBLE_ANSWER = new RegExp(`^\\s*${han('都可以', '都行', '都得', '无所谓', '無所謂', '冇所謂', '随便', '隨便')}`, 'u');

/** Time words with no clock value ("after work"): the answer is kept in the person's words for staff. */
export const CHINESE_UNRESOLVED_TIME = new RegExp(han('下班(?:后|後)', '放工(?:后|後)', '午饭', '午飯', '上班前', '返工前'), 'u');

/** Greetings that contain time words: 早晨 opening a Cantonese message, 早上好, 晚安. */
export const CHINESE_GREETINGS = new RegExp(`^\\s*早晨|${han('早上好', '下午好', '晚上好', '早安', '午安', '晚安')}`, 'gu');

/** "星期一不行", "聽日唔得閒": the time is ruled out, not chosen. */
export const CHINESE_NEGATED_AFTER = new RegExp(
  `^\\s*${han('不行', '不可以', '不得', '唔得', '唔得閒', '唔得闲', '没空', '沒空', '冇空', '不方便', '唔方便', '没时间', '沒時間', '冇時間', '不能', '唔可以', '有事')}`,
  'u',
);
export const CHINESE_NEGATED_BEFORE = new RegExp(`${han('除了', '除咗', '除开', '除開', '不要', '唔要')}\\s*$`, 'u');
