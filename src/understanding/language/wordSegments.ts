// The words of a text as Intl.Segmenter finds them (Unicode's word boundaries, UAX #29), with a fast path for
// plain ASCII: under load, ICU's segmenter cost a turn ~35 µs for a short English message. On ASCII without "_"
// the rules come down to three: letters and digits run together; a letter, one of : . ' and a letter are one word
// ("can't", "e.g"); a digit, one of , ; . ' and a digit are one number ("3.5", "1,000"). A test compares the two
// on random text and on every phrasing the bot has.

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** ASCII without "_" (ICU counts a run of two underscores as a word, one as not: left to ICU). */
const PLAIN_ASCII = /^[\t\n\r\x20-\x5E\x60-\x7E]*$/;

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;
/** MidLetter and MidNumLet in ASCII: between two letters they join ("can't", "a.m"). */
const joinsLetters = (c: number) => c === 58 || c === 46 || c === 39;
/** MidNum and MidNumLet in ASCII: between two digits they join ("3.5", "1,000"). */
const joinsDigits = (c: number) => c === 44 || c === 59 || c === 46 || c === 39;

function asciiWords(text: string): string[] {
  const words: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isLetter(c) && !isDigit(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const x = text.charCodeAt(j);
      if (isLetter(x) || isDigit(x)) {
        j++;
        continue;
      }
      const before = text.charCodeAt(j - 1);
      const after = j + 1 < n ? text.charCodeAt(j + 1) : -1;
      if ((isLetter(before) && joinsLetters(x) && isLetter(after)) || (isDigit(before) && joinsDigits(x) && isDigit(after))) {
        j += 2;
        continue;
      }
      break;
    }
    words.push(text.slice(i, j));
    i = j;
  }
  return words;
}

/** The word-like segments of `text` (words and numbers; not spaces, punctuation or emoji), in order. */
export function wordSegments(text: string): string[] {
  return PLAIN_ASCII.test(text) ? asciiWords(text) : segmenterWords(text);
}

/** Intl.Segmenter's word-like segments (also what tests compare the fast path with). */
export function segmenterWords(text: string): string[] {
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) if (isWordLike) words.push(segment);
  return words;
}
