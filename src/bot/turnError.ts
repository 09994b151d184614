// Last line of defence for a failed turn: log it, apologise to that person, and clear the
// conversation's dialog state so they are not stuck in a broken step. Never rethrows, so one
// bad turn cannot take the process down.
import type { BotAdapter, ConversationState } from 'botbuilder';
import type { Logger } from '../logging/logger.js';

export const TURN_ERROR_REPLY =
  "Sorry, something went wrong on my side. Let's start again: please ask your question once more. In an emergency, call 911.";

export function handleTurnErrors(adapter: BotAdapter, conversationState: ConversationState, log: Logger): void {
  adapter.onTurnError = async (context, error) => {
    const conversationId = context.activity?.conversation?.id;
    log.error({ err: error, conversationId, channelId: context.activity?.channelId }, 'turn failed');
    try {
      await context.sendActivity(TURN_ERROR_REPLY);
    } catch (sendError) {
      log.warn({ err: sendError, conversationId }, 'could not send the apology');
    }
    try {
      await conversationState.delete(context);
    } catch (deleteError) {
      log.warn({ err: deleteError, conversationId }, 'could not clear the conversation state');
    }
  };
}
