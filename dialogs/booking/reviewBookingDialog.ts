// The summary: Confirm, or change one detail and see the summary again. On Confirm the request
// is written to the durable store FIRST; only then does the person hear "it's in" with a
// reference number, and only then is the clinic notified (in the background, retried on failure).
import { createHash } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { WaterfallDialog, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { BookingRecord } from '../../src/booking/bookingRecord.js';
import { ReferenceTakenError } from '../../src/booking/bookingStore.js';
import type { BookingDialogResult } from '../../src/booking/feature.js';
import { newReference } from '../../src/booking/reference.js';
import { escapeUserText } from '../../src/bot/markdown.js';
import { ASK_PAYMENT, type Payment } from './askPaymentDialog.js';
import type { BookingDialogDeps } from './bookingDialogDeps.js';
import { isComplete, type BookingDraft, type CompleteDraft } from './bookingDraft.js';
import { sayGaveUp, sayNotSaved } from './bookingExits.js';
import { bookingSummary } from './bookingSummary.js';
import { isGaveUp } from './prompts/attempts.js';
import { EMAIL_PROMPT } from './prompts/emailPrompt.js';
import { NAME_PROMPT } from './prompts/namePrompt.js';
import { PHONE_PROMPT } from './prompts/phonePrompt.js';
import { PREFERRED_TIME_PROMPT } from './prompts/preferredTimePrompt.js';
import { REASON_PROMPT } from './prompts/reasonPrompt.js';
import { REVIEW_PROMPT, reviewChoices, type ReviewAction, type ReviewAnswer } from './prompts/reviewPrompt.js';

export const REVIEW_BOOKING = 'reviewBooking';

export interface ReviewBookingOptions {
  draft: BookingDraft;
  /**
   * Chosen when the summary is first shown and kept across changes, so a confirmation that is
   * delivered twice (a channel retry after a crash) stores one request, not two.
   */
  reference?: string;
}

const CHANGE_QUESTIONS: Record<Exclude<ReviewAction, 'confirm' | 'payment'>, { prompt: string; question: string }> = {
  name: { prompt: NAME_PROMPT, question: 'What name should I give the clinic?' },
  phone: { prompt: PHONE_PROMPT, question: 'What phone number should the clinic call?' },
  email: { prompt: EMAIL_PROMPT, question: 'What e-mail address should the clinic use? (Say "skip" to leave it out.)' },
  time: { prompt: PREFERRED_TIME_PROMPT, question: 'Which days and times suit you?' },
  reason: { prompt: REASON_PROMPT, question: 'In a few words, what would you like help with?' },
};

const FIELD_FOR: Record<Exclude<ReviewAction, 'confirm' | 'payment'>, keyof BookingDraft> = {
  name: 'name',
  phone: 'phone',
  email: 'email',
  time: 'preferredTime',
  reason: 'reason',
};

export class ReviewBookingDialog extends WaterfallDialog {
  constructor(private readonly deps: BookingDialogDeps) {
    super(REVIEW_BOOKING);
    this.addStep((step) => this.askToConfirm(step));
    this.addStep((step) => this.askForChange(step));
    this.addStep((step) => this.showChangedSummary(step));
  }

  /** This dialog's working values (kept in dialog state between turns). */
  private values(step: WaterfallStepContext): { reference: string; changing?: Exclude<ReviewAction, 'confirm'> } {
    return step.values as { reference: string; changing?: Exclude<ReviewAction, 'confirm'> };
  }

  private options(step: WaterfallStepContext): Required<ReviewBookingOptions> {
    const options = step.options as ReviewBookingOptions;
    return { draft: options.draft, reference: options.reference ?? newReference() };
  }

  private async askToConfirm(step: WaterfallStepContext) {
    const { draft, reference } = this.options(step);
    if (!isComplete(draft)) throw new Error('review started with an incomplete booking draft');
    this.values(step).reference = reference;
    return step.prompt(REVIEW_PROMPT, {
      prompt: bookingSummary(draft),
      retryPrompt: 'Please choose Confirm to send it, or the detail you want to change:',
      choices: reviewChoices(),
    });
  }

  private async askForChange(step: WaterfallStepContext) {
    const answer = step.result as ReviewAnswer;
    if (isGaveUp(answer)) return step.endDialog(await sayGaveUp(step.context, this.deps.clinic));
    const action = (answer as FoundChoice).value as ReviewAction;
    if (action === 'confirm') return step.endDialog(await this.submit(step));
    this.values(step).changing = action;
    if (action === 'payment') return step.beginDialog(ASK_PAYMENT, {});
    const { prompt, question } = CHANGE_QUESTIONS[action];
    return step.prompt(prompt, { prompt: question });
  }

  private async showChangedSummary(step: WaterfallStepContext) {
    if (isGaveUp(step.result)) return step.endDialog(await sayGaveUp(step.context, this.deps.clinic));
    const action = this.values(step).changing as Exclude<ReviewAction, 'confirm'>;
    const draft: BookingDraft = { ...(step.options as ReviewBookingOptions).draft };
    if (action === 'payment') {
      const payment = step.result as Payment;
      draft.payer = payment.payer;
      draft.claimNumber = payment.claimNumber;
    } else {
      (draft as Record<string, unknown>)[FIELD_FOR[action]] = step.result;
    }
    return step.replaceDialog(REVIEW_BOOKING, { draft, reference: this.values(step).reference as string } satisfies ReviewBookingOptions);
  }

  /** Store first (fsync'd), then tell the person, then notify the clinic. */
  private async submit(step: WaterfallStepContext): Promise<BookingDialogResult> {
    const { context } = step;
    const draft = (step.options as ReviewBookingOptions).draft as CompleteDraft;
    let reference = this.values(step).reference as string;
    let stored: { record: BookingRecord; created: boolean } | undefined;
    for (let tries = 0; !stored; tries++) {
      try {
        stored = await this.deps.store.add(this.record(context, draft, reference));
      } catch (err) {
        if (err instanceof ReferenceTakenError && tries < 5) {
          reference = newReference();
          continue;
        }
        this.deps.log.error({ err, reference }, 'booking request could not be stored');
        return sayNotSaved(context, this.deps.clinic);
      }
    }
    await context.sendActivity(
      `Thank you, ${escapeUserText(draft.name)}. Your booking request is in. Your reference number is **${reference}**. ${this.deps.clinic.followUpPromise}`,
    );
    if (stored.created) {
      this.deps.log.info({ reference }, 'booking request stored');
      this.deps.notifier.deliverSoon(reference);
    }
    return { outcome: 'booked', reference };
  }

  private record(context: TurnContext, draft: CompleteDraft, reference: string): BookingRecord {
    const { channelId, conversation } = context.activity;
    return {
      reference,
      createdAt: this.deps.now().toISOString(),
      consentedAt: draft.consentedAt,
      name: draft.name,
      phone: draft.phone,
      email: draft.email,
      preferredTime: draft.preferredTime,
      reason: draft.reason,
      payer: draft.payer,
      claimNumber: draft.claimNumber,
      status: 'new',
      notifications: this.deps.notifier.initialStatuses(),
      channelId: channelId ?? 'unknown',
      conversationHash: createHash('sha256')
        .update(`${channelId ?? ''}\n${conversation?.id ?? ''}`)
        .digest('hex')
        .slice(0, 32),
    };
  }
}
