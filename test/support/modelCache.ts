// One folder of trained models for the whole test run. Training the classifier and the safety model
// takes seconds of CPU, and dozens of test files start a bot or build an Understanding on the same
// knowledge base: the first one trains, the others read the models back (the cache is keyed by what
// a model was trained from, so an edited knowledge base still trains its own). vitest's globalSetup
// makes the folder and names it in MODEL_CACHE_DIR, which the bots started by the tests inherit.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKnowledge } from '../../src/kb/load.js';
import { sharedModelCache } from '../../src/storage/modelFileCache.js';
import type { ModelCache } from '../../src/understanding/learning/modelCache.js';
import { Understanding } from '../../src/understanding/understand.js';
import { repoPath } from './repo.js';

/** MODEL_CACHE_DIR for a configuration a test builds (loadConfig reads only what it is given). */
export function sharedModelsEnv(): Record<string, string> {
  const dir = process.env.MODEL_CACHE_DIR;
  return dir ? { MODEL_CACHE_DIR: dir } : {};
}

/** The run's shared model cache, for tests that build an Understanding themselves (none outside a run). */
export function testModelCache(): { modelCache: ModelCache } | Record<string, never> {
  return sharedModelCache();
}

/**
 * vitest globalSetup: the folder for this run (removed at its end; a folder the developer set is kept),
 * with the shipped knowledge base's models trained into it before any test file starts, with and
 * without WordNet as the tests build them. Otherwise the first files would all train at once, each
 * inside a test's time limit, on a machine busy starting the others.
 */
export default async function setup(): Promise<(() => void) | undefined> {
  const own = !process.env.MODEL_CACHE_DIR;
  const dir = process.env.MODEL_CACHE_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'nordel-ims-bot-models-'));
  process.env.MODEL_CACHE_DIR = dir;
  const knowledge = await loadKnowledge(repoPath('knowledge'));
  for (const wordnet of [undefined, false] as const) new Understanding(knowledge, { ...(wordnet === false ? { wordnet } : {}), ...testModelCache() });
  if (!own) return undefined;
  return () => {
    rmSync(dir, { recursive: true, force: true });
    delete process.env.MODEL_CACHE_DIR;
  };
}
