// FileStorage keeps the text of recently used state files in memory and checks with one stat that
// the file is still the one it knows; a file changed by anything else is read again. Writes tell
// the caller the eTag they gave, so optimistic state needs no read-back.
import { mkdtempSync, promises as fs, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TestAdapter, TurnContext } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileStorage } from '../../src/storage/fileStorage.js';
import { OptimisticConversationState } from '../../src/storage/optimisticState.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'file-storage-reads-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const KEY = 'webchat/conversations/abc-123/';

async function onlyFile(): Promise<string> {
  const files = (await fs.readdir(dir)).filter((name) => name.endsWith('.json'));
  expect(files).toHaveLength(1);
  return path.join(dir, files[0]!);
}

describe('FileStorage reads', () => {
  it.each([
    ['replaced (a restore from backup, another writer)', async (file: string, text: string) => {
      await fs.writeFile(`${file}.new`, text);
      await fs.rename(`${file}.new`, file);
    }],
    ['rewritten in place', (file: string, text: string) => fs.writeFile(file, text)],
  ])('see a state file %s behind their back', async (_, change) => {
    const store = await FileStorage.open(dir);
    await store.write({ [KEY]: { step: 'name' } });
    expect((await store.read([KEY]))[KEY]).toMatchObject({ step: 'name' });
    const file = await onlyFile();
    await change(file, JSON.stringify({ key: KEY, item: { step: 'phone number', eTag: 'restored' } }));
    expect((await store.read([KEY]))[KEY]).toMatchObject({ step: 'phone number', eTag: 'restored' });
  });

  it('see a state file deleted behind their back as missing', async () => {
    const store = await FileStorage.open(dir);
    await store.write({ [KEY]: { step: 'name' } });
    await store.read([KEY]);
    await fs.unlink(await onlyFile());
    expect(await store.read([KEY])).toEqual({});
  });

  // A write puts "<file>.next" in the file's place: unlink, then rename. A crash can stop it between the two.
  it('find the state a write left in ".next" when it stopped between unlink and rename, and put it in place', async () => {
    const store = await FileStorage.open(dir);
    await store.write({ [KEY]: { step: 'name' } });
    const file = await onlyFile();
    await fs.writeFile(`${file}.next`, JSON.stringify({ key: KEY, item: { step: 'phone number', eTag: 'newest' } }));
    await fs.unlink(file);
    const restarted = await FileStorage.open(dir);
    expect((await restarted.read([KEY]))[KEY]).toMatchObject({ step: 'phone number', eTag: 'newest' });
    expect(await fs.readdir(dir)).toEqual([path.basename(file)]);
  });

  it('keep the file, not a half-written ".next" beside it, and write over the leftover', async () => {
    const store = await FileStorage.open(dir);
    await store.write({ [KEY]: { step: 'name' } });
    const file = await onlyFile();
    await fs.writeFile(`${file}.next`, '{"key":"webchat/conv');
    const restarted = await FileStorage.open(dir);
    expect((await restarted.read([KEY]))[KEY]).toMatchObject({ step: 'name' });
    await restarted.write({ [KEY]: { step: 'time' } });
    expect((await (await FileStorage.open(dir)).read([KEY]))[KEY]).toMatchObject({ step: 'time' });
    expect(await fs.readdir(dir)).toEqual([path.basename(file)]);
  });

  it('report the eTag each write gave, the one a read then returns', async () => {
    const store = await FileStorage.open(dir);
    const eTags = await store.writeReportingETags({ [KEY]: { step: 1 }, other: { step: 2 } });
    const read = await store.read([KEY, 'other']);
    expect(eTags).toEqual({ [KEY]: read[KEY]!.eTag, other: read.other!.eTag });
  });
});

describe('OptimisticConversationState on FileStorage', () => {
  it('saves a changed state with one write and no read-back, and can save again in the same turn', async () => {
    const store = await FileStorage.open(dir);
    let reads = 0;
    const read = store.read.bind(store);
    store.read = (keys) => {
      reads++;
      return read(keys);
    };
    const state = new OptimisticConversationState(store);
    const step = state.createProperty<string>('step');
    const context = new TurnContext(new TestAdapter(), {
      type: 'message',
      channelId: 'test',
      conversation: { id: 'conv-1', isGroup: false, conversationType: 'personal', name: '' },
      from: { id: 'user-1', name: 'user' },
      recipient: { id: 'bot', name: 'bot' },
    });
    await step.set(context, 'name');
    expect(reads).toBe(1); // the turn's own load
    await state.saveChanges(context);
    await step.set(context, 'phone');
    await state.saveChanges(context);
    expect(reads).toBe(1);
    const stored = JSON.parse(await fs.readFile(await onlyFile(), 'utf8')) as { item: { step: string } };
    expect(stored.item.step).toBe('phone');
  });
});
