// Spelling variants that mean the same word, folded before comparing: Gurmukhi's nukta and nasal signs,
// and Chinese characters. (Interim: the language layer replaces these with its full tables.)

const NUKTA_PAIRS: ReadonlyArray<[string, string]> = [
  ['\u0A36', '\u0A38'], // ਸ਼ -> ਸ
  ['\u0A59', '\u0A16'], // ਖ਼ -> ਖ
  ['\u0A5A', '\u0A17'], // ਗ਼ -> ਗ
  ['\u0A5B', '\u0A1C'], // ਜ਼ -> ਜ
  ['\u0A5E', '\u0A2B'], // ਫ਼ -> ਫ
  ['\u0A33', '\u0A32'], // ਲ਼ -> ਲ
];

/** A Gurmukhi word without nukta, addak and the tippi/bindi distinction. */
export function foldGurmukhi(word: string): string {
  let folded = word.normalize('NFC');
  for (const [from, to] of NUKTA_PAIRS) folded = folded.replaceAll(from, to);
  return folded
    .replace(/\u0A3C/g, '') // a separate nukta sign
    .replace(/\u0A71/g, '') // addak (gemination)
    .replace(/\u0A70/g, '\u0A02'); // tippi -> bindi
}

/** One Chinese character, as compared. */
export function foldHan(char: string): string {
  return char;
}
