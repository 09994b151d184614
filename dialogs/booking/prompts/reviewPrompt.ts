// The summary's question: send it, or change one detail without starting over.
import { ChoicePrompt, type Choice, type FoundChoice } from 'botbuilder-dialogs';
import { withTries, type GaveUp } from './attempts.js';

export const REVIEW_PROMPT = 'reviewPrompt';

export const REVIEW_ACTIONS = ['confirm', 'name', 'phone', 'email', 'time', 'reason', 'payment'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

const CHOICES: Record<ReviewAction, { title: string; synonyms: string[] }> = {
  confirm: {
    title: 'Confirm',
    synonyms: ['yes', 'yep', 'yeah', 'correct', 'looks good', 'that is right', "that's right", 'send', 'send it', 'submit', 'ok', 'okay', 'confirmed', 'all good'],
  },
  name: { title: 'Change name', synonyms: ['name', 'change my name', 'edit name', 'wrong name', 'fix name'] },
  phone: { title: 'Change phone', synonyms: ['phone', 'phone number', 'number', 'change my number', 'change my phone number', 'wrong number'] },
  email: { title: 'Change e-mail', synonyms: ['email', 'e-mail', 'change email', 'change my email', 'email address', 'wrong email'] },
  time: { title: 'Change time', synonyms: ['time', 'times', 'day', 'days', 'date', 'change time', 'change the time', 'change day', 'preferred time', 'availability'] },
  reason: { title: 'Change reason', synonyms: ['reason', 'change reason', 'change the reason', 'area of pain', 'pain'] },
  payment: { title: 'Change payment', synonyms: ['payment', 'payer', 'change payment', 'insurance', 'claim', 'claim number', 'change claim number', 'billing'] },
};

export function reviewChoices(): Choice[] {
  return REVIEW_ACTIONS.map((value) => ({
    value,
    action: { type: 'imBack', title: CHOICES[value].title, value: CHOICES[value].title },
    synonyms: CHOICES[value].synonyms,
  }));
}

export type ReviewAnswer = FoundChoice | GaveUp;

export class ReviewPrompt extends ChoicePrompt {
  constructor() {
    super(REVIEW_PROMPT, withTries<FoundChoice | GaveUp>((prompt) => prompt.recognized.succeeded));
  }
}
