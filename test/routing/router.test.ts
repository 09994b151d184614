import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/kb/load.js';
import type { Knowledge } from '../../src/kb/schema.js';
import { BOOKING_BUTTON_TEXTS, createRouter } from '../../src/routing/router.js';
import type { Router } from '../../src/routing/types.js';

let knowledge: Knowledge;
let router: Router;
beforeAll(async () => {
  knowledge = await loadKnowledge(path.resolve(import.meta.dirname, '../fixtures/kb/valid'));
  router = createRouter(knowledge);
});

describe('router on the fixture knowledge base', () => {
  it.each([
    ['I have chest pain', 'chest-heart', 'emergency'],
    ["I can't breathe", 'breathing', 'emergency'],
    ['i cant breathe', 'breathing', 'emergency'],
    ['I cannot breathe properly', 'breathing', 'emergency'],
    ['I can\u2019t really breathe', 'breathing', 'emergency'],
    ['I want to kill myself', 'suicide-self-harm', 'crisis'],
    ['I keep thinking about hurting myself', 'suicide-self-harm', 'crisis'],
    ['pain in my chest and pressure', 'chest-heart', 'emergency'],
  ])('%j is an emergency (%s)', (text, category, outcome) => {
    const route = router.route(text);
    expect(route.kind).toBe('emergency');
    expect(route.safety).toMatchObject({ category, outcome });
    expect(route.score).toBe(1);
  });

  it('a needle spot that looks infected is worth a nurse\'s advice, not 911', () => {
    const route = router.route('I think the needle spot is infected');
    expect(route.kind).not.toBe('emergency');
    expect(route.safety.outcome).toBe('urgent');
  });

  it.each([
    ['inside a booking request', 'can I book an appointment, I have chest pain right now'],
    ['inside an FAQ question', 'does IMS help when I have chest pain?'],
    ['after a greeting', 'hi, I cannot breathe'],
    ['with a mention', '<at>IMS Helper</at> I want to end my life'],
    ['with words in between', 'my chest has this awful pain'],
  ])('an emergency phrase wins %s', (_, text) => {
    expect(router.route(text).kind).toBe('emergency');
  });

  it.each([
    ['does it hurt', 'ims-sensation'],
    ['my chest is fine, how often can I have IMS?', 'ims-frequency'],
  ])('an ordinary question is not an emergency: %j', (text, label) => {
    expect(router.route(text).label).toBe(label);
  });

  it.each(['can I breathe normally during IMS?', 'I hurt my back lifting', 'will it be painful', 'is there a risk of infection with IMS'])('%j raises no red flag', (text) => {
    expect(router.route(text).kind).not.toBe('emergency');
  });

  it.each([
    ...BOOKING_BUTTON_TEXTS,
    'I want to book an appointment',
    'can I schedule a session next week?',
    'hi, how do I make an appointment?',
  ])('%j is a booking request', (text) => {
    expect(router.route(text)).toMatchObject({ kind: 'booking', label: 'booking' });
  });

  it.each([
    ['how many sessions will I need?', 'ims-sessions'],
    ['how often can I have IMS sessions, is every week ok?', 'ims-frequency'],
  ])('a question that mentions sessions is not a booking request: %j', (text, label) => {
    expect(router.route(text).label).toBe(label);
  });

  it.each([
    ['constructor', 'words that are also JavaScript object keys'],
    ['toString __proto__ hasOwnProperty', 'more object keys'],
    ['does it hurt? '.repeat(2000), 'a very long message'],
    ['\u0000\u0007<at></at><p></p>', 'control characters and empty markup'],
    ['12345 678', 'numbers only'],
    ['\u4e2d\u6587\u95ee\u9898', 'another script'],
  ])('survives %j (%s)', (text) => {
    const route = router.route(text);
    expect(['answer', 'ambiguous', 'none', 'booking']).toContain(route.kind);
    expect(route.score).toBeGreaterThanOrEqual(0);
    expect(route.score).toBeLessThanOrEqual(1);
  });

  it('a choice label (entry title) routes to that entry with full confidence', () => {
    for (const entry of knowledge.entries) {
      const route = router.route(entry.title);
      expect(route, entry.title).toMatchObject({ kind: 'answer', label: entry.id, score: 1 });
      expect(router.route(entry.questions[0] as string)).toMatchObject({ kind: 'answer', label: entry.id, score: 1 });
    }
  });

  it('an answer carries its entry; candidates are entries or booking, at most 5', () => {
    const route = router.route('<at>IMS Helper</at> is ims covered by msp?');
    expect(route.kind).toBe('answer');
    if (route.kind !== 'answer') return;
    expect(route.entry).toBe(knowledge.byId.get('ims-coverage'));
    expect(route.cleaned).toBe('is ims covered by msp?');
    expect(route.candidates.length).toBeLessThanOrEqual(5);
    for (const candidate of route.candidates) expect(candidate.id === 'booking' || knowledge.byId.has(candidate.id)).toBe(true);
  });

  it('an out-of-scope topic gives none with the topic', () => {
    const route = router.route('is there parking at your clinic?');
    expect(route.kind).toBe('none');
    if (route.kind === 'none') expect(route.topic?.id).toBe('parking');
  });

  it.each(['', '   ', '🙂', 'asdfgh', 'what is the capital of france'])('%j gets none', (text) => {
    expect(router.route(text)).toMatchObject({ kind: 'none', label: 'none' });
  });
});

describe('router on the real knowledge base: everyday wording', () => {
  let real: Router;
  beforeAll(async () => {
    real = createRouter(await loadKnowledge(path.resolve(import.meta.dirname, '../../knowledge')));
  });

  it.each([
    ['hedges and intensifiers', 'honestly, what even is IMS?', 'ims-what'],
    ['filler around the question', 'ok so genuinely, how often can I get IMS?', 'ims-frequency'],
    ['chat shorthand', "what's the diff between IMS and acupuncture", 'ims-vs-acupuncture'],
    ['a place the clinic itself names', 'is IMS covered in BC', 'ims-coverage'],
    ['a casual goodbye', 'have a good one', 'goodbye'],
    ['a sign-off without "bye"', "ok I'm done, that's all", 'goodbye'],
    ['a greeting that checks someone is there', 'is anybody there?', 'greeting'],
    ['a lone word only one entry answers', 'insurance?', 'ims-coverage'],
    ['a story before the question', 'I hurt my back lifting boxes at work and it hurts a lot. Could IMS help me move better again?', 'ims-benefits'],
    ['an irregular past tense ("felt" is "feel")', 'what has it felt like for others', 'ims-sensation'],
    ['"daily" as a question of how often (it folds with "every day")', 'is daily IMS ok', 'ims-frequency'],
  ])('%s do not stop an answer: %j -> %s', (_, text, label) => {
    expect(real.route(text).label).toBe(label);
  });

  it.each([
    ['a lone word many topics share', 'pain'],
    ['a lone word many topics share', 'needles'],
    ['only function words', 'really really quick question'],
    ['a specific word the knowledge base never uses', 'do you treat dogs'],
  ])('%s gets the fallback: %j', (_, text) => {
    expect(real.route(text).kind).toBe('none');
  });
});
