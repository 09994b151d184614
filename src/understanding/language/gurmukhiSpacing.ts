// Gurmukhi typed without spaces ("ਬਾਪੂਜੀਡਿੱਗਪਏਬੋਲਦੇਨਹੀਂ", father fell, not speaking) is one long token to every
// reader: no safety term, no question word. A run of Gurmukhi that is no word the knowledge base knows is split
// into the likeliest sequence of its words (a unigram model over the knowledge base's own Gurmukhi), as word
// segmenters for unspaced scripts do; a run that cannot be mostly covered by known words is left as typed.

/** A run shorter than this is a word as typed (most Gurmukhi words are 2-6 letters with their signs). */
const MIN_RUN = 7;
/** The longest word tried at each position, in UTF-16 units (signs included). */
const MAX_WORD = 14;
/** An unknown stretch costs this much per character: far more than any known word, so known words win. */
const UNKNOWN_CHAR_COST = 12;
/** A split is kept only when known words cover at least this share of the run. */
const MIN_KNOWN_SHARE = 0.75;
/**
 * Two pieces are a word the bot does not know as often as two words run together ("ਵਰਤਣੀਆਂ" is not "ਵਰਤਣੀ ਆਂ"):
 * a split into two is kept only for a run this long; three or more pieces always.
 */
const MIN_RUN_OF_TWO = 12;

const GURMUKHI_RUN = /[\u0A00-\u0A7F]+/g;
/** Vowel signs, nasal signs, nukta, virama, addak: they belong to the letter before them, never start a word. */
const SIGN = /\p{M}/u;

export class GurmukhiSpacer {
  private readonly cost = new Map<string, number>();

  /** `texts`: every Gurmukhi text the bot knows (its words are the vocabulary). */
  constructor(texts: Iterable<string>) {
    const counts = new Map<string, number>();
    let total = 0;
    for (const text of texts) {
      for (const word of text.match(GURMUKHI_RUN) ?? []) {
        counts.set(word, (counts.get(word) ?? 0) + 1);
        total++;
      }
    }
    for (const [word, count] of counts) this.cost.set(word, Math.log(total / count));
  }

  /** The text with each long unspaced Gurmukhi run split into words (unchanged when nothing is split). */
  respace(text: string): string {
    if (this.cost.size === 0 || !/[\u0A00-\u0A7F]/.test(text)) return text;
    return text.replace(GURMUKHI_RUN, (run) => (run.length >= MIN_RUN && !this.cost.has(run) ? (this.split(run) ?? run) : run));
  }

  /** The cheapest split of the run into known words (unknown letters allowed, dearly), or undefined if not worth it. */
  private split(run: string): string | undefined {
    const n = run.length;
    const best = new Float64Array(n + 1).fill(Infinity);
    const from = new Int32Array(n + 1).fill(-1);
    const known = new Uint8Array(n + 1);
    best[0] = 0;
    for (let i = 0; i < n; i++) {
      if (best[i] === Infinity || (i > 0 && SIGN.test(run[i] as string))) continue;
      for (let j = i + 1; j <= Math.min(n, i + MAX_WORD); j++) {
        if (j < n && SIGN.test(run[j] as string)) continue;
        const word = run.slice(i, j);
        const wordCost = this.cost.get(word);
        const cost = (best[i] as number) + (wordCost ?? UNKNOWN_CHAR_COST * word.length);
        if (cost < (best[j] as number)) {
          best[j] = cost;
          from[j] = i;
          known[j] = wordCost === undefined ? 0 : 1;
        }
      }
    }
    const words: string[] = [];
    let knownLength = 0;
    for (let j = n; j > 0; j = from[j] as number) {
      const i = from[j] as number;
      if (i < 0) return undefined;
      const word = run.slice(i, j);
      if (known[j]) knownLength += word.length;
      words.unshift(word);
    }
    if (words.length < 2 || (words.length === 2 && n < MIN_RUN_OF_TWO) || knownLength < MIN_KNOWN_SHARE * n) return undefined;
    return words.join(' ');
  }
}

/** Every string in a value (the knowledge base's texts, wherever they are), depth first. */
export function* stringsIn(value: unknown): Generator<string> {
  // A stack, not recursion: the knowledge base holds tens of thousands of strings, read once at start-up.
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next === 'string') {
      yield next;
      continue;
    }
    if (next === null || typeof next !== 'object' || seen.has(next)) continue;
    seen.add(next);
    const children = next instanceof Map ? [...next.values()] : Array.isArray(next) ? next : Object.values(next);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}
