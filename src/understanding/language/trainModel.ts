// `npm run language:train`: counts the romanized-language detector's features from knowledge/language-id/ and writes
// romanized-model.json there, then prints the detector's accuracy on the held-out portion of the training text and
// on the separate short, mixed held-out list. A tool run by hand, not part of the bot's message path.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultLanguageDataDir, LANGUAGE_DATA_FILES, modelFileText, readHeldOutList, readLanguageData, trainingFingerprint, type LanguageData } from './data.js';
import { evaluateDetector, formatEvaluation } from './evaluation.js';
import { DEFAULT_ROMANIZED_SETTINGS, RomanizedDetector, type RomanizedDetectorSettings } from './romanizedDetector.js';

/** The model file's text for `data` (deterministic: the same data gives the same bytes). */
export function trainedModelText(data: LanguageData, settings: RomanizedDetectorSettings = DEFAULT_ROMANIZED_SETTINGS): string {
  const counts = RomanizedDetector.count(data.training, new Set(data.neutralWords), settings);
  return modelFileText({ trainedOn: trainingFingerprint(data, settings), counts });
}

function main(): void {
  const dir = process.argv[2] ?? defaultLanguageDataDir();
  const data = readLanguageData(dir);
  const file = path.join(dir, LANGUAGE_DATA_FILES.model);
  writeFileSync(file, trainedModelText(data));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
  console.log(formatEvaluation(evaluateDetector(data, readHeldOutList(dir))));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
