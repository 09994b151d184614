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
  /** Phrase positions by their first required stem: a message is checked only against phrases that can start in it. */
  private readonly byFirstStem = new Map<string, number[]>();

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
    this.phrases.forEach(({ required }, index) => {
      const first = required[0] as string;
      const list = this.byFirstStem.get(first);
      if (list) list.push(index);
      else this.byFirstStem.set(first, [index]);
    });
  }

  /**
   * The first red flag found in the message. `alternatives` are other readings of the same message
   * (e.g. with misspellings corrected); a phrase in any of them counts.
   */
  detect(text: string, alternatives: ReadonlyArray<readonly string[]> = []): RedFlagMatch | undefined {
    const readings = [normalizeTokens(cleanMessage(text)).map(stem), ...alternatives.map((tokens) => tokens.map(stem))];
    // The earliest phrase (in safety.yaml order) found in any reading, as if each phrase were tried in turn.
    let first = this.phrases.length;
    for (const tokens of readings) {
      for (let start = 0; start < tokens.length; start++) {
        const candidates = this.byFirstStem.get(tokens[start] as string);
        if (!candidates) continue;
        for (const index of candidates) {
          if (index >= first) break; // positions are ascending
          if (this.continues(tokens, (this.phrases[index] as CompiledPhrase).required, 1, start)) first = index;
        }
      }
    }
    const phrase = this.phrases[first];
    return phrase ? { flag: phrase.flag, phrase: phrase.text } : undefined;
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
