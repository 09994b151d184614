// Everything the language layer builds once at start-up from its data: the trained romanized-language detector,
// the Simplified/Traditional marker sets, the Chinese folder (OpenCC + the Cantonese table) and the romanized
// spelling table. Build it once (loadLanguageKit) and pass it to the per-message functions, or let them use the
// default kit, read from the repository's knowledge/language-id/ on first use.
import { ChineseFolder } from './chinese.js';
import { ChineseScriptMarkers } from './chineseScript.js';
import { defaultLanguageDataDir, readLanguageData, trainingFingerprint, type LanguageData } from './data.js';
import { RomanizedSpellings } from './romanized.js';
import { DEFAULT_ROMANIZED_SETTINGS, RomanizedDetector, type RomanizedDetectorSettings } from './romanizedDetector.js';

export interface LanguageKit {
  readonly detector: RomanizedDetector;
  readonly markers: ChineseScriptMarkers;
  readonly chinese: ChineseFolder;
  readonly spellings: RomanizedSpellings;
  /**
   * 'model file': the detector came from romanized-model.json. 'counted at start-up': the file was missing or
   * stale (the training data changed and `npm run language:train` was not run), so start-up counted instead:
   * the same model, some 80 ms later on a cold process. Worth a warning in the start-up log.
   */
  readonly detectorSource: 'model file' | 'counted at start-up';
  /** Milliseconds each part took to build, for the start-up budget. */
  readonly buildMs: Readonly<{ detector: number; markers: number; chinese: number; total: number }>;
}

/** Builds the kit from data already read (deterministic: the same data gives the same model). */
export function createLanguageKit(data: LanguageData, settings: RomanizedDetectorSettings = DEFAULT_ROMANIZED_SETTINGS): LanguageKit {
  const t0 = performance.now();
  const neutral = new Set(data.neutralWords);
  const upToDate = data.model !== undefined && data.model.trainedOn === trainingFingerprint(data, settings);
  const detector = upToDate ? RomanizedDetector.fromCounts((data.model as NonNullable<LanguageData['model']>).counts, neutral) : RomanizedDetector.train(data.training, neutral, settings);
  const t1 = performance.now();
  const markers = ChineseScriptMarkers.build();
  const t2 = performance.now();
  const chinese = new ChineseFolder(data.cantonese);
  const t3 = performance.now();
  const spellings = new RomanizedSpellings(data.romanizedSpellings);
  return { detector, detectorSource: upToDate ? 'model file' : 'counted at start-up', markers, chinese, spellings, buildMs: { detector: t1 - t0, markers: t2 - t1, chinese: t3 - t2, total: performance.now() - t0 } };
}

/** Reads `dir` (default: the repository's knowledge/language-id/) and builds the kit. Throws LanguageDataError. */
export function loadLanguageKit(dir: string = defaultLanguageDataDir()): LanguageKit {
  return createLanguageKit(readLanguageData(dir));
}

let shared: LanguageKit | undefined;

/** The kit built from the repository's own data, once per process. Call it at start-up so no message pays for it. */
export function defaultLanguageKit(): LanguageKit {
  shared ??= loadLanguageKit();
  return shared;
}
