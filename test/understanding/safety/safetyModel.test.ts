// The safety model backs up the lexicon on described emergencies, never on a person's name or a short answer.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/kb/load.js';
import type { Knowledge } from '../../../src/kb/schema.js';
import { Understanding } from '../../../src/understanding/understand.js';
import { testModelCache } from '../../support/modelCache.js';

let knowledge: Knowledge;
let understanding: Understanding;
beforeAll(async () => {
  knowledge = await loadKnowledge(path.resolve(import.meta.dirname, '../../../knowledge'));
  understanding = new Understanding(knowledge, { wordnet: false, ...testModelCache() });
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

  // A reply of a few words gives the model too little to go on: "already" and "fine now" also open farewells.
  it.each(['我已经好多了', '已经三天了', '我已经决定了', '已經好咗', 'hun main theek haan', 'ਹੁਣ ਮੈਂ ਠੀਕ ਹਾਂ', 'i have decided now'])('leaves the short reply %j calm', (text) => {
    expect(understanding.read(text).safety.outcome).toBe('calm');
  });

  it.each([
    ['a figure of speech about pain', '这个腰痛真是要了我的命，下周可以预约吗', 'calm'],
    ['a faint that the person says is over', "nearly fainted walking to my car after the needling, sat down for a bit and now i'm fine", 'urgent'],
    // Gone on for a week ("hafta ho gaya") with nothing new today: the model is sure of an emergency, the lexicon
    // reads an after-effect, and a nurse is the right call.
    ['tingling that has gone on for a week', 'mummy di baanh ch jhanjhanahat aa sooyi lagvaun ton baad, hafta ho gaya, ghatdi hi nahi', 'urgent'],
    // 越來越 (more and more) says the bruise goes on growing, not that something started today.
    ['a bruise growing for a week', '手臂針刺嗰度塊瘀越來越大，已經一個星期', 'urgent'],
    // Much looser after one session and asking whether to stop: the model heard "no need any more" as a farewell.
    ['a question about stopping after one good session', '阿爸做完兩次已經松咗好多，之後仲要唔要繼續做', 'calm'],
    // Saying it is over stills the model, unless a "now" comes after it.
    ['fine the next day, something new now', 'had IMS on monday, felt fine on tuesday, but now im limping around the house', 'urgent'],
    // 而家 (now) is also a "sudden" word: as part of 而家冇事 (fine now) it is the recovery, not news after it.
    ['much better after the needles and fine now, in Cantonese', '做完針之後好咗好多，而家冇事', 'calm'],
    // "isn't cutting it" (is not enough) is no talk of cutting oneself.
    ['a painkiller that is not enough', 'could my doctor prescribe something stronger than tylenol, it just isnt cutting it', 'calm'],
    // Feeling good today (ਚੰਗਾ ਲੱਗ ਰਿਹਾ), said of now: the model heard a goodbye in "ਅੱਜ" (today).
    ['feeling good today, in Gurmukhi', 'ਅੱਜ ਤਾਂ ਬਹੁਤ ਵਧੀਆ ਲੱਗ ਰਿਹਾ', 'calm'],
    // Retired (退休): the model heard 我已经…了 as a life put in order.
    ['a retiree free any day', '我已经退休了，下个星期哪天都可以来', 'calm'],
    // A question with no word of danger in it needs the model surer than a statement does ("tonight" weighs in its
    // suicide examples).
    ['a question about the crossing tonight', 'is it going to be rough on the ferry tonight?', 'calm'],
  ])('keeps %s out of the 911 reply: %j', (_, text, outcome) => {
    expect(understanding.read(text).safety.outcome).toBe(outcome);
  });

  it.each([
    "this job is killing me, honestly I don't see the point of anything anymore",
    "my back is killing me and I'm so tired of everything, I just want it all to stop",
  ])('hears giving up said beside a figure of speech: %j', (text) => {
    expect(understanding.read(text).safety.outcome).toBe('crisis');
  });

  // ਉੱਠ ਨਹੀਂ ਰਹੀ (is not getting up) and ਕੋਈ ਜਵਾਬ ਨਹੀਂ (no answer) say what is happening, not that the fall did not.
  it('gives the 911 reply to a fall with no getting up and no answer, in Gurmukhi', () => {
    expect(understanding.read('ਮੇਰੀ ਮਾਂ ਡਿੱਗ ਪਈ ਤੇ ਉੱਠ ਨਹੀਂ ਰਹੀ, ਕੋਈ ਜਵਾਬ ਨਹੀਂ').safety.outcome).toBe('emergency');
  });

  it('gives the 911 reply to an emergency described in words the lexicon does not have', () => {
    const safety = understanding.read('my dad is sitting in his chair and he just keeps staring at the wall and drooling, he wont look at me').safety;
    expect(['emergency', 'crisis']).toContain(safety.outcome);
  });

  it('stays as it was when a writer of bookings is added for the intents', () => {
    // People asking to be seen describe their pain; learnt as calm, such phrasings would quieten real emergencies.
    const newWriter = {
      kind: 'phrasings' as const,
      language: 'en' as const,
      writer: 'patients asking to be seen soon',
      weight: 1,
      phrasings: {
        booking: [
          'chest has been tight all week, can someone see me today',
          'my arm keeps going numb, any chance of getting in this afternoon',
          'back is so bad I can barely breathe when I move, is there a spot today',
          'headache for days and my neck is locked, who can see me soonest',
        ],
      },
      file: 'test/new-writer.yaml',
      name: 'phrasings/en/new-writer.yaml',
    };
    const withWriter = new Understanding({ ...knowledge, phrasings: [...knowledge.phrasings, newWriter] }, { wordnet: false, ...testModelCache() });
    for (const text of ['my chest is tight and my left arm feels heavy', 'he is breathing funny and wont answer me', 'can I book for Tuesday?']) {
      expect(withWriter.read(text).safety.model, text).toEqual(understanding.read(text).safety.model);
    }
  }, 60_000);
});
