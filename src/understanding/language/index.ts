// The language layer of understanding: what language a message is in, which language to reply in, and text
// normalised per script for matching. Pure (no Bot Framework types, no I/O per message); its data is read once
// from knowledge/language-id/ (see docs/languages.md).
import { defaultLanguageKit, type LanguageKit } from './kit.js';
import type { ChineseTokens } from './chinese.js';

export {
  CHINESE_SCRIPT_CHOICES,
  DEFAULT_CHINESE_SCRIPT,
  LANGUAGE_CHOICES,
  LANGUAGE_NAMES,
  REPLY_LANGUAGES,
  chineseScriptFor,
  isChinese,
  isReplyLanguage,
  localeLanguage,
  type ChineseReplyLanguage,
  type LanguageChoice,
  type LocaleLanguage,
  type ReplyLanguage,
  type RequestedLanguage,
} from './languages.js';
export { detectLanguage, FORM_NAMES, nonEnglishForm, type Detected, type LanguageForm } from './detect.js';
export {
  chooseReplyLanguage,
  SWITCH_CONFIDENCE,
  type RememberedLanguage,
  type ReplyLanguageDecision,
  type ReplyLanguageInput,
} from './choose.js';
export { readLanguageRequest } from './requests.js';
export { normaliseForMatching, tokeniseForMatching, type MatchText, type MatchToken, type TokenScript } from './tokenise.js';
export { gurmukhiWords, normaliseGurmukhi } from './gurmukhi.js';
export { phoneticKey } from './romanized.js';
export type { ChineseTokens } from './chinese.js';
export type { ChineseScriptCounts } from './chineseScript.js';
export type { RomanizedLanguage, RomanizedProbabilities } from './romanizedDetector.js';
export type { Script, ScriptCounts } from './scripts.js';
export { createLanguageKit, defaultLanguageKit, loadLanguageKit, type LanguageKit } from './kit.js';
export { defaultLanguageDataDir, LANGUAGE_DATA_FILES, LanguageDataError, readLanguageData, type LanguageData } from './data.js';
export { evaluateDetector, formatEvaluation, type DetectorEvaluation } from './evaluation.js';

/** Chinese folded for matching: NFKC, Cantonese -> Mandarin, Traditional -> Simplified. */
export function normaliseChinese(text: string, kit: LanguageKit = defaultLanguageKit()): string {
  return kit.chinese.normalise(text);
}

/** Words (Intl.Segmenter) and character bigrams of Chinese text, after {@link normaliseChinese}. */
export function chineseTokens(text: string, kit: LanguageKit = defaultLanguageKit()): ChineseTokens {
  return kit.chinese.tokens(text);
}

/** The phonetic key of a romanized Punjabi or Hindi word, through the spelling table (nhi -> nahi) and the rules. */
export function romanizedKey(word: string, kit: LanguageKit = defaultLanguageKit()): string {
  return kit.spellings.key(word);
}
