// What start-up keeps in DATA_DIR/models (trained models, the ranker's relations through WordNet), as real
// files: read back after a restart, one file per kind (the older ones removed), and a cache only: a damaged
// file or a folder it cannot make costs a recomputation, never a failed start.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/matching/analyzer.js';
import { WordNet } from '../../src/matching/wordnet.js';
import { ModelFileCache } from '../../src/storage/modelFileCache.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'model-files-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const TEXTS = { texts: ['can you explain the treatment'], synonyms: [] };
const explained = (analyzer: Analyzer) => analyzer.analyzeQuery('can you explicate it').terms.some((t) => t.stem === 'explain' && t.source === 'related');

describe('files kept in the models folder', () => {
  it('reads back what was saved, keeps one file per kind and removes the older one', () => {
    const cache = new ModelFileCache(path.join(dir, 'models'));
    cache.save('intents', 'aaa', new Uint8Array([1, 2]));
    cache.save('safety', 'bbb', new Uint8Array([3]));
    cache.save('intents', 'ccc', new Uint8Array([4, 5, 6]));
    expect(readdirSync(path.join(dir, 'models')).sort()).toEqual(['intents-ccc.bin', 'safety-bbb.bin']);
    expect([...(cache.load('intents', 'ccc') ?? [])]).toEqual([4, 5, 6]);
    expect(cache.load('intents', 'aaa')).toBeUndefined();
  });

  it('carries on without keeping anything when the folder cannot be made', () => {
    // A file where the folder should be: refused whoever runs the bot (root too).
    writeFileSync(path.join(dir, 'models'), 'not a folder');
    const cache = new ModelFileCache(path.join(dir, 'models'));
    expect(() => cache.save('intents', 'aaa', new Uint8Array([1]))).not.toThrow();
    expect(cache.load('intents', 'aaa')).toBeUndefined();
  });

  it('keeps the ranker\'s relations through WordNet, and looks them up again when the file is damaged', () => {
    const models = path.join(dir, 'models');
    expect(explained(new Analyzer(TEXTS, new WordNet(undefined, new ModelFileCache(models))))).toBe(true);
    const [file] = readdirSync(models);
    expect(file).toMatch(/^wordnet-relations-[0-9a-f]{32}\.bin$/);

    writeFileSync(path.join(models, file!), '[["explic", ');
    expect(explained(new Analyzer(TEXTS, new WordNet(undefined, new ModelFileCache(models))))).toBe(true);
    // Written again whole: the next start reads it.
    const saved = new ModelFileCache(models).load('wordnet-relations', file!.slice('wordnet-relations-'.length, -'.bin'.length));
    expect(JSON.parse(Buffer.from(saved!).toString('utf8'))).toContainEqual(['explic', ['explain']]);
  });
});
