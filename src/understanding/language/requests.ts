// An explicit request for a reply language: a tap on a language button (its label comes back as the message) or
// a short message that only asks for one ("reply in English", "punjabi vich dasso", "ਪੰਜਾਬੀ ਵਿੱਚ ਜਵਾਬ ਦਿਓ",
// "可以用中文回答吗", "English唔該", "繁體"). Deliberately narrow: every word must be a language name or a word
// of asking, so "do u have this in Chinese for my mum" is left to the knowledge base's language entry.
import { normaliseGurmukhi } from './gurmukhi.js';
import type { RequestedLanguage } from './languages.js';
import { wordSegments } from './wordSegments.js';

/** Language names as people write them (lower case; Gurmukhi is normalised before matching). */
const NAMES: ReadonlyArray<[RequestedLanguage, readonly string[]]> = [
  ['en', ['english', 'eng', 'inglish', 'angrezi', 'angreji', 'angrezee', 'ਅੰਗਰੇਜ਼ੀ', 'ਅੰਗ੍ਰੇਜ਼ੀ', 'ਇੰਗਲਿਸ਼', '英文', '英語', '英语']],
  ['pa', ['punjabi', 'panjabi', 'punjaabi', 'pbi', 'ਪੰਜਾਬੀ', '旁遮普語', '旁遮普语']],
  [
    'zh',
    ['chinese', 'mandarin', 'cantonese', '中文', '汉语', '漢語', '华语', '華語', '国语', '國語', '普通话', '普通話', '广东话', '廣東話', '粤语', '粵語', '唐话', '唐話', '中国话', '中國話', 'ਚੀਨੀ'],
  ],
  ['zh-Hans', ['简体中文', '簡體中文', '简体字', '簡體字', '简体', '簡體', '简中', '簡中']],
  ['zh-Hant', ['繁體中文', '繁体中文', '繁體字', '繁体字', '繁體', '繁体', '繁中', '正體']],
];

/** English words that name a script only next to "Chinese" ("is IMS traditional?" asks nothing about language). */
const SCRIPT_QUALIFIERS: ReadonlyMap<string, RequestedLanguage> = new Map([
  ['simplified', 'zh-Hans'],
  ['traditional', 'zh-Hant'],
]);

/** Words of asking, in English, romanized Punjabi/Hindi, Gurmukhi and Chinese. */
const ASKING = [
  // English
  'reply', 'replies', 'respond', 'answer', 'answers', 'write', 'type', 'speak', 'speaks', 'speaking', 'talk', 'chat', 'text',
  'switch', 'change', 'go', 'back', 'to', 'in', 'into', 'with', 'please', 'pls', 'plz', 'can', 'could', 'would', 'will', 'you',
  'u', 'me', 'us', 'i', 'we', 'want', 'wanna', 'prefer', 'use', 'language', 'only', 'now', 'instead', 'then', 'ok', 'okay',
  'the', 'a', 'do', 'does', 'know', 'kindly', 'let', 'lets', 's', 'is', 'are', 'there', 'anyone', 'someone', 'who', 'version',
  'mode', 'hi', 'hello', 'thanks', 'thank', 'yes', 'need', 'set', 'it', 'my', 'mom', 'mum', 'mother', 'parents', 'for', 'her', 'him',
  // Romanized Punjabi and Hindi
  'vich', 'wich', 'ch', 'vch', 'jawab', 'javab', 'deo', 'dio', 'de', 'dena', 'ji', 'karo', 'kro', 'kar', 'ke', 'k', 'gall',
  'gal', 'baat', 'bolo', 'bol', 'likho', 'dasso', 'daso', 'batao', 'bataiye', 'tusi', 'tussi', 'aap', 'ap', 'ki', 'kya',
  'bolde', 'bolte', 'ho', 'o', 'sakde', 'sakte', 'mainu', 'menu', 'mujhe', 'muje', 'krdo', 'kardo', 'vi', 'bhi', 'mein',
  'me', 'main', 'hun', 'hune', 'abhi', 'ab', 'sirf', 'ch',
  // Gurmukhi
  'ਵਿੱਚ', 'ਵਿਚ', 'ਚ', 'ਜਵਾਬ', 'ਦਿਓ', 'ਦਿਉ', 'ਦੇਵੋ', 'ਦੇਣਾ', 'ਦੇ', 'ਜੀ', 'ਕਿਰਪਾ', 'ਕਰਕੇ', 'ਕਰ', 'ਕੇ', 'ਗੱਲ', 'ਕਰੋ', 'ਬੋਲੋ', 'ਲਿਖੋ',
  'ਦੱਸੋ', 'ਤੁਸੀਂ', 'ਕੀ', 'ਬੋਲਦੇ', 'ਹੋ', 'ਸਕਦੇ', 'ਮੈਨੂੰ', 'ਵੀ', 'ਹੁਣ', 'ਸਿਰਫ਼', 'ਸਾਨੂੰ', 'ਚਾਹੀਦਾ', 'ਹੈ', 'ਹਾਂ', 'ਜਾਣਦੇ', 'ਭਾਸ਼ਾ',
  // Chinese (both scripts)
  '用', '请', '請', '请用', '請用', '回答', '回覆', '回复', '答', '讲', '講', '说', '說', '可以', '吗', '嗎', '唔该', '唔該', '我',
  '同我', '跟我', '和我', '要', '想', '改', '改用', '换', '換', '换成', '換成', '成', '转', '轉', '为', '為', '以', '你', '你们',
  '你們', '你哋', '会', '會', '不会', '不會', '唔', '识', '識', '能', '打字', '写', '寫', '好', '吧', '啦', '呀', '啊', '呢', '一下',
  '麻烦', '麻煩', '请你', '請你', '谢谢', '謝謝', '有', '冇', '没有', '沒有', '嘅', '的', '版本', '版', '语言', '語言', '讲嘢',
  '講嘢', '说话', '說話', '咩', '字', '得', '唔得', '行', '哦', '喔', '嗯', '該', '该', '晒',
];

const MAX_ASKING_WORDS = 8;

const foldText = (text: string) => normaliseGurmukhi(text.normalize('NFKC').toLowerCase());
const asking = new Set(ASKING.map(foldText));
/** Longest first, so 简体中文 is read before 中文. Latin names match as whole words; Gurmukhi and Chinese ones anywhere. */
const names = NAMES.flatMap(([language, spellings]) => spellings.map((spelling) => ({ name: foldText(spelling), language })))
  .sort((a, b) => b.name.length - a.name.length)
  .map(({ name, language }) => ({ language, pattern: /^[a-z]+$/.test(name) ? new RegExp(`(?<![a-z])${name}(?![a-z])`, 'g') : name }));
const MAY_NAME_A_LANGUAGE = new RegExp(
  [...NAMES.flatMap(([, spellings]) => spellings.map(foldText)), ...SCRIPT_QUALIFIERS.keys()].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
);

/**
 * The language a message explicitly asks for, or undefined. 'zh' is 中文 without a script; a request naming a
 * script (简体, 繁體, "traditional Chinese") gives that script. Two different languages in one message: undefined.
 */
export function readLanguageRequest(text: string): RequestedLanguage | undefined {
  if (text.length > 120) return undefined;
  const folded = foldText(text);
  // Most messages name no language: one combined test settles them.
  if (!MAY_NAME_A_LANGUAGE.test(folded)) return undefined;
  let rest = ` ${folded.replace(/[\p{P}\p{S}]+/gu, ' ')} `;
  const found = new Set<RequestedLanguage>();
  for (const { language, pattern } of names) {
    const before = rest;
    rest = rest.replaceAll(pattern, ' ');
    if (rest !== before) found.add(language);
  }
  const words = wordSegments(rest);
  const qualifiers = words.filter((w) => SCRIPT_QUALIFIERS.has(w));
  if (qualifiers.length && (found.has('zh') || (found.size === 0 && words.length === qualifiers.length))) {
    for (const q of qualifiers) found.add(SCRIPT_QUALIFIERS.get(q) as RequestedLanguage);
  }
  const others = words.filter((w) => !SCRIPT_QUALIFIERS.has(w) || !found.has(SCRIPT_QUALIFIERS.get(w) as RequestedLanguage));
  if (others.length > MAX_ASKING_WORDS || others.some((w) => !asking.has(w))) return undefined;
  // Chinese with a script: the script wins over plain 中文; both scripts at once is no choice.
  if (found.has('zh-Hans') !== found.has('zh-Hant')) {
    found.delete('zh');
  } else if (found.has('zh-Hans')) {
    return undefined;
  }
  return found.size === 1 ? [...found][0] : undefined;
}
