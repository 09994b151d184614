// What start-up keeps in DATA_DIR/models (trained models, the ranker's relations through WordNet, the loaded
// knowledge base), as real
// files: read back after a restart, one file per kind (the older ones removed), and a cache only: a damaged
// file or a folder it cannot make costs a recomputation, never a failed start. A folder named in
// MODEL_CACHE_DIR may be shared by several bots and knowledge bases: nothing in it is removed, and a bot
// with another DATA_DIR reads the models back instead of training.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/matching/analyzer.js';
import { WordNet } from '../../src/matching/wordnet.js';
import { loadBotParts } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { ModelFileCache } from '../../src/storage/modelFileCache.js';
import { repoPath, REPO_ROOT } from '../support/repo.js';

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

describe('a restart with the same DATA_DIR', () => {
  it('reads the knowledge base back from the models folder instead of parsing its files again', async () => {
    const env = {
      STORAGE: 'file',
      LOG_LEVEL: 'silent',
      DATA_DIR: dir,
      KNOWLEDGE_DIR: repoPath('test/fixtures/kb/valid'),
      CLINIC_CONFIG: repoPath('test/fixtures/kb/clinic/clinic.yaml'),
    };
    const first = await loadBotParts(loadConfig(env, REPO_ROOT));
    const kept = readdirSync(path.join(dir, 'models')).filter((file) => file.startsWith('knowledge-'));
    expect(kept).toEqual([expect.stringMatching(/^knowledge-[0-9a-f]{32}\.bin$/)]);
    const written = (await stat(path.join(dir, 'models', kept[0]!))).mtimeMs;

    const again = await loadBotParts(loadConfig(env, REPO_ROOT));
    expect((await stat(path.join(dir, 'models', kept[0]!))).mtimeMs).toBe(written);
    expect(again.knowledge).toEqual(first.knowledge);
    expect(again.understanding().read('does IMS hurt?').intent).toEqual(first.understanding().read('does IMS hurt?').intent);
  });
});

describe('a shared folder (MODEL_CACHE_DIR)', () => {
  it('keeps every model, an older one of the same kind too', () => {
    const cache = new ModelFileCache(dir, { shared: true });
    cache.save('intent', 'old', new Uint8Array([1]));
    cache.save('intent', 'new', new Uint8Array([2]));
    expect(readdirSync(dir).sort()).toEqual(['intent-new.bin', 'intent-old.bin']);
  });

  it('MODEL_CACHE_DIR is read relative to the folder the bot runs in; unset, there is none', () => {
    expect(loadConfig({ MODEL_CACHE_DIR: 'cache/models' }, '/srv/bot').modelCacheDir).toBe('/srv/bot/cache/models');
    expect(loadConfig({}, '/srv/bot').modelCacheDir).toBeUndefined();
  });

  it('two bots with their own DATA_DIR and one MODEL_CACHE_DIR: the first trains into it, the second reads the models back', async () => {
    const shared = mkdtempSync(path.join(dir, 'x-'));
    const env = (dataDir: string) => ({
      STORAGE: 'memory',
      LOG_LEVEL: 'silent',
      DATA_DIR: dataDir,
      MODEL_CACHE_DIR: shared,
      KNOWLEDGE_DIR: repoPath('test/fixtures/kb/valid'),
      CLINIC_CONFIG: repoPath('test/fixtures/kb/clinic/clinic.yaml'),
    });
    const first = mkdtempSync(path.join(dir, 'x-'));
    await loadBotParts(loadConfig(env(first), REPO_ROOT));
    const files = (await readdir(shared)).sort();
    expect(files.length).toBeGreaterThan(0);
    const written = await Promise.all(files.map(async (file) => (await stat(path.join(shared, file))).mtimeMs));

    const second = mkdtempSync(path.join(dir, 'x-'));
    const parts = await loadBotParts(loadConfig(env(second), REPO_ROOT));
    expect((await readdir(shared)).sort()).toEqual(files);
    expect(await Promise.all(files.map(async (file) => (await stat(path.join(shared, file))).mtimeMs))).toEqual(written);
    // Neither bot left models in its own data folder.
    for (const dataDir of [first, second]) await expect(readdir(path.join(dataDir, 'models'))).rejects.toThrow(/ENOENT/);
    expect(parts.understanding().read('hello').cleaned).toBe('hello');
  });
});
