// The turn's one reading of the message, kept on the TurnContext so that everything acting on this turn
// (MainDialog's route table, the booking dialog, the turn log, the Emulator trace) uses the same one.
import type { TurnContext } from 'botbuilder';
import type { ReplyLanguage } from '../kb/schema.js';
import type { Reading } from '../understanding/reading.js';

const READING = Symbol.for('ims.reading');
const GREETING_LANGUAGE = Symbol.for('ims.greetingLanguage');

export function setReading(context: TurnContext, reading: Reading): void {
  context.turnState.set(READING, reading);
}

export function readingOf(context: TurnContext): Reading | undefined {
  return context.turnState.get(READING) as Reading | undefined;
}

/** The language of a turn that reads no message (a welcome): the remembered one, else the channel's. */
export function setGreetingLanguage(context: TurnContext, language: ReplyLanguage): void {
  context.turnState.set(GREETING_LANGUAGE, language);
}

/** The language to reply in this turn: the reading's, else a welcome's, else English. */
export function replyLanguage(context: TurnContext): ReplyLanguage {
  return readingOf(context)?.language.reply ?? (context.turnState.get(GREETING_LANGUAGE) as ReplyLanguage | undefined) ?? 'en';
}
