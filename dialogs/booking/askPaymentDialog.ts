// How the visit will be paid, and the claim number for ICBC / WorkSafeBC claims (optional).
// Ends with { payer, claimNumber } or GaveUp.
import { WaterfallDialog, type FoundChoice, type WaterfallStepContext } from 'botbuilder-dialogs';
import { PAYER_LABELS, PAYERS_WITH_CLAIM, type Payer } from '../../src/booking/bookingRecord.js';
import { isGaveUp } from './prompts/attempts.js';
import { CLAIM_NUMBER_PROMPT } from './prompts/claimNumberPrompt.js';
import { MSP, PAYER_PROMPT, payerChoices, type PayerAnswer } from './prompts/payerPrompt.js';

export const ASK_PAYMENT = 'askPayment';

export interface AskPaymentOptions {
  /** Already known (from the first message): only the claim number is asked. */
  payer?: Payer;
}

export interface Payment {
  payer: Payer;
  claimNumber: string | null;
}

const MSP_EXPLAINED =
  "MSP doesn't cover IMS, but it may be covered by an extended health plan, WorkSafeBC or ICBC, and otherwise it is self-pay. Which of these will you use?";

export class AskPaymentDialog extends WaterfallDialog {
  constructor() {
    super(ASK_PAYMENT);
    this.addStep((step) => this.askPayer(step));
    this.addStep((step) => this.askPayerAgainIfMsp(step));
    this.addStep((step) => this.askClaimNumber(step));
    this.addStep((step) => this.finish(step));
  }

  /** This dialog's working values (kept in dialog state between turns). */
  private values(step: WaterfallStepContext): { payer?: Payer } {
    return step.values as { payer?: Payer };
  }

  private async askPayer(step: WaterfallStepContext) {
    const { payer } = (step.options ?? {}) as AskPaymentOptions;
    if (payer) {
      this.values(step).payer = payer;
      return step.next();
    }
    return step.prompt(PAYER_PROMPT, {
      prompt: 'How do you expect to pay for the visit?',
      retryPrompt: 'Please pick one of these payment options:',
      choices: payerChoices(true),
    });
  }

  private async askPayerAgainIfMsp(step: WaterfallStepContext) {
    const answer = step.result as PayerAnswer | undefined;
    if (isGaveUp(answer)) return step.endDialog(answer);
    if (answer && answer.value === MSP) {
      return step.prompt(PAYER_PROMPT, {
        prompt: MSP_EXPLAINED,
        retryPrompt: 'Please pick one of these payment options:',
        choices: payerChoices(false),
      });
    }
    if (answer) this.values(step).payer = answer.value as Payer;
    return step.next();
  }

  private async askClaimNumber(step: WaterfallStepContext) {
    const answer = step.result as PayerAnswer | undefined;
    if (isGaveUp(answer)) return step.endDialog(answer);
    if (answer) this.values(step).payer = (answer as FoundChoice).value as Payer;
    const payer = this.values(step).payer as Payer;
    if (!PAYERS_WITH_CLAIM.includes(payer)) return step.next(null);
    return step.prompt(CLAIM_NUMBER_PROMPT, {
      prompt: `If you have your ${PAYER_LABELS[payer].replace(' claim', '')} claim number handy, what is it? (Say "skip" if not.)`,
    });
  }

  private async finish(step: WaterfallStepContext) {
    if (isGaveUp(step.result)) return step.endDialog(step.result);
    const payment: Payment = { payer: this.values(step).payer as Payer, claimNumber: (step.result as string | null | undefined) ?? null };
    return step.endDialog(payment);
  }
}
