// Web Chat shows "typing..." while the bot works on a slow turn (a booking being stored and
// notified, a slow store). Only there: Teams shows no benefit and other channels ignore it.
// ShowTypingMiddleware only sends one when a turn takes longer than `delayMs`, so the usual
// millisecond answers carry no extra activity.
import { ShowTypingMiddleware, type Middleware, type TurnContext } from 'botbuilder';

const TYPING_CHANNELS = new Set(['webchat', 'directline']);

export class WebChatTypingMiddleware implements Middleware {
  private readonly typing: ShowTypingMiddleware;

  constructor(delayMs = 500, periodMs = 2000) {
    this.typing = new ShowTypingMiddleware(delayMs, periodMs);
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (TYPING_CHANNELS.has(context.activity.channelId)) return this.typing.onTurn(context, next);
    return next();
  }
}
