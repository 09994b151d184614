// Punjabi in Gurmukhi, normalised for matching: the spellings people type for one word meet.
//   NFC first. NFC splits ਸ਼ ਖ਼ ਗ਼ ਜ਼ ਫ਼ ਲ਼ into letter + nukta (they are composition exclusions), so dropping the nukta
//   folds precomposed and decomposed forms alike (ਸ਼ -> ਸ).
//   Nasal signs (tippi ੰ, bindi ਂ, adak bindi ਁ) are dropped: WhatsApp Punjabi often leaves them out (ਮੈ / ਮੈਂ).
//   Addak (ੱ, doubling), virama (੍, as in ਪ੍ਰ), visarga, udaat and yakash are dropped.
//   Vowel length is folded: ੀ -> ਿ, ੂ -> ੁ, and ੈ -> ੇ, ੌ -> ੋ (typed interchangeably); independent vowels
//   likewise (ਈ -> ਇ, ਊ -> ਉ, ਐ -> ਏ, ਔ -> ਓ), and a carrier plus a vowel sign (ੲ + ੀ) becomes the vowel (ਇ).
//   ਣ -> ਨ (often typed for each other).
//   Danda (।) and double danda (॥) are punctuation; Gurmukhi digits (੦-੯) become ASCII digits.
// The folding loses distinctions a reader would keep (ਹੈ "is" and ਹੇ "O" meet): it is for matching, never for display.

/** Single code points to replace ('' drops them). */
const FOLD = new Map<string, string>([
  ['\u0A3C', ''], // nukta
  ['\u0A01', ''], // adak bindi
  ['\u0A02', ''], // bindi
  ['\u0A70', ''], // tippi
  ['\u0A71', ''], // addak
  ['\u0A4D', ''], // virama
  ['\u0A03', ''], // visarga
  ['\u0A51', ''], // udaat
  ['\u0A75', ''], // yakash
  ['\u200C', ''], // zero-width non-joiner
  ['\u200D', ''], // zero-width joiner
  ['\u0A40', '\u0A3F'], // ੀ -> ਿ
  ['\u0A42', '\u0A41'], // ੂ -> ੁ
  ['\u0A48', '\u0A47'], // ੈ -> ੇ
  ['\u0A4C', '\u0A4B'], // ੌ -> ੋ
  ['\u0A08', '\u0A07'], // ਈ -> ਇ
  ['\u0A0A', '\u0A09'], // ਊ -> ਉ
  ['\u0A10', '\u0A0F'], // ਐ -> ਏ
  ['\u0A14', '\u0A13'], // ਔ -> ਓ
  ['\u0A23', '\u0A28'], // ਣ -> ਨ
  ['\u0964', ' '], // danda
  ['\u0965', ' '], // double danda
  ...Array.from({ length: 10 }, (_, d): [string, string] => [String.fromCharCode(0x0a66 + d), String(d)]),
]);

/** Vowel carrier + vowel sign, after the signs above are folded: ੲਿ -> ਇ, ੲੇ -> ਏ, ੳੁ -> ਉ, ੳੋ -> ਓ, ਅਾ -> ਆ, ਅੇ -> ਏ, ਅੋ -> ਓ. */
const CARRIERS = new Map<string, string>([
  ['\u0A72\u0A3F', '\u0A07'],
  ['\u0A72\u0A47', '\u0A0F'],
  ['\u0A73\u0A41', '\u0A09'],
  ['\u0A73\u0A4B', '\u0A13'],
  ['\u0A05\u0A3E', '\u0A06'],
  ['\u0A05\u0A47', '\u0A0F'],
  ['\u0A05\u0A4B', '\u0A13'],
]);

const isGurmukhiOrDanda = (code: number) => (code >= 0x0a00 && code <= 0x0a7f) || code === 0x0964 || code === 0x0965;

/** Gurmukhi text folded for matching (see the file comment). Text without Gurmukhi comes back unchanged. */
export function normaliseGurmukhi(text: string): string {
  let i = 0;
  while (i < text.length && !isGurmukhiOrDanda(text.charCodeAt(i))) i++;
  if (i === text.length) return text;
  const out: string[] = [];
  for (const ch of text.normalize('NFC')) {
    const folded = FOLD.get(ch) ?? ch;
    if (!folded) continue;
    const pair = out.length ? CARRIERS.get((out[out.length - 1] as string) + folded) : undefined;
    if (pair) out[out.length - 1] = pair;
    else out.push(folded);
  }
  return out.join('');
}

/** A Gurmukhi letter or sign (not a digit, not punctuation). */
const isGurmukhiLetter = (code: number) => code >= 0x0a01 && code <= 0x0a7f && !(code >= 0x0a66 && code <= 0x0a6f);

/** The Gurmukhi words of `text`, normalised. */
export function gurmukhiWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  for (const ch of normaliseGurmukhi(text)) {
    if (isGurmukhiLetter(ch.charCodeAt(0))) {
      word += ch;
    } else if (word) {
      words.push(word);
      word = '';
    }
  }
  if (word) words.push(word);
  return words;
}
