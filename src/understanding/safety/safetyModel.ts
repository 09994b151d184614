// The safety lexicon's second opinion: a classifier trained on writers' labelled messages
// (knowledge/safety/examples/), in every language, over the message's words and the lexicon's own findings
// with their context ("chest-pain, negated"). It catches emergencies described in words the lexicon does not
// have ("her face is blowing up"), and is measured on writers it was not trained on (kb:test --by-writer).
// Trained whenever the knowledge base loads (deterministic, a fraction of a second), so it cannot fall out
// of step with the examples.
import type { Safety, SafetyClass } from '../../kb/schema.js';
import { IntentClassifier, type ClassifierSettings, type Example } from '../learning/classifier.js';
import { trainedClassifier, type ModelCache } from '../learning/modelCache.js';

/** The lexicon's findings as features: which terms, and how each was said (now, negated, past, asked). */
export type TermFeatures = (text: string) => Iterable<string>;

export interface SafetyProbabilities {
  crisis: number;
  emergency: number;
  urgent: number;
  calm: number;
}

/**
 * Without character n-grams: with a few thousand examples they tie "decide" to "suicide". Its own settings, not the
 * intent model's: every triage set was measured with these, and a change moves emergencies. Keyed order: an edit
 * to the knowledge base's questions, which it learns as calm, moves only what the edit touched.
 */
export const SAFETY_SETTINGS: ClassifierSettings = { bits: 16, epochs: 12, learningRate: 0.25, l2: 1e-6, seed: 20261202, characterGrams: false, orders: 3, keyedOrder: true };

/** How much all ordinary questions together weigh against the safety writers' messages (the balance of 2026-12-03). */
const ORDINARY_PER_SAFETY_EXAMPLE = 4;

export class SafetyModel {
  private constructor(private readonly classifier: IntentClassifier) {}

  /** Undefined when the knowledge base has no safety examples (the lexicon alone decides). */
  static train(
    safety: Safety,
    termFeatures: TermFeatures,
    options: { withoutWriters?: ReadonlySet<string>; ordinary?: readonly string[]; settings?: Partial<ClassifierSettings>; cache?: { store: ModelCache; context: unknown } } = {},
  ): SafetyModel | undefined {
    const examples: Example[] = [];
    for (const set of safety.examples) {
      if (options.withoutWriters?.has(set.file)) continue;
      for (const [label, texts] of Object.entries(set.examples)) for (const text of texts ?? []) examples.push({ text, label });
    }
    // Ordinary questions (the knowledge base's and the writers' phrasings) are calm too: without them the
    // model knows calm only as frightening words used safely, and "what is IMS" looks like neither. Together
    // they count at most ORDINARY_PER_SAFETY_EXAMPLE times the safety examples, so more intent writers do
    // not drown the emergencies (12,900 phrasings at full weight cost 4 of 100 blind emergencies).
    const ordinary = options.ordinary ?? [];
    const weight = Math.min(1, (ORDINARY_PER_SAFETY_EXAMPLE * examples.length) / Math.max(ordinary.length, 1));
    for (const text of ordinary) examples.push({ text, label: 'calm', weight });
    if (new Set(examples.map((e) => e.label)).size < 2) return undefined;
    return new SafetyModel(trainedClassifier('safety', examples, { ...SAFETY_SETTINGS, ...options.settings }, termFeatures, options.cache));
  }

  /** `findings`: the lexicon's findings in this text, when the caller has just read them (else read again). */
  read(text: string, findings?: Iterable<string>): SafetyProbabilities {
    const out: SafetyProbabilities = { crisis: 0, emergency: 0, urgent: 0, calm: 0 };
    for (const { label, probability } of this.classifier.classify(text, 1, findings)) out[label as SafetyClass] = probability;
    return out;
  }
}
