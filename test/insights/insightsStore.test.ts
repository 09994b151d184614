// What "forget me" and retention need from the insights store: every record of one conversation
// can be deleted (counted, the others kept), and expired day files go on a timer even when the bot
// writes nothing (before, they went only with the next write).
import { mkdtemp, readdir, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InsightEvent } from '../../src/insights/events.js';
import { conversationHash, InsightsRecorder } from '../../src/insights/recorder.js';
import { InsightsStore } from '../../src/insights/store.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'insights-store-'));
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

const NEIGHBOUR = 'webchat|conv-neighbour';
const OTHER = 'webchat|conv-other';

function eventsOf(key: string, day: string): InsightEvent[] {
  const conversation = conversationHash(key);
  return [
    { type: 'unanswered', at: `${day}T10:00:00Z`, text: 'can my neighbour Sunita Rai come with me', candidates: [], conversation },
    { type: 'feedback', at: `${day}T10:01:00Z`, entryId: 'ims-what', vote: 'down', conversation },
    { type: 'conversation', at: `${day}T09:59:00Z`, conversation },
  ];
}

describe('insights store (files under DATA_DIR/insights)', () => {
  it('deletes every record of one conversation across days, says how many, and keeps everyone else', async () => {
    const store = InsightsStore.inDataDir(dir);
    for (const e of [...eventsOf(NEIGHBOUR, '2025-03-13'), ...eventsOf(OTHER, '2025-03-13'), ...eventsOf(NEIGHBOUR, '2025-03-14')]) await store.append(e);
    expect(await store.deleteConversation(NEIGHBOUR)).toBe(6);
    const left = await store.read();
    expect(left).toHaveLength(3);
    expect(left.every((e) => e.conversation === conversationHash(OTHER))).toBe(true);
    expect(await store.deleteConversation(NEIGHBOUR)).toBe(0);
    const files = await readdir(path.join(dir, 'insights'));
    expect(files.sort()).toEqual(['2025-03-13.jsonl', '2025-03-14.jsonl']);
    for (const name of files) expect((await stat(path.join(dir, 'insights', name))).mode & 0o777).toBe(0o600);
  });

  it('through the recorder: records still being written are deleted too', async () => {
    const store = InsightsStore.inDataDir(dir);
    const recorder = new InsightsRecorder(store, { now: () => new Date('2025-03-14T10:00:00Z') });
    recorder.recordFeedback('ims-what', 'down', NEIGHBOUR);
    recorder.recordConversation(NEIGHBOUR, 'pa');
    recorder.recordFeedback('ims-what', 'up', OTHER);
    expect(await recorder.forgetConversation(NEIGHBOUR)).toBe(2);
    expect((await store.read()).map((e) => e.conversation)).toEqual([conversationHash(OTHER)]);
  });

  it('deletes expired day files on a timer, with no write needed, and stops with stop()', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    await mkdir(path.join(dir, 'insights'), { recursive: true });
    for (const day of ['2025-01-01', '2025-02-20', '2025-03-14']) {
      await writeFile(path.join(dir, 'insights', `${day}.jsonl`), `${JSON.stringify({ type: 'feedback', at: `${day}T12:00:00Z`, entryId: 'x', vote: 'up' })}\n`);
    }
    const store = InsightsStore.inDataDir(dir, { retentionDays: 30 });
    let now = new Date('2025-03-15T00:00:00Z');
    const timer = store.startRetentionTimer(60_000, () => now);
    await vi.waitFor(async () => expect((await store.read()).map((e) => e.at.slice(0, 10))).toEqual(['2025-02-20', '2025-03-14']));
    now = new Date('2025-04-01T00:00:00Z');
    await vi.advanceTimersByTimeAsync(60_000);
    await vi.waitFor(async () => expect((await store.read()).map((e) => e.at.slice(0, 10))).toEqual(['2025-03-14']));
    await timer.stop();
    now = new Date('2025-06-01T00:00:00Z');
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect((await store.read()).map((e) => e.at.slice(0, 10))).toEqual(['2025-03-14']);
  });
});
