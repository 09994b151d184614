// "help" at a step: what is being asked and why (in the person's language), then the question again.
import type { MessageKey } from '../../src/kb/messageKeys.js';
import { PROMPTS } from './prompts/promptIds.js';

const STEP_HELP: Readonly<Record<string, MessageKey>> = {
  [PROMPTS.consent]: 'booking.help.consent',
  [PROMPTS.name]: 'booking.help.name',
  [PROMPTS.phone]: 'booking.help.phone',
  [PROMPTS.email]: 'booking.help.email',
  [PROMPTS.time]: 'booking.help.time',
  [PROMPTS.reason]: 'booking.help.reason',
  [PROMPTS.payer]: 'booking.help.payer',
  [PROMPTS.payerConfirm]: 'booking.help.payer',
  [PROMPTS.claimNumber]: 'booking.help.claimNumber',
  [PROMPTS.review]: 'booking.help.review',
};

export function stepHelpKey(promptId: string | undefined): MessageKey {
  return (promptId && STEP_HELP[promptId]) || 'booking.help.general';
}
