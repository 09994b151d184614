// Operations can follow every turn in the logs (conversation, routing label and score, latency)
// without the logs ever holding what the person typed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestConversation } from '../support/channelClient.js';
import { startTestApp, type TestApp } from '../support/startApp.js';

let bot: TestApp;
beforeAll(async () => {
  bot = await startTestApp({ logLevel: 'info' });
});
afterAll(async () => bot?.close());

const turnLines = () => bot.logs.filter((line) => line.msg === 'turn');

describe('turn log', () => {
  it('logs one line per message with conversation id, label, score and latency, but not the text', async () => {
    const conversation = new TestConversation(bot.endpoint, { channelId: 'webchat' });
    const before = turnLines().length;
    await conversation.send('does ICBC pay for IMS? call me at 604-555-0123, my name is Priya Sharma');
    const lines = turnLines().slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ channelId: 'webchat', label: expect.any(String), score: expect.any(Number) });
    expect(lines[0]!.conversationId).toEqual(expect.any(String));
    expect(lines[0]!.latencyMs).toBeGreaterThanOrEqual(0);
    const everything = JSON.stringify(bot.logs);
    for (const secret of ['604-555-0123', '6045550123', 'Priya', 'ICBC pay']) expect(everything).not.toContain(secret);
  });
});
