// The ranker's relations through WordNet ("explicate" is "explain") are kept between starts; a knowledge base
// edited since is never answered with stale relations, and an unreadable file is computed again.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/kb/load.js';
import type { Knowledge } from '../../src/kb/schema.js';
import { Analyzer } from '../../src/matching/analyzer.js';
import { Matcher } from '../../src/matching/matcher.js';
import { decodeRelations, encodeRelations, RELATIONS_NAME, type KeptFiles } from '../../src/matching/relationsCache.js';
import { WordNet } from '../../src/matching/wordnet.js';

const knowledgeDir = path.resolve(import.meta.dirname, '../../knowledge');

/** Kept files in memory, counting what was asked. */
class CountingFiles implements KeptFiles {
  readonly files = new Map<string, Uint8Array>();
  loads = 0;
  hits = 0;
  saves = 0;
  load(name: string, key: string): Uint8Array | undefined {
    this.loads++;
    const bytes = this.files.get(`${name}-${key}`);
    if (bytes) this.hits++;
    return bytes;
  }
  save(name: string, key: string, bytes: Uint8Array): void {
    this.saves++;
    // One file per name, as the models folder keeps it.
    for (const file of this.files.keys()) if (file.startsWith(`${name}-`)) this.files.delete(file);
    this.files.set(`${name}-${key}`, bytes);
  }
}

/** Messages whose words the knowledge base only knows through WordNet, and ordinary ones. */
const MESSAGES = ['can you explicate the treatment', 'what does it signify', 'is it elementary', 'will my insurer cover it', 'does it hurt', 'how many sessions will i need'];

function matches(matcher: Matcher) {
  return MESSAGES.map((text) => {
    const { label, score, candidates, analysis } = matcher.match(text);
    return { label, score, candidates, terms: analysis.terms };
  });
}

describe('relations through WordNet kept between starts', () => {
  let knowledge: Knowledge;
  beforeAll(async () => {
    knowledge = await loadKnowledge(knowledgeDir);
  }, 60_000);

  it('a restart reads the relations back and matches exactly as when they were looked up', () => {
    const files = new CountingFiles();
    const looked = new Matcher(knowledge, { wordnet: new WordNet(undefined, files) });
    expect([files.hits, files.saves]).toEqual([0, 1]);
    const restarted = new Matcher(knowledge, { wordnet: new WordNet(undefined, files) });
    expect([files.hits, files.saves]).toEqual([1, 1]);
    expect(matches(restarted)).toEqual(matches(looked));
    expect(matches(restarted)).toEqual(matches(new Matcher(knowledge, { wordnet: new WordNet() })));
    expect(restarted.match('can you explicate the treatment').analysis.terms).toContainEqual(expect.objectContaining({ stem: 'explain', source: 'related' }));
  }, 60_000);

  it('after the knowledge base changed, the relations are looked up again and the new words are related', () => {
    const files = new CountingFiles();
    const plain = { texts: ['how often can I have it'], synonyms: [] };
    new Analyzer(plain, new WordNet(undefined, files));
    const edited = { texts: [...plain.texts, 'is it painful'], synonyms: [] };
    const analyzer = new Analyzer(edited, new WordNet(undefined, files));
    expect([files.hits, files.saves]).toEqual([0, 2]);
    expect(analyzer.analyzeQuery('is it sore').terms).toContainEqual(expect.objectContaining({ stem: 'pain', source: 'related' }));
    // The file of the older knowledge base is gone: one is kept.
    expect(files.files.size).toBe(1);
  }, 60_000);

  it.each([
    ['cut short', (bytes: Uint8Array) => bytes.subarray(0, bytes.length >> 1)],
    ['not JSON', () => new Uint8Array([1, 2, 3])],
    ['another shape', () => Buffer.from(JSON.stringify({ often: ['frequent'] }))],
    ['a target that is not a word', () => Buffer.from(JSON.stringify([['frequent', [42]]]))],
  ])('a kept file that is %s is ignored and the relations looked up again', (_, damage) => {
    const files = new CountingFiles();
    const texts = { texts: ['how often can I have it'], synonyms: [] };
    new Analyzer(texts, new WordNet(undefined, files));
    const [file, bytes] = [...files.files][0]!;
    files.files.set(file, damage(bytes));
    const analyzer = new Analyzer(texts, new WordNet(undefined, files));
    expect(files.saves).toBe(2);
    expect(analyzer.analyzeQuery('how frequently').terms).toContainEqual(expect.objectContaining({ stem: 'often', source: 'related' }));
    expect(decodeRelations(files.files.get(file)!)).toBeDefined();
  }, 60_000);

  it('keeps the relations and their order exactly', () => {
    const relations = new Map([
      ['frequent', ['often']],
      ['agon', ['pain', 'hurt']],
    ]);
    expect([...decodeRelations(encodeRelations(relations))!]).toEqual([...relations]);
    expect(RELATIONS_NAME).toBe('wordnet-relations');
  });
});
