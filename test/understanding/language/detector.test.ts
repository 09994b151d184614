// The romanized-language detector: its accuracy on two held-out sets, its model file kept in step with its
// training text, and the data files checked at start-up.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createLanguageKit,
  defaultLanguageDataDir,
  defaultLanguageKit,
  detectLanguage,
  evaluateDetector,
  formatEvaluation,
  LANGUAGE_DATA_FILES,
  LanguageDataError,
  loadLanguageKit,
  readLanguageData,
} from '../../../src/understanding/language/index.js';
import { readHeldOutList } from '../../../src/understanding/language/data.js';
import { trainedModelText } from '../../../src/understanding/language/trainModel.js';

const dir = defaultLanguageDataDir();
const data = readLanguageData(dir);
const heldOut = readHeldOutList(dir);

describe('the detector tells English, romanized Punjabi and romanized Hindi apart on text it never saw', () => {
  const evaluation = evaluateDetector(data, heldOut);
  // Printed so the figures are in every test log (also printed by npm run language:train).
  console.log(formatEvaluation(evaluation));

  it('on the held-out fifth of the training text: >= 90 % of messages, and >= 90 % get the right reply language', () => {
    expect(evaluation.portion.messages).toBeGreaterThanOrEqual(250);
    expect(evaluation.portion.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.portion.replyAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('on the short, mixed list written before training: >= 93 %, and >= 93 % get the right reply language', () => {
    expect(evaluation.shortMixed.messages).toBe(150);
    expect(evaluation.shortMixed.accuracy).toBeGreaterThanOrEqual(0.93);
    expect(evaluation.shortMixed.replyAccuracy).toBeGreaterThanOrEqual(0.93);
  });

  it('never reads English as romanized Punjabi or Hindi', () => {
    expect(evaluation.portion.perLanguage.en[0]).toBe(evaluation.portion.perLanguage.en[1]);
    expect(evaluation.shortMixed.perLanguage.en[0]).toBe(evaluation.shortMixed.perLanguage.en[1]);
  });

  it('when a message switches the reply language on its own, it is right >= 93 % of the time', () => {
    for (const { switching } of [evaluation.portion, evaluation.shortMixed]) expect(switching.correct / switching.messages).toBeGreaterThanOrEqual(0.93);
  });
});

describe('the held-out list stays held out', () => {
  const words = (s: string) => new Set(s.toLowerCase().match(/[a-z0-9]+/g) ?? []);
  it('no training sentence repeats a held-out message (same words, give or take one in four)', () => {
    const training = Object.values(data.training).flat().map(words);
    const repeats = heldOut.filter(({ text }) => {
      const b = words(text);
      return training.some((a) => {
        const shared = [...a].filter((w) => b.has(w)).length;
        return shared / (a.size + b.size - shared) >= 0.75;
      });
    });
    expect(repeats.map((m) => m.text)).toEqual([]);
  });
});

describe('the model file', () => {
  it('is up to date with the training text (if this fails: npm run language:train, and commit romanized-model.json)', () => {
    const onDisk = readFileSync(path.join(dir, LANGUAGE_DATA_FILES.model), 'utf8');
    expect(onDisk === trainedModelText(data), 'romanized-model.json is stale: run npm run language:train').toBe(true);
  });

  it('is what the bot loads', () => {
    expect(defaultLanguageKit().detectorSource).toBe('model file');
  });

  it('when stale, start-up counts afresh instead of using it: the bot never reads with an old model', () => {
    const edited = { ...data, training: { ...data.training, pa: [...data.training.pa, 'eh nawi line aa'] } };
    const kit = createLanguageKit(edited);
    expect(kit.detectorSource).toBe('counted at start-up');
    expect(detectLanguage('eh needle wala ilaj ki hunda?', kit).form).toBe('pa-Latn');
  });
});

describe('the data files are checked once, at start-up, and problems name the file and line', () => {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'language-data-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('a table line without its tab', () => {
    const copy = path.join(temp, 'bad-table');
    cpSync(dir, copy, { recursive: true });
    writeFileSync(path.join(copy, LANGUAGE_DATA_FILES.cantonese), '# comment\n係\t是\n幾多 多少\n', 'utf8');
    expect(() => readLanguageData(copy)).toThrow(LanguageDataError);
    expect(() => readLanguageData(copy)).toThrow(/cantonese-to-mandarin\.tsv: line 3: expected 2 fields/);
  });

  it('a missing training file', () => {
    const copy = path.join(temp, 'missing');
    cpSync(dir, copy, { recursive: true });
    rmSync(path.join(copy, LANGUAGE_DATA_FILES.training.hi));
    expect(() => loadLanguageKit(copy)).toThrow(/hi-Latn\.txt: cannot read/);
  });

  it('a model file that is not a model', () => {
    const copy = path.join(temp, 'bad-model');
    cpSync(dir, copy, { recursive: true });
    writeFileSync(path.join(copy, LANGUAGE_DATA_FILES.model), '{"features": 3}', 'utf8');
    expect(() => readLanguageData(copy)).toThrow(/romanized-model\.json: not a romanized-language model.*npm run language:train/);
  });

  it('without a model file, start-up counts the training text and reads the same', () => {
    const copy = path.join(temp, 'no-model');
    cpSync(dir, copy, { recursive: true });
    rmSync(path.join(copy, LANGUAGE_DATA_FILES.model));
    const kit = loadLanguageKit(copy);
    expect(kit.detectorSource).toBe('counted at start-up');
    for (const { text } of heldOut) expect(detectLanguage(text, kit)).toEqual(detectLanguage(text));
  });
});
