// Trained models are kept between starts; a knowledge base edited since is never answered by a stale model.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/kb/load.js';
import type { Knowledge } from '../../../src/kb/schema.js';
import type { ModelCache } from '../../../src/understanding/learning/modelCache.js';
import { Understanding } from '../../../src/understanding/understand.js';
import { withFewWriters } from '../../support/smallKnowledge.js';

const knowledgeDir = path.resolve(import.meta.dirname, '../../../knowledge');

/** The two trained models (the cache also keeps the matcher's index: test/matching/matcherIndex.test.ts). */
const MODELS: ReadonlySet<string> = new Set(['intents', 'safety']);

/** A cache in memory that counts what it was asked about the models. */
class CountingCache implements ModelCache {
  readonly models = new Map<string, Uint8Array>();
  hits = 0;
  saves = 0;
  /** A copy of the models kept, with nothing counted yet. */
  copy(): CountingCache {
    const copy = new CountingCache();
    for (const [key, model] of this.models) copy.models.set(key, model);
    return copy;
  }
  load(name: string, key: string): Uint8Array | undefined {
    const model = this.models.get(`${name}-${key}`);
    if (model && MODELS.has(name)) this.hits++;
    return model;
  }
  save(name: string, key: string, model: Uint8Array): void {
    if (MODELS.has(name)) this.saves++;
    this.models.set(`${name}-${key}`, model);
  }
}

const MESSAGES = ['does it hurt', 'how many sessions will i need', 'ICBC paise dindi?', 'IMS同針灸有咩分別？', 'ਕੀ ਇਸ ਨਾਲ ਦਰਦ ਹੁੰਦਾ ਹੈ?', 'her face is blowing up and her throat feels small', 'no chest pain, just tight pecs'];

function readings(understanding: Understanding) {
  return MESSAGES.map((text) => {
    const reading = understanding.read(text);
    return { intent: reading.intent, alternatives: reading.alternatives, safety: reading.safety.outcome };
  });
}

describe('models kept between starts', () => {
  let knowledge: Knowledge;
  /** The shipped knowledge base with one writer per language, trained once for every test here (training is most of this file's time). */
  let first: { cache: CountingCache; understanding: Understanding };
  beforeAll(async () => {
    knowledge = withFewWriters(await loadKnowledge(knowledgeDir));
    const cache = new CountingCache();
    first = { cache, understanding: new Understanding(knowledge, { wordnet: false, modelCache: cache }) };
  }, 120_000);

  it('a restart reads both models back and understands exactly as the freshly trained ones did', () => {
    expect(first.cache.saves).toBe(2);
    const cache = first.cache.copy();
    const restarted = new Understanding(knowledge, { wordnet: false, modelCache: cache });
    expect(cache.hits).toBe(2);
    expect(cache.saves).toBe(0);
    expect(readings(restarted)).toEqual(readings(first.understanding));
  }, 60_000);

  it('after the knowledge base changed, both models are trained again and the change is understood', () => {
    const cache = first.cache.copy();
    // A writer both models learn from (the safety model only from those rules.yaml lists as calm).
    const writer = knowledge.phrasings.find((set) => knowledge.safety.rules.calmPhrasings.includes(set.name))!;
    const edited: Knowledge = {
      ...knowledge,
      phrasings: knowledge.phrasings.map((set) => (set === writer ? { ...set, phrasings: { ...set.phrasings, 'ims-coverage': [...(set.phrasings['ims-coverage'] ?? []), 'zorblax gleeborp'] } } : set)),
    };
    const retrained = new Understanding(edited, { wordnet: false, modelCache: cache });
    // Both learn from the phrasings (the safety model takes them as calm examples).
    expect(cache.hits).toBe(0);
    expect(cache.saves).toBe(2);
    expect(retrained.read('zorblax gleeborp').alternatives[0]?.id).toBe('ims-coverage');
  }, 60_000);

  it('a damaged model file is ignored and the model trained again', () => {
    const cache = first.cache.copy();
    for (const key of cache.models.keys()) cache.models.set(key, new Uint8Array([1, 2, 3]));
    const understanding = new Understanding(knowledge, { wordnet: false, modelCache: cache });
    expect(cache.saves).toBe(2);
    expect(understanding.read('does it hurt').intent).toEqual({ kind: 'entry', entryId: 'ims-sensation' });
  }, 60_000);
});
