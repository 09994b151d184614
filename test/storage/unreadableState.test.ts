// A conversation's state file damaged on disk while the bot was down (disk trouble, a hand edit),
// met by the bot as `npm start` runs it (embedded file storage) after it starts again: the person
// gets an answer and the conversation starts afresh, but nothing is dropped
// without a word: an error is logged and a byte-for-byte copy of the damaged file is kept
// (readable by the bot's user only) before the conversation's next save replaces the file.
import { createHash } from 'node:crypto';
import { mkdtempSync, promises as fs, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestConversation } from '../support/channelClient.js';
import { startBot, type BotProcess } from '../scaleout/botProcess.js';
import { freePort } from '../support/freePort.js';

const DAMAGED = Buffer.concat([Buffer.from('{"key":"webchat/conversations/'), Buffer.from([0xff, 0x00, 0xfe]), Buffer.from('{"dialogState":{"dialogStack":[{"id":')]);

let dataDir: string;
let port: number;
let bot: BotProcess;
const start = () => startBot({ env: { STORAGE: 'file', DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, port });
beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'unreadable-state-'));
  port = await freePort();
  bot = await start();
});
afterAll(async () => {
  await bot?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Where FileStorage keeps a conversation's state (the key hashed into a file name). */
function stateFile(conversation: TestConversation): string {
  const key = `${conversation.channelId}/conversations/${conversation.conversation.id}/`;
  return path.join(dataDir, 'state', `${createHash('sha256').update(key, 'utf8').digest('hex')}.json`);
}

describe('a damaged conversation state file', () => {
  it('is logged and kept as a 0600 copy before the conversation starts afresh', async () => {
    const conversation = new TestConversation(bot.endpoint);
    expect((await conversation.send("I'd like to book an IMS appointment")).text).toMatch(/okay to collect/);
    const file = stateFile(conversation);
    expect(JSON.parse(await fs.readFile(file, 'utf8'))).toHaveProperty('item');
    await bot.stop();
    await fs.writeFile(file, DAMAGED);
    bot = await start();

    const turn = await conversation.send('yes');
    expect(turn.status).toBe(200);
    expect(turn.text).not.toMatch(/something went wrong/i);

    await Promise.race([bot.waitFor(/unreadable conversation state/), new Promise((resolve) => setTimeout(resolve, 10_000))]);
    const line = bot.output().split('\n').find((l) => l.includes('unreadable conversation state'));
    expect(line, 'an error is logged').toBeDefined();
    expect(JSON.parse(line!)).toMatchObject({ level: 'error' });
    const copies = await fs.readdir(path.join(dataDir, 'state', 'unreadable'));
    expect(copies).toHaveLength(1);
    const copy = path.join(dataDir, 'state', 'unreadable', copies[0]!);
    expect(await fs.readFile(copy)).toEqual(DAMAGED);
    expect((await fs.stat(copy)).mode & 0o777).toBe(0o600);
    // The conversation's own file has been written afresh meanwhile.
    expect(JSON.parse(await fs.readFile(file, 'utf8'))).toHaveProperty('item');

    // The same damage met again (after another restart) is kept once.
    await bot.stop();
    await fs.writeFile(file, DAMAGED);
    bot = await start();
    await conversation.send('what is IMS?');
    expect(await fs.readdir(path.join(dataDir, 'state', 'unreadable'))).toHaveLength(1);
  }, 120_000);
});
