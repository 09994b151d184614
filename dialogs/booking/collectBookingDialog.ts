// The booking questions in order: consent first, then only what the first message did not already tell us,
// then the summary (ReviewBookingDialog). Steps are named for what they ask; each takes its answer from the
// turn's reading (prompts/stepReaders.ts) and asks in the person's language.
import type { TurnContext } from 'botbuilder';
import type { WaterfallStepContext } from 'botbuilder-dialogs';
import { WaterfallDialog } from '../dialogsLibrary.js';
import { PAYERS_WITH_CLAIM } from '../../src/booking/bookingRecord.js';
import type { BookingDialogOptions, BookingDialogResult } from '../../src/booking/bookingFlow.js';
import { formatPhoneForPeople } from '../../src/booking/phoneDisplay.js';
import { escapeUserText } from '../../src/bot/markdown.js';
import { readingOf, replyLanguage } from '../../src/bot/turnReading.js';
import type { MessageKey } from '../../src/kb/messageKeys.js';
import type { FoundDetails } from '../../src/understanding/details/types.js';
import { ASK_PAYMENT, type AskPaymentOptions, type Payment } from './askPaymentDialog.js';
import type { BookingDialogDeps } from './bookingDialogDeps.js';
import type { BookingDraft } from './bookingDraft.js';
import { BookingExits } from './bookingExits.js';
import { isGaveUp } from './prompts/attempts.js';
import { PROMPTS } from './prompts/promptIds.js';
import type { NameAnswer, StepReaders } from './prompts/stepReaders.js';
import { REVIEW_BOOKING, type ReviewBookingOptions } from './reviewBookingDialog.js';

export const COLLECT_BOOKING = 'collectBooking';

/** What the first message already told us, kept while consent is asked. */
type Prefill = Omit<BookingDraft, 'consentedAt' | 'language'> & { nameComplete?: boolean; payerInferred?: boolean };

export class CollectBookingDialog extends WaterfallDialog {
  private readonly exits: BookingExits;

  constructor(
    private readonly deps: BookingDialogDeps,
    private readonly readers: StepReaders,
  ) {
    super(COLLECT_BOOKING);
    this.exits = new BookingExits(deps);
    this.addStep((step) => this.askConsent(step));
    this.addStep((step) => this.askName(step));
    this.addStep((step) => this.askFullName(step));
    this.addStep((step) => this.askPhone(step));
    this.addStep((step) => this.askEmail(step));
    this.addStep((step) => this.askPreferredTime(step));
    this.addStep((step) => this.askReason(step));
    this.addStep((step) => this.askPayment(step));
    this.addStep((step) => this.reviewBooking(step));
    this.addStep((step) => this.finish(step));
  }

  /** This dialog's working values (kept in dialog state between turns). */
  private values(step: WaterfallStepContext): { prefill?: Prefill; draft: BookingDraft } {
    return step.values as { prefill?: Prefill; draft: BookingDraft };
  }

  private async askConsent(step: WaterfallStepContext) {
    // A Teams channel or group chat is seen by others: personal details are only taken one to one.
    if (step.context.activity.conversation?.isGroup) return step.endDialog(await this.exits.onlyOneToOne(step.context));
    const { utterance } = (step.options ?? {}) as BookingDialogOptions;
    this.values(step).prefill = utterance ? prefillOf(readingOf(step.context)?.details) : {};
    const { responder } = this.deps;
    const privacyUrl = this.deps.clinic.privacyPolicyUrl.trim();
    const privacy = privacyUrl ? responder.text(step.context, 'booking.privacyPolicy', { url: privacyUrl }) : responder.text(step.context, 'booking.privacyAsk');
    return step.prompt(PROMPTS.consent, {
      prompt: this.readers.message(step.context, 'booking.consent', this.readers.yesNoChoices(step.context), { privacy }),
    });
  }

  private async askName(step: WaterfallStepContext) {
    if (isGaveUp(step.result)) return step.endDialog(await this.exits.gaveUp(step.context));
    if (step.result !== true) return step.endDialog(await this.exits.declined(step.context));
    const { prefill = {} } = this.values(step);
    delete this.values(step).prefill;
    const { nameComplete, payerInferred: _inferred, ...details } = prefill;
    const draft: BookingDraft = { consentedAt: this.deps.now().toISOString(), language: replyLanguage(step.context), ...details };
    this.values(step).draft = draft;
    await this.acknowledgePrefill(step.context, prefill);
    if (draft.name && nameComplete === false) {
      // "...my name is Mike": the clinic needs the full name to find the person when it calls back.
      return step.next({ name: draft.name, complete: false } satisfies NameAnswer);
    }
    return draft.name ? step.next() : step.prompt(PROMPTS.name, { prompt: this.readers.message(step.context, 'booking.askName') });
  }

  private async askFullName(step: WaterfallStepContext) {
    if (isGaveUp(step.result)) return this.giveUp(step);
    const answer = step.result as NameAnswer | undefined;
    if (answer) this.draft(step).name = answer.name;
    if (!answer || answer.complete) return step.next();
    return step.prompt(PROMPTS.name, { prompt: this.readers.message(step.context, 'booking.askFullName', [], { name: escapeUserText(answer.name) }) });
  }

  private async askPhone(step: WaterfallStepContext) {
    if (isGaveUp(step.result)) return this.giveUp(step);
    const answer = step.result as NameAnswer | undefined;
    // A one-word second answer is taken as it is: asking a third time would not help anyone.
    if (answer) this.draft(step).name = answer.name;
    return this.draft(step).phone ? step.next() : step.prompt(PROMPTS.phone, { prompt: this.readers.message(step.context, 'booking.askPhone') });
  }

  private async askEmail(step: WaterfallStepContext) {
    if (!this.accept(step, 'phone')) return this.giveUp(step);
    if (this.draft(step).email !== undefined) return step.next();
    return step.prompt(PROMPTS.email, { prompt: this.readers.message(step.context, 'booking.askEmail', [this.deps.responder.text(step.context, 'button.skip')]) });
  }

  private async askPreferredTime(step: WaterfallStepContext) {
    if (!this.accept(step, 'email')) return this.giveUp(step);
    return this.draft(step).preferredTime ? step.next() : step.prompt(PROMPTS.time, { prompt: this.readers.message(step.context, 'booking.askTime') });
  }

  private async askReason(step: WaterfallStepContext) {
    if (!this.accept(step, 'preferredTime')) return this.giveUp(step);
    return this.draft(step).reason ? step.next() : step.prompt(PROMPTS.reason, { prompt: this.readers.message(step.context, 'booking.askReason') });
  }

  private async askPayment(step: WaterfallStepContext) {
    if (!this.accept(step, 'reason')) return this.giveUp(step);
    const { payer } = this.draft(step);
    return step.beginDialog(ASK_PAYMENT, (payer ? { payer } : {}) satisfies AskPaymentOptions);
  }

  private async reviewBooking(step: WaterfallStepContext) {
    if (isGaveUp(step.result)) return this.giveUp(step);
    const payment = step.result as Payment;
    const draft = { ...this.draft(step), payer: payment.payer, claimNumber: PAYERS_WITH_CLAIM.includes(payment.payer) ? payment.claimNumber : null };
    return step.beginDialog(REVIEW_BOOKING, { draft } satisfies ReviewBookingOptions);
  }

  private async finish(step: WaterfallStepContext) {
    return step.endDialog(step.result as BookingDialogResult);
  }

  private draft(step: WaterfallStepContext): BookingDraft {
    return this.values(step).draft as BookingDraft;
  }

  /** Stores the previous prompt's answer (if one was asked); false when the person ran out of tries. */
  private accept<K extends keyof BookingDraft>(step: WaterfallStepContext, field: K): boolean {
    if (isGaveUp(step.result)) return false;
    if (step.result !== undefined) this.draft(step)[field] = step.result as BookingDraft[K];
    return true;
  }

  private async giveUp(step: WaterfallStepContext) {
    return step.endDialog(await this.exits.gaveUp(step.context));
  }

  /** "From your message I already have ..." so the person knows why some questions are skipped. */
  private async acknowledgePrefill(context: TurnContext, prefill: Prefill): Promise<void> {
    const { responder } = this.deps;
    const noted: string[] = [];
    const note = (key: MessageKey, value: string) => noted.push(responder.text(context, key, { value }));
    if (prefill.name) note('booking.prefilledName', escapeUserText(prefill.name));
    if (prefill.phone) note('booking.prefilledPhone', formatPhoneForPeople(prefill.phone));
    if (prefill.email) note('booking.prefilledEmail', escapeUserText(prefill.email));
    if (prefill.preferredTime) note('booking.prefilledTime', escapeUserText(prefill.preferredTime.text));
    if (prefill.reason) note('booking.prefilledReason', escapeUserText(prefill.reason));
    if (prefill.payer) note('booking.prefilledPayer', responder.text(context, `payer.${prefill.payer}` as MessageKey));
    if (!noted.length) {
      await responder.say(context, 'booking.thanks');
      return;
    }
    const and = responder.text(context, 'booking.and');
    const list = noted.length === 1 ? noted[0] : `${noted.slice(0, -1).join(', ')} ${and} ${noted[noted.length - 1]}`;
    await responder.say(context, 'booking.prefilled', { details: list ?? '' });
  }
}

/** The details the message that asked for the booking already holds. A payer guessed from a story is not kept. */
function prefillOf(details: FoundDetails | undefined): Prefill {
  if (!details) return {};
  const prefill: Prefill = {};
  if (details.name) {
    prefill.name = details.name.value;
    prefill.nameComplete = details.name.complete;
  }
  if (details.phone) prefill.phone = details.phone.e164;
  if (details.email) prefill.email = details.email.value;
  if (details.preferredTime) {
    const { span: _span, ...time } = details.preferredTime;
    prefill.preferredTime = time;
  }
  if (details.reason) prefill.reason = details.reason.value;
  if (details.payer?.value && !details.payer.inferred && details.payer.value !== 'not-sure') prefill.payer = details.payer.value;
  return prefill;
}
