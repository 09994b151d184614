// E-mail addresses, checked with validator's isEmail (addresses in Chinese or Gurmukhi letters
// are not read: those letters end an address, since people type them right up against it). Optional: "skip", "no email", "ਨਹੀਂ", "不用"
// decline it (read by ./skip.ts). An answer with a control character in it (a pasted line break,
// NUL) is refused as a whole: nothing around a line break is guessed into an address.
import { isEmail } from '../../booking/isEmail.js';
import { allMatches } from '../text/allMatches.js';
import { hasControlCharacters, Message } from './message.js';
import { findSkip } from './skip.js';
import type { EmailProblem, FoundEmail, FieldReading } from './types.js';

const MAX_EMAIL = 254;
/** Runs of text that could hold an address: Chinese and Gurmukhi letters end one ("邮箱chen@example.com谢谢"). */
const CANDIDATE = /[^\s,;:<>()[\]"，。、；：\p{Script=Han}\u0A00-\u0A7F]+/gu;

/** The first e-mail address anywhere in a message (blanked out once found). */
export function findEmail(message: Message): FoundEmail | undefined {
  for (const token of allMatches(CANDIDATE, message.text)) {
    const leading = token[0].match(/^[^\p{L}\p{N}]*/u)?.[0].length ?? 0;
    const candidate = token[0].slice(leading).replace(/[^\p{L}\p{N}]+$/u, '');
    if (!candidate.includes('@') || candidate.length > MAX_EMAIL || !isEmail(candidate)) continue;
    const start = (token.index ?? 0) + leading;
    const end = start + candidate.length;
    if (message.touchesControl(start, end)) continue;
    message.blank(start, end);
    return { value: candidate, span: message.span(start, end) };
  }
  return undefined;
}

/** The answer to "what e-mail address should the clinic use?": the address, null when declined, or why not. */
export function readEmail(input: string): FieldReading<FoundEmail | null, EmailProblem> {
  if (hasControlCharacters(input.trim())) return { ok: false, problem: 'control-characters' };
  const message = new Message(input);
  const address = findEmail(message);
  if (address) return { ok: true, value: address };
  if (findSkip(message, 'email')) return { ok: true, value: null };
  return { ok: false, problem: message.text.includes('@') ? 'malformed' : 'not-an-email' };
}
