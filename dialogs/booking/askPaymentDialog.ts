// How the visit will be paid, and the claim number for ICBC / WorkSafeBC claims (optional). What the person
// says is read, not forced into a button: a payer guessed from their words ("hurt at work") is confirmed
// first; MSP is explained (it does not cover IMS) and the question asked again; "Not sure" is fine.
// Ends with { payer, claimNumber } or GaveUp.
import type { WaterfallStepContext } from 'botbuilder-dialogs';
import { WaterfallDialog } from '../dialogsLibrary.js';
import { PAYERS_WITH_CLAIM, type Payer } from '../../src/booking/bookingRecord.js';
import type { MessageKey } from '../../src/kb/messageKeys.js';
import type { BookingDialogDeps } from './bookingDialogDeps.js';
import { isGaveUp } from './prompts/attempts.js';
import { PROMPTS } from './prompts/promptIds.js';
import type { PayerAnswer, StepReaders } from './prompts/stepReaders.js';

export const ASK_PAYMENT = 'askPayment';

/** The names of the payers whose claims have numbers: the same in every language. */
const CLAIM_PAYER_NAMES: Partial<Record<Payer, string>> = { icbc: 'ICBC', worksafebc: 'WorkSafeBC' };

export interface AskPaymentOptions {
  /** Already known (named in the first message): only the claim number is asked. */
  payer?: Payer;
}

export interface Payment {
  payer: Payer;
  claimNumber: string | null;
}

interface Values {
  payer?: Payer;
  /** A payer guessed from the person's words, waiting for their yes. */
  guessed?: Payer;
}

export class AskPaymentDialog extends WaterfallDialog {
  constructor(
    private readonly deps: BookingDialogDeps,
    private readonly readers: StepReaders,
  ) {
    super(ASK_PAYMENT);
    this.addStep((step) => this.askPayer(step));
    this.addStep((step) => this.confirmGuess(step));
    this.addStep((step) => this.askAgainIfNeeded(step));
    this.addStep((step) => this.askClaimNumber(step));
    this.addStep((step) => this.finish(step));
  }

  private values(step: WaterfallStepContext): Values {
    return step.values as Values;
  }

  private async askPayer(step: WaterfallStepContext) {
    const { payer } = (step.options ?? {}) as AskPaymentOptions;
    if (payer) {
      this.values(step).payer = payer;
      return step.next();
    }
    return step.prompt(PROMPTS.payer, { prompt: this.readers.message(step.context, 'booking.askPayer', this.readers.payerChoices(step.context, true)) });
  }

  /** "i got hurt at work" reads as WorkSafeBC: confirmed before it is used. */
  private async confirmGuess(step: WaterfallStepContext) {
    const answer = step.result as PayerAnswer | undefined;
    if (isGaveUp(answer)) return step.endDialog(answer);
    if (!answer || this.values(step).payer) return step.next();
    if (answer.value && !answer.inferred) {
      this.values(step).payer = answer.value;
      return step.next();
    }
    if (answer.value && answer.inferred) {
      this.values(step).guessed = answer.value;
      const payer = this.deps.responder.text(step.context, `payer.${answer.value}` as MessageKey);
      return step.prompt(PROMPTS.payerConfirm, { prompt: this.readers.message(step.context, 'booking.confirmPayer', this.readers.yesNoChoices(step.context), { payer }) });
    }
    // Only MSP was named: it does not cover IMS.
    return step.next('msp');
  }

  private async askAgainIfNeeded(step: WaterfallStepContext) {
    if (isGaveUp(step.result)) return step.endDialog(step.result);
    const values = this.values(step);
    if (values.payer) return step.next();
    if (step.result === true && values.guessed) {
      values.payer = values.guessed;
      return step.next();
    }
    const key = step.result === 'msp' ? 'booking.mspExplained' : 'booking.askPayer';
    return step.prompt(PROMPTS.payer, { prompt: this.readers.message(step.context, key, this.readers.payerChoices(step.context)) });
  }

  private async askClaimNumber(step: WaterfallStepContext) {
    if (isGaveUp(step.result)) return step.endDialog(step.result);
    const values = this.values(step);
    const answer = step.result as PayerAnswer | undefined;
    if (answer && !values.payer) {
      // The second time round, a guess is taken as an answer (the person has seen the options), and MSP
      // again means they do not know yet.
      values.payer = answer.value ?? 'not-sure';
    }
    const payer = values.payer as Payer;
    if (!PAYERS_WITH_CLAIM.includes(payer)) return step.next(null);
    return step.prompt(PROMPTS.claimNumber, {
      prompt: this.readers.message(step.context, 'booking.askClaimNumber', [this.deps.responder.text(step.context, 'button.skip')], { payer: CLAIM_PAYER_NAMES[payer] ?? payer }),
    });
  }

  private async finish(step: WaterfallStepContext) {
    if (isGaveUp(step.result)) return step.endDialog(step.result);
    const payment: Payment = { payer: this.values(step).payer as Payer, claimNumber: (step.result as string | null | undefined) ?? null };
    return step.endDialog(payment);
  }
}
