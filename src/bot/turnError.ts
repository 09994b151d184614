// Last line of defence for a failed turn: log it, apologise to that person, and clear the
// conversation's dialog state so they are not stuck in a broken step. Never rethrows, so one
// bad turn cannot take the process down.
// Two failures are not the conversation's fault and keep its state, so the person carries on
// where they were once things work again:
// - the state store is unavailable (an outage that heals by itself);
// - another turn of the same conversation saved first (eTag conflict: two messages at once, on
//   one or on two bot instances). The other turn's state stands; this message is reported as
//   missed rather than silently dropped.
import type { BotAdapter, ConversationState } from 'botbuilder';
import type { Logger } from '../logging/logger.js';
import { isETagConflict, isStorageUnavailable } from '../storage/errors.js';

export const TURN_ERROR_REPLY =
  "Sorry, something went wrong on my side. Let's start again: please ask your question once more. In an emergency, call 911.";
export const STORAGE_TROUBLE_REPLY =
  "Sorry, I'm having trouble right now. Please try again in a few minutes, or call the clinic. In an emergency, call 911.";
export const MISSED_MESSAGE_REPLY =
  'Sorry, two of your messages arrived at the same moment and I missed one. Could you send your last message again?';

/** True when `error` or one of its causes is an eTag conflict. */
function causedByConflict(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 10; e = e.cause, depth++) {
    if (isETagConflict(e)) return true;
  }
  return false;
}

export function handleTurnErrors(adapter: BotAdapter, conversationState: ConversationState, log: Logger): void {
  adapter.onTurnError = async (context, error) => {
    const conversationId = context.activity?.conversation?.id;
    const channelId = context.activity?.channelId;
    const unavailable = isStorageUnavailable(error);
    const conflict = !unavailable && causedByConflict(error);
    if (unavailable) log.warn({ conversationId, channelId, reason: (error as Error).message }, 'turn failed: state storage unavailable');
    else if (conflict) log.warn({ conversationId, channelId }, 'turn lost an eTag conflict with a simultaneous turn');
    else log.error({ err: error, conversationId, channelId }, 'turn failed');

    // Replies of a conflicting turn describe a state that was not saved: drop those not yet sent.
    if (conflict) context.bufferedReplyActivities.length = 0;
    try {
      await context.sendActivity(unavailable ? STORAGE_TROUBLE_REPLY : conflict ? MISSED_MESSAGE_REPLY : TURN_ERROR_REPLY);
    } catch (sendError) {
      log.warn({ err: sendError, conversationId }, 'could not send the apology');
    }
    if (unavailable || conflict) return;
    try {
      await conversationState.delete(context);
    } catch (deleteError) {
      log.warn({ err: deleteError, conversationId }, 'could not clear the conversation state');
    }
  };
}
