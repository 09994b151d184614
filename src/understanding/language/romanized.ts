// A phonetic key for Punjabi and Hindi typed in Latin letters. There is no standard spelling: the same word comes
// as kithe / kitthe / kithey, hunda / honda, dard / darad, vich / wich, paise / pese, karna / krna. The key folds
// what people vary and keeps what tells words apart, so two spellings of one word meet in an index:
//   ph -> f, w -> v, z -> j, q -> k, x -> ks, c (not ch) -> k;
//   ee/ii/ea -> i, oo/uu -> u, aa -> a, ai/ae/ei/ay -> e, au/ou/ao/oa -> o, then o -> u (hunda/honda);
//   h dropped except at the start of a word (kh, th, dh, bh: aspiration is typed or not; nahi -> nai);
//   doubled letters once (kitthe -> kithe); a short "a" between two consonants dropped (darad, dard -> drd).
// Keys are lossy on purpose: short words collide ("ka", "ke"); a matcher should weigh a key match below an exact one.
// English words get keys too ("shoulder" -> "sulder"), which is harmless: the same rule runs on both sides.

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

function foldVowelPairs(word: string): string {
  return word
    .replace(/ee|ii|ea/g, 'i')
    .replace(/oo|uu/g, 'u')
    .replace(/aa/g, 'a')
    .replace(/ai|ae|ei|ay/g, 'e')
    .replace(/au|ou|ao|oa/g, 'o');
}

/** The key by rules alone (see the file comment). Words with no letter a-z come back lower-cased. */
export function phoneticKey(word: string): string {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return word.toLowerCase();
  w = w
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/c(?!h)/g, 'k')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/z/g, 'j');
  // A final y is a vowel: kithey -> kithe, paisay -> paise; "iya" is "ia" (shukriya, shukria).
  w = w.replace(/[ae]y$/, 'e').replace(/([^aeiou])y$/, '$1i').replace(/iy/g, 'i');
  w = foldVowelPairs(w);
  w = (w[0] as string) + w.slice(1).replace(/h/g, '');
  w = foldVowelPairs(w).replace(/o/g, 'u').replace(/(.)\1+/g, '$1');
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i] as string;
    if (c === 'a' && i > 0 && i < w.length - 1 && !VOWELS.has(w[i - 1] as string) && !VOWELS.has(w[i + 1] as string)) continue;
    out += c;
  }
  return out.replace(/(.)\1+/g, '$1');
}

/** Variant spellings the rules do not bring together (nhi / nahi), from knowledge/language-id/romanized-spellings.tsv. */
export class RomanizedSpellings {
  private readonly keys = new Map<string, string>();

  constructor(lines: ReadonlyArray<{ word: string; variants: readonly string[] }>) {
    for (const { word, variants } of lines) {
      const key = phoneticKey(word);
      for (const variant of variants) this.keys.set(variant.toLowerCase(), key);
    }
  }

  /** Keys already worked out: the same few thousand words come back all day. Bounded, like the matcher's stem cache. */
  private readonly cache = new Map<string, string>();

  /** The phonetic key of `word`, through the variant table first. */
  key(word: string): string {
    let key = this.cache.get(word);
    if (key === undefined) {
      key = this.keys.get(word.toLowerCase()) ?? phoneticKey(word);
      if (this.cache.size >= 20_000) this.cache.clear();
      this.cache.set(word, key);
    }
    return key;
  }
}
