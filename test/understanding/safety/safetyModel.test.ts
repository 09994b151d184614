// The safety model backs up the lexicon on described emergencies, never on a person's name or a short answer.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/kb/load.js';
import { Understanding } from '../../../src/understanding/understand.js';
import { testModelCache } from '../../support/modelCache.js';

let understanding: Understanding;
beforeAll(async () => {
  understanding = new Understanding(await loadKnowledge(path.resolve(import.meta.dirname, '../../../knowledge')), { wordnet: false, ...testModelCache() });
}, 60_000);

describe('the safety model', () => {
  it.each(['Alex Alpha', 'Blake Beta', 'Priya Sandhu', 'Gurpreet Kaur Dhillon', '陈小明', 'ਗੁਰਪ੍ਰੀਤ ਕੌਰ', 'Self-pay', 'lower back pain'])(
    'leaves the answer %j to a booking question calm',
    (text) => {
      expect(understanding.read(text, { expecting: 'name' }).safety.outcome).not.toMatch(/emergency|crisis/);
    },
  );

  it.each([
    'Describe the feeling pls. trying to decide between this and just getting a massage',
    'Is there anything sooner than the 20th? Her pain has been worse this week.',
  ])('leaves an ordinary question that shares letters or words with talk of suicide calm: %j', (text) => {
    expect(understanding.read(text).safety.outcome).not.toMatch(/emergency|crisis/);
  });

  it.each([
    ['a figure of speech about pain', '这个腰痛真是要了我的命，下周可以预约吗', 'calm'],
    ['a faint that the person says is over', "nearly fainted walking to my car after the needling, sat down for a bit and now i'm fine", 'urgent'],
    // Gone on for a week ("hafta ho gaya") with nothing new today: the model is sure of an emergency, the lexicon
    // reads an after-effect, and a nurse is the right call.
    ['tingling that has gone on for a week', 'mummy di baanh ch jhanjhanahat aa sooyi lagvaun ton baad, hafta ho gaya, ghatdi hi nahi', 'urgent'],
  ])('keeps %s out of the 911 reply: %j', (_, text, outcome) => {
    expect(understanding.read(text).safety.outcome).toBe(outcome);
  });

  it.each([
    "this job is killing me, honestly I don't see the point of anything anymore",
    "my back is killing me and I'm so tired of everything, I just want it all to stop",
  ])('hears giving up said beside a figure of speech: %j', (text) => {
    expect(understanding.read(text).safety.outcome).toBe('crisis');
  });

  it('gives the 911 reply to an emergency described in words the lexicon does not have', () => {
    const safety = understanding.read('my dad is sitting in his chair and he just keeps staring at the wall and drooling, he wont look at me').safety;
    expect(['emergency', 'crisis']).toContain(safety.outcome);
  });
});
