// Which booking step is waiting for an answer, from the saved dialog stack: the reading of the next message
// needs it ("yes" answers the consent question, "Gurpreet Kaur" is a name and not a change of language).
import type { DialogInstance, DialogState } from 'botbuilder-dialogs';
import type { ReadingContext } from '../../src/understanding/reading.js';
import { PROMPT_EXPECTS } from './prompts/promptIds.js';

/** The active (last) dialog of a stack. */
function top(state: DialogState | undefined): DialogInstance | undefined {
  const stack = state?.dialogStack;
  return stack?.[stack.length - 1];
}

/** The innermost active dialog of a saved stack (component dialogs keep their children's stack in state.dialogs). */
function innermost(state: DialogState | undefined): DialogInstance | undefined {
  let instance = top(state);
  for (;;) {
    const inner = top((instance?.state as { dialogs?: DialogState } | undefined)?.dialogs);
    if (!inner) return instance;
    instance = inner;
  }
}

export function expectingOf(state: DialogState | undefined): ReadingContext['expecting'] {
  const id = innermost(state)?.id;
  return id ? PROMPT_EXPECTS[id] : undefined;
}
