// "aj kal" (today tomorrow) said together is one word in romanized Punjabi and Hindi: these days. Read apart, its
// words ask for a visit ("aj kal vehle haan, roz aa sakde?" asks how often one may come, not when).

/** Romanized "aj kal", "ajj kal", "aajkal" (a regular expression's source, for patterns that include it). */
export const ROMANIZED_NOWADAYS_PATTERN = '\\ba+jj?[ -]?kal+h?\\b';
const ROMANIZED_NOWADAYS = new RegExp(ROMANIZED_NOWADAYS_PATTERN, 'giu');

/** The text with romanized "aj kal" written as the English word, for the intent readers. */
export function foldNowadays(text: string): string {
  return text.replace(ROMANIZED_NOWADAYS, 'nowadays');
}
