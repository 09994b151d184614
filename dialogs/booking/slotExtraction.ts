// Details already given in the message that started the booking ("I'm Priya, book me for next
// Tuesday morning for my shoulder, 604-555-0123") so they are not asked again. Each slot is
// checked by the same reader its prompt uses; anything doubtful is left for the question.
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { isEmail } from '../../src/booking/isEmail.js';
import type { Payer, PreferredTime } from '../../src/booking/bookingRecord.js';
import { findTimeMentions, isFlexibleTime, type TimeReadingContext } from './preferredTime.js';
import { readName } from './prompts/namePrompt.js';
import { readPhone } from './prompts/phonePrompt.js';
import { readReason } from './prompts/reasonPrompt.js';

export interface PrefilledSlots {
  name?: string;
  phone?: string;
  email?: string;
  preferredTime?: PreferredTime;
  reason?: string;
  payer?: Payer;
}

// "I'm Priya" needs a capital letter (so "I'm looking to book" is not a name); "my name is" does not.
const NAME_AFTER_IM = /\b(?:[Ii] am|[Ii]['’]?m|[Tt]his is)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})/u;
const NAME_AFTER_MY_NAME = /\b(?:my name is|my name's|name's|name is)\s+(\p{L}[\p{L}'’-]+(?:\s+\p{L}[\p{L}'’-]+){0,3})/iu;
const NOT_NAMES = new Set(
  'looking interested wondering hoping trying calling writing new here just not a an in having ready free available sore injured hurt booking asking still so very really from with at the also currently going'.split(' '),
);
const NAME_STOP = /\s+(?:and|but|from|with|at|in|for|calling|here|looking|i|i'm|my)\b.*$/i;

const BODY_PART = '(?:lower |upper |mid )?(?:back|neck|shoulders?|knees?|hips?|elbows?|wrists?|ankles?|feet|foot|legs?|arms?|hamstrings?|calf|calves|glutes?|jaw|head|headaches?|sciatica|tennis elbow|plantar fasciitis|muscles?)';
const REASON_FOR_MY = /\b(?:for|about|with|because of|regarding)\s+(my\s+[^,.;!?]{2,80})/i;
const REASON_HURTS = new RegExp(`\\b(my\\s+${BODY_PART}(?:\\s+(?:is|are|has been|have been|keeps?))?\\s+(?:hurts?|hurting|sore|aching|aches?|pain(?:ful)?|killing me|tight|stiff)(?:\\s+\\w+){0,3})`, 'i');
const REASON_PAIN = new RegExp(`\\b(${BODY_PART}\\s+(?:pain|ache|injury|issues?|problems?|strain|tightness))\\b`, 'i');
const TRAILING_NOISE = /\s+(?:please|pls|thanks|thank you|asap|if possible|if you can|and|or|at|on|for|next|this)\s*$/i;

const PAYER_HINTS: [RegExp, Payer][] = [
  [/\bicbc\b/i, 'icbc'],
  [/\b(?:work ?safe ?(?:bc)?|wcb|wsbc)\b/i, 'worksafebc'],
  [/\bextended health\b|\b(?:my|work) benefits\b/i, 'extended-health'],
  [/\bself[- ]pay\b|\bpay (?:for it )?myself\b|\bout of pocket\b/i, 'self-pay'],
];

/** Blanks out a found detail so later patterns do not read it again (keeps positions). */
function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

export function extractSlots(utterance: string | undefined, time: TimeReadingContext): PrefilledSlots {
  const slots: PrefilledSlots = {};
  if (!utterance?.trim()) return slots;
  let rest = utterance.slice(0, 1000);

  for (const token of rest.split(/[\s,;<>()]+/)) {
    const candidate = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (candidate.includes('@') && isEmail(candidate)) {
      slots.email = candidate;
      const at = rest.indexOf(candidate);
      rest = blank(rest, at, at + candidate.length);
      break;
    }
  }

  for (const found of findPhoneNumbersInText(rest, 'CA')) {
    const phone = readPhone(rest.slice(found.startsAt, found.endsAt));
    if (phone.ok) {
      slots.phone = phone.value;
      rest = blank(rest, found.startsAt, found.endsAt);
      break;
    }
  }

  const mentions = findTimeMentions(rest, time);
  const flexible = isFlexibleTime(rest);
  if (mentions.length || flexible) {
    const words = mentions.map((m) => m.text);
    if (flexible && !words.length) words.push(rest.match(/\b(?:any ?time|any ?day|whenever|flexible|asap|as soon as possible|first available)\b/i)?.[0] ?? 'anytime');
    slots.preferredTime = {
      text: words.join(', '),
      resolved: mentions.flatMap((m) => m.resolved),
      flexible,
      timeZone: time.timeZone,
    };
    for (const m of mentions) rest = blank(rest, m.start, m.end);
  }

  const named = NAME_AFTER_MY_NAME.exec(rest) ?? NAME_AFTER_IM.exec(rest);
  if (named?.[1]) {
    const words = named[1].replace(NAME_STOP, '').trim();
    const first = words.split(/\s+/)[0]?.toLowerCase() ?? '';
    const name = readName(words);
    if (!NOT_NAMES.has(first) && name.ok) {
      slots.name = name.value;
      rest = blank(rest, named.index, named.index + named[0].length);
    }
  }

  const reasonMatch = REASON_FOR_MY.exec(rest) ?? REASON_HURTS.exec(rest) ?? REASON_PAIN.exec(rest);
  if (reasonMatch?.[1]) {
    let reason = reasonMatch[1].replace(/\s+/g, ' ').trim();
    while (TRAILING_NOISE.test(reason)) reason = reason.replace(TRAILING_NOISE, '').trim();
    const read = readReason(reason);
    if (read.ok) slots.reason = read.value;
  }

  for (const [pattern, payer] of PAYER_HINTS) {
    if (pattern.test(rest)) {
      slots.payer = payer;
      break;
    }
  }
  return slots;
}
