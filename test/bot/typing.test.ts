import { TestAdapter, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { WebChatTypingMiddleware } from '../../src/bot/typing.js';

describe('typing indicator', () => {
  it('Web Chat sees "typing" while a slow turn is worked on, before the reply', async () => {
    const adapter = new TestAdapter(
      async (context) => {
        // A slow turn: it finishes only once the indicator has gone out.
        while (!adapter.activeQueue.some((a) => a.type === 'typing')) await new Promise((r) => setTimeout(r, 1));
        await context.sendActivity('done');
      },
      { channelId: 'webchat' } as Partial<Activity>,
    );
    adapter.use(new WebChatTypingMiddleware(0, 60_000));
    await adapter.processActivity({ type: 'message', text: 'hi' });
    expect(adapter.activeQueue.map((a) => a.type)).toEqual(['typing', 'message']);
  });

  it('a fast turn sends no typing activity at all', async () => {
    const adapter = new TestAdapter(async (context) => void (await context.sendActivity('quick')), { channelId: 'webchat' } as Partial<Activity>);
    adapter.use(new WebChatTypingMiddleware(60_000, 60_000));
    await adapter.processActivity({ type: 'message', text: 'hi' });
    expect(adapter.activeQueue.map((a) => a.type)).toEqual(['message']);
  });
});
