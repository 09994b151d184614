// "What is your claim number, if you have it?" Optional: "skip" / "I don't have it" leaves it out.
import { FieldPrompt, type Parsed } from './fieldPrompt.js';

export const CLAIM_NUMBER_PROMPT = 'claimNumberPrompt';

const SKIP = /^(?:skip(?: it| this)?|no|nope|none|not yet|n\/a|na|i don'?t (?:have|know)(?: it| one)?(?: yet)?|don'?t (?:have|know)(?: it| one)?(?: yet)?|later|not sure)[.!]*$/i;
const CLAIM = /^[A-Za-z0-9][A-Za-z0-9 /-]{1,38}[A-Za-z0-9]$/;

export function readClaimNumber(input: string): Parsed<string | null> {
  const text = input.trim().replace(/^(?:it's|its|claim(?: number| no\.?| #)?:?)\s+/i, '').replace(/\s+/g, ' ');
  if (SKIP.test(text)) return { ok: true, value: null };
  if (!/\d/.test(text) || !CLAIM.test(text)) {
    return { ok: false, problem: 'A claim number is usually letters and digits, like "AB1234567". Type it again, or say "skip" if you don\'t have it handy.' };
  }
  return { ok: true, value: text.toUpperCase() };
}

export class ClaimNumberPrompt extends FieldPrompt<string | null> {
  constructor() {
    super(CLAIM_NUMBER_PROMPT, readClaimNumber);
  }
}
