// "Is it okay to collect these details?" Yes/No buttons; typed yes/no/ok/sure work too.
import { ConfirmPrompt } from 'botbuilder-dialogs';
import { withTries, type GaveUp } from './attempts.js';

export const CONSENT_PROMPT = 'consentPrompt';

export class ConsentPrompt extends ConfirmPrompt {
  constructor() {
    super(
      CONSENT_PROMPT,
      withTries<boolean | GaveUp>((prompt) => prompt.recognized.succeeded),
    );
  }
}
