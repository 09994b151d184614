// Building blocks for the word lists in each script. Latin and Gurmukhi words are matched whole
// (a Latin word may touch Chinese characters: "ICBC的"); Chinese has no spaces, so Han phrases
// are matched anywhere.

const LATIN_EDGE_BEFORE = '(?<![A-Za-z0-9À-ɏ])';
const LATIN_EDGE_AFTER = '(?![A-Za-z0-9À-ɏ])';
const GURMUKHI_EDGE_BEFORE = '(?<![\\u0A00-\\u0A7F])';
const GURMUKHI_EDGE_AFTER = '(?![\\u0A00-\\u0A7F])';

/**
 * Latin phrases (regex sources) as whole words; a space also matches a hyphen or nothing ("self
 * pay", "self-pay", "selfpay") and an apostrophe is optional and may be curly ("don't", "dont", "don’t").
 */
export function latin(...phrases: string[]): string {
  const tolerant = phrases.map((p) => p.replace(/ /g, '[\\s-]*').replace(/'/g, "['’]?"));
  return `${LATIN_EDGE_BEFORE}(?:${tolerant.join('|')})${LATIN_EDGE_AFTER}`;
}

// Letters with a nukta exist precomposed (ਸ਼) and as letter + nukta (ਸ + ਼); people also leave the nukta out.
const NUKTA = '\u0A3C';
const PRECOMPOSED: Record<string, string> = { '\u0A36': '\u0A38', '\u0A59': '\u0A16', '\u0A5A': '\u0A17', '\u0A5B': '\u0A1C', '\u0A5E': '\u0A2B', '\u0A33': '\u0A32' };
const COMPOSED_FROM_BASE = Object.fromEntries(Object.entries(PRECOMPOSED).map(([composed, base]) => [base, composed]));

/**
 * Gurmukhi phrases (regex sources) as whole words, tolerant of the spellings people type: nukta
 * letters either way or without the nukta, and the addak (ੱ) and bindi/tippi (ਂ ੰ) optional
 * ("ਬੁੱਧਵਾਰ" / "ਬੁਧਵਾਰ", "ਨਹੀਂ" / "ਨਹੀ"). Gurmukhi letters are not regex syntax, so sources stay valid.
 */
export function gurmukhi(...phrases: string[]): string {
  const tolerant = phrases.map((phrase) => {
    const decomposed = [...phrase].map((ch) => (PRECOMPOSED[ch] ? PRECOMPOSED[ch] + NUKTA : ch)).join('');
    let out = '';
    const chars = [...decomposed];
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i] as string;
      if (chars[i + 1] === NUKTA) {
        const composed = COMPOSED_FROM_BASE[ch];
        out += composed ? `(?:${ch}${NUKTA}?|${composed})` : `${ch}${NUKTA}?`;
        i++;
      } else if (ch === '\u0A71') out += '\u0A71?';
      else if (ch === '\u0A02' || ch === '\u0A70') out += '[\u0A02\u0A70]?';
      else out += ch.replace(/ /g, '\\s*');
    }
    return out;
  });
  return `${GURMUKHI_EDGE_BEFORE}(?:${tolerant.join('|')})${GURMUKHI_EDGE_AFTER}`;
}

/** Han phrases (regex sources), matched anywhere. */
export function han(...phrases: string[]): string {
  return `(?:${phrases.join('|')})`;
}

/** One case-insensitive, Unicode-aware pattern from alternatives in any script. */
export function anyOf(...sources: string[]): RegExp {
  return new RegExp(sources.join('|'), 'iu');
}

export const HAN = /\p{Script=Han}/u;
export const GURMUKHI = /[\u0A00-\u0A7F]/;
