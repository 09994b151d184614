// Which of the knowledge base's phrasings a person's words belong with (knowledge/phrasings/<form>/: en, pa,
// pa-Latn, zh), and how to compare and group words in each: the review groups questions per language and
// suggests each for its own language's file, never a Chinese question under an English entry.
import { LANGUAGE_FORMS, type LanguageForm } from '../kb/schema.js';
import type { InsightsKnowledge } from '../kb/serving.js';
import { normalizeTokens } from '../matching/normalize.js';
import { tokeniseForMatching } from '../understanding/language/tokenise.js';

export { LANGUAGE_FORMS, type LanguageForm };

/** How the review names each form. */
export const FORM_NAMES: Readonly<Record<LanguageForm, string>> = {
  en: 'English',
  pa: 'Punjabi (Gurmukhi)',
  'pa-Latn': 'Punjabi in Latin letters',
  zh: 'Chinese (either script)',
};

const count = (text: string, script: RegExp) => text.match(script)?.length ?? 0;

/**
 * The form of a question: its main script, and for Latin letters the language the bot answered in (romanized
 * Punjabi is answered in Punjabi; English typed in a Punjabi or Chinese conversation stays English). A Chinese
 * character counts about a word (three letters); a few words of another script do not move an English question.
 */
export function phrasingsFormOf(text: string, replyLanguage?: string): LanguageForm {
  const gurmukhi = count(text, /\p{Script=Gurmukhi}/gu);
  const han = 3 * count(text, /\p{Script=Han}/gu);
  const latin = count(text, /\p{Script=Latin}/gu);
  const english = replyLanguage === undefined || replyLanguage === 'en';
  if (han > 0 && han >= gurmukhi && !(english && latin > han)) return 'zh';
  if (gurmukhi > 0 && !(english && latin > gurmukhi)) return 'pa';
  return replyLanguage === 'pa' ? 'pa-Latn' : 'en';
}

/** The same wording whatever the punctuation, case, width or script variant: "會唔會痛？" and "会不会痛" are one. */
export function wordingKeyIn(form: LanguageForm, text: string): string {
  if (form === 'en') return normalizeTokens(text).join(' ');
  return tokeniseForMatching(text)
    .tokens.map((token) => token.key ?? token.text)
    .join(' ')
    .toLowerCase();
}

/** What a question is about, for grouping: English uses the cluster's own stems; other forms their matching tokens. */
export function termsIn(form: LanguageForm): ((text: string) => string[]) | undefined {
  if (form === 'en') return undefined;
  return (text) => {
    const read = tokeniseForMatching(text);
    // Chinese is written without spaces: its character pairs carry the topic ("针灸", "痛吗").
    const words = read.tokens.filter((t) => t.script !== 'number').map((t) => (t.key ?? t.text).toLowerCase());
    return [...new Set([...words, ...read.hanBigrams])];
  };
}

/** The phrasings the knowledge base already has in a form, by label. */
export function phrasingsIn(knowledge: InsightsKnowledge | undefined, form: LanguageForm): Map<string, string[]> {
  const byLabel = new Map<string, string[]>();
  for (const set of knowledge?.phrasings ?? []) {
    if (set.language !== form) continue;
    for (const [label, texts] of Object.entries(set.phrasings)) byLabel.set(label, [...(byLabel.get(label) ?? []), ...texts]);
  }
  return byLabel;
}
