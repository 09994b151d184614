// Base for the booking dialog (as in BotBuilder-Samples core-bot): before any step sees a message, check
// whether the person is doing something else than answering, from the turn's reading:
//   1. cancel / stop / never mind: the booking ends; nothing is kept;
//   2. help: what this step asks and why, then the same question again;
//   3. a question the knowledge base answers ("wait, does it hurt?", "what about ICBC?"), when the message
//      does not also answer the step: answered as in the main flow, then the same question again.
// Emergencies and "forget me" never get here: MainDialog handles them first, in every state.
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { ComponentDialog, Dialog, DialogTurnStatus } from './dialogsLibrary.js';
import type { BookingDialogResult } from '../src/booking/bookingFlow.js';
import type { Responder } from '../src/bot/responder.js';
import { readingOf } from '../src/bot/turnReading.js';
import type { MessageKey } from '../src/kb/messageKeys.js';
import type { Reading } from '../src/understanding/reading.js';
import { expectingOf } from './booking/expecting.js';

/** Minimum confidence for answering a question in the middle of the booking. */
export const QUESTION_MIN_CONFIDENCE = 0.45;

export abstract class CancelAndHelpDialog extends ComponentDialog {
  protected constructor(
    dialogId: string,
    private readonly responder: Responder,
  ) {
    super(dialogId);
  }

  /** The message that says what the active prompt asks and why (for "help"). */
  protected abstract helpFor(promptId: string | undefined): MessageKey;

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return (await this.interrupt(innerDc)) ?? super.onContinueDialog(innerDc);
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const { context } = innerDc;
    const reading = readingOf(context);
    if (!reading || context.activity.type !== 'message') return undefined;
    const { intent } = reading;
    if (intent.kind === 'control' && intent.control.act === 'cancel') {
      await innerDc.cancelAllDialogs();
      await this.responder.say(context, 'booking.cancelled');
      return { status: DialogTurnStatus.complete, result: { outcome: 'cancelled' } satisfies BookingDialogResult };
    }
    if (intent.kind === 'control' && intent.control.act === 'help') {
      await this.responder.send(context, {
        paragraphs: [`${this.responder.text(context, this.helpFor(innerDc.activeDialog?.id))} ${this.responder.text(context, 'booking.help.suffix')}`],
        choices: [],
      });
      await innerDc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    if (this.isQuestionAside(reading, innerDc)) {
      await this.responder.answer(context, reading);
      await innerDc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    return undefined;
  }

  /**
   * A confident FAQ question that does not answer the step ("my shoulder hurts" is a reason, not a question).
   * At the reason and payment steps a question is a question even when it could be read as an answer
   * ("what is IMS exactly?" is not a reason; "is IMS covered by MSP?" does not choose MSP).
   */
  private isQuestionAside(reading: Reading, innerDc: DialogContext): boolean {
    const { intent, details } = reading;
    if (intent.kind !== 'entry' || !reading.isQuestion || reading.confidence < QUESTION_MIN_CONFIDENCE) return false;
    const entry = this.responder.entry(intent.entryId);
    if (entry?.kind !== 'faq') return false;
    const step = expectingOf({ dialogStack: innerDc.stack });
    if (step === 'reason' || step === 'payer') return true;
    const field = step === 'time' ? 'preferredTime' : step;
    const answered = field !== undefined && details !== undefined && field in details;
    return !answered;
  }
}
