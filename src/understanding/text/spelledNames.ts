// Names spelled out in another script that the knowledge base's synonyms list: voice typing in Mandarin writes the
// letters of "IMS" as 爱姆爱斯, and Punjabi writes them ਆਈਐਮਐਸ. Chinese has no spaces between words, so its names are
// found as text, anywhere, and replaced by the term they stand for, which the intent readers know. Gurmukhi has
// spaces, and its writers' phrasings teach the classifier the name in context: a Gurmukhi name is replaced only
// when it is the whole message ("ਆਈਐਮਐਸ??", as the bare "IMS??" is in English).
import type { SynonymGroup } from '../../kb/schema.js';

const HAN = /\p{Script=Han}/u;
const GURMUKHI = /\p{Script=Gurmukhi}/u;
/** What may stand around a name that is the whole message. */
const AROUND = /^[\s\p{P}\p{S}]*$/u;

type Name = readonly [variant: string, term: string];

export class SpelledNames {
  private readonly han: readonly Name[];
  private readonly gurmukhi: readonly Name[];

  constructor(groups: readonly SynonymGroup[]) {
    const names = (script: RegExp): Name[] =>
      groups
        .flatMap((group) => group.variants.filter((variant) => script.test(variant)).map((variant) => [variant.normalize('NFC'), group.term] as const))
        // Longest first, so that a name inside a longer one is not replaced first.
        .sort((a, b) => b[0].length - a[0].length);
    this.han = names(HAN);
    this.gurmukhi = names(GURMUKHI);
  }

  /** The text with its spelled-out names replaced by their terms (Chinese ones set off by spaces). */
  fold(text: string): string {
    if (this.gurmukhi.length > 0 && GURMUKHI.test(text)) {
      const whole = text.normalize('NFC');
      const alone = this.gurmukhi.find(([variant]) => whole.includes(variant) && AROUND.test(whole.replace(variant, '')));
      if (alone) return whole.replace(alone[0], alone[1]).trim();
    }
    if (this.han.length === 0 || !HAN.test(text)) return text;
    let folded = text;
    for (const [variant, term] of this.han) if (folded.includes(variant)) folded = folded.replaceAll(variant, ` ${term} `);
    return folded === text ? text : folded.replace(/ {2,}/g, ' ').trim();
  }
}
