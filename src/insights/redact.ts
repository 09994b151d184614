// Personal data out of the questions we keep for review. Insights exist to improve the knowledge
// base, so the words of the question stay; who asked (names, phone numbers, e-mails, health card
// or file numbers, postal codes) is replaced by a placeholder that still reads naturally.
import { maskContactDetails } from '../privacy/contactDetails.js';

// Health card, file and policy numbers: five or more digits, possibly split by spaces or dashes.
const DIGIT_RUN = /(?<![\w])\d(?:[\s-]?\d){4,}(?!\w)/g;
// Canadian postal codes (V4C 6N5) locate a home.
const POSTAL_CODE = /\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][\s-]?\d[ABCEGHJ-NPRSTV-Z]\d\b/gi;

// "my name is ...", "name's ...": whatever follows is a name, in any case ("call me" and "this is": see below).
const NAME_STATED = /\b(my name is|my name's|name is|name's|call me|this is|i am called|i'm called)(\s+)([\p{L}'-]+(?:\s+[\p{L}'-]+)?)/giu;
// "I'm Sarah", "I am Dev Patel": only capitalised words, so "I'm sore" and "I am pregnant" stay.
const NAME_INTRODUCED = /\b([Ii]'m|[Ii]’m|[Ii]m|[Ii] am)(\s+)(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)?)/gu;
// Capitalised words after "I'm" that are not names.
const NOT_NAMES = new Set(['IMS', 'I', 'Not', 'So', 'Very', 'Really', 'In', 'On', 'At', 'A', 'An', 'The', 'Just', 'Also', 'Still', 'Canadian', 'BC']);
// Words after "this is" / "name is" that show no name follows ("this is painful", "this is my first time").
const NOT_NAME_START = /^(a|an|the|my|your|it|not|so|very|really|too|about|for|what|how|why|normal|ok|okay|good|bad|painful|urgent|ims|dry|going|getting|still|just|also|is|was|be|to|that|this|because|after|before|covered|free|expensive|safe|true|possible|necessary|worth|new|first|second|third|right|wrong)$/i;

// Words that follow a one-word name: "my name is sam and I ...".
const AFTER_NAME = /^(and|but|i|im|i'm|from|here|with|please|calling|asking|wondering|again|what|how|is|can|could|do|does|will|would|have|had|my|to|about|if)$/i;

/** The part of `words` (one or two words) that is the name. */
function namePart(words: string): string {
  const [first = '', second] = words.split(/\s+/);
  if (!second) return first;
  if (/^\p{Lu}/u.test(second)) return words; // "Dev Patel"
  if (/^\p{Lu}/u.test(first)) return first; // "Dev and ...": a lower-case word after a capitalised name is not a surname
  return AFTER_NAME.test(second) ? first : words; // all lower case: when unsure, redact both
}

/** The text with personal data replaced by [email], [phone], [number], [postal code] and [name]. */
export function redactPersonalData(text: string): string {
  let out = maskContactDetails(text, { email: '[email]', phone: '[phone]' })
    .replace(POSTAL_CODE, '[postal code]')
    .replace(DIGIT_RUN, '[number]');
  out = out.replace(NAME_STATED, (match, lead: string, space: string, words: string) => {
    const lower = lead.toLowerCase();
    const first = words.split(/\s+/)[0] ?? '';
    // "this is" and "call me" introduce a name only when a capitalised word follows: "this is Maria", not "call me back".
    if ((lower === 'this is' || lower === 'call me') && !/^\p{Lu}/u.test(first)) return match;
    if (NOT_NAME_START.test(first)) return match;
    const name = namePart(words);
    return `${lead}${space}[name]${words.slice(name.length)}`;
  });
  out = out.replace(NAME_INTRODUCED, (match, lead: string, space: string, words: string) => {
    const parts = words.split(/\s+/);
    if (NOT_NAMES.has(parts[0] ?? '')) return match;
    const name = parts.length > 1 && NOT_NAMES.has(parts[1] ?? '') ? (parts[0] ?? '') : words;
    return `${lead}${space}[name]${words.slice(name.length)}`;
  });
  return out;
}

/** True when redaction replaced something: such a text is not suggested as a KB question. */
export function hasRedactions(text: string): boolean {
  return /\[(email|phone|number|postal code|name)\]/.test(text);
}
