// What language one message is in, from its text alone: the scripts it uses; for Chinese, Simplified or
// Traditional characters; for Latin letters, English, romanized Punjabi or romanized Hindi (the trained detector);
// whether it mixes two; and whether it is too short to tell ("ok", "IMS?", "👍").
import { chineseScriptVerdict, type ChineseScriptCounts } from './chineseScript.js';
import { defaultLanguageKit, type LanguageKit } from './kit.js';
import { latinWords, type RomanizedLanguage, type RomanizedProbabilities } from './romanizedDetector.js';
import { readScripts, type Script, type ScriptCounts } from './scripts.js';

/**
 * A language in a script, as BCP 47 would write it. 'zh' is Chinese whose characters are the same in both
 * scripts; 'arab' is Arabic script (Punjabi in Shahmukhi or Urdu, not told apart); 'other' any other script.
 */
export type LanguageForm = 'en' | 'pa-Guru' | 'pa-Latn' | 'hi-Latn' | 'hi-Deva' | 'zh-Hans' | 'zh-Hant' | 'zh' | 'arab' | 'other';

/** How each form is named in explanations ("why") and logs. */
export const FORM_NAMES: Readonly<Record<LanguageForm, string>> = {
  en: 'English',
  'pa-Guru': 'Punjabi (Gurmukhi)',
  'pa-Latn': 'romanized Punjabi',
  'hi-Latn': 'romanized Hindi',
  'hi-Deva': 'Hindi (Devanagari)',
  'zh-Hans': 'Simplified Chinese',
  'zh-Hant': 'Traditional Chinese',
  zh: 'Chinese',
  arab: 'Arabic script (Punjabi in Shahmukhi, or Urdu)',
  other: 'another script',
};

export interface Detected {
  /** The message's main language form; 'unknown' when it has no words at all ("👍", "?", "604"). */
  form: LanguageForm | 'unknown';
  /** 0..1: how sure `form` is (for Latin letters, the detector's calibrated probability). */
  confidence: number;
  /** Too little text to tell a language: keep the one you had ("ok", "IMS?", "thanks", "👍", "好"). */
  tooShort: boolean;
  /** A second language form in the same message: "IMS會唔會好痛？first time做" is zh-Hant mixed with en. */
  mixedWith?: LanguageForm;
  /** Letters per script. */
  scripts: ScriptCounts;
  /** Telling Simplified-only and Traditional-only characters, when the message has Chinese. */
  chinese?: ChineseScriptCounts;
  /** The detector's probabilities for the message's Latin-letter words, when it has any that carry evidence. */
  romanized?: RomanizedProbabilities;
  /** Latin-letter words that alone point to Punjabi or Hindi ("nahi", "aa", "mera"; see RomanizedVerdict.indicWords). */
  indicWords?: number;
}

/** Chinese characters weigh less than a word each (a Chinese word is 1.5 to 2 characters). */
const HAN_WEIGHT = 0.6;
/** How many words pointing to another language (see RomanizedVerdict.pointing) make a message mixed. */
const MIXING_WORDS = 1;

const ROMANIZED_FORM: Record<RomanizedLanguage, LanguageForm> = { en: 'en', pa: 'pa-Latn', hi: 'hi-Latn' };

interface Part {
  form: LanguageForm;
  weight: number;
  confidence: number;
}

/** The non-English language form of a message: its main form, or what is mixed in when the main form is English. */
export function nonEnglishForm(detected: Detected): LanguageForm | undefined {
  if (detected.form !== 'en' && detected.form !== 'unknown') return detected.form;
  return detected.mixedWith;
}

/** Reads the language of one message. Pure and fast (a few microseconds): call it on every message. */
export function detectLanguage(text: string, kit: LanguageKit = defaultLanguageKit()): Detected {
  const { counts, words, kana } = readScripts(text);
  const perScript: Record<Script, string[]> = { latin: [], gurmukhi: [], han: [], devanagari: [], arabic: [], other: [] };
  for (const word of words) perScript[word.script].push(word.text);
  const parts: Part[] = [];

  const han = kana ? [] : perScript.han;
  let chinese: ChineseScriptCounts | undefined;
  if (han.length) {
    chinese = kit.markers.count(han);
    const verdict = chineseScriptVerdict(chinese);
    const form: LanguageForm = verdict === 'simplified' ? 'zh-Hans' : verdict === 'traditional' ? 'zh-Hant' : 'zh';
    parts.push({ form, weight: han.length * HAN_WEIGHT, confidence: han.length >= 2 ? 0.99 : 0.7 });
  }
  const gurmukhi = perScript.gurmukhi.length;
  if (gurmukhi) parts.push({ form: 'pa-Guru', weight: gurmukhi, confidence: 0.99 });
  const devanagari = perScript.devanagari.length;
  if (devanagari) parts.push({ form: 'hi-Deva', weight: devanagari, confidence: 0.9 });
  const arabic = perScript.arabic.length;
  if (arabic) parts.push({ form: 'arab', weight: arabic, confidence: 0.9 });
  const other = perScript.other.length + (kana ? counts.han : 0);
  if (other) parts.push({ form: 'other', weight: other, confidence: 0.9 });

  const latin = perScript.latin.flatMap((w) => latinWords(w));
  const verdict = latin.length ? kit.detector.classify(latin) : undefined;
  let latinPart: Part | undefined;
  let latinMixedWith: LanguageForm | undefined;
  if (verdict && verdict.scoredWords) {
    latinPart = { form: ROMANIZED_FORM[verdict.language], weight: verdict.informativeWords, confidence: verdict.probabilities[verdict.language] };
    parts.push(latinPart);
    // Within Latin letters: English words in romanized Punjabi ("mere shoulder da pain aa") or the other way round.
    const { pointing } = verdict;
    if (verdict.language === 'en') {
      const indic = pointing.pa >= pointing.hi ? 'pa' : 'hi';
      if (pointing[indic] >= MIXING_WORDS) latinMixedWith = ROMANIZED_FORM[indic];
    } else if (pointing.en >= MIXING_WORDS) {
      latinMixedWith = 'en';
    }
  }

  // Heaviest part first; on a tie a non-Latin script wins (it is the rarer, more telling evidence).
  parts.sort((a, b) => b.weight - a.weight);
  const main = parts[0];
  const base = {
    scripts: counts,
    ...(chinese ? { chinese } : {}),
    ...(verdict && verdict.scoredWords ? { romanized: verdict.probabilities, indicWords: verdict.indicWords } : {}),
  };
  if (!main || main.weight === 0) {
    return { form: verdict?.scoredWords ? ROMANIZED_FORM[verdict.language] : 'unknown', confidence: 0, tooShort: true, ...base };
  }
  const second = parts.find((p) => p !== main && p.weight > 0 && p.form !== main.form);
  const mixedWith = second?.form ?? (main === latinPart ? latinMixedWith : undefined);
  const tooShort = han.length < 2 && gurmukhi + devanagari + arabic + other === 0 && (verdict?.informativeWords ?? 0) < 2;
  return { form: main.form, confidence: main.confidence, tooShort, ...(mixedWith ? { mixedWith } : {}), ...base };
}
