import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { InsightEvent } from '../../src/insights/events.js';
import { conversationHash, InsightsRecorder } from '../../src/insights/recorder.js';
import { InsightsStore } from '../../src/insights/store.js';
import { loadKnowledge } from '../../src/kb/load.js';
import type { Entry, Knowledge } from '../../src/kb/schema.js';
import type { Route } from '../../src/routing/types.js';
import { CALM } from '../../src/understanding/safety/safetyReader.js';

let knowledge: Knowledge;
let dir: string;
let store: InsightsStore;
let clock: Date;

beforeAll(async () => {
  knowledge = await loadKnowledge('knowledge');
});
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'insights-'));
  store = InsightsStore.inDataDir(dir);
  clock = new Date('2025-03-14T10:00:00Z');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const entry = (id: string): Entry => knowledge.byId.get(id)!;
const answer = (id: string): Route => ({ kind: 'answer', label: id, entry: entry(id), score: 0.9, candidates: [{ id, score: 0.9 }], cleaned: '', safety: CALM });
const none = (cleaned: string, topic?: string): Route => ({
  kind: 'none',
  label: 'none',
  score: 0.2,
  candidates: [
    { id: 'clinic-about', score: 0.21 },
    { id: 'ims-what', score: 0.12 },
    { id: 'ims-sessions', score: 0.1 },
    { id: 'ims-benefits', score: 0.05 },
  ],
  cleaned,
  safety: CALM,
  ...(topic ? { topic: knowledge.outOfScope.find((t) => t.id === topic)! } : {}),
});
const ambiguous = (cleaned: string, ids: string[]): Route => ({
  kind: 'ambiguous',
  label: 'ambiguous',
  choices: ids.map(entry),
  score: 0.5,
  candidates: ids.map((id, i) => ({ id, score: 0.5 - i * 0.04 })),
  cleaned,
  safety: CALM,
});

function recorder() {
  const warnings: string[] = [];
  const r = new InsightsRecorder(store, { now: () => clock, log: { warn: (_o, msg) => warnings.push(msg) } });
  return { r, warnings };
}

async function recorded(r: InsightsRecorder): Promise<InsightEvent[]> {
  await r.flush();
  return store.read();
}

describe('InsightsRecorder', () => {
  test('an unanswered question is kept redacted, with its closest entries, topic and a conversation hash', async () => {
    const { r } = recorder();
    r.recordRoute('webchat|conv-1', 'raw', none("I'm Maria, is there parking? call 604-555-0123", 'location'));
    expect(await recorded(r)).toEqual([
      {
        type: 'unanswered',
        at: '2025-03-14T10:00:00.000Z',
        text: "I'm [name], is there parking? call [phone]",
        candidates: [
          { id: 'clinic-about', score: 0.21 },
          { id: 'ims-what', score: 0.12 },
          { id: 'ims-sessions', score: 0.1 },
        ],
        topic: 'location',
        conversation: conversationHash('webchat|conv-1'),
      },
    ]);
    const raw = await readFile(path.join(dir, 'insights', '2025-03-14.jsonl'), 'utf8');
    expect(raw).not.toContain('conv-1');
    expect(raw).not.toContain('555');
  });

  test('a "did you mean" offer followed by one of its choices records the pick', async () => {
    const { r } = recorder();
    const offer = r.recordRoute('c1', 'x', ambiguous('does msp pay for the needle thing', ['ims-coverage', 'ims-what']));
    expect(offer).toMatchObject({ askedText: 'does msp pay for the needle thing', choiceIds: ['ims-coverage', 'ims-what'] });
    expect(r.recordRoute('c1', 'Is IMS covered?', answer('ims-coverage'))).toBeUndefined();
    const events = await recorded(r);
    expect(events.map((e) => e.type)).toEqual(['ambiguous', 'pick']);
    expect(events[1]).toMatchObject({ askedText: 'does msp pay for the needle thing', pickedId: 'ims-coverage', offered: ['ims-coverage', 'ims-what'] });
  });

  test('the offer lasts one message and belongs to its conversation', async () => {
    const { r } = recorder();
    r.recordRoute('c1', 'x', ambiguous('needles covered?', ['ims-coverage', 'ims-what']));
    r.recordRoute('c2', 'What is IMS?', answer('ims-what')); // another conversation
    r.recordRoute('c1', 'does it hurt', answer('ims-sensation')); // not one of the choices: the offer is gone
    r.recordRoute('c1', 'Is IMS covered?', answer('ims-coverage'));
    expect((await recorded(r)).map((e) => e.type)).toEqual(['ambiguous']);
  });

  test('an offer kept in conversation state works on another instance', async () => {
    const first = recorder().r;
    const offer = first.recordRoute('c1', 'x', ambiguous('needles covered?', ['ims-coverage', 'ims-what']));
    const second = recorder().r; // e.g. the next message reaches another server
    second.recordRoute('c1', 'What is IMS?', answer('ims-what'), offer ?? null);
    await first.flush();
    expect((await recorded(second)).map((e) => e.type)).toEqual(['ambiguous', 'pick']);
  });

  test('emergencies, bookings and answers are not recorded', async () => {
    const { r } = recorder();
    r.recordRoute('c1', 'What is IMS?', answer('ims-what'));
    r.recordRoute('c1', 'book me in', { kind: 'booking', label: 'booking', score: 1, candidates: [], cleaned: 'book me in', safety: CALM });
    const safety = { outcome: 'emergency', category: 'chest-heart', terms: ['chest-pain'], uncertain: false } as const;
    r.recordRoute('c1', 'chest pain', { kind: 'emergency', label: 'emergency', score: 1, candidates: [], cleaned: 'chest pain', safety });
    expect(await recorded(r)).toEqual([]);
  });

  test('feedback is recorded with the entry and the vote', async () => {
    const { r } = recorder();
    r.recordFeedback('ims-sensation', 'down', 'c1');
    r.recordFeedback('ims-what', 'up');
    expect(await recorded(r)).toEqual([
      { type: 'feedback', at: clock.toISOString(), entryId: 'ims-sensation', vote: 'down', conversation: conversationHash('c1') },
      { type: 'feedback', at: clock.toISOString(), entryId: 'ims-what', vote: 'up' },
    ]);
  });

  test('a disk that cannot be written never fails a turn and is logged once', async () => {
    await writeFile(path.join(dir, 'insights'), 'a file where the folder should be');
    const { r, warnings } = recorder();
    expect(() => {
      r.recordRoute('c1', 'x', none('parking?'));
      r.recordFeedback('ims-what', 'up');
    }).not.toThrow();
    await r.flush();
    expect(warnings).toEqual(['insights: could not record an event']);
  });
});

describe('InsightsStore', () => {
  test('files are private to the bot and one per day', async () => {
    await store.append({ type: 'feedback', at: '2025-03-13T23:59:00Z', entryId: 'ims-what', vote: 'up' });
    await store.append({ type: 'feedback', at: '2025-03-14T00:01:00Z', entryId: 'ims-what', vote: 'down' });
    const insightsDir = path.join(dir, 'insights');
    expect((await stat(insightsDir)).mode & 0o777).toBe(0o700);
    const names = (await readdir(insightsDir)).sort();
    expect(names).toEqual(['2025-03-13.jsonl', '2025-03-14.jsonl']);
    for (const name of names) expect((await stat(path.join(insightsDir, name))).mode & 0o777).toBe(0o600);
  });

  test('reading skips broken lines and honours --since', async () => {
    await store.append({ type: 'feedback', at: '2025-03-10T12:00:00Z', entryId: 'ims-what', vote: 'up' });
    await store.append({ type: 'feedback', at: '2025-03-14T12:00:00Z', entryId: 'ims-what', vote: 'down' });
    await writeFile(path.join(dir, 'insights', '2025-03-14.jsonl'), '{"type":"feedback","at":"2025-03-14T13:0', { flag: 'a' });
    expect((await store.read()).map((e) => e.at)).toEqual(['2025-03-10T12:00:00Z', '2025-03-14T12:00:00Z']);
    expect((await store.read({ since: new Date('2025-03-12T00:00:00Z') })).map((e) => e.at)).toEqual(['2025-03-14T12:00:00Z']);
  });

  test('retention deletes whole days that ended before the cutoff', async () => {
    await store.append({ type: 'feedback', at: '2025-01-01T12:00:00Z', entryId: 'ims-what', vote: 'up' });
    await store.append({ type: 'feedback', at: '2025-03-14T12:00:00Z', entryId: 'ims-what', vote: 'up' });
    expect(await store.deleteUntouchedSince(new Date('2025-03-01T00:00:00Z'))).toBe(1);
    expect((await store.read()).map((e) => e.at)).toEqual(['2025-03-14T12:00:00Z']);
  });

  test('with a retention period, the first write of a day deletes older days', async () => {
    const kept = InsightsStore.inDataDir(dir, { retentionDays: 30 });
    await kept.append({ type: 'feedback', at: '2025-01-10T12:00:00Z', entryId: 'ims-what', vote: 'up' });
    await kept.append({ type: 'feedback', at: '2025-02-12T12:00:00Z', entryId: 'ims-what', vote: 'up' });
    await kept.append({ type: 'feedback', at: '2025-03-14T12:00:00Z', entryId: 'ims-what', vote: 'down' });
    expect((await kept.read()).map((e) => e.at)).toEqual(['2025-02-12T12:00:00Z', '2025-03-14T12:00:00Z']);
  });

  test('events appended all at once are all kept, in order, each in its own day file', async () => {
    const days = ['2025-03-13', '2025-03-13', '2025-03-14', '2025-03-14', '2025-03-13', '2025-03-14'];
    const events = Array.from({ length: 60 }, (_, i) => ({
      type: 'feedback' as const,
      at: `${days[i % days.length]}T12:00:${String(i).padStart(2, '0')}Z`,
      entryId: `entry-${i}`,
      vote: 'up' as const,
    }));
    await Promise.all(events.map((e) => store.append(e)));
    const read = await store.read();
    const byDay = (day: string) => events.filter((e) => e.at.startsWith(day)).map((e) => e.entryId);
    expect(read.map((e) => (e.type === 'feedback' ? e.entryId : ''))).toEqual([...byDay('2025-03-13'), ...byDay('2025-03-14')]);
  });

  test('a failed write is reported to the events it held, and later events are still written', async () => {
    const blocked = new InsightsStore(path.join(dir, 'blocked'));
    await writeFile(path.join(dir, 'blocked'), 'a file where the folder should be');
    const failing = [1, 2].map((i) => blocked.append({ type: 'feedback', at: '2025-03-14T12:00:00Z', entryId: `e${i}`, vote: 'up' }));
    for (const write of failing) await expect(write).rejects.toThrow();
    await rm(path.join(dir, 'blocked'));
    await blocked.append({ type: 'feedback', at: '2025-03-14T12:00:00Z', entryId: 'after', vote: 'up' });
    expect((await blocked.read()).map((e) => (e.type === 'feedback' ? e.entryId : ''))).toEqual(['after']);
  });

  test('a store that was never written reads as empty', async () => {
    expect(await new InsightsStore(path.join(dir, 'nothing-here')).read()).toEqual([]);
  });
});
