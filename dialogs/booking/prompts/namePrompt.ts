// "What is your full name?": 2-100 characters, letters (any script) with spaces, hyphens,
// apostrophes and dots; not a phone number, an e-mail address or a question.
import { isEmail } from '../../../src/booking/isEmail.js';
import { isQuestionLike } from '../questionLike.js';
import { FieldPrompt, type Parsed } from './fieldPrompt.js';

export const NAME_PROMPT = 'namePrompt';

const NAME = /^[\p{L}\p{M}][\p{L}\p{M}'’. -]*$/u;
/** Polite lead-ins people type before their name. */
const LEAD_IN = /^(?:(?:hi|hello|hey)[,!. ]+)?(?:my name is|my name's|name is|name's|i am|i'm|im|it's|its|this is)\s+/i;

export function readName(input: string): Parsed<string> {
  const text = input.trim().replace(/\s+/g, ' ').replace(LEAD_IN, '').replace(/[.!]+$/, '').trim();
  if (!text) return { ok: false, problem: 'What is your full name?' };
  if (isEmail(text) || /\S+@\S+/.test(text)) {
    return { ok: false, problem: "That looks like an e-mail address; I'll ask for that in a moment. First, what is your full name?" };
  }
  if ((text.match(/\d/g) ?? []).length >= 5) {
    return { ok: false, problem: "That looks like a phone number; I'll ask for it next. First, what is your full name?" };
  }
  if (isQuestionLike(text)) {
    return { ok: false, problem: 'I need your name for the clinic here. What is your full name? (Say "cancel" to stop.)' };
  }
  if (text.length > 100) return { ok: false, problem: 'That is longer than a name usually is. Please type just your full name (100 characters at most).' };
  if (!NAME.test(text)) {
    return { ok: false, problem: 'Please type your name using letters only (hyphens and apostrophes are fine), for example "Priya Sharma".' };
  }
  if ((text.match(/[\p{L}]/gu) ?? []).length < 2) return { ok: false, problem: 'Could you give your full name (at least 2 letters)?' };
  return { ok: true, value: text };
}

export class NamePrompt extends FieldPrompt<string> {
  constructor() {
    super(NAME_PROMPT, readName);
  }
}
