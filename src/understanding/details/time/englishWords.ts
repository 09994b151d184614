// The everyday English days and times people answer "which days and times suit you?" with, read by the
// same small phrase reader as Punjabi and Chinese: "next Tuesday afternoon", "tomorrow at 3", "mondays",
// "weekday mornings", "this weekend", "after 5pm", "friday 10:30am", "tonight". What it reads it resolves
// as Microsoft's recognizer does (bench/timeReaderProof.mjs compares the two on every English text the
// project holds); anything else in the message that may name a time (a date, "between 2 and 4", "early
// morning", "in two weeks") sends the whole message to the recognizer instead (./english.ts).
import type { DaySpec, PartOfDay } from './phrase.js';
import type { LexiconEntry, Token } from './phraseReader.js';

const WEEKDAY_NAMES: [string, number][] = [
  ['mon(?:day)?', 1],
  ['tue(?:s(?:day)?)?', 2],
  ['wed(?:s|nesday)?', 3],
  ['thu(?:rs?(?:day)?)?', 4],
  ['fri(?:day)?', 5],
  // "sat" and "sun" alone are ordinary words (the recognizer does not read them either).
  ['saturday', 6],
  ['sunday', 7],
];
const WEEKDAY = WEEKDAY_NAMES.map(([name]) => name).join('|');

/** The number a matched name stands for ("tues" -> 2), its patterns compiled once. */
function numberOfName(names: [string, number][]): (word: string) => number | undefined {
  const anchored = names.map(([name, n]) => [new RegExp(`^(?:${name})$`, 'i'), n] as const);
  return (word) => anchored.find(([pattern]) => pattern.test(word))?.[1];
}
const weekdayOf = numberOfName(WEEKDAY_NAMES);

// "may" and "mar" alone are ordinary words ("may I book"); "in may" and "may 12" are the month.
const MONTH_NAMES: [string, number][] = [
  ['jan(?:uary)?', 1],
  ['feb(?:ruary)?', 2],
  ['march', 3],
  ['apr(?:il)?', 4],
  ['may', 5],
  ['june?', 6],
  ['july?', 7],
  ['aug(?:ust)?', 8],
  ['sep(?:t(?:ember)?)?', 9],
  ['oct(?:ober)?', 10],
  ['nov(?:ember)?', 11],
  ['dec(?:ember)?', 12],
];
const MONTH = MONTH_NAMES.map(([name]) => name).join('|');

const monthOf = numberOfName(MONTH_NAMES);

function dateToken(monthWord: string | undefined, dayText: string | undefined): Token | undefined {
  const month = monthOf(monthWord ?? '');
  const day = Number(dayText);
  return month && day >= 1 && day <= 31 ? { kind: 'day', day: { kind: 'date', month, day, yearless: true } } : undefined;
}
const ORDINAL = '(?:st|nd|rd|th)?';


const PARTS: [string, PartOfDay | 'noon'][] = [
  ['mornings?', 'MO'],
  ['afternoons?', 'AF'],
  ['evenings?', 'EV'],
  ['nights?', 'NI'],
  ['noon|midday', 'noon'],
];

const token = (t: Token) => () => t;
const day = (d: DaySpec, recurring = false): Token => ({ kind: 'day', day: d, ...(recurring ? { recurring } : {}) });

/** "3pm", "10:30 a.m.", "12am": the hour on the 24-hour clock. */
function meridiemHour(hour: number, meridiem: string): number | undefined {
  if (hour < 1 || hour > 12) return undefined;
  const pm = meridiem.toLowerCase().startsWith('p');
  return pm ? (hour === 12 ? 12 : hour + 12) : hour === 12 ? 0 : hour;
}

const UNITS = '(?:years?|yrs?|months?|weeks?|days?|times?|sessions?|mins?|minutes?|hours?|hrs?|shifts?|kids?|people)';
const MERIDIEM = '(a\\.?m\\.?|p\\.?m\\.?)(?![a-z])';
const PART_WORDS: Record<string, PartOfDay> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

export const ENGLISH_TIME_TOKENS: LexiconEntry[] = [
  {
    // "tuesday", "tues", "wed", "thursdays" (plural: every week); "coming tuesday" is the next one.
    pattern: new RegExp(`\\b(?:(?:this\\s+)?coming\\s+)?(${WEEKDAY})(s?)\\b`, 'i'),
    token: (m) => {
      const weekday = weekdayOf(m[1] ?? '');
      return weekday ? day({ kind: 'weekday', weekday, week: 'any' }, m[2] === 's') : undefined;
    },
  },
  {
    // "monday next week", "friday this week".
    pattern: new RegExp(`\\b(${WEEKDAY})\\s+(next|this)\\s+week\\b`, 'i'),
    token: (m) => {
      const weekday = weekdayOf(m[1] ?? '');
      return weekday ? day({ kind: 'weekday', weekday, week: m[2]?.toLowerCase() === 'next' ? 'next' : 'this' }) : undefined;
    },
  },
  // "december 12", "dec 3rd", "12 december", "the 12th of december"; a month on its own ("in March").
  { pattern: new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2})${ORDINAL}\\b(?!\\s*(?::|[ap]\\.?m\\b))`, 'i'), token: (m) => dateToken(m[1], m[2]) },
  { pattern: new RegExp(`\\b(?:the\\s+)?(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(${MONTH})\\b`, 'i'), token: (m) => dateToken(m[2], m[1]) },
  {
    pattern: new RegExp(`\\b(?:(?<=\\bin\\s+)may|(?!may\\b)(?:${MONTH}))\\b(?!\\.?\\s*\\d)`, 'i'),
    token: (m) => {
      const month = monthOf(m[0]);
      return month ? { kind: 'day', day: { kind: 'month', month } } : undefined;
    },
  },
  { pattern: /\bnext\b/i, token: token({ kind: 'next' }) },
  { pattern: /\bthis\b/i, token: token({ kind: 'this' }) },
  { pattern: /\b(?:every|each)\b/i, token: token({ kind: 'every' }) },
  // "week" only after this / next: "once a week" and "2 weeks" are not a week to come in.
  { pattern: /(?<=\b(?:this|next)\s+)week\b/i, token: token(day({ kind: 'week', which: 'this' })) },
  { pattern: /\bweek[\s-]?days?\b/i, token: token(day({ kind: 'weekdays' })) },
  // "the weekend" is this one; "weekends" are any. "every weekend", "a long weekend" are for the recognizer.
  {
    pattern: /(?<!\b(?:every|each|a|an|all|whole|long|another|that|last)\s+(?:the\s+)?)\b(?:the\s+)?week[\s-]?end\b(?!s)/i,
    token: token(day({ kind: 'weekends', which: 'this' })),
  },
  { pattern: /\bweek[\s-]?ends\b/i, token: token(day({ kind: 'weekends' })) },
  { pattern: /\btoday\b/i, token: token(day({ kind: 'relative', offset: 0 })) },
  { pattern: /\byesterday\b/i, token: token(day({ kind: 'relative', offset: -1 })) },
  { pattern: /\b(?:tomorrow|tmr)\b/i, token: token(day({ kind: 'relative', offset: 1 })) },
  { pattern: /\b(?:the\s+)?day\s+after\s+tomorrow\b/i, token: token(day({ kind: 'relative', offset: 2 })) },
  { pattern: /\btonight\b/i, token: token({ kind: 'dayAndPart', day: { kind: 'relative', offset: 0 }, part: 'NI' }) },
  {
    // "this afternoon" is today's, not the next one; "the next morning" is tomorrow's.
    pattern: /\b(this|(?:the\s+)?next)\s+(morning|afternoon|evening)\b/i,
    token: (m) => {
      const part = PART_WORDS[m[2]?.toLowerCase() ?? ''];
      const offset = m[1]?.toLowerCase() === 'this' ? 0 : 1;
      return part ? { kind: 'dayAndPart', day: { kind: 'relative', offset }, part } : undefined;
    },
  },
  ...PARTS.map(([pattern, part]): LexiconEntry => ({ pattern: new RegExp(`\\b(?:${pattern})\\b`, 'i'), token: token({ kind: 'part', part }) })),
  {
    // "3pm", "3 p.m.", "10:30am", "at 3", "at 3:30", "3:30", "3 o'clock".
    pattern: new RegExp(`\\b(?:(\\d{1,2})(?::([0-5]\\d))?\\s*${MERIDIEM}|(\\d{1,2}):([0-5]\\d)(?!\\d)|(?<=\\bat\\s+)(\\d{1,2})(?![\\d:./-]|\\s*(?:%|percent\\b|${UNITS}\\b))|(\\d{1,2})\\s*o['’]?clock\\b)`, 'i'),
    token: (m) => {
      if (m[1]) {
        const hour = meridiemHour(Number(m[1]), m[3] ?? '');
        return hour === undefined ? undefined : { kind: 'clock', hour, minute: Number(m[2] ?? 0), fixed: true };
      }
      const hour = Number(m[4] ?? m[6] ?? m[7]);
      if (!(hour <= 23)) return undefined;
      return { kind: 'clock', hour, minute: Number(m[5] ?? 0) };
    },
  },
  {
    // "before 10am", "after 5pm", "after 5 in the evening"; a bare "after 5" is 5:00 or 17:00, as "at 5" is
    // ("after 3 night shifts", "after 2 weeks" are not clocks).
    pattern: new RegExp(
      `\\b(before|after)\\s+(\\d{1,2})(?::([0-5]\\d))?(?:\\s*${MERIDIEM}|\\s+(?:in\\s+the\\s+)?(morning|afternoon|evening))?(?![\\d:./-]|\\s+(?:${UNITS}|night|of|or)\\b)`,
      'i',
    ),
    token: (m) => {
      const mod = m[1]?.toLowerCase() === 'before' ? 'before' : 'after';
      const said = Number(m[2]);
      const minute = Number(m[3] ?? 0);
      if (m[4]) {
        const hour = meridiemHour(said, m[4]);
        return hour === undefined ? undefined : { kind: 'clock', hour, minute, fixed: true, mod };
      }
      const part = PART_WORDS[m[5]?.toLowerCase() ?? ''];
      if (part && said >= 1 && said <= 12) {
        const hour = part === 'MO' ? said % 12 : (said % 12) + 12;
        return { kind: 'clock', hour, minute, fixed: true, mod };
      }
      return said <= 23 ? { kind: 'clock', hour: said, minute, mod } : undefined;
    },
  },
];

/** Spaces and the small words between a day and its time: "tuesday at 3", "friday in the morning", "monday, 10am". */
export const ENGLISH_JOINER = /^\s*,?\s*(?:(?:at|on|in|the|around|about)\s+)*$/i;

/**
 * Words around a phrase that change what it means in ways the phrase reader does not model: ranges
 * ("monday to friday", "between 2 and 4", "from 3"), "early" / "late" / "mid" parts of a day, "since" and "ago"
 * (stories: "since the needling this morning"), "by friday". The recognizer reads such messages.
 */
export const ENGLISH_RANGE_ANYWHERE = /\b(?:since|ago|between|until|till|untill)\b/i;
export const ENGLISH_RANGE_BEFORE =
  /\b(?:by|from|til|early|late|mid|end\s+of|start\s+of|beginning\s+of|past|other|last|after|before|a|an|another|all|whole|that|during|over)\s+(?:the\s+)?$|[-–]\s*$/i;
export const ENGLISH_RANGE_AFTER = /^\s*(?:-|–|to\b|through\b|thru\b|till?\b|until\b|ish\b|ago\b|onwards?\b|or\s+(?:so|later|after)\b|and\s+(?:after|later)\b)/i;

const NUMBER_WORDS = 'a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|couple(?:\\s+of)?|several|many|\\d{1,3}';
const COUNTED = 'sessions?|times?|treatments?|visits?|appointments?|appts?|needles?|days?\\s+a\\s+week|x';

/**
 * Words the time gate flags that, where they stand, name no day or time the recognizer would keep: durations
 * ("sore for 2 weeks", "once a week": the recognizer's durations are dropped), counts ("4 to 10 sessions"),
 * ordinals of visits ("my first visit", "a second opinion"), "one" as a pronoun, "may" the verb (the recognizer
 * reads it as the month), phone and claim numbers. Blanked before the rest of a message is checked, so such a
 * message needs no recognizer; bench/timeReaderProof.mjs checks it loses nothing.
 */
export const ENGLISH_NOT_TIMES = [
  new RegExp(`(?<!\\b(?:in|within|after|next|last|past|first|every|per|the|each)\\s+)\\b(?:${NUMBER_WORDS})\\s+(?:more\\s+|whole\\s+|full\\s+)?(?:days?|weeks?|months?|years?|hours?|hrs?|mins?|minutes?|seconds?|secs?)\\b(?:\\s+old)?(?!\\s+(?:ago|from|later|after|before|time))`, 'gi'),
  new RegExp(`\\b\\d{1,3}(?:\\s*(?:to|-|–|or)\\s*\\d{1,3})?\\s*(?:${COUNTED})\\b`, 'gi'),
  /\b(?:first|second|third)\s+(?:time|visit|session|appointment|appt|consult(?:ation)?|treatment|opinion|one|ims|needle|question|step|try|aid)s?\b|\bat first\b|\bfirst of all\b/gi,
  /\b(?:no|any|some|every|which|that|this|each|other)\s*one\b|\bone\s+(?:of|more|or two|thing|question|side|shoulder|leg|arm|knee|spot|area|muscle)\b/gi,
  /\bmay\s+(?=(?:i|we|you|be|have|help|need|not|also|cause|feel|get|take|want|ask|come|book|make|hurt|work|still|just)\b)|\b(?<=(?:i|you|we|they|it|he|she|this|that|which|what|there|ims|needling)\s+)may\b/gi,
  /(?<![\d-])\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}(?![\d-])|\b\d{5,}\b/g,
];
