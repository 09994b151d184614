// Names in any script. In a free message a name needs a lead-in ("my name is", "I'm Priya",
// "ਮੇਰਾ ਨਾਮ ... ਹੈ", "mera naam ... hai", "我叫", "我係", "我的名字是"); as the answer to "what is your full
// name?" the bare name counts. A single word ("Mike", "ਹਰਪ੍ਰੀਤ") is marked incomplete so the dialog
// asks for the full name (the clinic calls people back); a Chinese name of 2-4 characters is complete.
import { isEmail } from '../../booking/isEmail.js';
import { Message, tidy } from './message.js';
import { looksLikeQuestion } from './question.js';
import { anyOf, gurmukhi, han, latin } from './scripts.js';
import type { FoundName, NameProblem, FieldReading } from './types.js';

const NAME_CHARS = /^[\p{L}\p{M}][\p{L}\p{M}'’. ·•-]*$/u;
const HAN_ONLY = /^[\p{Script=Han}·•]+$/u;
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir']);
/** Characters that do not occur in Chinese personal names but do in short sentences ("不知道", "我想预约"). */
const NOT_IN_CHINESE_NAMES = /[我你您他她的是不没沒有想要吗嗎呢么麼咩乜唔冇係在了吧啊呀可以預预請请問问多少錢钱時时間间點点謝谢嗨喂痛疼嘅㗎啦病患]/u;
/** Short answers that are not names (yes and no are the reading's control acts). */
const NOT_A_NAME = /^(?:hi|hello|hey|thanks|thank you|ok|okay|yes|yeah|yep|no|nope|sure)$/i;

const GREETING = `(?:(?:${latin('hi', 'hello', 'hey', 'sat s(?:h)?ri akal(?: ji)?')}|${han('你好', '您好', '哈囉', '哈啰')}|${gurmukhi('ਸਤ ਸ੍ਰੀ ਅਕਾਲ', 'ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ')})[\\s,!.]*)?`;
/** Lead-ins of a bare answer, in each language. */
const ANSWER_LEAD_IN = anyOf(
  `^\\s*${GREETING}(?:${latin("my name is", "my name's", 'name is', "name's", 'i am', "i'm", 'im', "it's", 'its', 'this is', 'call me')}|name\\s*:|${gurmukhi('ਮੇਰਾ ਨਾਮ', 'ਮੇਰਾ ਨਾਂ', 'ਮੇਰਾ ਨਾਂਅ', 'ਨਾਮ', 'ਮੈਂ')}|${han('我叫', '我係', '我系', '我是', '我的名字是', '我的名字叫', '我嘅名係', '我嘅名叫', '我個名叫', '我个名叫', '名字是', '名字叫', '我名叫', '本人', '叫我')}|名字\\s*:)?[\\s:]*`,
);
/** What people put after a name: "... ਹੈ", "... here", "。". */
const ANSWER_TAIL = anyOf(`(?:[\\s,]*(?:${latin('here', 'thanks', 'thank you')}|${gurmukhi('ਹੈ', 'ਹਾਂ', 'ਜੀ')}|${han('啊', '呀', '喔', '哦', '啦')}))*[\\s.!。]*$`);
/**
 * Romanized Punjabi: "mera naam Harpreet Kaur hai", "main Harpreet haan". Its particles (hai, han,
 * ji) are also names elsewhere (Hai, Han, Ji), so they are only dropped after a Punjabi lead-in.
 */
const ROMANIZED_PUNJABI_ANSWER = new RegExp(
  `^\\s*${GREETING}(?:${latin('mera naam', 'mera nam', 'mera naa', 'mera naan', 'mera name')}\\s+(?:hai\\s+)?|${latin('main', 'mai', 'mein')}\\s+(?=.+\\s(?:haan|han|aan)[\\s.!]*$))(.+?)(?:\\s+${latin('hai', 'ae', 'aa', 'haan', 'han', 'aan', 'ji')})*[\\s.!]*$`,
  'diu',
);

/**
 * Free-text lead-ins. "I'm Priya" needs a capital letter (so "I'm looking to book" is not a name);
 * "my name is" does not. Each captures up to four words, cut further below.
 */
const LATIN_WORDS = "\\p{L}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{L}[\\p{L}\\p{M}'’.-]*){0,3}";
const CAPITALISED_WORDS = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3}";
const GURMUKHI_WORDS = '[\\u0A00-\\u0A7F]+(?:\\s+[\\u0A00-\\u0A7F]+){0,4}';
const HAN_NAME = '[\\p{Script=Han}·•]{1,12}';
const LEAD_INS: { pattern: RegExp; surnameOnly?: boolean }[] = [
  { pattern: new RegExp(`${latin("my name is", "my name's", "name's", 'name is')}\\s+(${LATIN_WORDS})`, 'diu') },
  { pattern: new RegExp(`(?<![A-Za-z])(?:[Ii] am|[Ii]['’]?m|[Tt]his is)\\s+(${CAPITALISED_WORDS})`, 'du') },
  { pattern: new RegExp(`${latin('mera naam', 'mera nam', 'mera naa', 'mera naan', 'mera name')}\\s+(?:hai\\s+)?(${LATIN_WORDS})`, 'diu') },
  { pattern: new RegExp(`${latin('main', 'mai', 'mein')}\\s+(${LATIN_WORDS})\\s+${latin('haan', 'han', 'aan')}`, 'diu') },
  { pattern: new RegExp(`${gurmukhi('ਮੇਰਾ ਨਾਮ', 'ਮੇਰਾ ਨਾਂ', 'ਮੇਰਾ ਨਾਂਅ')}\\s*(?:${gurmukhi('ਹੈ')}\\s*)?(${GURMUKHI_WORDS}|${LATIN_WORDS})`, 'diu') },
  { pattern: new RegExp(`${gurmukhi('ਮੈਂ')}\\s*(${GURMUKHI_WORDS})\\s*${gurmukhi('ਹਾਂ')}`, 'du') },
  { pattern: new RegExp(`${han('我姓')}\\s*(${HAN_NAME})`, 'du'), surnameOnly: true },
  {
    pattern: new RegExp(
      `${han('我叫', '我係', '我系', '我的名字是', '我的名字叫', '我嘅名係', '我嘅名叫', '我個名叫', '我个名叫', '名字是', '名字叫', '我名叫', '我是', '本人')}\\s*(${HAN_NAME}|${LATIN_WORDS})`,
      'diu',
    ),
  },
];

const NOT_NAMES = new Set(
  'looking interested wondering hoping trying calling writing new here just not a an in having ready free available sore injured hurt booking asking still so very really from with at the also currently going theek thik vadiya changa bimar busy ok okay fine good icbc msp wcb worksafe worksafebc'.split(
    ' ',
  ),
);
/** Where a name captured after a lead-in ends: the next clause, or a day or time ("I'm Tom Thursday works"). */
const LATIN_NAME_STOP = new RegExp(
  `\\s+(?:${latin(
    'and',
    'but',
    'from',
    'with',
    'at',
    'in',
    'for',
    'calling',
    'here',
    'looking',
    'i',
    "i'm",
    'my',
    'hai',
    'ae',
    'aa',
    'ha',
    'haan',
    'han',
    'ji',
    'te',
    'ate',
    'mera',
    'meri',
    'mainu',
    'menu',
    'number',
    'da',
    'di',
    'de',
    'today',
    'tomorrow',
    'tonight',
    'next',
    'this',
    '(?:mon|tues|wednes|thurs|fri|satur|sun)day',
    'morning',
    'afternoon',
    'evening',
    'please',
    'thanks',
  )}).*$`,
  'iu',
);
const GURMUKHI_NAME_STOP = new RegExp(`\\s*${gurmukhi('ਹੈ', 'ਹਾਂ', 'ਜੀ', 'ਅਤੇ', 'ਤੇ', 'ਮੇਰਾ', 'ਮੇਰੀ', 'ਮੈਨੂੰ', 'ਨੰਬਰ', 'ਫ਼ੋਨ', 'ਦਾ', 'ਦੀ', 'ਦੇ', 'ਨੇ')}.*$`, 'u');
const HAN_NAME_STOP = new RegExp(
  `(?:[叫想要预預约約电電手我你您的了呢啊呀吧喔哦嘅㗎啦和同在是係系有冇没沒不唔，。、]|${han('今天', '今日', '明天', '明日', '聽日', '听日', '星期', '禮拜', '礼拜', '下午', '上午', '晚上', '早上', '下星期', '下个', '下個', '后天', '後天', '看病', '睇')}).*$`,
  'u',
);

function wordsOf(name: string): string[] {
  return name
    .split(/[\s·•]+/u)
    .filter((w) => /\p{L}/u.test(w) && !TITLES.has(w.toLowerCase().replace(/\.$/, '')));
}

/** Two name words, or a Chinese name of 2-4 characters ("陈美玲"): enough for the clinic to call back. */
export function isCompleteName(name: string): boolean {
  const words = wordsOf(name);
  if (words.length >= 2) return true;
  const only = words[0] ?? '';
  return HAN_ONLY.test(only) && [...only].length >= 2 && [...only].length <= 4;
}

/** How much of a name captured after a lead-in to keep: up to where the sentence moves on. */
function nameLength(captured: string): number {
  let end = captured.length;
  const cutAt = (pattern: RegExp, from = 0) => {
    const hit = pattern.exec(captured.slice(from, end));
    if (hit) end = from + hit.index;
  };
  cutAt(HAN_NAME_STOP);
  cutAt(GURMUKHI_NAME_STOP);
  // The first word stays even if it is a day or month ("April Smith", "May Chen").
  cutAt(LATIN_NAME_STOP, captured.search(/\s|$/));
  return captured.slice(0, end).replace(/[\s.,!。]+$/u, '').length;
}

/** A name after a lead-in, anywhere in a free message. */
export function findName(message: Message): FoundName | undefined {
  for (const { pattern, surnameOnly } of LEAD_INS) {
    const match = pattern.exec(message.text);
    const captured = match?.[1];
    const at = match?.indices?.[1];
    if (!match || !captured || !at) continue;
    const start = at[0];
    const end = start + nameLength(captured);
    const name = tidy(message.text.slice(start, end));
    const first = name.split(' ')[0]?.toLowerCase() ?? '';
    if (!name || NOT_NAMES.has(first) || message.touchesControl(start, end) || !readName(name).ok) continue;
    if (HAN_ONLY.test(name) && [...name].length > (surnameOnly ? 2 : 4) && !/[·•]/u.test(name)) continue;
    message.blank(match.index, end);
    return { value: name, complete: !surnameOnly && isCompleteName(name), span: message.span(start, end) };
  }
  return undefined;
}

/** Where the name is in a bare answer: after any lead-in, before any closing particle. */
function nameRange(text: string): [number, number] {
  const punjabi = ROMANIZED_PUNJABI_ANSWER.exec(text);
  if (punjabi?.indices?.[1]) return punjabi.indices[1];
  const lead = ANSWER_LEAD_IN.exec(text);
  const start = lead ? lead[0].length : 0;
  const tail = ANSWER_TAIL.exec(text.slice(start));
  const end = tail && tail.index > 0 ? start + tail.index : text.length;
  // "I'm" alone, or "my name is" with nothing after: read the whole answer instead.
  return start < end ? [start, end] : [0, text.length];
}

/** The answer to "what is your full name?" (lead-ins in any language allowed). */
export function readName(input: string): FieldReading<FoundName, NameProblem> {
  const message = new Message(input);
  let [start, end] = nameRange(message.text);
  const raw = message.text.slice(start, end);
  start += raw.length - raw.trimStart().length;
  end -= raw.length - raw.trimEnd().length;
  const value = tidy(raw);

  if (!value) return { ok: false, problem: 'empty' };
  if (isEmail(value) || /\S+@\S+/.test(value)) return { ok: false, problem: 'looks-like-email' };
  if ((value.match(/\d/g) ?? []).length >= 5) return { ok: false, problem: 'looks-like-phone' };
  if (looksLikeQuestion(value)) return { ok: false, problem: 'question' };
  if (value.length > 100) return { ok: false, problem: 'too-long' };
  if (!NAME_CHARS.test(value) || message.touchesControl(start, end)) return { ok: false, problem: 'not-letters' };
  if (NOT_A_NAME.test(value)) return { ok: false, problem: 'not-a-name' };
  const chinese = HAN_ONLY.test(value.replace(/\s+/g, ''));
  if (chinese && (NOT_IN_CHINESE_NAMES.test(value) || wordsOf(value).some((w) => [...w].length > 4 && !/[·•]/u.test(w)))) {
    return { ok: false, problem: 'not-a-name' };
  }
  // One Chinese character is a surname (incomplete, asked again); one Latin letter is not a name.
  if ((value.match(/\p{L}/gu) ?? []).length < (chinese ? 1 : 2)) return { ok: false, problem: 'too-short' };
  return { ok: true, value: { value, complete: isCompleteName(value), span: message.span(start, end) } };
}
