// Two turns of one conversation at the same moment must not overwrite each other silently.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MemoryStorage, TestAdapter, TurnContext, type Storage, type StoreItems } from 'botbuilder';
import { afterAll, describe, expect, it } from 'vitest';
import { FileStorage } from '../../src/storage/fileStorage.js';
import { isETagConflict } from '../../src/storage/errors.js';
import { OptimisticConversationState } from '../../src/storage/optimisticState.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function turn(adapter: TestAdapter, text: string): TurnContext {
  return new TurnContext(adapter, {
    type: 'message',
    text,
    channelId: 'test',
    conversation: { id: 'conv-1', isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'user-1', name: 'user' },
    recipient: { id: 'bot', name: 'bot' },
    serviceUrl: 'http://127.0.0.1',
  });
}

const stores: Array<[string, () => Promise<Storage>]> = [
  ['MemoryStorage', async () => new MemoryStorage()],
  [
    'FileStorage',
    () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'optimistic-'));
      dirs.push(dir);
      return FileStorage.open(dir);
    },
  ],
];

describe.each(stores)('OptimisticConversationState on %s', (_name, makeStorage) => {
  it('rejects the second of two concurrent turns with an eTag conflict instead of losing the first', async () => {
    const storage = await makeStorage();
    const state = new OptimisticConversationState(storage);
    const step = state.createProperty<string>('step');
    const adapter = new TestAdapter();

    const setup = turn(adapter, 'start');
    await step.set(setup, 'name');
    await state.saveChanges(setup);

    const first = turn(adapter, 'Priya');
    const second = turn(adapter, 'Sam');
    expect(await step.get(first)).toBe('name');
    expect(await step.get(second)).toBe('name');
    await step.set(first, 'phone (after Priya)');
    await step.set(second, 'phone (after Sam)');

    await state.saveChanges(first);
    const conflict = await state.saveChanges(second).then(() => null, (error: unknown) => error);
    expect(isETagConflict(conflict)).toBe(true);

    const reader = turn(adapter, 'next');
    expect(await step.get(reader)).toBe('phone (after Priya)');
  });

  it('saves twice in one turn without conflicting with itself', async () => {
    const state = new OptimisticConversationState(await makeStorage());
    const step = state.createProperty<number>('count');
    const context = turn(new TestAdapter(), 'hi');
    await step.set(context, 1);
    await state.saveChanges(context);
    await step.set(context, 2);
    await state.saveChanges(context);
    expect(await step.get(turn(new TestAdapter(), 'again'))).toBe(2);
  });

  it('writes a turn that changed its state, and only such a turn (a nested change too)', async () => {
    const storage = await makeStorage();
    // Counted however the store is written (FileStorage reports the eTags it gave).
    let writes = 0;
    const counted = storage as Storage & { writeReportingETags?: (changes: StoreItems) => Promise<unknown> };
    for (const method of ['write', 'writeReportingETags'] as const) {
      const original = counted[method]?.bind(storage);
      if (!original) continue;
      (counted as unknown as Record<string, unknown>)[method] = (changes: StoreItems) => {
        writes++;
        return original(changes);
      };
    }
    const state = new OptimisticConversationState(storage);
    const booking = state.createProperty<{ details: { name?: string } }>('booking');
    const first = turn(new TestAdapter(), 'hi');
    await booking.set(first, { details: {} });
    await state.saveChanges(first);
    expect(writes).toBe(1);

    const unchanged = turn(new TestAdapter(), 'ok');
    await booking.get(unchanged);
    await state.saveChanges(unchanged);
    expect(writes).toBe(1);

    const nested = turn(new TestAdapter(), 'Priya');
    (await booking.get(nested))!.details.name = 'Priya';
    await state.saveChanges(nested);
    expect(writes).toBe(2);
    expect(await booking.get(turn(new TestAdapter(), 'next'))).toEqual({ details: { name: 'Priya' } });
  });
});
