// Names written in Chinese characters that the knowledge base's synonyms spell out: voice typing in Mandarin
// writes the letters of "IMS" as 爱姆爱斯. Chinese has no spaces between words, so they are found as text and
// replaced by the term they stand for, which the intent readers know.
import type { SynonymGroup } from '../../kb/schema.js';

const HAN = /\p{Script=Han}/u;

export class HanNames {
  private readonly names: ReadonlyArray<readonly [variant: string, term: string]>;

  constructor(groups: readonly SynonymGroup[]) {
    // Longest first, so that a name inside a longer one is not replaced first.
    this.names = groups
      .flatMap((group) => group.variants.filter((variant) => HAN.test(variant)).map((variant) => [variant, group.term] as const))
      .sort((a, b) => b[0].length - a[0].length);
  }

  /** The text with every spelled-out name replaced by its term, set off by spaces. */
  fold(text: string): string {
    if (this.names.length === 0 || !HAN.test(text)) return text;
    let folded = text;
    for (const [variant, term] of this.names) if (folded.includes(variant)) folded = folded.replaceAll(variant, ` ${term} `);
    return folded === text ? text : folded.replace(/ {2,}/g, ' ').trim();
  }
}
