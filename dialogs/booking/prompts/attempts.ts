// Invalid answers get a specific re-prompt; the third invalid answer in a row ends the booking
// gracefully (the step sees GaveUp and offers the clinic's own contact details instead).
import { InputHints, type Activity } from 'botbuilder';
import type { PromptValidator, PromptValidatorContext } from 'botbuilder-dialogs';

export const MAX_TRIES = 3;

export interface GaveUp {
  gaveUp: true;
}

export function isGaveUp(value: unknown): value is GaveUp {
  return typeof value === 'object' && value !== null && (value as Partial<GaveUp>).gaveUp === true;
}

/**
 * What a check says about one answer: true = accept; an activity = re-ask with this specific message;
 * false = re-ask with the prompt's own retry prompt.
 */
export type Verdict = true | false | Partial<Activity>;

export function withTries<T>(check: (prompt: PromptValidatorContext<T>) => Verdict | Promise<Verdict>): PromptValidator<T> {
  return async (prompt) => {
    const verdict = await check(prompt);
    if (verdict === true) return true;
    if (prompt.attemptCount >= MAX_TRIES) {
      prompt.recognized.succeeded = true;
      prompt.recognized.value = { gaveUp: true } satisfies GaveUp as unknown as T;
      return true;
    }
    if (typeof verdict === 'object') await prompt.context.sendActivity({ ...verdict, inputHint: InputHints.ExpectingInput });
    return false;
  };
}
