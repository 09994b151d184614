// Phone numbers. Decision (kept from the booking dialog): any valid North American Numbering Plan
// number is accepted (Canada, the US and the other +1 countries), because cross-border patients
// exist and the clinic can dial them like a local long-distance call; numbers outside +1 are
// refused with their own reason. Canadian is the default, so "604-555-0123", "(604) 555 0123",
// "6045550123", "+1 604 555 0123", "６０４５５５０１２３" and "੬੦੪ ੫੫੫ ੦੧੨੩" all read as +16045550123.
import { phoneNumbers } from '../../booking/phoneNumbers.js';
import { Message } from './message.js';
import type { FoundPhone, PhoneProblem, FieldReading } from './types.js';

const DIGITS = /\p{Nd}/gu;
/** Fewest digits of a number findPhone accepts: ten, the North American number without its 1. */
const FEWEST_DIGITS = 10;

/** A number in E.164 (stored) and grouped as people read it, both from one parse. */
interface CheckedNumber {
  e164: string;
  display: string;
}

/** Checks one number as typed (digits already folded) and gives it in E.164. */
function checkNumber(input: string): FieldReading<CheckedNumber, PhoneProblem> {
  // An extension ("ext 4") is dropped: the front desk dials the main number.
  const text = input.trim().replace(/[\s,]*(?:ext\.?|extension|x)\s*\d{1,6}$/i, '');
  const digits = text.replace(/\D/g, '');
  if (!digits) return { ok: false, problem: 'no-digits' };
  const international = text.startsWith('+') || text.startsWith('00') || text.startsWith('011');
  const { parsePhoneNumberFromString, validatePhoneNumberLength } = phoneNumbers();
  const number = parsePhoneNumberFromString(text.replace(/^(00|011)/, '+'), 'CA');
  if (international && number && number.countryCallingCode !== '1') return { ok: false, problem: 'outside-north-america' };
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  if (!international && national.length < 10) return { ok: false, problem: 'too-short' };
  if (!international && national.length > 10) return { ok: false, problem: 'too-long' };
  if (international && validatePhoneNumberLength(text, 'CA') === 'TOO_SHORT') return { ok: false, problem: 'too-short' };
  if (!number || !number.isValid()) return { ok: false, problem: 'invalid' };
  return { ok: true, value: { e164: number.number, display: number.formatInternational() } };
}

function found(message: Message, { e164, display }: CheckedNumber, start: number, end: number): FoundPhone {
  return { e164, display, span: message.span(start, end) };
}

/** The first valid phone number anywhere in a message (blanked out once found). */
export function findPhone(message: Message): FoundPhone | undefined {
  // Only a number of ten digits or more is accepted: with fewer digits (in any script the library reads) in the
  // whole message the library is not even asked (a "before 10" in an answer about times cost 0.15 ms).
  if ((message.text.match(DIGITS)?.length ?? 0) < FEWEST_DIGITS) return undefined;
  for (const hit of phoneNumbers().findPhoneNumbersInText(message.text, 'CA')) {
    if (message.touchesControl(hit.startsAt, hit.endsAt)) continue;
    const checked = checkNumber(message.text.slice(hit.startsAt, hit.endsAt));
    if (!checked.ok) continue;
    message.blank(hit.startsAt, hit.endsAt);
    return found(message, checked.value, hit.startsAt, hit.endsAt);
  }
  return undefined;
}

/** The answer to "what phone number can the clinic call you on?", or why it is not one. */
export function readPhone(input: string): FieldReading<FoundPhone, PhoneProblem> {
  const message = new Message(input);
  const inText = findPhone(message);
  if (inText) return { ok: true, value: inText };
  const text = message.text.trim();
  const checked = checkNumber(text);
  if (!checked.ok) return checked;
  if (/\uFFFD/.test(text)) return { ok: false, problem: 'invalid' };
  const start = message.text.indexOf(text);
  return { ok: true, value: found(message, checked.value, start, start + text.length) };
}
