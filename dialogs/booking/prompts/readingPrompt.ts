// A booking step's prompt: asks in the turn's language, then takes its answer from the turn's reading (the
// details found, a yes or a no, a button) through the step's own reader. A reader either returns the value
// or names the message that says what was wrong; that message is the re-prompt.
//
// It is a Dialog with botbuilder-dialogs' Prompt contract (the same state, attempt count and validator),
// not a subclass of Prompt: Prompt's module loads the package's choice recognizers, and with them Microsoft's
// number recognizer in every culture (about 5 MB of resident memory) for choice lists this bot never draws.
// Its state keeps Prompt's shape, so a booking stored half-way by an earlier version goes on where it was.
import { ActivityTypes, InputHints, type Activity, type TurnContext } from 'botbuilder';
import type { DialogContext, DialogInstance, DialogTurnResult, PromptOptions, PromptRecognizerResult, PromptValidator } from 'botbuilder-dialogs';
import { Dialog } from '../../dialogsLibrary.js';
import { readingOf } from '../../../src/bot/turnReading.js';
import type { Reading } from '../../../src/understanding/reading.js';
import { withTries, type GaveUp } from './attempts.js';

/** A reader's verdict: the value, or the words to re-ask with (already in the person's language). */
export type StepAnswer<T> = { ok: true; value: T } | { ok: false; retry: Partial<Activity> };

export type StepReader<T> = (reading: Reading, context: TurnContext) => StepAnswer<T>;

/** The answer, or GaveUp after too many invalid tries. */
export type StepResult<T> = T | GaveUp;

/** What the prompt keeps in its dialog instance, as botbuilder-dialogs' Prompt does. */
interface PromptState {
  options: PromptOptions;
  state: { attemptCount?: number };
}

export class ReadingPrompt<T> extends Dialog<PromptOptions> {
  private readonly validator: PromptValidator<StepResult<T>>;

  constructor(dialogId: string, read: StepReader<T>) {
    super(dialogId);
    this.validator = withTries<StepResult<T>>((prompt) => {
      const reading = readingOf(prompt.context);
      if (!reading) return false;
      const answer = read(reading, prompt.context);
      if (answer.ok) {
        prompt.recognized.value = answer.value;
        return true;
      }
      return answer.retry;
    });
  }

  async beginDialog(dc: DialogContext, options?: PromptOptions): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as PromptState;
    state.options = { ...options };
    state.state = {};
    await this.ask(dc.context, state.options, false);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.context.activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const state = dc.activeDialog!.state as PromptState;
    const recognized: PromptRecognizerResult<StepResult<T>> = { succeeded: readingOf(dc.context) !== undefined };
    state.state.attemptCount = (state.state.attemptCount ?? 0) + 1;
    const valid = await this.validator({ context: dc.context, recognized, state: state.state, options: state.options, attemptCount: state.state.attemptCount });
    if (valid) return dc.endDialog(recognized.value);
    if (!dc.context.responded) await this.ask(dc.context, state.options, true);
    return Dialog.EndOfTurn;
  }

  /** Another dialog ended on top of this one: ask again, as Prompt does. */
  override async resumeDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await this.repromptDialog(dc.context, dc.activeDialog!);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    await this.ask(context, (instance.state as PromptState).options, false);
  }

  private async ask(context: TurnContext, options: PromptOptions, isRetry: boolean): Promise<void> {
    const message = isRetry && options.retryPrompt ? options.retryPrompt : options.prompt;
    if (!message) return;
    const activity = typeof message === 'string' ? { text: message } : message;
    await context.sendActivity({ ...activity, inputHint: InputHints.ExpectingInput });
  }
}
