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
  safetyFileSchema,
  synonymsFileSchema,
} from '../src/kb/schema.js';

const root = join(import.meta.dirname, '..');
const load = (path: string): unknown => parse(readFileSync(join(root, path), 'utf8'));

const faq = entriesFileSchema.parse(load('knowledge/faq.yaml'));
const smalltalk = entriesFileSchema.parse(load('knowledge/smalltalk.yaml'));
const synonyms = synonymsFileSchema.parse(load('knowledge/synonyms.yaml'));
const safety = safetyFileSchema.parse(load('knowledge/safety.yaml'));
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

// Approximates the red-flag matcher: phrase words in order, at most 3 other words between them.
const firesOn = (phrase: string, message: string): boolean => {
  const want = normalise(phrase).split(' ');
  const words = normalise(message).split(' ');
  const from = (wi: number, start: number, maxGap: number): boolean => {
    if (wi === want.length) return true;
    for (let i = start; i < words.length && i <= start + maxGap; i++) {
      if (words[i] === want[wi] && from(wi + 1, i + 1, 3)) return true;
    }
    return false;
  };
  return from(0, 0, words.length);
};
const redFlagFor = (message: string): string | undefined =>
  safety.redFlags.find((flag) => flag.phrases.some((p) => firesOn(p, message)))?.id;

// Tools classify bot replies by these words, so answers must not use them.
const answerForbidden = /\b(911|emergency|sorry|don'?t know|book\w*|appointments?|consult\w*)\b/i;
const fallbackForbidden = /\b(911|emergency|book\w*|appointments?|consult\w*)\b/i;

describe('knowledge base content', () => {
  it('has every entry id the evaluation sets name, once', () => {
    const required = [
      'ims-what', 'ims-vs-acupuncture', 'ims-how-it-works', 'ims-conditions', 'ims-benefits',
      'pain-source', 'ims-sensation', 'ims-aftercare', 'ims-sessions', 'ims-frequency',
      'ims-coverage', 'ims-practitioner', 'clinic-about',
      'greeting', 'thanks', 'goodbye', 'help', 'human',
    ];
    const ids = entries.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(required));
    expect(new Set(ids).size).toBe(ids.length);
    const topicIds = outOfScope.topics.map((t) => t.id);
    expect(new Set(topicIds).size).toBe(topicIds.length);
    const flagIds = safety.redFlags.map((f) => f.id);
    expect(new Set(flagIds).size).toBe(flagIds.length);
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
  // routing by about 7 points. The upper bound keeps an entry from turning into a dumping ground.
  it('gives each FAQ entry a canonical question and 15-80 alternates', () => {
    for (const e of faq.entries) {
      expect(e.questions.length, e.id).toBeGreaterThanOrEqual(16);
      expect(e.questions.length, e.id).toBeLessThanOrEqual(81);
    }
  });

  it.each(entries.map((e) => [e.id, e.answer] as const))('%s answer avoids reply-classifier words', (_id, answer) => {
    expect(answer).not.toMatch(answerForbidden);
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
      for (const n of e.answer.match(/\d+/g) ?? []) expect(articleNumbers.has(n), `${e.id}: ${n}`).toBe(true);
      expect(e.answer, e.id).not.toMatch(/\$/);
    }
  });

  it('answers out-of-scope topics honestly, without guessing or booking words', () => {
    for (const t of outOfScope.topics) {
      expect(t.reply.startsWith('Sorry,') || /I don't (have|know)/.test(t.reply), t.id).toBe(true);
      expect(t.reply, t.id).not.toMatch(fallbackForbidden);
    }
  });

  it('never raises a red flag on an ordinary question, booking request or out-of-scope example', () => {
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
    const tripped = ordinary.filter((q) => redFlagFor(q)).map((q) => `${q} -> ${redFlagFor(q)}`);
    expect(tripped).toEqual([]);
  });

  it.each([
    ['I have crushing pain in my chest', 'chest-pain'],
    ['i think im having a heart attack', 'chest-pain'],
    ['I cant breathe properly', 'breathing'],
    ['my inhaler is not working', 'breathing'],
    ['sharp chest pain after my needling today', 'chest-pain'],
    ['it hurts to breathe since the IMS', 'collapsed-lung-signs'],
    ['my dad has slurred speech and his face is drooping', 'stroke'],
    ['the cut is bleeding heavily', 'severe-bleeding'],
    ['my wife fainted', 'fainting'],
    ['I want to kill myself', 'self-harm'],
    ["I don't want to live anymore", 'self-harm'],
    ['I got a fever after IMS yesterday', 'infection-fever'],
    ['the spot is hot, red and swollen', 'infection-fever'],
    ['I lost control of my bladder and my back hurts', 'bladder-bowel'],
    ['numbness in my groin', 'bladder-bowel'],
    ['my throat is closing up', 'severe-allergic'],
    ['he took too many pills', 'overdose-poisoning'],
    ['I fell and hit my head', 'head-injury'],
  ])('raises a red flag for "%s"', (message, flag) => {
    expect(redFlagFor(message)).toBe(flag);
  });

  it('sends self-harm to the crisis reply with 988, and everything else to 911', () => {
    expect(safety.replies.crisis).toMatch(/988/);
    expect(safety.replies.crisis).toMatch(/911/);
    expect(safety.replies.emergency).toMatch(/911/);
    for (const flag of safety.redFlags) expect(flag.reply, flag.id).toBe(flag.id === 'self-harm' ? 'crisis' : 'emergency');
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
