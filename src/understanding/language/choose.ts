// Which language the bot replies in, from what this message says, what the person chose or wrote before, and the
// channel's locale. The rules, in order:
//   1. An explicit choice (a tap on English / ਪੰਜਾਬੀ / 中文 / 简体 / 繁體, or "reply in English") wins and is remembered
//      as a choice.
//   2. A message clearly in a supported language switches to it (a Chinese question after English -> Chinese),
//      except that a remembered choice holds against messages typed in Latin letters (someone who tapped ਪੰਜਾਬੀ
//      or 中文 may still type English or romanized words on a Latin keyboard), and a chosen Chinese script holds
//      against Chinese in the other script. A message that mixes in the remembered Punjabi or Chinese keeps it
//      ("is IMS like 针灸?" in a Chinese conversation); one mainly in Chinese or Punjabi switches from English.
//      Romanized Punjabi -> Punjabi in Gurmukhi (one tap on English changes it).
//      Romanized Hindi -> English, or Punjabi if the conversation is already in Punjabi: the bot has no Hindi, a
//      Hindi reader may not read Gurmukhi, and someone typing Hinglish reads Latin letters; Punjabi speakers often
//      slip into Hindi forms, so it does not pull a Punjabi conversation into English.
//      Chinese whose characters are the same in both scripts takes the script last used, else the locale's.
//   3. An answer to a prompt for a detail (a name, an email), a message too short to tell ("ok", "IMS?", "👍"), unclear, or in a language the bot does not speak (Hindi
//      in Devanagari, Shahmukhi/Urdu, others) keeps the remembered language;
//   4. with nothing remembered, the channel locale's language; else English.
import {
  chineseScriptFor,
  isChinese,
  LANGUAGE_NAMES,
  localeLanguage,
  type ChineseReplyLanguage,
  type ReplyLanguage,
  type RequestedLanguage,
} from './languages.js';
import { FORM_NAMES, type Detected, type LanguageForm } from './detect.js';

/** What to keep in user state between messages. */
export interface RememberedLanguage {
  language: ReplyLanguage;
  /** 'choice': a tap or an explicit request, which Latin-letter messages do not override; 'message': read from a message. */
  by: 'choice' | 'message';
  /** The script of the person's last Chinese (written or chosen), for a later tap on 中文. */
  chineseScript?: ChineseReplyLanguage;
}

export interface ReplyLanguageInput {
  detected: Detected;
  channelLocale?: string;
  remembered?: RememberedLanguage;
  /** A choice made with this message: a tap, or what {@link readLanguageRequest} read. */
  explicit?: RequestedLanguage;
  /**
   * The message answers a prompt for a detail (a name, phone number, email, date): it keeps the language whatever
   * it reads as. "Gurpreet Kaur" reads as romanized Punjabi, and "陈大文" as Chinese, without asking for either.
   */
  answersPrompt?: boolean;
}

export interface ReplyLanguageDecision {
  language: ReplyLanguage;
  /** The reply language differs from the remembered one. */
  switched: boolean;
  /** Why, in a few words, for the route trace and tests. */
  why: string;
  /** Store this in user state for the next message (undefined: nothing to remember yet). */
  remember?: RememberedLanguage;
  /** The message (or the locale) is in a language form the bot cannot reply in: 'hi-Deva', 'arab', 'other', 'pa-Arab'... */
  unsupported?: string;
}

/** A reply language must be this likely before a message switches to it. */
export const SWITCH_CONFIDENCE = 0.8;

const LATIN_FORMS: ReadonlySet<LanguageForm> = new Set(['en', 'pa-Latn', 'hi-Latn']);
const UNSUPPORTED_FORMS: ReadonlySet<LanguageForm> = new Set(['hi-Deva', 'arab', 'other']);

function family(language: ReplyLanguage | LanguageForm): 'en' | 'pa' | 'zh' | 'other' {
  if (language === 'en') return 'en';
  if (language === 'pa' || language === 'pa-Guru' || language === 'pa-Latn') return 'pa';
  if (language === 'zh' || language === 'zh-Hans' || language === 'zh-Hant') return 'zh';
  return 'other';
}

function scriptOfForm(form: LanguageForm | 'unknown'): ChineseReplyLanguage | undefined {
  return form === 'zh-Hans' || form === 'zh-Hant' ? form : undefined;
}

interface Reading {
  language: ReplyLanguage;
  why: string;
}

/** What the message alone asks for, if it is clear enough to switch. */
function clearMessageLanguage(detected: Detected, remembered: RememberedLanguage | undefined, channelLocale: string | undefined): Reading | undefined {
  if (detected.tooShort || detected.form === 'unknown' || UNSUPPORTED_FORMS.has(detected.form)) return undefined;
  switch (detected.form) {
    case 'pa-Guru':
      return { language: 'pa', why: `a message in ${FORM_NAMES['pa-Guru']}` };
    case 'zh-Hans':
    case 'zh-Hant':
      return { language: detected.form, why: `a message in ${FORM_NAMES[detected.form]}` };
    case 'zh': {
      const script = chineseScriptFor(remembered?.chineseScript ?? (isChinese(remembered?.language) ? remembered.language : undefined), channelLocale);
      return { language: script.language, why: `a message in Chinese (characters common to both scripts; ${script.why})` };
    }
    default: {
      // Latin letters: how likely each reply language is, with romanized Hindi going to English, or to Punjabi
      // when the conversation is already in Punjabi.
      const p = detected.romanized;
      if (!p) return undefined;
      // English words Punjabi speakers mix in ("phone number", "change payment") can lean Punjabi on their own:
      // Punjabi needs at least one word of its own ("nahi", "kinne", "karna").
      const indic = (detected.indicWords ?? 0) > 0;
      const hindiTo: ReplyLanguage = remembered?.language === 'pa' ? 'pa' : 'en';
      const en = p.en + (hindiTo === 'en' ? p.hi : 0);
      const pa = p.pa + (hindiTo === 'pa' ? p.hi : 0);
      const described = FORM_NAMES[detected.form];
      if (pa >= SWITCH_CONFIDENCE && indic) return { language: 'pa', why: `a message in ${described} (Punjabi ${Math.round(100 * pa)} %)` };
      if (en >= SWITCH_CONFIDENCE) return { language: 'en', why: `a message in ${described} (${hindiTo === 'en' && p.hi > p.en ? 'Hindi is answered in English; ' : ''}English ${Math.round(100 * en)} %)` };
      return undefined;
    }
  }
}

function keptBecause(detected: Detected, answersPrompt: boolean | undefined, unsupported: string | undefined): string {
  if (answersPrompt) return 'a button label, or an answer to a prompt for a detail';
  if (detected.tooShort) return 'too short to tell';
  if (unsupported) return `${FORM_NAMES[unsupported as LanguageForm]} is not a language the bot speaks`;
  return 'not clear enough to switch';
}

/** Decides the reply language (see the rules at the top of this file). Pure. */
export function chooseReplyLanguage({ detected, channelLocale, remembered, explicit, answersPrompt }: ReplyLanguageInput): ReplyLanguageDecision {
  const messageScript = scriptOfForm(detected.form) ?? scriptOfForm(detected.mixedWith ?? 'unknown');
  const lastChineseScript = messageScript ?? remembered?.chineseScript ?? (isChinese(remembered?.language) ? remembered.language : undefined);
  const decide = (language: ReplyLanguage, why: string, by: RememberedLanguage['by'] | undefined, extra: { unsupported?: string } = {}): ReplyLanguageDecision => {
    const chineseScript = isChinese(language) ? language : lastChineseScript;
    const remember: RememberedLanguage | undefined = by ? { language, by, ...(chineseScript ? { chineseScript } : {}) } : remembered;
    return { language, switched: remembered !== undefined && remembered.language !== language, why, ...(remember ? { remember } : {}), ...extra };
  };

  // 1. An explicit choice.
  if (explicit) {
    if (explicit === 'zh') {
      const script = chineseScriptFor(lastChineseScript, channelLocale);
      return decide(script.language, `they chose 中文 (${script.why})`, 'choice');
    }
    return decide(explicit, `they chose ${LANGUAGE_NAMES[explicit]}`, 'choice');
  }

  const unsupported = detected.form !== 'unknown' && UNSUPPORTED_FORMS.has(detected.form) && !detected.tooShort ? { unsupported: detected.form } : {};

  // 2. A message clearly in a supported language (unless it answers a prompt for a detail).
  const fromMessage = answersPrompt ? undefined : clearMessageLanguage(detected, remembered, channelLocale);
  if (fromMessage && remembered) {
    const formsInMessage = [detected.form, detected.mixedWith].filter((f): f is LanguageForm => f !== undefined && f !== 'unknown');
    const typedInLatin = detected.form !== 'unknown' && LATIN_FORMS.has(detected.form);
    if (remembered.by === 'choice' && typedInLatin && fromMessage.language !== remembered.language) {
      return decide(remembered.language, `kept their choice of ${LANGUAGE_NAMES[remembered.language]} (${fromMessage.why}, typed in Latin letters)`, undefined);
    }
    if (remembered.by === 'choice' && isChinese(remembered.language) && isChinese(fromMessage.language)) {
      return decide(remembered.language, `kept their choice of ${LANGUAGE_NAMES[remembered.language]} (${fromMessage.why})`, undefined);
    }
    const rememberedFamily = family(remembered.language);
    if (rememberedFamily !== 'en' && family(fromMessage.language) !== rememberedFamily && formsInMessage.some((f) => family(f) === rememberedFamily)) {
      return decide(remembered.language, `kept ${LANGUAGE_NAMES[remembered.language]}: the message mixes it in (${fromMessage.why})`, undefined);
    }
  }
  if (fromMessage) return decide(fromMessage.language, fromMessage.why, 'message');

  // 3. Keep what was remembered.
  const reason = keptBecause(detected, answersPrompt, unsupported.unsupported);
  if (remembered) return decide(remembered.language, `kept ${LANGUAGE_NAMES[remembered.language]}: ${reason}`, undefined, unsupported);

  // 4. The channel locale, else English.
  const locale = localeLanguage(channelLocale);
  if (locale.language) {
    const language = isChinese(locale.language) && lastChineseScript ? lastChineseScript : locale.language;
    return decide(language, `${reason}; ${locale.why}`, undefined, unsupported);
  }
  return decide('en', `${reason}; ${locale.why}; English by default`, undefined, locale.unsupported ? { unsupported: locale.unsupported } : unsupported);
}
