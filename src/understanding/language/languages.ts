// The languages the bot replies in, the labels people tap to switch, and what a channel's locale says about them.
// Everything here is plain data and pure functions: no Bot Framework types, no I/O.

/** What the bot replies in: English, Punjabi in Gurmukhi script, Chinese in Simplified or Traditional characters. */
import { REPLY_LANGUAGES, type ReplyLanguage } from '../../kb/schema.js';

// The knowledge base defines the reply languages (every answer exists in each of them).
export { REPLY_LANGUAGES, type ReplyLanguage };

export type ChineseReplyLanguage = Extract<ReplyLanguage, 'zh-Hans' | 'zh-Hant'>;

/** A language someone asked for: 'zh' is "中文" without a script, resolved by {@link chineseScriptFor}. */
export type RequestedLanguage = ReplyLanguage | 'zh';

export function isReplyLanguage(value: unknown): value is ReplyLanguage {
  return typeof value === 'string' && (REPLY_LANGUAGES as readonly string[]).includes(value);
}

export function isChinese(language: ReplyLanguage | undefined): language is ChineseReplyLanguage {
  return language === 'zh-Hans' || language === 'zh-Hant';
}

/** Each language's name in itself, for menus and "I'll answer in ..." lines. */
export const LANGUAGE_NAMES: Readonly<Record<ReplyLanguage, string>> = {
  en: 'English',
  pa: 'ਪੰਜਾਬੀ',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
};

export interface LanguageChoice {
  /** The text on the button; a tap sends it back as the message, and {@link readLanguageRequest} reads it. */
  label: string;
  language: RequestedLanguage;
}

/** The three buttons to switch language. 中文 picks the script with {@link chineseScriptFor}. */
export const LANGUAGE_CHOICES: readonly LanguageChoice[] = [
  { label: 'English', language: 'en' },
  { label: 'ਪੰਜਾਬੀ', language: 'pa' },
  { label: '中文', language: 'zh' },
];

/** Shown next to Chinese replies so people can change script with one tap (each label in its own script). */
export const CHINESE_SCRIPT_CHOICES: readonly LanguageChoice[] = [
  { label: '简体', language: 'zh-Hans' },
  { label: '繁體', language: 'zh-Hant' },
];

/**
 * The script a Chinese reply uses when nothing else says which: Traditional, because Delta's and Richmond's
 * Chinese-speaking patients include many older Cantonese speakers from Hong Kong, who read Traditional
 * characters; people who read Simplified are one tap (简体) away. A clinic decision: change it here.
 */
export const DEFAULT_CHINESE_SCRIPT: ChineseReplyLanguage = 'zh-Hant';

/** What a channel locale says. `unsupported` names a language form the bot cannot reply in (e.g. 'pa-Arab'). */
export interface LocaleLanguage {
  language?: ReplyLanguage;
  unsupported?: string;
  why: string;
}

/**
 * The locale a reply in each language carries (an activity's `locale`), and the web chat's locale for it: tags
 * Web Chat has strings for where it can (zh-CN, zh-HK; none for Punjabi, whose send box stays in English) and
 * that localeLanguage reads back to the same language. Traditional is zh-HK: the clinic's Traditional readers
 * are mostly Cantonese speakers from Hong Kong.
 */
export const REPLY_LOCALES: Readonly<Record<ReplyLanguage, string>> = { en: 'en-CA', pa: 'pa-IN', 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-HK' };

/**
 * Reads a channel's locale (BCP 47 as Web Chat and Teams send it: en-CA, pa-IN, pa-Guru-IN, zh-TW, zh-HK, yue,
 * zh-Hans...). The script comes from the tag, or from ICU's likely subtags when the tag has none (zh-TW and
 * zh-HK -> Traditional, zh-CN and zh-SG -> Simplified, yue -> Traditional). Punjabi in Shahmukhi (pa-Arab, pa-PK)
 * and every other language give no reply language, so the caller falls back to English.
 */
export function localeLanguage(locale: string | undefined): LocaleLanguage {
  if (!locale?.trim()) return { why: 'no channel locale' };
  let tag: Intl.Locale;
  try {
    tag = new Intl.Locale(locale.trim().replace(/_/g, '-')).maximize();
  } catch {
    return { why: `channel locale "${locale.slice(0, 40)}" is not a language tag` };
  }
  const script = tag.script;
  switch (tag.language) {
    case 'en':
      return { language: 'en', why: `channel locale ${locale}` };
    case 'pa':
      if (script === 'Guru') return { language: 'pa', why: `channel locale ${locale} (Punjabi in Gurmukhi)` };
      return { unsupported: `pa-${script ?? 'Arab'}`, why: `channel locale ${locale}: Punjabi in Shahmukhi script is not supported (replies are in Gurmukhi or English)` };
    case 'zh':
    case 'yue':
      if (script === 'Hant') return { language: 'zh-Hant', why: `channel locale ${locale} (Traditional characters)` };
      if (script === 'Hans') return { language: 'zh-Hans', why: `channel locale ${locale} (Simplified characters)` };
      return { language: DEFAULT_CHINESE_SCRIPT, why: `channel locale ${locale} (Chinese, script unknown)` };
    default:
      return { unsupported: tag.baseName, why: `channel locale ${locale}: not a language the bot speaks` };
  }
}

/**
 * Which script a Chinese reply uses when someone asks for Chinese (a tap on 中文) or writes Chinese whose
 * characters are the same in both scripts: the script they last wrote or chose, else the channel locale's,
 * else {@link DEFAULT_CHINESE_SCRIPT}. The reply carries {@link CHINESE_SCRIPT_CHOICES} to change it.
 */
export function chineseScriptFor(lastChineseScript: ChineseReplyLanguage | undefined, channelLocale?: string): { language: ChineseReplyLanguage; why: string } {
  if (lastChineseScript) return { language: lastChineseScript, why: `the script of their last Chinese (${LANGUAGE_NAMES[lastChineseScript]})` };
  const fromLocale = localeLanguage(channelLocale).language;
  if (isChinese(fromLocale)) return { language: fromLocale, why: `channel locale ${channelLocale}` };
  return { language: DEFAULT_CHINESE_SCRIPT, why: `the default Chinese script (${LANGUAGE_NAMES[DEFAULT_CHINESE_SCRIPT]})` };
}
