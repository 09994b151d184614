// Groups questions that ask the same thing in different words, so a review shows "parking: 40
// times" as one line instead of forty. Each question becomes a set of stemmed content words
// (the matcher's normalisation, synonyms folded, filler and question words dropped), weighted by
// rarity in a background text such as the knowledge base (common words like "clinic" or "ims" say
// little about the topic). Questions are taken most frequent first; each joins the group whose
// combined words it resembles most (cosine similarity at or above the threshold) or starts a new one.
import { stemmer } from 'stemmer';
import type { SynonymGroup } from '../kb/schema.js';
import { normalizeTokens } from '../matching/normalize.js';
import { STOPWORDS } from '../matching/stopwords.js';

// Question words and fillers that shape a sentence but not its topic ("where", "is there").
const QUESTION_WORDS = new Set(
  'what where when why who whom whose which how not no yes hi hello hey there here'.split(' '),
);

export interface ClusterOptions {
  /** Minimum cosine similarity to join a group (0..1); 0.4 with a background, else 0.45. */
  threshold?: number;
  /** Other texts that set how common a word is (e.g. the knowledge base's questions). */
  background?: string[];
  /** The knowledge base's synonym groups, folded before comparing. */
  synonyms?: SynonymGroup[];
  /** What a text is about, instead of its English stems (Punjabi and Chinese questions: languageForms.ts). */
  terms?: (text: string) => string[];
}

export interface Cluster<T> {
  /** Members, most frequent wording first. */
  items: T[];
  /** The stems the group is about, most telling first. */
  terms: string[];
}

type Vector = Map<string, number>;

/** Folds synonym variants onto their term in a normalised, space-joined token string. */
function synonymFolder(groups: SynonymGroup[] = []): (joined: string) => string {
  const pairs = groups
    .flatMap((g) => g.variants.map((v) => [normalizeTokens(v).join(' '), normalizeTokens(g.term).join(' ')] as const))
    .filter(([variant]) => variant.length > 0)
    .sort((a, b) => b[0].length - a[0].length);
  return (joined) => {
    let out = ` ${joined} `;
    for (const [variant, term] of pairs) if (out.includes(` ${variant} `)) out = out.split(` ${variant} `).join(` ${term} `);
    return out.trim();
  };
}

/** Stemmed content words of a text, without duplicates. */
export function topicTerms(text: string, fold: (joined: string) => string = (s) => s): string[] {
  const tokens = fold(normalizeTokens(text).join(' ')).split(' ');
  const terms = new Set<string>();
  for (const token of tokens) {
    if (!token || STOPWORDS.has(token) || QUESTION_WORDS.has(token)) continue;
    terms.add(stemmer(token));
  }
  return [...terms];
}

/** Weight of `term` in `vector`; a stem that starts with the other counts at 80% ("park" / "parkad", "physio" / "physiotherapi"). */
function weightIn(vector: Vector, term: string): number {
  const exact = vector.get(term);
  if (exact !== undefined) return exact;
  if (term.length < 4) return 0;
  let best = 0;
  for (const [other, w] of vector) {
    if (other.length >= 4 && (other.startsWith(term) || term.startsWith(other))) best = Math.max(best, 0.8 * w);
  }
  return best;
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, w] of a) {
    na += w * w;
    dot += w * weightIn(b, t);
  }
  for (const w of b.values()) nb += w * w;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * Clusters `items` by the text `textOf` gives. Identical wordings (same words after
 * normalisation) always share a group; questions with no content words group by their exact text.
 */
export function clusterTexts<T>(items: T[], textOf: (item: T) => string, options: ClusterOptions = {}): Cluster<T>[] {
  const fold = synonymFolder(options.synonyms);
  const termsOf = options.terms ?? ((text: string) => topicTerms(text, fold));

  // Identical word sets first: "Is there parking?" and "is there parking" are one wording.
  const wordings = new Map<string, { terms: string[]; items: T[] }>();
  for (const item of items) {
    const terms = termsOf(textOf(item)).sort();
    const key = terms.length ? terms.join(' ') : `#${textOf(item).trim().toLowerCase()}`;
    const wording = wordings.get(key) ?? { terms, items: [] };
    wording.items.push(item);
    wordings.set(key, wording);
  }

  // Rarity of each stem, from the background texts only: counted over the questions themselves,
  // the most asked-about topic would weigh least. Without a background every stem weighs the same.
  const background = (options.background ?? []).map((text) => new Set(termsOf(text)));
  const df = new Map<string, number>();
  for (const terms of background) for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
  // Square root: a word the background never uses is telling, but should not outweigh the topic word.
  // Without rarity weights, shared common words ("clinic") count fully: ask for more overlap then.
  const threshold = options.threshold ?? (background.length ? 0.4 : 0.45);
  const idf = (t: string) => (background.length ? Math.sqrt(Math.log((background.length + 1) / ((df.get(t) ?? 0) + 1)) + 1) : 1);

  const ordered = [...wordings.values()].sort(
    (a, b) => b.items.length - a.items.length || a.terms.length - b.terms.length || a.terms.join(' ').localeCompare(b.terms.join(' ')),
  );
  const groups: { centroid: Vector; wordings: (typeof ordered)[number][] }[] = [];
  for (const wording of ordered) {
    const vector: Vector = new Map(wording.terms.map((t) => [t, idf(t)]));
    let best: (typeof groups)[number] | undefined;
    let bestScore = 0;
    if (vector.size > 0) {
      for (const group of groups) {
        const score = cosine(vector, group.centroid);
        if (score > bestScore) {
          best = group;
          bestScore = score;
        }
      }
    }
    if (best && bestScore >= threshold) {
      best.wordings.push(wording);
      for (const [t, w] of vector) best.centroid.set(t, (best.centroid.get(t) ?? 0) + w);
    } else {
      groups.push({ centroid: new Map(vector), wordings: [wording] });
    }
  }

  return groups
    .map((group) => ({
      items: group.wordings.flatMap((w) => w.items),
      terms: [...group.centroid.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t),
    }))
    .sort((a, b) => b.items.length - a.items.length);
}
