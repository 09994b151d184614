// "What phone number can the clinic call you on?"
// Decision: any valid North American Numbering Plan number is accepted (Canada, the US and the
// other +1 countries), because cross-border patients exist and the clinic can dial them like a
// local long-distance call. Numbers outside +1 are refused with a specific message. Canadian is
// the default, so "604-555-0123", "(604) 555 0123", "6045550123" and "+1 604 555 0123" all work.
// Stored as E.164 (+16045550123).
import { parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/max';
import { FieldPrompt, type Parsed } from './fieldPrompt.js';

export const PHONE_PROMPT = 'phonePrompt';

export function readPhone(input: string): Parsed<string> {
  // An extension ("ext 4") is dropped: the front desk dials the main number.
  const text = input.trim().replace(/[\s,]*(?:ext\.?|extension|x)\s*\d{1,6}$/i, '');
  const digits = text.replace(/\D/g, '');
  if (!digits) return { ok: false, problem: 'I need a phone number with digits, for example 604-555-0123.' };
  const international = text.startsWith('+') || text.startsWith('00') || text.startsWith('011');
  const number = parsePhoneNumberFromString(text.replace(/^(00|011)/, '+'), 'CA');
  if (international && number && number.countryCallingCode !== '1') {
    return {
      ok: false,
      problem:
        'That looks like a number outside Canada and the US. The clinic calls back within North America, so please give a Canadian or US number.',
    };
  }
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  if (!international && national.length < 10) {
    return { ok: false, problem: 'That phone number looks short; could you include the area code? For example 604-555-0123.' };
  }
  if (!international && national.length > 10) {
    return { ok: false, problem: 'That phone number has too many digits; could you check it? For example 604-555-0123.' };
  }
  if (international && validatePhoneNumberLength(text, 'CA') === 'TOO_SHORT') {
    return { ok: false, problem: 'That phone number looks short; could you include the area code? For example +1 604-555-0123.' };
  }
  if (!number || !number.isValid()) {
    return { ok: false, problem: "That doesn't look like a valid phone number; could you check the area code and digits?" };
  }
  return { ok: true, value: number.number };
}

export class PhonePrompt extends FieldPrompt<string> {
  constructor() {
    super(PHONE_PROMPT, readPhone);
  }
}
