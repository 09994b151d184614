// A model read back from its bytes answers exactly as the one that was trained, whatever features it uses.
import { describe, expect, it } from 'vitest';
import { IntentClassifier, features } from '../../../src/understanding/learning/classifier.js';

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
});
