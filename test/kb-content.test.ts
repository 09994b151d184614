// Checks the knowledge base content itself (knowledge/*.yaml, config/clinic.yaml): shapes, the ids
// evaluation sets name, and the editorial rules tools rely on (reply words, distinct openings,
// no phrase that trips a red flag by accident).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  bookingFileSchema,
  clinicSchema,
  entriesFileSchema,
  outOfScopeFileSchema,
  synonymsFileSchema,
} from '../src/kb/schema.js';
import { loadKnowledge } from '../src/kb/load.js';
import { cleanMessage } from '../src/matching/clean.js';
import { questionSentences, tokenize } from '../src/understanding/text/tokens.js';
import { Understanding } from '../src/understanding/understand.js';
import { testModelCache } from './support/modelCache.js';

const root = join(import.meta.dirname, '..');
const load = (path: string): unknown => parse(readFileSync(join(root, path), 'utf8'));

const faq = entriesFileSchema.parse(load('knowledge/faq.yaml'));
const smalltalk = entriesFileSchema.parse(load('knowledge/smalltalk.yaml'));
const synonyms = synonymsFileSchema.parse(load('knowledge/synonyms.yaml'));
const booking = bookingFileSchema.parse(load('knowledge/booking.yaml'));
const outOfScope = outOfScopeFileSchema.parse(load('knowledge/out-of-scope.yaml'));
const entries = [...faq.entries, ...smalltalk.entries];
// The only figures the clinic's IMS article states (30 minutes of acupuncture, 4 to 10 sessions).
const articleNumbers = new Set(['30', '4', '10']);

const normalise = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

// Tools classify bot replies by these words, so answers must not use them.
const answerForbidden = /\b(911|emergency|sorry|don'?t know|book\w*|appointments?|consult\w*)\b/i;
// Except the advice on when to get help, which an answer about after-effects gives in the words of the safety
// messages: public health lines, not clinic facts.
const safetyAdvice = /HealthLink BC at 8-1-1|call 911/g;
const withoutSafetyAdvice = (answer: string) => answer.replace(safetyAdvice, '');
const fallbackForbidden = /\b(911|emergency|book\w*|appointments?|consult\w*)\b/i;

describe('knowledge base content', () => {
  it('has every entry id the evaluation sets name, once', () => {
    const required = [
      'ims-what', 'ims-vs-acupuncture', 'ims-how-it-works', 'ims-conditions', 'ims-benefits',
      'pain-source', 'ims-sensation', 'ims-aftercare', 'ims-sessions', 'ims-frequency',
      'ims-coverage', 'ims-practitioner', 'clinic-about',
      'greeting', 'thanks', 'goodbye', 'help', 'human', 'language',
    ];
    const ids = entries.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(required));
    expect(new Set(ids).size).toBe(ids.length);
    const topicIds = outOfScope.topics.map((t) => t.id);
    expect(new Set(topicIds).size).toBe(topicIds.length);
  });

  it('offers only follow-ups that exist, never the entry itself', () => {
    const ids = new Set(entries.map((e) => e.id));
    for (const entry of entries) {
      for (const rel of entry.related) {
        expect(ids.has(rel), `${entry.id} -> ${rel}`).toBe(true);
        expect(rel).not.toBe(entry.id);
      }
    }
  });

  it('files each phrasing once, under one label (questions, booking and out-of-scope examples)', () => {
    const seen = new Map<string, string>();
    const add = (text: string, owner: string) => {
      const key = normalise(text);
      expect(seen.get(key), `"${text}" in ${owner} and ${seen.get(key)}`).toBeUndefined();
      seen.set(key, owner);
    };
    for (const e of entries) e.questions.forEach((q) => add(q, e.id));
    booking.examples.forEach((q) => add(q, 'booking'));
    for (const t of outOfScope.topics) t.examples.forEach((q) => add(q, `out-of-scope:${t.id}`));
  });

  // Each topic is asked about in many vocabularies; measured on sets the KB never saw, going from ~20 to ~60
  // phrasings per entry (written from personas and topic boundaries, not from test messages) lifted in-scope
  // routing by about 7 points. The upper bound keeps an entry from turning into a dumping ground; the longest
  // is ims-conditions, where people name their own condition ("does IMS help sciatica?").
  it('gives each FAQ entry a canonical question and 15-110 alternates', () => {
    for (const e of faq.entries) {
      expect(e.questions.length, e.id).toBeGreaterThanOrEqual(16);
      expect(e.questions.length, e.id).toBeLessThanOrEqual(111);
    }
  });

  it.each(entries.map((e) => [e.id, e.answer] as const))('%s answer avoids reply-classifier words', (_id, answer) => {
    expect(withoutSafetyAdvice(answer)).not.toMatch(answerForbidden);
  });

  it('starts every answer differently (tools recognise an answer by its first 80 characters)', () => {
    const openings = entries.map((e) => e.answer.slice(0, 80));
    expect(new Set(openings).size).toBe(openings.length);
  });

  it('keeps FAQ answers to 2-4 sentences and to numbers the article states', () => {
    for (const e of faq.entries) {
      const sentences = e.answer.split(/[.!?](?:\s|$)/).filter((s) => s.trim());
      expect(sentences.length, e.id).toBeGreaterThanOrEqual(2);
      expect(sentences.length, e.id).toBeLessThanOrEqual(4);
      for (const n of withoutSafetyAdvice(e.answer).match(/\d+/g) ?? []) expect(articleNumbers.has(n), `${e.id}: ${n}`).toBe(true);
      expect(e.answer, e.id).not.toMatch(/\$/);
    }
  });

  it('answers out-of-scope topics honestly, without guessing or booking words', () => {
    for (const t of outOfScope.topics) {
      expect(t.reply.startsWith('Sorry,') || /I don't (have|know)/.test(t.reply), t.id).toBe(true);
      expect(t.reply, t.id).not.toMatch(fallbackForbidden);
    }
  });

  it('never reads an ordinary question, booking request or out-of-scope example as an emergency', async () => {
    const knowledge = await loadKnowledge(join(root, 'knowledge'));
    // The bot's own safety reader (its model learns from the phrasings too), models from the run's cache.
    const reader = new Understanding(knowledge, testModelCache()).safety;
    const ordinary = [
      ...entries.flatMap((e) => e.questions),
      ...booking.examples,
      ...outOfScope.topics.flatMap((t) => t.examples),
      'I hurt myself at the gym, can IMS help',
      "I can't speak English well, is IMS for me",
      'pain spreading down my arm from my neck',
      'is it safe',
      'sore after treatment',
    ];
    const read = (q: string) => {
      const cleaned = cleanMessage(q);
      return reader.read(tokenize(cleaned), questionSentences(cleaned));
    };
    const tripped = ordinary.filter((q) => ['emergency', 'crisis'].includes(read(q).outcome)).map((q) => `${q} -> ${read(q).category}`);
    expect(tripped).toEqual([]);
  });

  it('folds variants onto one term only', () => {
    const owners = new Map<string, string>();
    for (const g of synonyms.groups) {
      for (const v of g.variants) {
        const key = normalise(v);
        expect(owners.get(key) ?? g.term, `"${v}"`).toBe(g.term);
        owners.set(key, g.term);
      }
    }
    // "benefits" alone means "benefits of IMS"; "appointment" is a booking word.
    expect(owners.has('benefits')).toBe(false);
    expect(owners.has('appointment')).toBe(false);
  });

  it('ships every knowledge file with the schema header', () => {
    for (const file of readdirSync(join(root, 'knowledge')).filter((f) => f.endsWith('.yaml'))) {
      expect(readFileSync(join(root, 'knowledge', file), 'utf8'), file).toMatch(
        /^# yaml-language-server: \$schema=\.\.\/schema\/knowledge\.schema\.json\n/,
      );
    }
  });

  it('names the clinic as the article does and leaves unknown details empty', () => {
    const clinic = clinicSchema.parse(load('config/clinic.yaml'));
    expect(clinic).toMatchObject({ name: 'Nordel Physio Clinic', location: 'Delta, BC', timeZone: 'America/Vancouver' });
    for (const key of ['phone', 'email', 'address', 'website', 'bookingUrl', 'hours', 'privacyPolicyUrl'] as const) {
      expect(clinic[key], key).toBe('');
    }
  });
});
