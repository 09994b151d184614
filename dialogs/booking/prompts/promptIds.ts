// The booking's prompts, by the step each one asks. The ids are saved in conversation state (a booking
// may be waiting across a restart): they must never change.
import type { ReadingContext } from '../../../src/understanding/reading.js';

export const PROMPTS = {
  consent: 'consentPrompt',
  name: 'namePrompt',
  phone: 'phonePrompt',
  email: 'emailPrompt',
  time: 'preferredTimePrompt',
  reason: 'reasonPrompt',
  payer: 'payerPrompt',
  payerConfirm: 'payerConfirmPrompt',
  claimNumber: 'claimNumberPrompt',
  review: 'reviewPrompt',
} as const;

export type PromptStep = keyof typeof PROMPTS;

/** What the reading of the next message should expect while each prompt waits for an answer. */
export const PROMPT_EXPECTS: Readonly<Record<string, ReadingContext['expecting']>> = Object.fromEntries(
  Object.entries(PROMPTS).map(([step, id]) => [id, step as ReadingContext['expecting']]),
);
