// With deliveryMode "expectReplies" every reply comes back at once at the end of the turn, so a
// "typing" activity there would only be noise in the batch: none is added, however slow the turn.
import { TestAdapter, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { WebChatTypingMiddleware } from '../../src/bot/typing.js';

describe('typing indicator with expectReplies', () => {
  it('is not added to the batch of replies of a slow turn', async () => {
    let batch: Partial<Activity>[] = [];
    const adapter = new TestAdapter(
      async (context) => {
        await new Promise((resolve) => setTimeout(resolve, 30));
        await context.sendActivity('done');
        batch = context.bufferedReplyActivities;
      },
      { channelId: 'webchat' } as Partial<Activity>,
    );
    adapter.use(new WebChatTypingMiddleware(0, 5));
    await adapter.processActivity({ type: 'message', text: 'hi', deliveryMode: 'expectReplies' });
    // The middleware would send "typing" past the batch, straight to the adapter (its activeQueue here).
    expect([...adapter.activeQueue, ...batch].map((a) => a.type)).toEqual(['message']);
  });
});
