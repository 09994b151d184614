import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { InsightEvent } from '../../src/insights/events.js';
import { conversationHash, InsightsRecorder } from '../../src/insights/recorder.js';
import { InsightsStore } from '../../src/insights/store.js';
import { loadKnowledge } from '../../src/kb/load.js';
import type { Knowledge } from '../../src/kb/schema.js';
import type { Reading } from '../../src/understanding/reading.js';
import { languageOf, readings } from '../support/fakeUnderstanding.js';

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

const answer = (id: string, cleaned = ''): Reading => readings.entry(id, { cleaned });
const none = (cleaned: string, topic?: string): Reading => {
  if (topic) expect(knowledge.outOfScope.some((t) => t.id === topic)).toBe(true);
  return readings.none({
    cleaned,
    ...(topic ? { topic } : {}),
    alternatives: [
      { id: 'clinic-about', score: 0.21 },
      { id: 'ims-what', score: 0.12 },
      { id: 'ims-sessions', score: 0.1 },
      { id: 'ims-benefits', score: 0.05 },
    ],
  });
};
const ambiguous = (cleaned: string, ids: string[]): Reading =>
  readings.ambiguous(ids, { cleaned, alternatives: ids.map((id, i) => ({ id, score: 0.5 - i * 0.04 })) });

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
    r.recordReading('webchat|conv-1', none("I'm Maria, is there parking? call 604-555-0123", 'location'));
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
        language: 'en',
        conversation: conversationHash('webchat|conv-1'),
      },
    ]);
    const raw = await readFile(path.join(dir, 'insights', '2025-03-14.jsonl'), 'utf8');
    expect(raw).not.toContain('conv-1');
    expect(raw).not.toContain('555');
  });

  test('a "did you mean" offer followed by one of its choices records the pick', async () => {
    const { r } = recorder();
    const offer = r.recordReading('c1', ambiguous('does msp pay for the needle thing', ['ims-coverage', 'ims-what']));
    expect(offer).toMatchObject({ askedText: 'does msp pay for the needle thing', choiceIds: ['ims-coverage', 'ims-what'] });
    expect(r.recordReading('c1', answer('ims-coverage', 'Is IMS covered?'))).toBeUndefined();
    const events = await recorded(r);
    expect(events.map((e) => e.type)).toEqual(['ambiguous', 'pick']);
    expect(events[1]).toMatchObject({ askedText: 'does msp pay for the needle thing', pickedId: 'ims-coverage', offered: ['ims-coverage', 'ims-what'] });
  });

  test('the offer lasts one message and belongs to its conversation', async () => {
    const { r } = recorder();
    r.recordReading('c1', ambiguous('needles covered?', ['ims-coverage', 'ims-what']));
    r.recordReading('c2', answer('ims-what', 'What is IMS?')); // another conversation
    r.recordReading('c1', answer('ims-sensation', 'does it hurt')); // not one of the choices: the offer is gone
    r.recordReading('c1', answer('ims-coverage', 'Is IMS covered?'));
    expect((await recorded(r)).map((e) => e.type)).toEqual(['ambiguous']);
  });

  test('an offer kept in conversation state works on another instance', async () => {
    const first = recorder().r;
    const offer = first.recordReading('c1', ambiguous('needles covered?', ['ims-coverage', 'ims-what']));
    const second = recorder().r; // e.g. the next message reaches another server
    second.recordReading('c1', answer('ims-what', 'What is IMS?'), offer ?? null);
    await first.flush();
    expect((await recorded(second)).map((e) => e.type)).toEqual(['ambiguous', 'pick']);
  });

  test('emergencies, bookings, control acts and answers are not recorded', async () => {
    const { r } = recorder();
    r.recordReading('c1', answer('ims-what', 'What is IMS?'));
    r.recordReading('c1', readings.booking({ cleaned: 'book me in' }));
    r.recordReading('c1', readings.control({ act: 'yes' }, { cleaned: 'yes' }));
    // An emergency is not a knowledge-base gap, even when nothing answers the words.
    r.recordReading('c1', readings.emergency({ cleaned: 'chest pain' }));
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

  test('an unanswered question keeps the language it was asked in (the staff page suggests that language\'s file)', async () => {
    const { r } = recorder();
    r.recordReading('c1', readings.none({ cleaned: 'ਪਾਰਕਿੰਗ ਹੈ?', language: languageOf('pa') }));
    expect(await recorded(r)).toEqual([expect.objectContaining({ type: 'unanswered', text: 'ਪਾਰਕਿੰਗ ਹੈ?', language: 'pa' })]);
  });

  test('"forget me" deletes what was recorded of the conversation, after the writes in flight, and its offer', async () => {
    const events: InsightEvent[] = [];
    const deleted: string[] = [];
    const sink = {
      append: async (event: InsightEvent) => {
        await new Promise((resolve) => setTimeout(resolve, 5)); // still being written when "forget me" comes
        events.push(event);
      },
      deleteConversation: async (key: string) => {
        deleted.push(key);
        const mine = events.filter((e) => 'conversation' in e && e.conversation === conversationHash(key));
        events.splice(0, events.length, ...events.filter((e) => !mine.includes(e)));
        return mine.length;
      },
    };
    const r = new InsightsRecorder(sink, { now: () => clock });
    r.recordReading('c1', ambiguous('needles covered?', ['ims-coverage', 'ims-what']));
    r.recordReading('c2', none('parking?'));
    expect(await r.forgetConversation('c1')).toBe(1);
    expect(deleted).toEqual(['c1']);
    r.recordReading('c1', answer('ims-coverage', 'Is IMS covered?')); // the offer went too: no pick
    await r.flush();
    expect(events.map((e) => e.type)).toEqual(['unanswered']);
  });

  test('a disk that cannot be written never fails a turn and is logged once', async () => {
    await writeFile(path.join(dir, 'insights'), 'a file where the folder should be');
    const { r, warnings } = recorder();
    expect(() => {
      r.recordReading('c1', none('parking?'));
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

  // "Forget me" deleting a conversation's events from the day files: test/insights/insightsStore.test.ts
  // (the store) and test/server/forgetMe.test.ts (over HTTP).

  test('a store that was never written reads as empty', async () => {
    expect(await new InsightsStore(path.join(dir, 'nothing-here')).read()).toEqual([]);
  });
});
