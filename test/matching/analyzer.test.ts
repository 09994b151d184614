import { beforeAll, describe, expect, it } from 'vitest';
import { Analyzer, STORY_WEIGHT, questionEmphasis, stem } from '../../src/matching/analyzer.js';
import { WordNet } from '../../src/matching/wordnet.js';

let wordnet: WordNet;
beforeAll(() => {
  wordnet = new WordNet();
});

const weightOf = (analyzer: Analyzer, text: string, stemmed: string) => analyzer.analyzeQuery(text).terms.find((t) => t.stem === stemmed)?.weight;

describe('analyzer weighing', () => {
  it('keeps "one" apart from the function word "on" it stems to', () => {
    expect(stem('one')).not.toBe(stem('on'));
    const analyzer = new Analyzer({ texts: ['will one session be enough', 'lie on the table'], synonyms: [] });
    const terms = analyzer.analyzeQuery('is one session enough').terms.map((t) => t.stem);
    expect(terms).toContain('one');
    expect(terms).not.toContain('on');
  });

  it('weighs a number word as a count, below a content word', () => {
    const analyzer = new Analyzer({ texts: ['will one session be enough'], synonyms: [] });
    expect(weightOf(analyzer, 'one session', 'one')).toBeLessThan(weightOf(analyzer, 'one session', 'session') as number);
  });

  it('does not count one written word twice when it folds into a two-word term', () => {
    const analyzer = new Analyzer({ texts: ['how sore will I be the next day'], synonyms: [{ term: 'next day', variants: ['tomorrow'] }] });
    const folded = analyzer.analyzeQuery('sore tomorrow').terms;
    const written = analyzer.analyzeQuery('sore the next day').terms;
    const mass = (terms: typeof folded) => terms.filter((t) => t.stem === 'next' || t.stem === 'dai').reduce((sum, t) => sum + t.weight ** 2, 0);
    expect(mass(folded)).toBeCloseTo(1);
    expect(mass(written)).toBeCloseTo(2);
  });

  it.each([
    ['felt', 'feel'],
    ['given', 'give'],
    ['slept', 'sleep'],
    ['took', 'take'],
  ])('reads the irregular past form %s as %s', (form, base) => {
    expect(stem(form)).toBe(stem(base));
  });

  it('leaves "left" alone: mostly a side of the body, not "leave"', () => {
    expect(stem('left')).not.toBe(stem('leave'));
  });

  it('weighs "someone" as a function word, not as the subject of the question', () => {
    const analyzer = new Analyzer({ texts: ['can I talk to someone', 'who does IMS'], synonyms: [] });
    expect(weightOf(analyzer, 'someone else', 'someon')).toBeLessThan(0.5);
  });
});

describe('analyzer general-English relatives (WordNet)', () => {
  it.each([
    ['"course" (a noun) is not the adverb "naturally"', 'does it happen naturally', 'a course of treatment', 'natur'],
    ['"full" (an adjective) is not the adverb "fully"', 'to heal fully', 'a full recovery', 'fulli'],
  ])('%s', (_, kbText, query, kbStem) => {
    const analyzer = new Analyzer({ texts: [kbText], synonyms: [] }, wordnet);
    expect(analyzer.analyzeQuery(query).terms.map((t) => t.stem)).not.toContain(kbStem);
  });

  it.each([
    ['frequently', 'how often can I have it', 'how frequently', 'often'],
  ])('still relates %s', (_, kbText, query, kbStem) => {
    const analyzer = new Analyzer({ texts: [kbText], synonyms: [] }, wordnet);
    expect(analyzer.analyzeQuery(query).terms.map((t) => t.stem)).toContain(kbStem);
  });
});

describe('the question in a message weighs more than the story around it', () => {
  it.each([
    ['story, then a marked question', 'I hurt my back at work. Can IMS help?', ['i', 'hurt', 'my', 'back', 'at', 'work'], ['can', 'ims', 'help']],
    ['question first, then the story', 'Does it hurt? I am scared of needles.', ['i', 'am', 'scared', 'of', 'needles'], ['does', 'it', 'hurt']],
    ['no question mark: the sentence that opens like a question', 'My knee is sore. How often can I get IMS', ['my', 'knee', 'is', 'sore'], ['how', 'often', 'can', 'i', 'get', 'ims']],
  ])('%s', (_, text, story, question) => {
    const { tokens, emphasis } = questionEmphasis(text);
    expect(emphasis).toBeDefined();
    const weightOfToken = (word: string) => (emphasis as number[])[tokens.indexOf(word)];
    for (const word of story) expect(weightOfToken(word), word).toBe(STORY_WEIGHT);
    for (const word of question) expect(weightOfToken(word), word).toBe(1);
  });

  it.each([
    ['one sentence', 'can IMS help my back'],
    ['only questions', 'Does it hurt? How long does it last?'],
    ['no question at all', 'I hurt my back. It is sore.'],
  ])('leaves %s evenly weighted', (_, text) => {
    expect(questionEmphasis(text).emphasis).toBeUndefined();
  });
});
