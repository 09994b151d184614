// A small supervised model, used twice: beside the lexical ranker (intents) and beside the safety lexicon.
// Multinomial logistic regression over hashed features (fastText-style: words, word pairs, and character n-grams inside words, so misspellings, Gurmukhi spelling
// variants and Chinese without spaces all give it something to hold on to). Trained on the knowledge base's
// phrasings in every language whenever the knowledge base is loaded: deterministic (seeded orders, averaged), a
// few seconds on one core and kept in the model cache, so no model file can fall out of step with the knowledge base.
import { stem } from '../../matching/analyzer.js';
import { normalizeTokens } from '../../matching/normalize.js';
import { tokeniseForMatching } from '../language/tokenise.js';

/** One labelled phrasing: an entry id, "booking", or "none". */
export interface Example {
  text: string;
  label: string;
  /** How much this example counts (the knowledge base's own questions count a little more). */
  weight?: number;
}

export interface ClassifierSettings {
  /** log2 of the hashed feature space. */
  bits: number;
  epochs: number;
  learningRate: number;
  /** L2 pull towards zero, per update. */
  l2: number;
  seed: number;
  /**
   * Latin words' character 3- and 4-grams as features: they carry a typo ("acupunture") to the right word,
   * but with few examples they also carry "decide" to "suicide".
   */
  characterGrams: boolean;
  /**
   * Models trained in different example orders (seed, seed + 1, ...) and averaged into one: a single order
   * leaves the model a few points up or down on a held-out writer by chance; the average does not, and
   * costs only training time (the averaged weights are one model, read as fast as one).
   */
  orders: number;
  /**
   * Each example's place in an epoch from its own text (the seed and the epoch), instead of a shuffle of the whole
   * list: an edit to the knowledge base then moves the model by what it changed (safety model: an out-of-scope topic
   * of eleven questions changed 51 of its readings shuffled, 5 keyed; intent model: six questions for a topic moved
   * 350 of 12,000 readings shuffled, 79 keyed). Held-out questions are read as well either way (three seeds each);
   * the triage sets' calm questions that the article does not answer were left out of scope about 1 % less often.
   */
  keyedOrder: boolean;
}

/**
 * Many short trainings averaged (eighteen orders of three epochs; three of twelve before, one and a half times the work):
 * on 5,400 held-out questions by writers it never saw, three seeds each, half a point more answered in scope and
 * half a point more left out of scope, and a quarter of the spread between seeds (2026-12-05; docs/knowledge-base.md).
 */
export const DEFAULT_CLASSIFIER_SETTINGS: ClassifierSettings = { bits: 16, epochs: 3, learningRate: 0.25, l2: 1e-6, seed: 20261202, characterGrams: true, orders: 18, keyedOrder: true };

/** FNV-1a, 32 bits: a feature's bucket. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** More features of a text from elsewhere (the ranker's synonym-folded stems: "dry needling" is "ims"). */
export type ExtraFeatures = (text: string) => Iterable<string>;

/** The features of a text, as feature strings (kept separate from hashing so tests can read them). */
export function features(text: string, extra?: ExtraFeatures, characterGrams = true): string[] {
  const out = new Set<string>();
  if (extra) for (const feature of extra(text)) out.add(`x:${feature}`);
  const { tokens, hanBigrams } = tokeniseForMatching(text);
  const words: string[] = [];
  for (const token of tokens) {
    if (token.script === 'latin') {
      for (const word of normalizeTokens(token.text)) {
        const stemmed = stem(word);
        words.push(stemmed);
        out.add(`w:${stemmed}`);
        if (token.key && token.key !== word) out.add(`k:${token.key}`);
        if (!characterGrams) continue;
        const padded = `<${word}>`;
        for (let n = 3; n <= 4; n++) for (let i = 0; i + n <= padded.length; i++) out.add(`c:${padded.slice(i, i + n)}`);
      }
    } else if (token.script === 'gurmukhi') {
      words.push(token.text);
      out.add(`w:${token.text}`);
      const chars = [...token.text];
      for (let i = 0; i + 2 <= chars.length; i++) out.add(`g:${chars.slice(i, i + 2).join('')}`);
    } else if (token.script === 'han') {
      words.push(token.text);
      out.add(`w:${token.text}`);
      for (const ch of token.text) out.add(`h:${ch}`);
    } else if (token.script === 'number') {
      out.add(`n:${token.text.length > 2 ? 'long' : token.text}`);
    }
  }
  for (const bigram of hanBigrams) out.add(`hb:${bigram}`);
  for (let i = 0; i + 1 < words.length; i++) out.add(`b:${words[i]}_${words[i + 1]}`);
  return [...out];
}

/** A seeded pseudo-random generator (mulberry32): the same knowledge base always trains the same model. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Trained weights as 16-bit steps of one scale: half the memory of 32-bit floats (the intent model's 65,536 x 21
 * weights: 2.8 MB instead of 5.5), and a step (largest weight / 32,767, about 0.0001) far below any weight that
 * decides a message.
 */
export interface QuantizedWeights {
  steps: Int16Array;
  scale: number;
}

export function quantize(weights: Float32Array): QuantizedWeights {
  let largest = 0;
  for (const weight of weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest > 0 ? largest / 32767 : 1;
  return { steps: Int16Array.from(weights, (weight) => Math.round(weight / scale)), scale };
}

export class IntentClassifier {
  static readonly defaults = DEFAULT_CLASSIFIER_SETTINGS;
  readonly labels: readonly string[];
  private readonly mask: number;

  private constructor(
    labels: readonly string[],
    private readonly weights: QuantizedWeights,
    private readonly bias: Float32Array,
    bits: number,
    private readonly characterGrams: boolean,
    private readonly extra?: ExtraFeatures,
  ) {
    this.labels = labels;
    this.mask = (1 << bits) - 1;
  }

  /** Trains on the examples (deterministic: the same examples and settings give the same model). */
  static train(examples: readonly Example[], settings: ClassifierSettings = DEFAULT_CLASSIFIER_SETTINGS, extra?: ExtraFeatures): IntentClassifier {
    const labels = [...new Set(examples.map((e) => e.label))].sort();
    const mask = (1 << settings.bits) - 1;
    const rows = examples.map((e) => ({
      buckets: Uint32Array.from(features(e.text, extra, settings.characterGrams), (f) => hash(f) & mask),
      label: labels.indexOf(e.label),
      weight: e.weight ?? 1,
      key: hash(`${e.label}\u0000${e.text}`),
    }));
    const model = fit(rows, labels.length, settings, settings.seed);
    for (let n = 1; n < settings.orders; n++) add(model, fit(rows, labels.length, settings, settings.seed + n));
    if (settings.orders > 1) divide(model, settings.orders);
    // Quantized as soon as trained: a model trained at this start answers exactly as the same model read back later.
    return new IntentClassifier(labels, quantize(model.weights), model.bias, settings.bits, settings.characterGrams, extra);
  }

  /** The trained model as bytes (labels, bits, scale; bias, weights), for a model cache. */
  serialize(): Uint8Array {
    const json = Buffer.from(JSON.stringify({ labels: this.labels, bits: Math.log2(this.mask + 1), characterGrams: this.characterGrams, scale: this.weights.scale }), 'utf8');
    // Spaces after the JSON put the numbers at a multiple of 4 bytes: read back, they are used where they lie.
    const header = Buffer.concat([json, Buffer.alloc((4 - (json.length % 4)) % 4, ' ')]);
    const { steps } = this.weights;
    const out = new Uint8Array(4 + header.length + this.bias.byteLength + steps.byteLength);
    new DataView(out.buffer).setUint32(0, header.length, true);
    out.set(header, 4);
    // In the platform's byte order (little-endian everywhere Node runs); a cache never travels.
    out.set(new Uint8Array(this.bias.buffer, this.bias.byteOffset, this.bias.byteLength), 4 + header.length);
    out.set(new Uint8Array(steps.buffer, steps.byteOffset, steps.byteLength), 4 + header.length + this.bias.byteLength);
    return out;
  }

  /** A model from `serialize`'s bytes; undefined when they do not hold one. */
  static deserialize(bytes: Uint8Array, extra?: ExtraFeatures): IntentClassifier | undefined {
    try {
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const headerLength = view.getUint32(0, true);
      const { labels, bits, characterGrams, scale } = JSON.parse(Buffer.from(bytes.subarray(4, 4 + headerLength)).toString('utf8')) as { labels: string[]; bits: number; characterGrams?: boolean; scale?: number };
      const k = labels.length;
      const start = 4 + headerLength;
      if (!Number.isInteger(bits) || bits < 1 || bits > 24 || typeof scale !== 'number' || !(scale > 0)) return undefined;
      if (bytes.byteLength !== start + k * 4 + (1 << bits) * k * 2) return undefined;
      // Used where they lie when aligned (a model file read whole): copying 5 MB at every start left freed memory
      // the allocator kept. Otherwise (a Buffer from a shared pool) a copy.
      const aligned = (bytes.byteOffset + start) % 4 === 0 ? bytes : new Uint8Array(bytes);
      const at = aligned.byteOffset + start;
      const bias = new Float32Array(aligned.buffer, at, k);
      const steps = new Int16Array(aligned.buffer, at + k * 4, (1 << bits) * k);
      return new IntentClassifier(labels, { steps, scale }, bias, bits, characterGrams !== false, extra);
    } catch {
      return undefined;
    }
  }

  /**
   * Probabilities per label, highest first. `temperature` divides the scores before the softmax: a model
   * that fits its training phrasings perfectly is sure of everything, even of "SELECT * FROM users", and a
   * temperature chosen on writers it did not see makes its probabilities mean what they say.
   * `extraFeatures`: this text's extra features when the caller already has them (else computed as in training).
   */
  classify(text: string, temperature = 1, extraFeatures?: Iterable<string>): Array<{ label: string; probability: number }> {
    const k = this.labels.length;
    const extra = extraFeatures ? () => extraFeatures : this.extra;
    const buckets = Uint32Array.from(features(text, extra, this.characterGrams), (f) => hash(f) & this.mask);
    const scores = new Float32Array(k);
    softmax(buckets, this.weights.steps, this.bias, k, scores, temperature, this.weights.scale);
    return this.labels.map((label, c) => ({ label, probability: scores[c]! })).sort((a, b) => b.probability - a.probability);
  }
}

interface Row {
  buckets: Uint32Array;
  label: number;
  weight: number;
  /** The example's own place in every epoch's order (see fit). */
  key: number;
}

interface Fitted {
  weights: Float32Array;
  bias: Float32Array;
}

/** Adds `other`'s weights and biases to `model`'s. */
function add(model: Fitted, other: Fitted): void {
  for (let i = 0; i < model.weights.length; i++) model.weights[i]! += other.weights[i]!;
  for (let i = 0; i < model.bias.length; i++) model.bias[i]! += other.bias[i]!;
}

function divide(model: Fitted, by: number): void {
  for (let i = 0; i < model.weights.length; i++) model.weights[i]! /= by;
  for (let i = 0; i < model.bias.length; i++) model.bias[i]! /= by;
}

/** One model trained in one example order (seeded): the weights and biases of a multinomial logistic regression. */
function fit(rows: readonly Row[], k: number, settings: ClassifierSettings, seed: number): Fitted {
  const weights = new Float32Array((1 << settings.bits) * k);
  const bias = new Float32Array(k);
  // AdaGrad: each weight's step shrinks with the gradients it has seen, so rare features still learn.
  const squared = new Float32Array(weights.length);
  const biasSquared = new Float32Array(k);
  const scores = new Float32Array(k);
  const places = new Uint32Array(rows.length);
  const order = rows.map((_, i) => i);
  const next = random(seed);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    if (settings.keyedOrder) {
      // Adding or editing one example leaves the others' order as it was (see ClassifierSettings.keyedOrder).
      const salt = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(epoch + 1, 0xc2b2ae35);
      rows.forEach((row, i) => (places[i] = mix(row.key ^ salt)));
      order.sort((a, b) => places[a]! - places[b]! || a - b);
    } else {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [order[i], order[j]] = [order[j] as number, order[i] as number];
      }
    }
    for (const index of order) {
      const row = rows[index]!;
      softmax(row.buckets, weights, bias, k, scores);
      for (let c = 0; c < k; c++) {
        const gradient = row.weight * (scores[c]! - (c === row.label ? 1 : 0));
        if (Math.abs(gradient) < 1e-4) continue;
        biasSquared[c]! += gradient * gradient;
        bias[c]! -= (settings.learningRate * gradient) / Math.sqrt(biasSquared[c]! + 1e-8);
        for (const bucket of row.buckets) {
          const at = bucket * k + c;
          const g = gradient + settings.l2 * weights[at]!;
          squared[at]! += g * g;
          weights[at]! -= (settings.learningRate * g) / Math.sqrt(squared[at]! + 1e-8);
        }
      }
    }
  }
  return { weights, bias };
}

/** A 32-bit integer's bits spread over the whole word (murmur3's finaliser). */
function mix(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Fills `out` with the softmax of the linear scores of these buckets (quantized weights: steps of `scale`). */
function softmax(buckets: Uint32Array, weights: Float32Array | Int16Array, bias: Float32Array, k: number, out: Float32Array, temperature = 1, scale = 1): void {
  out.fill(0);
  for (const bucket of buckets) {
    const base = bucket * k;
    for (let c = 0; c < k; c++) out[c]! += weights[base + c]!;
  }
  for (let c = 0; c < k; c++) out[c] = (bias[c]! + out[c]! * scale) / temperature;
  let max = -Infinity;
  for (let c = 0; c < k; c++) if (out[c]! > max) max = out[c]!;
  let sum = 0;
  for (let c = 0; c < k; c++) {
    out[c] = Math.exp(out[c]! - max);
    sum += out[c]!;
  }
  for (let c = 0; c < k; c++) out[c]! /= sum;
}
