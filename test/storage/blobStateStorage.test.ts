// Blob-backed state against a real Azurite blob service on 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inspect } from 'node:util';
import { ActivityTypes, ConversationState, TestAdapter, TurnContext, type Storage } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStateStorage, StorageUnavailableError, type StateStorage } from '../../src/storage/createStateStorage.js';
import { ETagConflictError } from '../../src/storage/errors.js';
import { sweepExpiredState } from '../../src/storage/retention.js';
import { BlobStateStorage } from '../../src/storage/blobStateStorage.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logging/logger.js';
import { startAzurite, type Azurite } from '../support/azurite.js';

const log = createLogger('silent');
let azurite: Azurite;
let root: string;
let containerCount = 0;

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'blob-state-'));
  azurite = await startAzurite({ persistent: true });
});
afterAll(async () => {
  await azurite?.dispose();
  rmSync(root, { recursive: true, force: true });
});

/** A bot process's state store; the same `container` name means two processes sharing one store. */
function openStore(container = `state-${++containerCount}`): Promise<StateStorage> {
  const config = loadConfig(
    {
      STORAGE: 'blob',
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
      AZURE_STORAGE_CONTAINER: container,
      DATA_DIR: root,
    },
    root,
  );
  return createStateStorage(config, log);
}

describe('blob state storage (Azurite)', () => {
  it('reads back what it wrote, with odd keys and non-ASCII text, and deletes', async () => {
    const { storage, ready, close } = await openStore();
    expect(await ready()).toBe(true);
    const key = 'msteams/conversations/19:abc@thread.v2;messageid=1/';
    await storage.write({ [key]: { name: 'Zoë Ng 😀', step: 'phone' } });
    expect((await storage.read([key, 'missing']))).toEqual({
      [key]: { name: 'Zoë Ng 😀', step: 'phone', eTag: expect.any(String) },
    });
    await storage.delete([key, 'missing']);
    expect(await storage.read([key])).toEqual({});
    await close();
  });

  it.each([
    ['"*"', '*'],
    ['no eTag', undefined],
  ])('overwrites with %s (last writer wins)', async (_, eTag) => {
    const { storage, close } = await openStore();
    await storage.write({ k: { v: 1 } });
    await storage.write({ k: { v: 2, eTag } });
    expect((await storage.read(['k'])).k).toMatchObject({ v: 2 });
    await close();
  });

  it('detects a conflicting write from a second bot process sharing the container, instead of losing the first', async () => {
    const processA = await openStore('shared-state');
    const processB = await openStore('shared-state');
    await processA.storage.write({ k: { booked: false } });
    const seenByA = (await processA.storage.read(['k'])).k!;
    const seenByB = (await processB.storage.read(['k'])).k!;
    expect(seenByB.eTag).toBe(seenByA.eTag);

    await processA.storage.write({ k: { ...seenByA, booked: true, by: 'A' } });
    const late = await processB.storage.write({ k: { ...seenByB, booked: true, by: 'B' } }).catch((e: unknown) => e);
    expect(late).toBeInstanceOf(ETagConflictError);
    expect((late as Error).message).toBe('Storage: error writing "k" due to eTag conflict.');
    expect((await processB.storage.read(['k'])).k).toMatchObject({ by: 'A' });
    await Promise.all([processA.close(), processB.close()]);
  });

  // Documents botbuilder's real behaviour the bot relies on: BotState.saveChanges always writes
  // with eTag '*', so conversation state from two processes is last-writer-wins, never an error.
  it('lets the later turn win when two processes save ConversationState for one conversation', async () => {
    const [a, b] = [await openStore('shared-convo'), await openStore('shared-convo')];
    const turn = async (store: Storage, text: string) => {
      const state = new ConversationState(store);
      const context = new TurnContext(new TestAdapter(), {
        type: ActivityTypes.Message,
        channelId: 'webchat',
        conversation: { id: 'conv-1', name: 'chat', isGroup: false, conversationType: 'personal' },
        from: { id: 'user', name: 'Visitor' },
        recipient: { id: 'bot', name: 'Bot' },
        text,
      });
      const accessor = state.createProperty<string>('last');
      await state.load(context);
      return { save: async () => (await accessor.set(context, text), state.saveChanges(context)) };
    };
    const turnA = await turn(a.storage, 'from A');
    const turnB = await turn(b.storage, 'from B');
    await turnA.save();
    await turnB.save();
    const stored = await a.storage.read(['webchat/conversations/conv-1/']);
    expect(stored['webchat/conversations/conv-1/']).toMatchObject({ last: 'from B' });
    await Promise.all([a.close(), b.close()]);
  });

  it('sweeps state older than the retention period and keeps recent state', async () => {
    const container = `state-${++containerCount}`;
    const blobs = new BlobStateStorage(azurite.connectionString, container);
    await blobs.write({ a: { v: 1 }, b: { v: 2 } });
    expect(await sweepExpiredState(blobs, 30)).toBe(0);
    const inTwoDays = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000);
    expect(await sweepExpiredState(blobs, 1, inTwoDays)).toBe(2);
    expect(await blobs.read(['a', 'b'])).toEqual({});
    expect(await sweepExpiredState(new BlobStateStorage(azurite.connectionString, 'never-created'), 1)).toBe(0);
  });

  it('answers StorageUnavailableError during an outage and works again when the service returns', async () => {
    const running = await openStore('outage');
    await running.storage.write({ k: { v: 'before outage' } });

    await azurite.stop();
    // A process started during the outage: its very first call fails (BlobsStorage alone would
    // cache that failed container set-up and never recover).
    const startedDuringOutage = await openStore('outage');
    const failure = await running.storage.write({ k: { v: 'lost' } }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StorageUnavailableError);
    expect(inspect(failure, { depth: 20 })).not.toMatch(/SharedKey|authorization/i); // safe to log
    for (const call of [
      () => running.storage.read(['k']),
      () => startedDuringOutage.storage.read(['k']),
    ]) {
      await expect(call()).rejects.toBeInstanceOf(StorageUnavailableError);
    }
    expect(await running.ready()).toBe(false);

    await azurite.start();
    expect(await running.ready()).toBe(true);
    expect((await startedDuringOutage.storage.read(['k'])).k).toMatchObject({ v: 'before outage' });
    await running.storage.write({ k: { v: 'after outage' } });
    expect((await startedDuringOutage.storage.read(['k'])).k).toMatchObject({ v: 'after outage' });
    await Promise.all([running.close(), startedDuringOutage.close()]);
  });
});
