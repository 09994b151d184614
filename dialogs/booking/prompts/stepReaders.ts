// How each booking step takes its answer from the turn's reading. The reading found the details (in any
// language: src/understanding/details) and the control acts (yes, no, a button); these only decide what
// counts as this step's answer and which message re-asks. No language rules live here.
import type { Activity, TurnContext } from 'botbuilder';
import type { PreferredTime } from '../../../src/booking/bookingRecord.js';
import type { Responder } from '../../../src/bot/responder.js';
import type { MessageKey } from '../../../src/kb/messageKeys.js';
import type { DetailProblem, FoundPayer } from '../../../src/understanding/details/types.js';
import type { BookingField, Reading } from '../../../src/understanding/reading.js';
import type { StepAnswer, StepReader } from './readingPrompt.js';

/** The message that explains each reason an answer could not be read. */
const PROBLEM_MESSAGES: Readonly<Record<DetailProblem, MessageKey>> = {
  empty: 'booking.askName',
  'looks-like-email': 'booking.problem.nameEmail',
  'looks-like-phone': 'booking.problem.namePhone',
  question: 'booking.problem.name',
  'too-long': 'booking.problem.nameLong',
  'not-letters': 'booking.problem.name',
  'too-short': 'booking.problem.name',
  'not-a-name': 'booking.problem.name',
  'no-digits': 'booking.problem.phone',
  'outside-north-america': 'booking.problem.phoneAbroad',
  invalid: 'booking.problem.phone',
  'not-an-email': 'booking.problem.email',
  malformed: 'booking.problem.email',
  'control-characters': 'booking.problem.email',
  'no-time': 'booking.problem.time',
  'in-the-past': 'booking.problem.timePast',
  'no-payer': 'booking.askPayerRetry',
  ambiguous: 'booking.askPayerRetry',
  'no-claim-number': 'booking.problem.claimNumber',
};

/** Problems whose wording depends on the field ("too-long" is a long name, a long reason or a long time). */
const FIELD_PROBLEMS: Partial<Record<string, MessageKey>> = {
  'phone:too-short': 'booking.problem.phoneShort',
  'phone:too-long': 'booking.problem.phoneLong',
  'reason:too-long': 'booking.problem.reasonLong',
  'reason:too-short': 'booking.problem.reason',
  'time:too-long': 'booking.problem.time',
};

export interface NameAnswer {
  name: string;
  /** One word ("Mike"): the clinic needs the full name to find the person when it calls back. */
  complete: boolean;
}

export type PayerAnswer = Pick<FoundPayer, 'value' | 'inferred' | 'msp'>;
export type ReviewAnswer = { act: 'confirm' } | { act: 'change'; field: BookingField };

export class StepReaders {
  constructor(private readonly responder: Responder) {}

  readonly consent: StepReader<boolean> = (reading, context) => this.yesNo(reading, context, 'booking.consentRetry');

  readonly payerConfirm: StepReader<boolean> = (reading, context) => this.yesNo(reading, context, 'booking.askPayerRetry');

  readonly name: StepReader<NameAnswer> = (reading, context) => {
    const name = reading.details?.name;
    return name ? { ok: true, value: { name: name.value, complete: name.complete } } : this.problem(reading, context, 'name');
  };

  readonly phone: StepReader<string> = (reading, context) => {
    const phone = reading.details?.phone;
    return phone ? { ok: true, value: phone.e164 } : this.problem(reading, context, 'phone');
  };

  readonly email: StepReader<string | null> = (reading, context) => {
    const { details } = reading;
    if (details?.skip?.field === 'email' || isControl(reading, 'skip')) return { ok: true, value: null };
    return details?.email ? { ok: true, value: details.email.value } : this.problem(reading, context, 'email');
  };

  readonly time: StepReader<PreferredTime> = (reading, context) => {
    const found = reading.details?.preferredTime;
    if (!found) return this.problem(reading, context, 'time');
    const { span: _span, ...time } = found;
    return { ok: true, value: time };
  };

  readonly reason: StepReader<string> = (reading, context) => {
    const reason = reading.details?.reason;
    return reason ? { ok: true, value: reason.value } : this.problem(reading, context, 'reason');
  };

  readonly payer: StepReader<PayerAnswer> = (reading, context) => {
    const payer = reading.details?.payer;
    if (payer) return { ok: true, value: { value: payer.value, inferred: payer.inferred, msp: payer.msp } };
    return { ok: false, retry: this.message(context, 'booking.askPayerRetry', this.payerChoices(context)) };
  };

  readonly claimNumber: StepReader<string | null> = (reading, context) => {
    const { details } = reading;
    if (details?.skip?.field === 'claimNumber' || isControl(reading, 'skip')) return { ok: true, value: null };
    return details?.claimNumber ? { ok: true, value: details.claimNumber.value } : this.problem(reading, context, 'claimNumber');
  };

  readonly review: StepReader<ReviewAnswer> = (reading, context) => {
    if (isControl(reading, 'yes')) return { ok: true, value: { act: 'confirm' } };
    const { intent } = reading;
    if (intent.kind === 'control' && intent.control.act === 'change') return { ok: true, value: { act: 'change', field: intent.control.field } };
    return { ok: false, retry: this.message(context, 'booking.reviewRetry', this.reviewChoices(context)) };
  };

  /** The payment buttons (MSP too, where it is offered: choosing it gets the explanation). */
  payerChoices(context: TurnContext, withMsp = false): string[] {
    const keys: MessageKey[] = [
      'button.payer.extended-health',
      'button.payer.icbc',
      'button.payer.worksafebc',
      'button.payer.self-pay',
      'button.payer.not-sure',
      ...(withMsp ? (['button.payer.msp'] as const) : []),
    ];
    return keys.map((key) => this.responder.text(context, key));
  }

  reviewChoices(context: TurnContext): string[] {
    const keys: MessageKey[] = ['button.confirm', 'button.changeName', 'button.changePhone', 'button.changeEmail', 'button.changeTime', 'button.changeReason', 'button.changePayment'];
    return keys.map((key) => this.responder.text(context, key));
  }

  yesNoChoices(context: TurnContext): string[] {
    return [this.responder.text(context, 'button.yes'), this.responder.text(context, 'button.no')];
  }

  /** One message, with buttons, as an activity for a prompt. */
  message(context: TurnContext, key: MessageKey, choices: string[] = [], values: Record<string, string> = {}): Partial<Activity> {
    return this.responder.activity(context, { paragraphs: [this.responder.text(context, key, values)], choices });
  }

  private yesNo(reading: Reading, context: TurnContext, retry: MessageKey): StepAnswer<boolean> {
    if (isControl(reading, 'yes')) return { ok: true, value: true };
    if (isControl(reading, 'no')) return { ok: true, value: false };
    return { ok: false, retry: this.message(context, retry, this.yesNoChoices(context)) };
  }

  private problem<T>(reading: Reading, context: TurnContext, field: string): StepAnswer<T> {
    const problem = reading.details?.unreadable?.problem;
    const key = (problem && (FIELD_PROBLEMS[`${field}:${problem}`] ?? PROBLEM_MESSAGES[problem])) ?? FALLBACK_PROBLEM[field] ?? 'booking.help.general';
    return { ok: false, retry: this.message(context, key, field === 'email' || field === 'claimNumber' ? [this.responder.text(context, 'button.skip')] : []) };
  }
}

/** What to say when a step found nothing at all to read. */
const FALLBACK_PROBLEM: Partial<Record<string, MessageKey>> = {
  name: 'booking.problem.name',
  phone: 'booking.problem.phone',
  email: 'booking.problem.email',
  time: 'booking.problem.time',
  reason: 'booking.problem.reason',
  claimNumber: 'booking.problem.claimNumber',
};

function isControl(reading: Reading, act: string): boolean {
  return reading.intent.kind === 'control' && reading.intent.control.act === act;
}
