// The turn's one reading of the message, kept on the TurnContext so that everything acting on this turn
// (MainDialog's route table, the booking dialog, the turn log, the Emulator trace) uses the same one.
import type { TurnContext } from 'botbuilder';
import type { ReplyLanguage } from '../kb/schema.js';
import type { Reading } from '../understanding/reading.js';

const READING = Symbol.for('ims.reading');

export function setReading(context: TurnContext, reading: Reading): void {
  context.turnState.set(READING, reading);
}

export function readingOf(context: TurnContext): Reading | undefined {
  return context.turnState.get(READING) as Reading | undefined;
}

/** The language to reply in this turn (English before anything was read, e.g. a welcome). */
export function replyLanguage(context: TurnContext): ReplyLanguage {
  return readingOf(context)?.language.reply ?? 'en';
}
