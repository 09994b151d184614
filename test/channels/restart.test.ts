// An open website chat across a restart of the bot (default settings: no TOKEN_SIGNING_SECRET).
// The token key made at the first start is kept in DATA_DIR, so the page's token still works
// afterwards and its conversation is taken up again where the stream left off.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SIGNING_KEY_FILE } from '../../src/channels/directline/signingKey.js';
import { DirectLineClient, StreamReader, startHarness, type Harness } from './webChannelHarness.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

async function bot(dataDir: string): Promise<Harness> {
  const harness = await startHarness({ STORAGE: 'file', DATA_DIR: dataDir });
  cleanups.push(() => harness.close());
  return harness;
}

describe('the website chat across a restart', () => {
  it('keeps working with the token the page already has, with no second welcome', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'chat-restart-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const before = await bot(dataDir);
    const client = await new DirectLineClient(before.url).join();
    await client.say('hello');
    await client.pollUntil((a) => a.text === 'Anything else?');
    const { watermark } = await client.poll();
    await before.close();

    const after = await bot(dataDir);
    const page = new DirectLineClient(after.url);
    Object.assign(page, { token: client.token, conversationId: client.conversationId });
    // What DirectLineJS does when its stream closes: reconnect with the watermark it has.
    const reconnect = await page.call('GET', `/v3/directline/conversations/${client.conversationId}?watermark=${watermark}`);
    expect(reconnect.status).toBe(200);
    const stream = await StreamReader.open(reconnect.body.streamUrl as string);
    expect((await page.say('are you back?')).status).toBe(200);
    const reply = await stream.next((a) => a.text === 'You said: are you back?');
    // Numbered above what the page saw before, so DirectLineJS does not skip it.
    expect(Number(stream.frames.find((frame) => frame.activities.includes(reply))?.watermark)).toBeGreaterThan(Number(watermark));
    stream.close();
    expect(after.bot.seen.some((a) => a.type === 'conversationUpdate')).toBe(false);
  });

  it('keeps the key it made in DATA_DIR, readable by the bot alone', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'chat-key-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    await bot(dataDir);
    expect(statSync(path.join(dataDir, SIGNING_KEY_FILE)).mode & 0o777).toBe(0o600);
  });
});
