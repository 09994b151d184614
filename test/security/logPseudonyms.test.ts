// A conversation id in a log line would let anyone who reads the logs continue that conversation
// (and, before channel authentication, read back what the person gave). The bot as `npm start`
// runs it logs a keyed hash instead: the same for every turn of a conversation and across a
// restart (the key lives in DATA_DIR, readable by the bot's user only), different for another
// conversation, and never the id itself.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TestConversation } from '../support/channelClient.js';
import { startBot } from '../scaleout/botProcess.js';
import { freePort } from '../support/freePort.js';
import { LOG_HASH_KEY_FILE } from '../../src/security/logPseudonyms.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'log-pseudonyms-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function turnLines(output: string): Record<string, unknown>[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.msg === 'turn');
}

/** The turn lines once `count` have been written (a turn's line follows its HTTP answer). */
async function waitForTurnLines(output: () => string, count: number): Promise<Record<string, unknown>[]> {
  for (let i = 0; i < 100 && turnLines(output()).length < count; i++) await new Promise((resolve) => setTimeout(resolve, 50));
  return turnLines(output());
}

describe('conversation ids in the logs', () => {
  it('are keyed hashes: stable per conversation and across a restart, never the id', async () => {
    const port = await freePort();
    const env = { STORAGE: 'file', DATA_DIR: dataDir, LOG_LEVEL: 'info' };
    const first = await startBot({ env, port });
    const endpoint = first.endpoint;
    const pat = new TestConversation(endpoint);
    const sam = new TestConversation(endpoint);
    let before: Record<string, unknown>[];
    try {
      await pat.send('what is IMS?');
      await pat.send('does it hurt?');
      await sam.send('what is IMS?');
      before = await waitForTurnLines(first.output, 3);
      expect(first.output()).not.toContain(pat.conversation.id);
      expect(first.output()).not.toContain(sam.conversation.id);
    } finally {
      await first.stop();
    }
    expect(before).toHaveLength(3);
    const [patFirst, patSecond, samFirst] = before.map((line) => line.conversationId);
    expect(patFirst).toEqual(expect.stringMatching(/^[\w-]{16}$/));
    expect(patSecond).toBe(patFirst);
    expect(samFirst).not.toBe(patFirst);
    expect(statSync(path.join(dataDir, LOG_HASH_KEY_FILE)).mode & 0o777).toBe(0o600);

    const second = await startBot({ env, port });
    try {
      await pat.send('what should I do after a session?');
      expect((await waitForTurnLines(second.output, 1))[0]?.conversationId).toBe(patFirst);
      expect(second.output()).not.toContain(pat.conversation.id);
    } finally {
      await second.stop();
    }
  });
});
