import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KnowledgeError, REQUIRED_ENTRY_IDS, loadClinic, loadKnowledge } from '../../src/kb/load.js';
import { countingCache } from '../support/countingCache.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/kb');
const validDir = path.join(fixtures, 'valid');
const temporaryDirs: string[] = [];

/** A copy of the valid fixture KB with the broken case's files laid over it. */
async function brokenKb(caseName: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kb-'));
  temporaryDirs.push(dir);
  await cp(validDir, dir, { recursive: true });
  await cp(path.join(fixtures, 'broken', caseName), dir, { recursive: true });
  return dir;
}

async function loadError(dir: string): Promise<KnowledgeError> {
  const error = await loadKnowledge(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KnowledgeError);
  return error as KnowledgeError;
}

afterEach(async () => {
  await Promise.all(temporaryDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('loadKnowledge', () => {
  it('loads and merges a valid knowledge base', async () => {
    const knowledge = await loadKnowledge(validDir);
    expect(knowledge.entries.map((e) => e.id)).toEqual(expect.arrayContaining([...REQUIRED_ENTRY_IDS]));
    expect(knowledge.byId.get('greeting')?.kind).toBe('smalltalk');
    expect(knowledge.byId.get('ims-what')?.kind).toBe('faq');
    expect(knowledge.byId.get('ims-what')?.related).toEqual(['ims-vs-acupuncture', 'ims-sensation']);
    expect(knowledge.byId.get('ims-frequency')?.related).toEqual([]);
    expect(knowledge.safety.rules.categories.map((c) => c.id)).toContain('suicide-self-harm');
    expect(knowledge.bookingExamples).toContain('Book a consult');
    expect(knowledge.outOfScope.map((t) => t.id)).toEqual(['price', 'parking']);
  });

  it('loads the real knowledge base', async () => {
    const knowledge = await loadKnowledge(path.resolve(import.meta.dirname, '../../knowledge'));
    expect(knowledge.entries.length).toBeGreaterThanOrEqual(REQUIRED_ENTRY_IDS.length);
  });

  // Every broken fixture must give one message naming the file, the entry and the field.
  it.each([
    ['bad-yaml', [/extra\.yaml: line \d+, column \d+: YAML syntax error/]],
    ['missing-answer', [/extra\.yaml: entry "extra-entry" \(#1\): answer: is required/]],
    ['wrong-type', [/extra\.yaml: entry "second-extra" \(#2\): questions: expected array, received string/]],
    ['empty-questions', [/extra\.yaml: entry "extra-entry" \(#1\): questions: must not be empty/]],
    ['duplicate-id', [/duplicate id "ims-what"/, /extra\.yaml: entry "ims-what" \(#1\)/, /faq\.yaml: entry "ims-what" \(#1\)/]],
    ['unknown-related', [/extra\.yaml: entry "extra-entry" \(#1\): related #2: unknown entry id "no-such-entry"/]],
    ['missing-required', [/missing required entries .*"ims-vs-acupuncture"/, /"clinic-about"/]],
    ['unknown-kind', [/extra\.yaml: kind: must be one of faq, smalltalk, synonyms, safety-rules, safety-lexicon, booking, out-of-scope, messages, controls/]],
    ['unknown-field', [/^.*extra\.yaml: entry "extra-entry" \(#1\): unknown field "anwser"\n.*answer: is required/]],
  ])('%s: explains the problem', async (caseName, patterns) => {
    const error = await loadError(await brokenKb(caseName));
    for (const pattern of patterns) expect(error.message).toMatch(pattern);
    expect(error.message).not.toContain('\n    at ');
  });

  it('reports a missing folder and a folder without YAML', async () => {
    expect((await loadError(path.join(fixtures, 'does-not-exist'))).message).toMatch(/cannot read the knowledge folder/);
    const empty = await mkdtemp(path.join(os.tmpdir(), 'kb-empty-'));
    temporaryDirs.push(empty);
    expect((await loadError(empty)).message).toMatch(/no \*\.yaml knowledge files found/);
  });

  it('every broken fixture is covered by a test case', async () => {
    expect((await readdir(path.join(fixtures, 'broken'))).sort()).toEqual(
      ['bad-yaml', 'duplicate-id', 'empty-questions', 'missing-answer', 'missing-required', 'unknown-field', 'unknown-kind', 'unknown-related', 'wrong-type'],
    );
  });
});

describe('loadClinic', () => {
  it('fills defaults for optional details', async () => {
    const clinic = await loadClinic(path.join(fixtures, 'clinic/clinic.yaml'));
    expect(clinic).toMatchObject({ name: 'Nordel Physio Clinic', location: 'Delta, BC', phone: '', timeZone: 'America/Vancouver' });
  });

  it('loads the real clinic file', async () => {
    const clinic = await loadClinic(path.resolve(import.meta.dirname, '../../config/clinic.yaml'));
    expect(clinic.name).toBeTruthy();
  });

  it('names the file and the field', async () => {
    const error = await loadClinic(path.join(fixtures, 'valid/booking.yaml')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeError);
    expect((error as Error).message).toMatch(/booking\.yaml: (name: is required|unknown field)/);
  });
});

async function copyOfValid(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kb-'));
  temporaryDirs.push(dir);
  await cp(validDir, dir, { recursive: true });
  return dir;
}

describe('loadKnowledge with a cache (a restart with the same files does not parse them again)', () => {
  it('loads the same knowledge base back from the cache', async () => {
    const cache = countingCache();
    const first = await loadKnowledge(validDir, { cache });
    const again = await loadKnowledge(validDir, { cache });
    expect(cache.counts).toEqual({ hits: 1, misses: 1, saves: 1 });
    expect(again).toEqual(first);
    // One object per entry, as when parsed: byId names the entries themselves.
    expect(again.byId.get('ims-what')).toBe(again.entries.find((entry) => entry.id === 'ims-what'));
  });

  it('reads an edited file, never the knowledge kept before the edit', async () => {
    const dir = await copyOfValid();
    const cache = countingCache();
    await loadKnowledge(dir, { cache });
    const faq = path.join(dir, 'faq.yaml');
    await writeFile(faq, (await readFile(faq, 'utf8')).replace('answer: ', 'answer: Edited. '));
    const edited = await loadKnowledge(dir, { cache });
    expect(edited.entries.filter((entry) => entry.answer.startsWith('Edited. ')).length).toBeGreaterThan(0);
    expect(cache.counts.hits).toBe(0);
  });

  it('loads the files when what the cache holds cannot be read', async () => {
    const cache = countingCache();
    await loadKnowledge(validDir, { cache });
    for (const key of cache.blobs.keys()) cache.blobs.set(key, new Uint8Array([1, 2, 3]));
    const knowledge = await loadKnowledge(validDir, { cache });
    expect(knowledge.byId.get('ims-what')?.kind).toBe('faq');
  });

  it('keeps nothing from a knowledge base with problems: every load names them', async () => {
    const dir = await brokenKb('missing-answer');
    const cache = countingCache();
    for (let i = 0; i < 2; i++) await expect(loadKnowledge(dir, { cache })).rejects.toThrow(/answer: is required/);
    expect(cache.counts.saves).toBe(0);
  });
});
