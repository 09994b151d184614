// "What would you like help with?" Free text, kept short for the front desk (300 characters).
import { FieldPrompt, type Parsed } from './fieldPrompt.js';

export const REASON_PROMPT = 'reasonPrompt';
export const MAX_REASON_CHARS = 300;

export function readReason(input: string): Parsed<string> {
  const text = input.trim().replace(/\s+/g, ' ');
  if (text.length > MAX_REASON_CHARS) {
    return { ok: false, problem: `That's a bit long; could you sum it up in a sentence or two (${MAX_REASON_CHARS} characters at most)?` };
  }
  if ((text.match(/\p{L}/gu) ?? []).length < 2) {
    return { ok: false, problem: 'Could you tell me in a few words what you would like help with, for example "lower back pain"?' };
  }
  return { ok: true, value: text };
}

export class ReasonPrompt extends FieldPrompt<string> {
  constructor() {
    super(REASON_PROMPT, readReason);
  }
}
