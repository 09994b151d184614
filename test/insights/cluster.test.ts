import { beforeAll, describe, expect, test } from 'vitest';
import { clusterTexts, topicTerms } from '../../src/insights/cluster.js';
import { loadKnowledge } from '../../src/kb/load.js';
import type { Knowledge } from '../../src/kb/schema.js';
import { OTHER_UNANSWERED, PARKING_VARIANTS } from './fixtures.js';

let knowledge: Knowledge;
beforeAll(async () => {
  knowledge = await loadKnowledge('knowledge');
});

const background = () => [
  ...knowledge.entries.flatMap((e) => e.questions),
  ...knowledge.outOfScope.flatMap((t) => t.examples),
  ...knowledge.bookingExamples,
];

describe.each([
  ['weighted by the knowledge base', () => ({ background: background(), synonyms: knowledge.synonyms })],
  ['without a background', () => ({})],
])('clustering unanswered questions (%s)', (_name, options) => {
  const questions = [...PARKING_VARIANTS, ...OTHER_UNANSWERED];

  test('forty ways of asking about parking are one group', () => {
    expect(PARKING_VARIANTS).toHaveLength(40);
    const groups = clusterTexts(questions, (q) => q, options());
    const parking = groups.find((g) => g.items.includes('is there parking'));
    expect(parking?.items.slice().sort()).toEqual(PARKING_VARIANTS.slice().sort());
    expect(groups[0]).toBe(parking); // the most asked group comes first
    expect(parking?.terms[0]).toBe('park');
  });

  test('other questions are not pulled into it', () => {
    const groups = clusterTexts(questions, (q) => q, options());
    for (const question of OTHER_UNANSWERED) {
      const group = groups.find((g) => g.items.includes(question));
      expect(group?.items.some((q) => PARKING_VARIANTS.includes(q)), question).toBe(false);
    }
    expect(groups.length).toBeGreaterThanOrEqual(OTHER_UNANSWERED.length - 2);
  });
});

test('the same words with other case or punctuation always share a group', () => {
  const groups = clusterTexts(['Does IMS hurt?', 'does ims hurt', 'DOES IMS HURT!!', 'what are your hours'], (q) => q);
  expect(groups.map((g) => g.items.length)).toEqual([3, 1]);
});

test('questions with no content words group by their exact text', () => {
  const groups = clusterTexts(['??', '??', 'hmm'], (q) => q);
  expect(groups.map((g) => g.items)).toEqual([['??', '??'], ['hmm']]);
});

test('topic terms are stemmed content words', () => {
  expect(topicTerms('Where can I park my car?')).toEqual(['park', 'car']);
  expect(topicTerms('is parking free for patients')).toEqual(['park', 'free', 'patient']);
});
