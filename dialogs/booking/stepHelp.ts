// "help" at a step: what is being asked and why, then the question again.
import { CLAIM_NUMBER_PROMPT } from './prompts/claimNumberPrompt.js';
import { CONSENT_PROMPT } from './prompts/consentPrompt.js';
import { EMAIL_PROMPT } from './prompts/emailPrompt.js';
import { NAME_PROMPT } from './prompts/namePrompt.js';
import { PAYER_PROMPT } from './prompts/payerPrompt.js';
import { PHONE_PROMPT } from './prompts/phonePrompt.js';
import { PREFERRED_TIME_PROMPT } from './prompts/preferredTimePrompt.js';
import { REASON_PROMPT } from './prompts/reasonPrompt.js';
import { REVIEW_PROMPT } from './prompts/reviewPrompt.js';

const STEP_HELP: Record<string, string> = {
  [CONSENT_PROMPT]:
    "I ask before collecting anything. If you say yes, I'll ask for your name, phone number, an optional e-mail, the times that suit you, the reason for your visit and how you'll pay, and the clinic uses them only to call you back and book. If you say no, nothing is kept.",
  [NAME_PROMPT]: 'The clinic needs your full name to call you back, for example "Priya Sharma".',
  [PHONE_PROMPT]: 'The clinic will call this number to book a time. A Canadian or US number with its area code works, for example 604-555-0123.',
  [EMAIL_PROMPT]: 'An e-mail address is optional; the clinic may use it to confirm your appointment. Type it, or say "skip".',
  [PREFERRED_TIME_PROMPT]:
    'Tell me in your own words which days and times usually suit you, for example "next Tuesday afternoon", "weekday mornings" or "anytime". The clinic confirms the exact time with you.',
  [REASON_PROMPT]:
    'A few words about what you would like help with, for example "lower back pain" or "my shoulder", help the clinic plan your visit. No need for more health detail than that.',
  [PAYER_PROMPT]:
    'IMS is not covered by MSP, but it may be covered by an extended health plan, WorkSafeBC or ICBC. Pick how you expect to pay; the clinic confirms coverage with you.',
  [CLAIM_NUMBER_PROMPT]: 'If this visit is part of an ICBC or WorkSafeBC claim, the claim number helps the clinic bill it. It is optional: say "skip" if you don\'t have it.',
  [REVIEW_PROMPT]: 'Choose Confirm to send this request to the clinic, or pick the one detail you want to change.',
};

export function stepHelp(promptId: string | undefined): string {
  const about = (promptId && STEP_HELP[promptId]) || "I'm taking a booking request for the clinic.";
  return `${about} Say "cancel" at any time to stop; nothing is kept until you confirm.`;
}
