// Corrects a misspelt word to the closest word the knowledge base itself uses ("accupuncture" -> "acupuncture").
// Bounded Damerau-Levenshtein (optimal string alignment) with a limit that grows with word length, so short
// words are never "corrected" into other short words. Each word is looked up once; results are cached.

/**
 * Edits allowed for a word of this length: none up to 2 letters, 1 up to 7, then 2. A candidate must itself
 * allow an edit, so a 3-letter word can only grow into a longer one ("lik" -> "like", never "age" -> "ace").
 */
export function editLimit(length: number): number {
  if (length <= 2) return 0;
  if (length === 3) return 1;
  if (length <= 7) return 1;
  return 2;
}

/** Three rows of the distance table, reused by every call (the longest word seen so far sets their width). */
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** Optimal-string-alignment distance, or `limit + 1` as soon as it must exceed `limit`. */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  if (rows[0]!.length < width) rows = [new Int32Array(width), new Int32Array(width), new Int32Array(width)];
  let [previous2, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, previous2[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previous2, previous, current] = [previous, current, previous2];
  }
  return previous[b.length]!;
}

/** The letters a-z a word holds, one bit each. */
function letterSet(word: string): number {
  let set = 0;
  for (let i = 0; i < word.length; i++) set |= 1 << (word.charCodeAt(i) - 97);
  return set;
}

function bitCount(set: number): number {
  let n = set - ((set >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * A lower bound of the distance from the letters alone: each letter one word has and the other lacks takes an edit
 * of its own. Cheaper than the table by far, and most of the vocabulary is more than one or two edits away.
 */
function letterBound(a: number, b: number): number {
  return Math.max(bitCount(a & ~b), bitCount(b & ~a));
}

export class SpellingCorrector {
  private readonly byLength = new Map<number, Array<{ word: string; letters: number }>>();
  private readonly cache = new Map<string, string | null>();

  /** `words`: the vocabulary with a frequency (more frequent wins ties). */
  constructor(
    private readonly words: ReadonlyMap<string, number>,
    private readonly maxCacheSize = 20_000,
    /** Edits allowed for a word of this length (default editLimit). */
    private readonly limitFor: (length: number) => number = editLimit,
  ) {
    for (const word of words.keys()) {
      if (!/^[a-z]{3,}$/.test(word)) continue;
      const bucket = this.byLength.get(word.length) ?? [];
      bucket.push({ word, letters: letterSet(word) });
      this.byLength.set(word.length, bucket);
    }
  }

  /** The vocabulary word closest to `word` within the length-dependent limit, or undefined. */
  correct(word: string): string | undefined {
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.search(word);
    // A bounded cache: a flood of random words cannot grow memory without limit.
    if (this.cache.size >= this.maxCacheSize) this.cache.clear();
    this.cache.set(word, found ?? null);
    return found;
  }

  private search(word: string): string | undefined {
    const limit = this.limitFor(word.length);
    if (limit === 0 || !/^[a-z]+$/.test(word)) return undefined;
    let best: string | undefined;
    let bestDistance = limit + 1;
    let bestSharesFirstLetter = false;
    const letters = letterSet(word);
    for (let length = word.length - limit; length <= word.length + limit; length++) {
      // A candidate must itself be long enough to allow this many edits: "pian" -> "pain", not "in" -> "ink".
      const allowed = Math.min(limit, length <= 3 ? 0 : editLimit(length));
      if (allowed === 0) continue;
      for (const { word: candidate, letters: candidateLetters } of this.byLength.get(length) ?? []) {
        const sharesFirstLetter = candidate.charCodeAt(0) === word.charCodeAt(0);
        // Short words with a different first letter are too easily another word ("alot" is not "slot").
        if (!sharesFirstLetter && word.length <= 5) continue;
        const bound = Math.min(allowed, bestDistance);
        if (letterBound(letters, candidateLetters) > bound) continue;
        const distance = boundedDistance(word, candidate, bound);
        if (distance > allowed) continue;
        // Ties: people rarely get the first letter wrong; then the word the knowledge base uses more often.
        const better =
          distance < bestDistance ||
          (distance === bestDistance &&
            (sharesFirstLetter !== bestSharesFirstLetter
              ? sharesFirstLetter
              : (this.words.get(candidate) ?? 0) > (this.words.get(best ?? '') ?? 0)));
        if (better) {
          best = candidate;
          bestDistance = distance;
          bestSharesFirstLetter = sharesFirstLetter;
        }
      }
    }
    return best;
  }
}
