// Training both classifiers takes a few seconds at start-up; the same knowledge base always trains the same
// models (fixed seed), so a trained model is kept under a key made of everything it was trained from (the
// examples, the settings, the knowledge its features read, the feature code's version and the word tables it reads
// text with). A changed knowledge base is a different key: it can never be answered by a stale model.
import { createHash } from 'node:crypto';
import type { BlobCache } from '../../blobCache.js';
import { NORMALIZATION_TABLES } from '../../matching/normalize.js';
import { IntentClassifier, type ClassifierSettings, type Example, type ExtraFeatures } from './classifier.js';

/** Bump when features() or the training changes: every cached model is then trained again. */
export const FEATURES_VERSION = 4;

/** Where trained models are kept (a folder; tests pass a Map). */
export type ModelCache = BlobCache;

/**
 * Digests of contexts already read: both models share one context (a megabyte and more of knowledge as JSON), built
 * once per knowledge base and never changed afterwards.
 */
const contextDigests = new WeakMap<object, string>();

function contextDigest(context: unknown): string {
  const known = context !== null && typeof context === 'object' ? contextDigests.get(context) : undefined;
  if (known) return known;
  const digest = createHash('sha256').update(JSON.stringify(context) ?? 'undefined').digest('hex');
  if (context !== null && typeof context === 'object') contextDigests.set(context, digest);
  return digest;
}

/** A key for a model trained on `examples` with `settings`, whose features also read `context`. */
export function modelKey(examples: readonly Example[], settings: ClassifierSettings, context: unknown): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ version: FEATURES_VERSION, normalization: NORMALIZATION_TABLES, settings, context: contextDigest(context) }));
  for (const example of examples) hash.update(`${example.label}\u0000${example.weight ?? 1}\u0000${example.text}\u0001`);
  return hash.digest('hex').slice(0, 32);
}

/** The cached model for these examples, or a newly trained one (then cached). */
export function trainedClassifier(
  name: string,
  examples: readonly Example[],
  settings: ClassifierSettings,
  extra: ExtraFeatures | undefined,
  cache: { store: ModelCache; context: unknown } | undefined,
): IntentClassifier {
  if (!cache) return IntentClassifier.train(examples, settings, extra);
  const key = modelKey(examples, settings, cache.context);
  const bytes = cache.store.load(name, key);
  const cached = bytes ? IntentClassifier.deserialize(bytes, extra) : undefined;
  if (cached) return cached;
  const model = IntentClassifier.train(examples, settings, extra);
  cache.store.save(name, key, model.serialize());
  return model;
}
