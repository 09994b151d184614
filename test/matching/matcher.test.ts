import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/kb/load.js';
import { createMatcher, type Matcher } from '../../src/matching/matcher.js';
import { WordNet } from '../../src/matching/wordnet.js';

let matcher: Matcher;
beforeAll(async () => {
  const knowledge = await loadKnowledge(path.resolve(import.meta.dirname, '../fixtures/kb/valid'));
  matcher = createMatcher(knowledge, { wordnet: new WordNet() });
});

describe('matcher on the fixture knowledge base', () => {
  it.each([
    ['What is IMS?', 'ims-what'],
    ['what is dry needling', 'ims-what'],
    ['does ims hurt', 'ims-sensation'],
    ['how often can i get ims', 'ims-frequency'],
    ['is ims covered by msp', 'ims-coverage'],
    ['who does ims', 'ims-practitioner'],
    ['how many sessions do i need', 'ims-sessions'],
  ])('answers %j with %s', (text, label) => {
    expect(matcher.match(text).label).toBe(label);
  });

  it.each([
    ['misspellings', 'how is ims diferent from accupuncture', 'ims-vs-acupuncture'],
    ['a Teams mention', '<at>IMS Helper</at> does IMS hurt?', 'ims-sensation'],
    ['a greeting wrapper', 'hi! quick one - is this covered by MSP?', 'ims-coverage'],
    ['a thanks wrapper', 'thanks!! and how often can I have it?', 'ims-frequency'],
    ['HTML and shouting', '<p>DOES IMS <b>HURT</b>???</p>', 'ims-sensation'],
    ['a general-English synonym of a KB word', 'how frequently can I have IMS', 'ims-frequency'],
    ['chat spellings', 'wat does ims feel lik', 'ims-sensation'],
    ['"alot" (not "slot")', 'does ims hurt alot', 'ims-sensation'],
  ])('copes with %s', (_, text, label) => {
    expect(matcher.match(text).label).toBe(label);
  });

  it.each([
    ['hi', 'greeting'],
    ['Hello!', 'greeting'],
    ['hiya', 'greeting'],
    ['thanks!', 'thanks'],
    ['cheers', 'thanks'],
    ['thank you so much, that was helpful', 'thanks'],
    ['bye', 'goodbye'],
    ['ok see you', 'goodbye'],
    ['good evening', 'greeting'],
    // Chinese chat's "bye-bye" (八八) typed as digits.
    ['88', 'goodbye'],
    // A letter held down for emphasis.
    ['Thanksss!!', 'thanks'],
    ['byeee', 'goodbye'],
    // Chat's "good night" and a farewell.
    ['ok gn', 'goodbye'],
    ['peace out', 'goodbye'],
  ])('small talk alone: %j -> %s', (text, label) => {
    expect(matcher.match(text).label).toBe(label);
  });

  it.each([
    ['empty', ''],
    ['emoji only', '🙂👍'],
    ['punctuation only', '???'],
    ['a script tag', "<script>alert('x')</script>"],
    ['gibberish', 'asdkjh qwpoeiru'],
    ['an unrelated question', 'can you write a poem about dragons'],
    ['a specific condition the KB does not cover', 'is IMS safe with diabetes'],
    ['a word a greeting uses, without the greeting', 'is it good'],
    ['an everyday remark sharing a greeting word', 'good weather'],
  ])('has no answer for %s', (_, text) => {
    const result = matcher.match(text);
    expect(result.kind).toBe('none');
    expect(result.label).toBe('none');
  });

  it('names the out-of-scope topic when one matches', () => {
    const result = matcher.match('how much does a session cost');
    expect(result).toMatchObject({ kind: 'none', topic: 'price' });
  });

  it('routes a title or canonical question back to its entry with full confidence', () => {
    expect(matcher.match('IMS vs acupuncture')).toMatchObject({ label: 'ims-vs-acupuncture', score: 1 });
    expect(matcher.match('What conditions does IMS treat?')).toMatchObject({ label: 'ims-conditions', score: 1 });
  });

  it('gives calibrated scores in [0, 1], best candidate first', () => {
    for (const text of ['what is ims', 'how often', 'parking?', 'xyz']) {
      const { score, candidates } = matcher.match(text);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
      const scores = candidates.map((c) => c.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('is a pure function of the text', () => {
    const first = matcher.match('does it hurt a lot?');
    expect(matcher.match('does it hurt a lot?')).toEqual(first);
  });
});
