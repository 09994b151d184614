// A text prompt whose answer is parsed by a field's own reader (name, phone, ...). The reader
// either returns the value or says precisely what is wrong; that message is the re-prompt.
import { InputHints, type TurnContext } from 'botbuilder';
import { Prompt, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';
import { withTries, type GaveUp } from './attempts.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };
export type FieldReader<T> = (text: string) => Parsed<T>;

/** The answer, or GaveUp after too many invalid tries. */
export type FieldAnswer<T> = T | GaveUp;

export class FieldPrompt<T> extends Prompt<FieldAnswer<T>> {
  constructor(dialogId: string, read: FieldReader<T>) {
    super(
      dialogId,
      withTries<FieldAnswer<T>>((prompt) => {
        const parsed = read(prompt.context.activity.text ?? '');
        if (parsed.ok) {
          prompt.recognized.value = parsed.value;
          return true;
        }
        return parsed.problem;
      }),
    );
  }

  protected async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const message = isRetry && options.retryPrompt ? options.retryPrompt : options.prompt;
    if (message) await context.sendActivity(message, undefined, InputHints.ExpectingInput);
  }

  protected async onRecognize(context: TurnContext): Promise<PromptRecognizerResult<FieldAnswer<T>>> {
    const text = context.activity.text;
    return typeof text === 'string' && text.trim() ? { succeeded: true } : { succeeded: false };
  }
}
