// Red-flag phrases from knowledge/safety.yaml, matched before anything else. A phrase matches when its words
// appear in the message in order, with at most `maxGap` other words between consecutive ones; words are
// compared as stems after normalisation, so "can't breathe", "cant breathe" and "cannot breathe" are one phrase.
// Articles, possessives, prepositions and forms of "be" in a phrase are optional: people vary them
// ("pain in my chest" ~ "pain in the chest", "thinking of hurting myself" ~ "thinking about hurting myself").
// Pronouns and negations stay required: "hurt myself" is not "hurt", "can't breathe" is not "breathe".
import type { RedFlag, Safety } from '../kb/schema.js';
import { stem } from '../matching/analyzer.js';
import { cleanMessage } from '../matching/clean.js';
import { normalizeTokens } from '../matching/normalize.js';

const OPTIONAL_WORDS = new Set([
  'a', 'an', 'the', 'my', 'your', 'his', 'her', 'our', 'their', 'some', 'any', 'this', 'that',
  'of', 'about', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'into', 'is', 'am', 'are', 'was', 'be', 'been', 'being',
]);

interface CompiledPhrase {
  flag: RedFlag;
  required: string[];
}

export interface RedFlagMatch {
  flag: RedFlag;
  phrase: string;
}

export class RedFlagDetector {
  private readonly phrases: Array<CompiledPhrase & { text: string }> = [];

  constructor(
    safety: Safety,
    private readonly maxGap = 3,
  ) {
    for (const flag of safety.redFlags) {
      for (const text of flag.phrases) {
        const tokens = normalizeTokens(text);
        let required = tokens.filter((token) => !OPTIONAL_WORDS.has(token)).map(stem);
        // A phrase is never reduced to one word: "is infected" must not fire on "risk of infection".
        if (required.length < 2 && tokens.length >= 2) required = tokens.map(stem);
        if (required.length > 0) this.phrases.push({ flag, required, text });
      }
    }
  }

  /**
   * The first red flag found in the message. `alternatives` are other readings of the same message
   * (e.g. with misspellings corrected); a phrase in any of them counts.
   */
  detect(text: string, alternatives: ReadonlyArray<readonly string[]> = []): RedFlagMatch | undefined {
    const readings = [normalizeTokens(cleanMessage(text)).map(stem), ...alternatives.map((tokens) => tokens.map(stem))];
    for (const phrase of this.phrases) {
      if (readings.some((tokens) => this.contains(tokens, phrase.required))) return { flag: phrase.flag, phrase: phrase.text };
    }
    return undefined;
  }

  private contains(tokens: readonly string[], required: readonly string[]): boolean {
    for (let start = 0; start < tokens.length; start++) {
      if (tokens[start] === required[0] && this.continues(tokens, required, 1, start)) return true;
    }
    return false;
  }

  /** Whether required[matched..] can follow position `at` within the gap limit (tries every candidate position). */
  private continues(tokens: readonly string[], required: readonly string[], matched: number, at: number): boolean {
    if (matched === required.length) return true;
    for (let j = at + 1; j <= at + 1 + this.maxGap && j < tokens.length; j++) {
      if (tokens[j] === required[matched] && this.continues(tokens, required, matched + 1, j)) return true;
    }
    return false;
  }
}
