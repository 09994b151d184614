// A model read back from its bytes answers exactly as the one that was trained, whatever features it uses.
import { describe, expect, it } from 'vitest';
import { IntentClassifier, features, quantize } from '../../../src/understanding/learning/classifier.js';

const EXAMPLES = [
  { text: 'does the needle hurt', label: 'sensation' },
  { text: 'what does it feel like', label: 'sensation' },
  { text: 'how many sessions will I need', label: 'sessions' },
  { text: 'how many visits does it take', label: 'sessions' },
];

describe('the classifier', () => {
  it('uses no character n-grams when told not to, so "decide" shares nothing with "suicide"', () => {
    expect(features('decide').filter((feature) => feature.startsWith('c:'))).toContain('c:cide');
    expect(features('decide', undefined, false).filter((feature) => feature.startsWith('c:'))).toEqual([]);
  });

  it.each([true, false])('reads back from its bytes with the same answers (character n-grams: %s)', (characterGrams) => {
    const trained = IntentClassifier.train(EXAMPLES, { ...IntentClassifier.defaults, bits: 10, characterGrams });
    const restored = IntentClassifier.deserialize(trained.serialize());
    for (const text of ['does it hurt much', 'sesions needed?']) expect(restored?.classify(text)).toEqual(trained.classify(text));
  });

  // The safety model's setting: where an example stands in the knowledge base does not matter, so an edit moves the
  // model by what it changed, not by reordering everything after it.
  it('with keyed order, learns the same model from the examples in any order', () => {
    const settings = { ...IntentClassifier.defaults, bits: 10, orders: 1, keyedOrder: true };
    const forward = IntentClassifier.train(EXAMPLES, settings);
    const backward = IntentClassifier.train([...EXAMPLES].reverse(), settings);
    for (const text of ['does it hurt much', 'how many visits']) expect(backward.classify(text)).toEqual(forward.classify(text));
  });

  it('keeps every weight to within half a step of 1/32,767 of the largest', () => {
    const weights = Float32Array.from([3.351, -2.5, 0.0123, -0.00004, 0, 1e-9]);
    const { steps, scale } = quantize(weights);
    expect(scale).toBeCloseTo(3.351 / 32767, 8);
    weights.forEach((weight, i) => expect(Math.abs(steps[i]! * scale - weight)).toBeLessThanOrEqual(scale / 2 + 1e-9));
  });

  it.each([
    ['at the start of a buffer', 0],
    ['one byte into a larger buffer (not aligned for its numbers)', 1],
    ['four bytes into a larger buffer', 4],
  ])('reads back from bytes %s', (_, offset) => {
    const trained = IntentClassifier.train(EXAMPLES, { ...IntentClassifier.defaults, bits: 10 });
    const bytes = trained.serialize();
    const larger = new Uint8Array(bytes.length + offset);
    larger.set(bytes, offset);
    const restored = IntentClassifier.deserialize(larger.subarray(offset));
    expect(restored?.classify('does it hurt much')).toEqual(trained.classify('does it hurt much'));
  });
});
