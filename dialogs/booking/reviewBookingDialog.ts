// The summary: Confirm, or change one detail and see the summary again. On Confirm the request is written to
// the durable store FIRST; only then does the person hear "it's in" with a reference number, and only then
// is the clinic notified (in the background, retried on failure).
import { createHash } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { WaterfallStepContext } from 'botbuilder-dialogs';
import { WaterfallDialog } from '../dialogsLibrary.js';
import type { BookingRecord } from '../../src/booking/bookingRecord.js';
import { ReferenceTakenError } from '../../src/booking/bookingStore.js';
import type { BookingDialogResult } from '../../src/booking/bookingFlow.js';
import { newReference } from '../../src/booking/reference.js';
import { escapeUserText } from '../../src/bot/markdown.js';
import type { MessageKey } from '../../src/kb/messageKeys.js';
import type { BookingField } from '../../src/understanding/reading.js';
import { ASK_PAYMENT, type Payment } from './askPaymentDialog.js';
import type { BookingDialogDeps } from './bookingDialogDeps.js';
import { isComplete, type BookingDraft, type CompleteDraft } from './bookingDraft.js';
import { BookingExits } from './bookingExits.js';
import { bookingSummary } from './bookingSummary.js';
import { isGaveUp } from './prompts/attempts.js';
import { PROMPTS } from './prompts/promptIds.js';
import type { NameAnswer, ReviewAnswer, StepReaders } from './prompts/stepReaders.js';

export const REVIEW_BOOKING = 'reviewBooking';

export interface ReviewBookingOptions {
  draft: BookingDraft;
  /**
   * Chosen when the summary is first shown and kept across changes, so a confirmation that is
   * delivered twice (a channel retry after a crash) stores one request, not two.
   */
  reference?: string;
}

type ChangeField = Exclude<BookingField, 'payment'>;

const CHANGE_QUESTIONS: Record<ChangeField, { prompt: string; question: MessageKey }> = {
  name: { prompt: PROMPTS.name, question: 'booking.changeName' },
  phone: { prompt: PROMPTS.phone, question: 'booking.changePhone' },
  email: { prompt: PROMPTS.email, question: 'booking.changeEmail' },
  time: { prompt: PROMPTS.time, question: 'booking.changeTime' },
  reason: { prompt: PROMPTS.reason, question: 'booking.changeReason' },
};

const FIELD_FOR: Record<ChangeField, keyof BookingDraft> = {
  name: 'name',
  phone: 'phone',
  email: 'email',
  time: 'preferredTime',
  reason: 'reason',
};

export class ReviewBookingDialog extends WaterfallDialog {
  private readonly exits: BookingExits;

  constructor(
    private readonly deps: BookingDialogDeps,
    private readonly readers: StepReaders,
  ) {
    super(REVIEW_BOOKING);
    this.exits = new BookingExits(deps);
    this.addStep((step) => this.askToConfirm(step));
    this.addStep((step) => this.askForChange(step));
    this.addStep((step) => this.showChangedSummary(step));
  }

  /** This dialog's working values (kept in dialog state between turns). */
  private values(step: WaterfallStepContext): { reference: string; changing?: BookingField } {
    return step.values as { reference: string; changing?: BookingField };
  }

  private options(step: WaterfallStepContext): Required<ReviewBookingOptions> {
    const options = step.options as ReviewBookingOptions;
    return { draft: options.draft, reference: options.reference ?? newReference() };
  }

  private async askToConfirm(step: WaterfallStepContext) {
    const { draft, reference } = this.options(step);
    if (!isComplete(draft)) throw new Error('review started with an incomplete booking draft');
    this.values(step).reference = reference;
    return step.prompt(PROMPTS.review, {
      prompt: this.deps.responder.activity(step.context, { paragraphs: [bookingSummary(step.context, this.deps.responder, draft)], choices: this.readers.reviewChoices(step.context) }),
    });
  }

  private async askForChange(step: WaterfallStepContext) {
    const answer = step.result as ReviewAnswer;
    if (isGaveUp(answer)) return step.endDialog(await this.exits.gaveUp(step.context));
    if (answer.act === 'confirm') return step.endDialog(await this.submit(step));
    this.values(step).changing = answer.field;
    if (answer.field === 'payment') return step.beginDialog(ASK_PAYMENT, {});
    const { prompt, question } = CHANGE_QUESTIONS[answer.field];
    const skip = answer.field === 'email' ? [this.deps.responder.text(step.context, 'button.skip')] : [];
    return step.prompt(prompt, { prompt: this.readers.message(step.context, question, skip) });
  }

  private async showChangedSummary(step: WaterfallStepContext) {
    if (isGaveUp(step.result)) return step.endDialog(await this.exits.gaveUp(step.context));
    const field = this.values(step).changing as BookingField;
    const draft: BookingDraft = { ...(step.options as ReviewBookingOptions).draft };
    if (field === 'payment') {
      const payment = step.result as Payment;
      draft.payer = payment.payer;
      draft.claimNumber = payment.claimNumber;
    } else if (field === 'name') {
      draft.name = (step.result as NameAnswer).name;
    } else {
      (draft as Record<string, unknown>)[FIELD_FOR[field]] = step.result;
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
        return this.exits.notSaved(context);
      }
    }
    const { responder, clinic } = this.deps;
    // The clinic's own promise of what happens next, in its words; none is invented when it has not made one.
    const followUp = clinic.followUpPromise.trim() ? clinic.followUpPromise.trim() : responder.text(context, 'booking.confirmedNoPromise');
    await responder.send(context, { paragraphs: [`${responder.text(context, 'booking.confirmed', { name: escapeUserText(draft.name), reference })} ${followUp}`], choices: [] });
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
      language: draft.language,
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
