// Base for the booking dialog (as in BotBuilder-Samples core-bot): before any step sees a message,
// check whether the person is doing something else than answering.
//   1. Emergency (the Router's safety check): the 911 reply, and the booking ends; nothing is kept.
//   2. "Forget me": every dialog ends and the person's bot state is deleted.
//   3. Cancel / stop / never mind / quit: the booking ends; nothing is kept.
//   4. Help: what this step asks and why, then the same question again.
//   5. A clear FAQ question ("wait, does it hurt?"): answered as in the main flow, then the same
//      question again. Only question-shaped messages with a confident FAQ match count, so a name
//      ("Priya") or a reason ("my shoulder hurts") is never taken for a question.
import type { BotState, TurnContext } from 'botbuilder';
import { ComponentDialog, Dialog, DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { BookingDialogResult } from '../src/booking/feature.js';
import { forgetUser, isForgetMeRequest } from '../src/booking/forgetMe.js';
import type { Clinic } from '../src/kb/schema.js';
import type { Route, Router } from '../src/routing/types.js';
import { isCancelRequest, isHelpRequest } from './booking/interruptions.js';
import { isQuestionLike, withoutLeadIn } from './booking/questionLike.js';

/** Minimum Router confidence for answering an FAQ question in the middle of the booking. */
export const FAQ_INTERRUPT_MIN_SCORE = 0.6;

export interface InterruptionDeps {
  clinic: Clinic;
  router: Router;
  answerRoute: (context: TurnContext, route: Route) => Promise<void>;
  statesToForget?: BotState[];
}

export const CANCELLED_REPLY = "Okay, I've cancelled the booking request. Nothing you typed here was kept or sent to the clinic.";

export abstract class CancelAndHelpDialog extends ComponentDialog {
  protected constructor(
    dialogId: string,
    private readonly interruptionDeps: InterruptionDeps,
  ) {
    super(dialogId);
  }

  /** What the active prompt asks and why (for "help"). */
  protected abstract helpFor(promptId: string | undefined): string;

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return (await this.interrupt(innerDc)) ?? super.onContinueDialog(innerDc);
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const { context } = innerDc;
    const text = context.activity.type === 'message' ? context.activity.text?.trim() : undefined;
    if (!text) return undefined;
    const deps = this.interruptionDeps;
    const route = deps.router.route(text);

    if (route.kind === 'emergency') {
      await deps.answerRoute(context, route);
      return this.end(innerDc, { outcome: 'emergency' });
    }
    if (isForgetMeRequest(text)) {
      // Everything goes, the parents' dialogs included: their state is deleted too.
      await forgetUser(context, { clinic: deps.clinic, states: deps.statesToForget ?? [], dialogContext: innerDc });
      return { status: DialogTurnStatus.complete, result: { outcome: 'forgotten' } satisfies BookingDialogResult };
    }
    if (isCancelRequest(text)) {
      await context.sendActivity(CANCELLED_REPLY);
      return this.end(innerDc, { outcome: 'cancelled' });
    }
    if (isHelpRequest(text)) {
      await context.sendActivity(this.helpFor(innerDc.activeDialog?.id));
      await innerDc.repromptDialog();
      return Dialog.EndOfTurn;
    }
    if (isQuestionLike(text)) {
      // "wait, does it hurt?": the lead-in is not part of the question, so it is matched without it.
      const question = withoutLeadIn(text);
      const asked = question && question !== text ? deps.router.route(question) : route;
      if (asked.kind === 'answer' && asked.entry.kind === 'faq' && asked.score >= FAQ_INTERRUPT_MIN_SCORE) {
        await deps.answerRoute(context, asked);
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
      }
    }
    return undefined;
  }

  /** Ends the booking: the dialog state (and the unconfirmed booking in it) is dropped. */
  private async end(innerDc: DialogContext, result: BookingDialogResult): Promise<DialogTurnResult> {
    await innerDc.cancelAllDialogs();
    return { status: DialogTurnStatus.complete, result };
  }
}
