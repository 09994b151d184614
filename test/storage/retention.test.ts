import { mkdtempSync, promises as fs, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileStorage } from '../../src/storage/fileStorage.js';
import { startRetentionSweeps, sweepExpiredState, type ExpiringStore } from '../../src/storage/retention.js';
import { createStateStorage } from '../../src/storage/createStateStorage.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logging/logger.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const log = createLogger('silent');

let root: string;
let dir: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'retention-'));
  dir = path.join(root, 'state');
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(root, { recursive: true, force: true });
});

/** Makes every file now in the state directory look last written `days` ago. */
async function ageFiles(days: number) {
  const when = new Date(Date.now() - days * DAY_MS);
  for (const name of await fs.readdir(dir)) await fs.utimes(path.join(dir, name), when, when);
}

describe('state retention', () => {
  it('deletes conversations nobody wrote to within the retention period and keeps the rest', async () => {
    const store = await FileStorage.open(dir);
    await store.write({ old1: { v: 1 }, old2: { v: 2 } });
    await ageFiles(31);
    await store.write({ recent: { v: 3 } });

    expect(await sweepExpiredState(store, 30)).toBe(2);
    expect(Object.keys(await store.read(['old1', 'old2', 'recent']))).toEqual(['recent']);
  });

  it('removes temp files left by a crashed write, but not one being written now', async () => {
    const store = await FileStorage.open(dir);
    await fs.writeFile(path.join(dir, 'abc.json.1.tmp'), '{"half');
    await ageFiles(1);
    await fs.writeFile(path.join(dir, 'abc.json.2.tmp'), '{"in progress');
    await sweepExpiredState(store, 30);
    expect(await fs.readdir(dir)).toEqual(['abc.json.2.tmp']);
  });

  it('keeps the state an interrupted write left in ".next" as long as any state, then deletes it', async () => {
    const store = await FileStorage.open(dir);
    await fs.writeFile(path.join(dir, 'old.json.next'), '{}');
    await ageFiles(31);
    await fs.writeFile(path.join(dir, 'recent.json.next'), '{}');
    await sweepExpiredState(store, 30);
    expect(await fs.readdir(dir)).toEqual(['recent.json.next']);
  });

  it('runs soon after start-up and then daily, and stops on request', async () => {
    vi.useFakeTimers();
    const cutoffs: Date[] = [];
    const store: ExpiringStore = { deleteUntouchedSince: async (cutoff) => (cutoffs.push(cutoff), 0) };
    const sweeps = startRetentionSweeps(store, 30, log, { firstDelayMs: 1000 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(cutoffs).toHaveLength(1);
    expect(Date.now() - cutoffs[0]!.getTime()).toBe(30 * DAY_MS);
    await vi.advanceTimersByTimeAsync(DAY_MS);
    expect(cutoffs).toHaveLength(2);
    await sweeps.stop();
    await vi.advanceTimersByTimeAsync(3 * DAY_MS);
    expect(cutoffs).toHaveLength(2);
  });

  it('keeps sweeping after a failed sweep', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const store: ExpiringStore = {
      deleteUntouchedSince: async () => {
        if (++calls === 1) throw new Error('disk busy');
        return 0;
      },
    };
    const sweeps = startRetentionSweeps(store, 30, log, { firstDelayMs: 0, everyMs: 1000 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toBe(2);
    await sweeps.stop();
  });

  it('is started by createStateStorage for the embedded file store', async () => {
    const config = loadConfig({ STORAGE: 'file', DATA_DIR: root, STATE_RETENTION_DAYS: '1' }, root);
    await fs.mkdir(dir, { recursive: true });
    await (await FileStorage.open(dir)).write({ old: { v: 1 } });
    await ageFiles(2);

    const state = await createStateStorage(config, log, { firstSweepDelayMs: 0 });
    await vi.waitFor(async () => expect(await fs.readdir(dir)).toEqual([]));
    await state.close();
  });
});
