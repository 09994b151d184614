// A booking step's prompt: asks in the turn's language, then takes its answer from the turn's reading (the
// details found, a yes or a no, a button) through the step's own reader. A reader either returns the value
// or names the message that says what was wrong; that message is the re-prompt.
import { InputHints, type Activity, type TurnContext } from 'botbuilder';
import type { PromptOptions, PromptRecognizerResult } from 'botbuilder-dialogs';
import { Prompt } from '../../dialogsLibrary.js';
import { readingOf } from '../../../src/bot/turnReading.js';
import type { Reading } from '../../../src/understanding/reading.js';
import { withTries, type GaveUp } from './attempts.js';

/** A reader's verdict: the value, or the words to re-ask with (already in the person's language). */
export type StepAnswer<T> = { ok: true; value: T } | { ok: false; retry: Partial<Activity> };

export type StepReader<T> = (reading: Reading, context: TurnContext) => StepAnswer<T>;

/** The answer, or GaveUp after too many invalid tries. */
export type StepResult<T> = T | GaveUp;

export class ReadingPrompt<T> extends Prompt<StepResult<T>> {
  constructor(dialogId: string, read: StepReader<T>) {
    super(
      dialogId,
      withTries<StepResult<T>>((prompt) => {
        const reading = readingOf(prompt.context);
        if (!reading) return false;
        const answer = read(reading, prompt.context);
        if (answer.ok) {
          prompt.recognized.value = answer.value;
          return true;
        }
        return answer.retry;
      }),
    );
  }

  protected async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const message = isRetry && options.retryPrompt ? options.retryPrompt : options.prompt;
    if (!message) return;
    const activity = typeof message === 'string' ? { text: message } : message;
    await context.sendActivity({ ...activity, inputHint: InputHints.ExpectingInput });
  }

  protected async onRecognize(context: TurnContext): Promise<PromptRecognizerResult<StepResult<T>>> {
    return readingOf(context) ? { succeeded: true } : { succeeded: false };
  }
}
