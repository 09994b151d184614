// What a tap on one of the bot's buttons means. Buttons send their label back as the person's message
// (Teams suggested actions can only do that), in whatever language it was shown: every label of every
// language is known here, with the entry titles, so a tap is read exactly and never matched fuzzily.
import type { Payer } from '../../booking/bookingRecord.js';
import type { Knowledge } from '../../kb/schema.js';
import type { ControlAct } from '../reading.js';
import type { Token } from '../text/tokens.js';
import { tokenize } from '../text/tokens.js';

export type ButtonMeaning =
  | { kind: 'control'; control: ControlAct }
  | { kind: 'booking' }
  | { kind: 'payer'; payer: Payer | 'not-sure' | 'msp' }
  | { kind: 'entry'; entryId: string };

/** Message keys of buttons whose meaning does not depend on the conversation. */
const BUTTON_MEANINGS: Record<string, ButtonMeaning> = {
  'button.bookConsult': { kind: 'booking' },
  'button.yes': { kind: 'control', control: { act: 'yes' } },
  'button.confirm': { kind: 'control', control: { act: 'yes' } },
  'button.no': { kind: 'control', control: { act: 'no' } },
  'button.notEmergency': { kind: 'control', control: { act: 'not-emergency' } },
  'button.continueBooking': { kind: 'control', control: { act: 'continue-booking' } },
  'button.stopBooking': { kind: 'control', control: { act: 'cancel' } },
  'button.skip': { kind: 'control', control: { act: 'skip' } },
  'button.changeName': { kind: 'control', control: { act: 'change', field: 'name' } },
  'button.changePhone': { kind: 'control', control: { act: 'change', field: 'phone' } },
  'button.changeEmail': { kind: 'control', control: { act: 'change', field: 'email' } },
  'button.changeTime': { kind: 'control', control: { act: 'change', field: 'time' } },
  'button.changeReason': { kind: 'control', control: { act: 'change', field: 'reason' } },
  'button.changePayment': { kind: 'control', control: { act: 'change', field: 'payment' } },
  'button.payer.extended-health': { kind: 'payer', payer: 'extended-health' },
  'button.payer.icbc': { kind: 'payer', payer: 'icbc' },
  'button.payer.worksafebc': { kind: 'payer', payer: 'worksafebc' },
  'button.payer.self-pay': { kind: 'payer', payer: 'self-pay' },
  'button.payer.not-sure': { kind: 'payer', payer: 'not-sure' },
  'button.payer.msp': { kind: 'payer', payer: 'msp' },
};

/** A label as compared: its words, lower case, without punctuation or emoji. */
export function buttonKey(tokens: readonly Token[]): string {
  return tokens.map((token) => (token.script === 'latin' ? token.text : token.key)).join(' ');
}

export class ButtonCatalog {
  private readonly byLabel = new Map<string, ButtonMeaning>();

  constructor(knowledge: Pick<Knowledge, 'messages' | 'entries' | 'translations'>) {
    const add = (label: string, meaning: ButtonMeaning) => {
      const key = buttonKey(tokenize(label));
      // The first meaning wins: a button label never changes meaning because an entry has the same title.
      if (key && !this.byLabel.has(key)) this.byLabel.set(key, meaning);
    };
    for (const catalog of knowledge.messages.values()) {
      for (const [key, meaning] of Object.entries(BUTTON_MEANINGS)) {
        const label = catalog.messages[key];
        if (label) add(label, meaning);
      }
    }
    for (const entry of knowledge.entries) add(entry.title, { kind: 'entry', entryId: entry.id });
    for (const words of knowledge.translations.values()) {
      for (const [id, translated] of words) if (translated.title) add(translated.title, { kind: 'entry', entryId: id });
    }
  }

  /** What the message means when it is exactly a button's label ("👍 Yes" and "yes!" are both "yes"). */
  read(tokens: readonly Token[]): ButtonMeaning | undefined {
    return tokens.length ? this.byLabel.get(buttonKey(tokens)) : undefined;
  }
}
