// "What e-mail address should the clinic use?" Optional, since the phone number is required:
// "skip" (or "no", "none") leaves it out. Checked with validator's isEmail.
import { isEmail } from '../../../src/booking/isEmail.js';
import { FieldPrompt, type Parsed } from './fieldPrompt.js';

export const EMAIL_PROMPT = 'emailPrompt';

const SKIP = /^(?:skip(?: it| this)?|no|nope|none|no thanks|no thank you|n\/a|na|i don'?t have (?:one|an? e-?mail)|no e-?mail|rather not|prefer not to say)[.!]*$/i;

export function readEmail(input: string): Parsed<string | null> {
  const text = input.trim();
  if (SKIP.test(text)) return { ok: true, value: null };
  const candidate = text.replace(/^(?:it's|its|my e-?mail is|e-?mail:?)\s+/i, '').replace(/[.,;]+$/, '');
  if (candidate.length <= 254 && isEmail(candidate)) return { ok: true, value: candidate };
  if (!candidate.includes('@')) {
    return { ok: false, problem: 'That doesn\'t look like an e-mail address (like name@example.com). Type it again, or say "skip" if you\'d rather not give one.' };
  }
  return { ok: false, problem: 'Something in that e-mail address looks off; could you check it? Or say "skip" to leave it out.' };
}

export class EmailPrompt extends FieldPrompt<string | null> {
  constructor() {
    super(EMAIL_PROMPT, readEmail);
  }
}
