// Web Chat shows "typing..." while the bot works on a slow turn (a booking being stored and
// notified, a slow store). Only there: Teams shows no benefit and other channels ignore it.
// ShowTypingMiddleware only sends one when a turn takes longer than `delayMs`, so the usual
// millisecond answers carry no extra activity. Not for deliveryMode "expectReplies": those replies
// are returned together at the end of the turn, where "typing" would only be noise (and the timer
// per turn is wasted work).
import { DeliveryModes, ShowTypingMiddleware, type Middleware, type TurnContext } from 'botbuilder';

const TYPING_CHANNELS = new Set(['webchat', 'directline']);

export class WebChatTypingMiddleware implements Middleware {
  private readonly typing: ShowTypingMiddleware;

  constructor(delayMs = 500, periodMs = 2000) {
    this.typing = new ShowTypingMiddleware(delayMs, periodMs);
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { channelId, deliveryMode } = context.activity;
    if (TYPING_CHANNELS.has(channelId) && deliveryMode !== DeliveryModes.ExpectReplies) return this.typing.onTurn(context, next);
    return next();
  }
}
