// A writer's file can count for less in training (a file of only out-of-scope questions counts half), so one
// writer's volume does not decide what the bot refuses to answer.
import { describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/kb/schema.js';
import { trainingExamples } from '../../../src/understanding/intent/intentReader.js';

const knowledge = {
  entries: [],
  translations: new Map(),
  byId: new Map(),
  bookingExamples: [],
  outOfScope: [],
  phrasings: [
    { file: 'zh/none-only.yaml', kind: 'phrasings', language: 'zh', writer: 'out of scope only', weight: 0.5, phrasings: { none: ['今日天氣點呀'] } },
    { file: 'en/chat.yaml', kind: 'phrasings', language: 'en', writer: 'chat', weight: 1, phrasings: { 'ims-what': ['wat is ims'], none: ['tell me a joke'] } },
  ],
} as unknown as Knowledge;

describe('training examples', () => {
  it("carry the writer file's weight", () => {
    expect(trainingExamples(knowledge)).toEqual([
      { text: '今日天氣點呀', label: 'none', weight: 0.5 },
      { text: 'wat is ims', label: 'ims-what' },
      { text: 'tell me a joke', label: 'none' },
    ]);
  });

  it('leave out a writer held out for evaluation', () => {
    expect(trainingExamples(knowledge, new Set(['zh/none-only.yaml'])).map((e) => e.text)).toEqual(['wat is ims', 'tell me a joke']);
  });
});
