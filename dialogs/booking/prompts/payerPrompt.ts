// "How will the visit be paid?" MSP is offered because people expect it, but MSP does not cover
// IMS (the clinic's article says so): choosing it is explained and the question asked again
// without it (AskPaymentDialog).
import { ChoicePrompt, type Choice, type FoundChoice } from 'botbuilder-dialogs';
import { PAYER_LABELS, PAYERS, type Payer } from '../../../src/booking/bookingRecord.js';
import { withTries, type GaveUp } from './attempts.js';

export const PAYER_PROMPT = 'payerPrompt';
export const MSP = 'msp';

const SYNONYMS: Record<Payer | typeof MSP, string[]> = {
  msp: ['MSP', 'medical services plan', 'BC medical', 'care card', 'medical'],
  'extended-health': ['extended health', 'extended', 'benefits', 'insurance', 'work benefits', 'extended health care', 'private insurance'],
  icbc: ['ICBC', 'car accident', 'accident claim', 'auto insurance'],
  worksafebc: ['WorkSafeBC', 'WorkSafe', 'WCB', 'WSBC', 'work injury', 'workers comp'],
  'self-pay': ['self pay', 'self-pay', 'myself', 'pay myself', 'out of pocket', 'cash', 'credit card', 'I will pay', 'private pay'],
};

export function payerChoices(includeMsp: boolean): Choice[] {
  const values: (Payer | typeof MSP)[] = includeMsp ? [MSP, ...PAYERS] : [...PAYERS];
  return values.map((value) => ({
    value,
    action: { type: 'imBack', title: value === MSP ? 'MSP' : PAYER_LABELS[value], value: value === MSP ? 'MSP' : PAYER_LABELS[value] },
    synonyms: SYNONYMS[value],
  }));
}

export type PayerAnswer = FoundChoice | GaveUp;

export class PayerPrompt extends ChoicePrompt {
  constructor() {
    super(PAYER_PROMPT, withTries<FoundChoice | GaveUp>((prompt) => prompt.recognized.succeeded));
  }
}
