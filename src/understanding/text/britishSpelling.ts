// Canadian and British spellings of words the dictionaries know in their American form ("sceptic", "oedema",
// "haemorrhage", "paralysed"): read as that form rather than "corrected" into the nearest other word ("sceptic" is
// not "septic").

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^sc(?=ep)/, 'sk'],
  [/ae/g, 'e'],
  [/oe(?=[a-z])/g, 'e'],
  [/our(?=s?$|ed$|ing$|ite)/, 'or'],
  [/tre(?=s?$)/, 'ter'],
  [/ys(?=e[ds]?$|ing$)/, 'yz'],
  [/is(?=e[ds]?$|ing$|ation)/, 'iz'],
  [/ll(?=ed$|ing$)/, 'l'],
];

/** The American forms a word may be the British spelling of, most likely first (none when it is no such spelling). */
export function americanSpellings(word: string): string[] {
  const out: string[] = [];
  let all = word;
  for (const [pattern, replacement] of RULES) {
    const one = word.replace(pattern, replacement);
    if (one !== word) out.push(one);
    all = all.replace(pattern, replacement);
  }
  if (all !== word && !out.includes(all)) out.unshift(all);
  return out;
}
