// The booking questions in order: consent first, then only what the first message did not
// already tell us, then the summary (ReviewBookingDialog). Steps are named for what they ask.
import type { TurnContext } from 'botbuilder';
import { WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { PAYER_LABELS, PAYERS_WITH_CLAIM } from '../../src/booking/bookingRecord.js';
import type { BookingDialogOptions, BookingDialogResult } from '../../src/booking/feature.js';
import { formatPhoneForPeople } from '../../src/booking/phoneDisplay.js';
import { escapeUserText } from '../../src/bot/markdown.js';
import type { Clinic } from '../../src/kb/schema.js';
import { ASK_PAYMENT, type AskPaymentOptions, type Payment } from './askPaymentDialog.js';
import type { BookingDialogDeps } from './bookingDialogDeps.js';
import type { BookingDraft } from './bookingDraft.js';
import { sayDeclined, sayGaveUp, sayOnlyOneToOne } from './bookingExits.js';
import { isGaveUp } from './prompts/attempts.js';
import { CONSENT_PROMPT } from './prompts/consentPrompt.js';
import { EMAIL_PROMPT } from './prompts/emailPrompt.js';
import { NAME_PROMPT } from './prompts/namePrompt.js';
import { PHONE_PROMPT } from './prompts/phonePrompt.js';
import { PREFERRED_TIME_PROMPT } from './prompts/preferredTimePrompt.js';
import { REASON_PROMPT } from './prompts/reasonPrompt.js';
import { REVIEW_BOOKING, type ReviewBookingOptions } from './reviewBookingDialog.js';
import { extractSlots, type PrefilledSlots } from './slotExtraction.js';

export const COLLECT_BOOKING = 'collectBooking';

export const QUESTIONS = {
  name: 'What is your full name?',
  phone: 'What phone number can the clinic call you on?',
  email: 'What e-mail address should the clinic use? It\'s optional: say "skip" to leave it out.',
  time: 'Which days and times suit you? For example "next Tuesday afternoon", "weekday mornings" or "anytime".',
  reason: 'In a few words, what would you like help with (for example "lower back pain" or "my shoulder")?',
} as const;

export function consentQuestion(clinic: Clinic): string {
  const privacy = clinic.privacyPolicyUrl.trim()
    ? `The clinic's privacy policy: ${clinic.privacyPolicyUrl.trim()}`
    : "You can ask the front desk for the clinic's privacy policy.";
  return [
    `I can pass a booking request to ${clinic.name}. I'd ask for your name, phone number, e-mail (optional), the days and times that suit you, the reason for your visit and how you'll pay.`,
    'The clinic uses these only to call you back and book your appointment, nothing else.',
    privacy,
    'Is it okay to collect these details?',
  ].join(' ');
}

export class CollectBookingDialog extends WaterfallDialog {
  constructor(private readonly deps: BookingDialogDeps) {
    super(COLLECT_BOOKING);
    this.addStep((step) => this.askConsent(step));
    this.addStep((step) => this.askName(step));
    this.addStep((step) => this.askPhone(step));
    this.addStep((step) => this.askEmail(step));
    this.addStep((step) => this.askPreferredTime(step));
    this.addStep((step) => this.askReason(step));
    this.addStep((step) => this.askPayment(step));
    this.addStep((step) => this.reviewBooking(step));
    this.addStep((step) => this.finish(step));
  }

  /** This dialog's working values (kept in dialog state between turns). */
  private values(step: WaterfallStepContext): { prefill?: PrefilledSlots; draft: BookingDraft } {
    return step.values as { prefill?: PrefilledSlots; draft: BookingDraft };
  }

  private async askConsent(step: WaterfallStepContext) {
    // A Teams channel or group chat is seen by others: personal details are only taken one to one.
    if (step.context.activity.conversation?.isGroup) return step.endDialog(await sayOnlyOneToOne(step.context, this.deps.clinic));
    const { utterance } = (step.options ?? {}) as BookingDialogOptions;
    this.values(step).prefill = extractSlots(utterance, { timeZone: this.deps.clinic.timeZone, now: this.deps.now() });
    return step.prompt(CONSENT_PROMPT, {
      prompt: consentQuestion(this.deps.clinic),
      retryPrompt: 'Please answer yes or no: is it okay to collect these details for the clinic?',
    });
  }

  private async askName(step: WaterfallStepContext) {
    if (isGaveUp(step.result)) return step.endDialog(await sayGaveUp(step.context, this.deps.clinic));
    if (step.result !== true) return step.endDialog(await sayDeclined(step.context, this.deps.clinic));
    const prefill = this.values(step).prefill as PrefilledSlots;
    delete this.values(step).prefill;
    const draft: BookingDraft = { consentedAt: this.deps.now().toISOString(), ...prefill };
    this.values(step).draft = draft;
    await acknowledgePrefill(step.context, prefill);
    return draft.name ? step.next() : step.prompt(NAME_PROMPT, { prompt: QUESTIONS.name });
  }

  private async askPhone(step: WaterfallStepContext) {
    if (!this.accept(step, 'name')) return this.giveUp(step);
    return this.draft(step).phone ? step.next() : step.prompt(PHONE_PROMPT, { prompt: QUESTIONS.phone });
  }

  private async askEmail(step: WaterfallStepContext) {
    if (!this.accept(step, 'phone')) return this.giveUp(step);
    return this.draft(step).email !== undefined ? step.next() : step.prompt(EMAIL_PROMPT, { prompt: QUESTIONS.email });
  }

  private async askPreferredTime(step: WaterfallStepContext) {
    if (!this.accept(step, 'email')) return this.giveUp(step);
    return this.draft(step).preferredTime ? step.next() : step.prompt(PREFERRED_TIME_PROMPT, { prompt: QUESTIONS.time });
  }

  private async askReason(step: WaterfallStepContext) {
    if (!this.accept(step, 'preferredTime')) return this.giveUp(step);
    return this.draft(step).reason ? step.next() : step.prompt(REASON_PROMPT, { prompt: QUESTIONS.reason });
  }

  private async askPayment(step: WaterfallStepContext) {
    if (!this.accept(step, 'reason')) return this.giveUp(step);
    const options: AskPaymentOptions = this.draft(step).payer ? { payer: this.draft(step).payer } : {};
    return step.beginDialog(ASK_PAYMENT, options);
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
    return step.endDialog(await sayGaveUp(step.context, this.deps.clinic));
  }
}

/** "From your message I already have ..." so the person knows why some questions are skipped. */
async function acknowledgePrefill(context: TurnContext, prefill: PrefilledSlots): Promise<void> {
  const noted: string[] = [];
  if (prefill.name) noted.push(`your name (${escapeUserText(prefill.name)})`);
  if (prefill.phone) noted.push(`your phone number (${formatPhoneForPeople(prefill.phone)})`);
  if (prefill.email) noted.push(`your e-mail (${escapeUserText(prefill.email)})`);
  if (prefill.preferredTime) noted.push(`when suits you (${escapeUserText(prefill.preferredTime.text)})`);
  if (prefill.reason) noted.push(`the reason for your visit (${escapeUserText(prefill.reason)})`);
  if (prefill.payer) noted.push(`how you'll pay (${PAYER_LABELS[prefill.payer]})`);
  if (!noted.length) {
    await context.sendActivity('Thank you.');
    return;
  }
  const list = noted.length === 1 ? noted[0] : `${noted.slice(0, -1).join(', ')} and ${noted[noted.length - 1]}`;
  await context.sendActivity(`Thank you. From your message I already have ${list}; you can change any of it before sending.`);
}
