// Whether English text may name a day or time at all, checked before Microsoft's date-time recognizer
// runs: the recognizer costs 3-15 ms per call whatever the text, and most messages (names, phone numbers,
// e-mail addresses, reasons, most questions) name no time. Everything the recognizer resolves
// (@microsoft/recognizers-text-date-time 1.1.4, English: its resources list the words) holds a digit or
// one of the words below: days, months, units, parts of the day, number words, ordinals, seasons,
// holidays, decades, "now" words. The list errs on the side of running the recognizer;
// bench/timeGateProof.mjs checks on every phrasing, evaluation set and test message, and on WordNet's
// glosses, that the recognizer finds nothing where this says no.
import { allMatches } from '../../text/allMatches.js';

/** Matched anywhere in a word: the recognizer reads some of them without a word boundary ("afternoon" holds "noon"). */
const STEMS = [
  'day', 'week', 'month', 'year', 'decade', 'centur', 'fortnight', 'hour', 'minute', 'second',
  'morning', 'noon', 'night', 'evening', 'lunch', 'tomorrow',
  'januar', 'februar', 'march', 'april', 'june', 'july', 'august', 'septemb', 'octob', 'novemb', 'decemb',
  'spring', 'summer', 'autumn', 'winter',
  'christmas', 'xmas', 'easter', 'thanksgiving', 'halloween', 'valentine', 'mardi', 'yuan', 'patrick', 'george',
  'mayo', 'independence', 'hallow', 'souls', 'fawkes', 'lover', 'saint',
  'noughties', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties',
  'hundred', 'thousand',
];

/** Matched as whole words (with or without a plural "s"): short words, or words also found inside ordinary ones. */
const WORDS = [
  'mon', 'tue', 'tues', 'wed', 'wedn', 'weds', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'fall',
  'now', 'asap', 'soon', 'recently', 'previously', 'ago', 'later', 'hence', 'future', 'tmr', 'mid', 'eve',
  'h', 'hr', 'hrs', 'min', 'mins', 'sec', 'secs', 'daily', 'annual', 'annually', 'quarter', 'half',
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
  'twenty', 'thirty', 'forty', 'fourty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'tens', 'dozen',
  'first', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth',
];

const STEM = new RegExp(STEMS.join('|'), 'i');
const WORD_SET = new Set(WORDS);
const LATIN_WORD = /[a-z]+/g;
const DIGIT = /[0-9]/;
const COMBINING_MARK = /\p{M}/gu;
/**
 * Latin letters that compatibility decomposition does not fold to ASCII (ø, ł, ß, ı, ...): the recognizer
 * folds some of them at a word's edge with its own table, so text holding one is always read.
 */
const UNFOLDED_LATIN = /[\u00C0-\u02AF\u1D00-\u1EFF\u2100-\u218F\u2C60-\u2C7F\uA720-\uA7FF]/;

/** Whether the recognizer could find a day or time in `text` (false: it would find none, so it need not run). */
export function mayNameEnglishTime(text: string): boolean {
  // Full-width and accented letters and digits as the recognizer reads them (it folds them too).
  const folded = text.normalize('NFKD').replace(COMBINING_MARK, '').toLowerCase();
  if (DIGIT.test(folded) || UNFOLDED_LATIN.test(folded) || STEM.test(folded)) return true;
  for (const [word] of allMatches(LATIN_WORD, folded)) {
    if (WORD_SET.has(word) || (word.endsWith('s') && WORD_SET.has(word.slice(0, -1)))) return true;
  }
  return false;
}
