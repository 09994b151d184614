// How well the romanized-language detector does, on two sets it never trained on:
//   the held-out portion: every sentence of the training files whose hash falls in one fifth, held out, with the
//     detector trained on the other four fifths (the same style as the training text);
//   the short, mixed list (heldout-short-mixed.tsv): written before any training text, in a different style, and
//     scored with the detector trained on everything, as the bot runs it.
// Both report the three-way accuracy (English / romanized Punjabi / romanized Hindi) and the reply accuracy: how
// often the reply language chosen with nothing remembered is the right one (Punjabi for Punjabi, English for
// English and for Hindi).
import { chooseReplyLanguage } from './choose.js';
import { detectLanguage } from './detect.js';
import type { HeldOutMessage, LanguageData } from './data.js';
import type { LanguageKit } from './kit.js';
import { defaultLanguageKit } from './kit.js';
import { DEFAULT_ROMANIZED_SETTINGS, latinWords, RomanizedDetector, ROMANIZED_LANGUAGES, type RomanizedDetectorSettings, type RomanizedLanguage } from './romanizedDetector.js';
import type { ReplyLanguage } from './languages.js';

export interface DetectorScore {
  messages: number;
  correct: number;
  accuracy: number;
  /** Right answers per true language: [correct, messages]. */
  perLanguage: Record<RomanizedLanguage, [number, number]>;
  /** "pa->hi": how many Punjabi messages were read as Hindi. */
  confusion: Record<string, number>;
  /** Reply language right with nothing remembered (Punjabi for pa, English for en and hi). */
  replyAccuracy: number;
  /** Messages whose reply would switch language on their own (confidence >= the switching bar). */
  switching: { messages: number; correct: number };
  mistakes: string[];
}

export interface DetectorEvaluation {
  portion: DetectorScore & { trainedOn: number };
  shortMixed: DetectorScore;
}

/** One sentence in five, chosen by a hash of its text (stable when lines are added or moved). */
export function inHeldOutPortion(sentence: string): boolean {
  let hash = 0x811c9dc5;
  for (let i = 0; i < sentence.length; i++) hash = Math.imul(hash ^ sentence.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % 5 === 0;
}

const EXPECTED_REPLY: Record<RomanizedLanguage, ReplyLanguage> = { en: 'en', pa: 'pa', hi: 'en' };

function score(messages: readonly HeldOutMessage[], kit: LanguageKit): DetectorScore {
  const perLanguage = Object.fromEntries(ROMANIZED_LANGUAGES.map((l) => [l, [0, 0]])) as Record<RomanizedLanguage, [number, number]>;
  const confusion: Record<string, number> = {};
  const mistakes: string[] = [];
  let correct = 0;
  let replyCorrect = 0;
  const switching = { messages: 0, correct: 0 };
  for (const { language, text } of messages) {
    const verdict = kit.detector.classify(latinWords(text));
    const counts = perLanguage[language];
    counts[1]++;
    if (verdict.language === language) {
      correct++;
      counts[0]++;
    } else {
      confusion[`${language}->${verdict.language}`] = (confusion[`${language}->${verdict.language}`] ?? 0) + 1;
      mistakes.push(`${language}->${verdict.language} (${verdict.probabilities[verdict.language].toFixed(2)}) ${text}`);
    }
    const decision = chooseReplyLanguage({ detected: detectLanguage(text, kit) });
    if (decision.language === EXPECTED_REPLY[language]) replyCorrect++;
    if (decision.remember) {
      switching.messages++;
      if (decision.language === EXPECTED_REPLY[language]) switching.correct++;
    }
  }
  const n = messages.length;
  return { messages: n, correct, accuracy: n ? correct / n : NaN, perLanguage, confusion, replyAccuracy: n ? replyCorrect / n : NaN, switching, mistakes };
}

/** Scores the detector on both held-out sets (see the file comment). */
export function evaluateDetector(
  data: LanguageData,
  shortMixed: readonly HeldOutMessage[],
  settings: RomanizedDetectorSettings = DEFAULT_ROMANIZED_SETTINGS,
  kit: LanguageKit = defaultLanguageKit(),
): DetectorEvaluation {
  const neutral = new Set(data.neutralWords);
  const train = {} as Record<RomanizedLanguage, string[]>;
  const heldOut: HeldOutMessage[] = [];
  for (const language of ROMANIZED_LANGUAGES) {
    train[language] = data.training[language].filter((s) => !inHeldOutPortion(s));
    for (const text of data.training[language].filter(inHeldOutPortion)) heldOut.push({ language, text });
  }
  const portionKit = { ...kit, detector: RomanizedDetector.train(train, neutral, settings) };
  const fullKit = { ...kit, detector: RomanizedDetector.train(data.training, neutral, settings) };
  const trainedOn = ROMANIZED_LANGUAGES.reduce((sum, l) => sum + train[l].length, 0);
  return { portion: { ...score(heldOut, portionKit), trainedOn }, shortMixed: score(shortMixed, fullKit) };
}

const percent = (x: number) => `${(100 * x).toFixed(1)} %`;

export function formatEvaluation({ portion, shortMixed }: DetectorEvaluation): string {
  const line = (name: string, s: DetectorScore) =>
    `${name}: ${percent(s.accuracy)} (${s.correct}/${s.messages}; ${ROMANIZED_LANGUAGES.map((l) => `${l} ${s.perLanguage[l][0]}/${s.perLanguage[l][1]}`).join(', ')})` +
    `; reply language right ${percent(s.replyAccuracy)}; switching on their own ${s.switching.correct}/${s.switching.messages}` +
    (Object.keys(s.confusion).length ? `; confused ${Object.entries(s.confusion).map(([k, v]) => `${k} ${v}`).join(', ')}` : '');
  return [line(`held-out portion of the training text (trained on the other ${portion.trainedOn} sentences)`, portion), line('short, mixed held-out list', shortMixed)].join('\n');
}
