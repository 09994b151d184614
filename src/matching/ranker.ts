// TF-IDF cosine ranking over an inverted index (stem -> postings). Documents are single questions (and one
// "bag" per label holding all of the label's questions plus, at low weight, its answer). A label scores as
// its best document, so one good phrasing is enough; cost depends on the postings a message touches, not on
// the size of the knowledge base. Everything is computed at construction; ranking reuses its buffers.
import type { Term } from './analyzer.js';

export interface RankerDocument {
  label: string;
  terms: Term[];
  /**
   * A label's merged vocabulary (all its questions, and its answer at low weight). It is not compared by cosine
   * but gives the label's coverage: the share of the message's IDF mass that the label's words account for.
   */
  bag?: boolean;
}

export interface LabelScore {
  label: string;
  /**
   * ((1 - coverageWeight) * cosine + coverageWeight * coverage + naiveBayesWeight * posterior) / (1 + naiveBayesWeight),
   * in [0, 1].
   */
  score: number;
  /** Naive Bayes posterior of the label given the message's known words (a second, independent opinion). */
  posterior: number;
  /** Cosine similarity of the label's best question document. */
  cosine: number;
  /** Share of the message's IDF mass that the label's vocabulary accounts for. */
  coverage: number;
}

export interface RankerTuning {
  /** How much the label's coverage counts against its best single question. */
  coverageWeight: number;
  /** How much a multinomial Naive Bayes posterior over the labels' questions adds to the similarity score. */
  naiveBayesWeight: number;
}

export const DEFAULT_RANKER_TUNING: RankerTuning = { coverageWeight: 0.4, naiveBayesWeight: 0.5 };

/** Additive smoothing of the Naive Bayes word counts. */
const NB_ALPHA = 0.1;

/** Query terms below this weight (function words) only add to documents that other words already found. */
const SEED_WEIGHT = 0.5;
/**
 * In a large index, a word with long postings and low IDF ("pain" among 10,000 entries) does the same: it adds
 * to documents found by rarer words. Below this many postings every content word seeds, so small knowledge
 * bases are ranked exactly.
 */
const SEED_POSTINGS = 2000;
/**
 * Function words ("quick", "even", "still") are rare in a small index, so their IDF alone would make them weigh
 * like content words: "what even is IMS" must not be judged on "even". Their IDF is capped at this.
 */
const FUNCTION_WORD_IDF = 1;

/** IDF as a term of this weight uses it: capped for function words. */
function effectiveIdf(idf: number, weight: number): number {
  return weight < SEED_WEIGHT ? Math.min(idf, FUNCTION_WORD_IDF) : idf;
}

/**
 * Everything ranking needs, built from the documents (`buildRankerIndex`): plain data, so it can be kept between
 * starts (src/matching/matcherIndex.ts).
 */
export interface RankerIndex {
  labels: string[];
  labelOf: Int32Array;
  norms: Float64Array;
  isBag: Uint8Array;
  termIds: Map<string, number>;
  idfs: Float64Array;
  unknownIdf: number;
  // Postings of term t: documents postingDocs[postingStart[t] .. postingStart[t+1]) with their weights. Weights
  // are kept in 32 bits (seven significant digits, far finer than any score the bot compares): half the memory.
  postingStart: Int32Array;
  postingDocs: Int32Array;
  postingWeights: Float32Array;
  // Terms of document d, sorted by term id: docTermIds[docStart[d] .. docStart[d+1]) (for function-word look-ups).
  docStart: Int32Array;
  docTermIds: Int32Array;
  docTermWeights: Float32Array;
  // Naive Bayes: for term t, the labels using it, label nbLabels[k] with log((count + alpha) / alpha) for k in
  // nbStart[t] .. nbStart[t+1]; nbNorm[l] = log(words of label l + alpha * vocabulary).
  nbStart: Int32Array;
  nbLabels: Int32Array;
  nbRatios: Float64Array;
  nbNorm: Float64Array;
}

export class Ranker {
  readonly labels: string[];
  private readonly labelOf: Int32Array;
  private readonly norms: Float64Array;
  private readonly isBag: Uint8Array;
  private readonly coverageWeight: number;
  private readonly termIds: Map<string, number>;
  private readonly idfs: Float64Array;
  private readonly unknownIdf: number;
  private readonly postingStart: Int32Array;
  private readonly postingDocs: Int32Array;
  private readonly postingWeights: Float32Array;
  private readonly docStart: Int32Array;
  private readonly docTermIds: Int32Array;
  private readonly docTermWeights: Float32Array;
  private readonly nbStart: Int32Array;
  private readonly nbLabels: Int32Array;
  private readonly nbRatios: Float64Array;
  private readonly nbNorm: Float64Array;
  private readonly naiveBayesWeight: number;
  private readonly labelNb: Float64Array;
  // Scratch buffers for `rank`: no allocation proportional to the index per message.
  private readonly accumulator: Float64Array;
  private readonly touched: Int32Array;
  private readonly labelBest: Float64Array;
  private readonly labelCoverage: Float64Array;
  private readonly labelTouched: Int32Array;

  /** From the documents (not kept: their texts and terms are several megabytes), or from an index built before. */
  constructor(source: RankerDocument[] | RankerIndex, tuning: RankerTuning = DEFAULT_RANKER_TUNING) {
    const index = Array.isArray(source) ? buildRankerIndex(source) : source;
    this.labels = index.labels;
    this.labelOf = index.labelOf;
    this.norms = index.norms;
    this.isBag = index.isBag;
    this.termIds = index.termIds;
    this.idfs = index.idfs;
    this.unknownIdf = index.unknownIdf;
    this.postingStart = index.postingStart;
    this.postingDocs = index.postingDocs;
    this.postingWeights = index.postingWeights;
    this.docStart = index.docStart;
    this.docTermIds = index.docTermIds;
    this.docTermWeights = index.docTermWeights;
    this.nbStart = index.nbStart;
    this.nbLabels = index.nbLabels;
    this.nbRatios = index.nbRatios;
    this.nbNorm = index.nbNorm;
    this.coverageWeight = tuning.coverageWeight;
    this.naiveBayesWeight = tuning.naiveBayesWeight;
    const labelCount = index.labels.length;
    this.labelNb = new Float64Array(labelCount);
    this.accumulator = new Float64Array(index.labelOf.length);
    this.touched = new Int32Array(index.labelOf.length);
    this.labelBest = new Float64Array(labelCount);
    this.labelCoverage = new Float64Array(labelCount);
    this.labelTouched = new Int32Array(labelCount);
  }

  /** The index, as data (to keep between starts). */
  index(): RankerIndex {
    const { labels, labelOf, norms, isBag, termIds, idfs, unknownIdf, postingStart, postingDocs, postingWeights, docStart, docTermIds, docTermWeights, nbStart, nbLabels, nbRatios, nbNorm } = this;
    return { labels, labelOf, norms, isBag, termIds, idfs, unknownIdf, postingStart, postingDocs, postingWeights, docStart, docTermIds, docTermWeights, nbStart, nbLabels, nbRatios, nbNorm };
  }

  /** IDF of a stem; words the index has never seen get the highest IDF (as rare as it gets). */
  idf(stem: string): number {
    const id = this.termIds.get(stem);
    return id === undefined ? this.unknownIdf : (this.idfs[id] as number);
  }

  /** The `limit` best labels for the query, best first, by their best document's cosine. */
  rank(query: readonly Term[], limit = 8): LabelScore[] {
    let queryNorm = 0;
    // Sum of weight * idf^2: what the coverage of a label is a share of.
    let queryMass = 0;
    let knownMass = 0;
    let touchedCount = 0;
    const { accumulator, touched, postingStart, postingDocs, postingWeights } = this;
    // Content words find the documents; function words (low weight) only add to documents already found, so a
    // "the" or "is" never walks postings as long as the whole index (the difference at 10,000 entries).
    const seeding = this.seedingTerms(query);
    for (let pass = 0; pass < 2; pass++) {
      for (let q = 0; q < query.length; q++) {
        const term = query[q] as Term;
        const seeds = seeding[q] === 1;
        if (seeds !== (pass === 0)) continue;
        const id = this.termIds.get(term.stem);
        const idf = effectiveIdf(id === undefined ? this.unknownIdf : (this.idfs[id] as number), term.weight);
        const weight = term.weight * idf;
        queryNorm += weight * weight;
        queryMass += weight * idf;
        if (id === undefined) continue;
        knownMass += weight * idf;
        const from = postingStart[id] as number;
        const to = postingStart[id + 1] as number;
        if (seeds) {
          for (let p = from; p < to; p++) {
            const doc = postingDocs[p] as number;
            if (accumulator[doc] === 0) touched[touchedCount++] = doc;
            accumulator[doc] = (accumulator[doc] as number) + weight * (postingWeights[p] as number);
          }
        } else if (to - from <= 8 * touchedCount) {
          for (let p = from; p < to; p++) {
            const doc = postingDocs[p] as number;
            if (accumulator[doc] !== 0) accumulator[doc] = (accumulator[doc] as number) + weight * (postingWeights[p] as number);
          }
        } else {
          for (let t = 0; t < touchedCount; t++) {
            const doc = touched[t] as number;
            const termWeight = this.documentWeight(doc, id);
            if (termWeight > 0) accumulator[doc] = (accumulator[doc] as number) + weight * termWeight;
          }
        }
      }
    }
    queryNorm = Math.sqrt(queryNorm);

    let labelsTouched = 0;
    const { labelBest, labelCoverage, labelTouched } = this;
    for (let t = 0; t < touchedCount; t++) {
      const doc = touched[t] as number;
      const value = accumulator[doc] as number;
      accumulator[doc] = 0;
      const label = this.labelOf[doc] as number;
      if (labelBest[label] === 0 && labelCoverage[label] === 0) labelTouched[labelsTouched++] = label;
      if (this.isBag[doc]) {
        labelCoverage[label] = queryMass > 0 ? Math.min(1, value / queryMass) : 0;
        continue;
      }
      const norm = this.norms[doc] as number;
      const cosine = norm > 0 && queryNorm > 0 ? Math.min(1, value / (norm * queryNorm)) : 0;
      if (cosine > (labelBest[label] as number)) labelBest[label] = cosine;
    }

    const logZ = this.naiveBayesWeight > 0 ? this.naiveBayes(query) : 0;

    // Partial selection of the best `limit` labels (limit is small).
    const result: LabelScore[] = [];
    const w = this.coverageWeight;
    // Naive Bayes only sees known words; words the index never saw ("rain", "vancouver") dilute its say.
    const nb = this.naiveBayesWeight;
    const knownShare = queryMass > 0 ? knownMass / queryMass : 0;
    for (let t = 0; t < labelsTouched; t++) {
      const label = labelTouched[t] as number;
      const cosine = labelBest[label] as number;
      const coverage = labelCoverage[label] as number;
      const posterior = nb > 0 ? Math.exp((this.labelNb[label] as number) - logZ) : 0;
      labelBest[label] = 0;
      labelCoverage[label] = 0;
      const score = ((1 - w) * cosine + w * coverage + nb * knownShare * posterior) / (1 + nb);
      if (score <= 0) continue;
      if (result.length < limit || score > (result[result.length - 1] as LabelScore).score) {
        const entry = { label: this.labels[label] as string, score, posterior, cosine, coverage };
        let at = result.length;
        while (at > 0 && (result[at - 1] as LabelScore).score < score) at--;
        result.splice(at, 0, entry);
        if (result.length > limit) result.pop();
      }
    }
    return result;
  }

  /**
   * Fills labelNb with each label's Naive Bayes log-score for the message's known words and returns the log of
   * their normaliser, so exp(labelNb[l] - result) is label l's posterior (uniform prior over labels).
   */
  private naiveBayes(query: readonly Term[]): number {
    const { labelNb, nbNorm, nbStart, nbLabels, nbRatios } = this;
    let mass = 0;
    for (const term of query) if (this.termIds.has(term.stem)) mass += term.weight;
    for (let l = 0; l < labelNb.length; l++) labelNb[l] = -mass * (nbNorm[l] as number);
    for (const term of query) {
      const id = this.termIds.get(term.stem);
      if (id === undefined) continue;
      for (let k = nbStart[id] as number; k < (nbStart[id + 1] as number); k++) {
        const label = nbLabels[k] as number;
        labelNb[label] = (labelNb[label] as number) + term.weight * (nbRatios[k] as number);
      }
    }
    let max = -Infinity;
    for (let l = 0; l < labelNb.length; l++) if ((labelNb[l] as number) > max) max = labelNb[l] as number;
    let sum = 0;
    for (let l = 0; l < labelNb.length; l++) sum += Math.exp((labelNb[l] as number) - max);
    return max + Math.log(sum);
  }

  /** 1 for the query terms that walk their postings, 0 for those that only add to documents found already. */
  private seedingTerms(query: readonly Term[]): Uint8Array {
    const seeding = new Uint8Array(query.length);
    let best = -1;
    let bestIdf = -1;
    let any = false;
    query.forEach((term, q) => {
      const id = this.termIds.get(term.stem);
      if (id === undefined) return;
      const idf = this.idfs[id] as number;
      const postings = (this.postingStart[id + 1] as number) - (this.postingStart[id] as number);
      const content = term.weight >= SEED_WEIGHT;
      if (content && (postings <= SEED_POSTINGS || idf >= 0.5 * this.unknownIdf)) {
        seeding[q] = 1;
        any = true;
      }
      if (term.weight * idf > bestIdf) {
        bestIdf = term.weight * idf;
        best = q;
      }
    });
    // Only common words: the most specific one finds the documents.
    if (!any && best >= 0) seeding[best] = 1;
    return seeding;
  }

  /** Weight of term `id` in document `doc` (binary search in the document's sorted terms), 0 if absent. */
  private documentWeight(doc: number, id: number): number {
    let lo = this.docStart[doc] as number;
    let hi = (this.docStart[doc + 1] as number) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = this.docTermIds[mid] as number;
      if (at === id) return this.docTermWeights[mid] as number;
      if (at < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }
}

/** The index of the documents: IDF, postings, each document's terms and the Naive Bayes counts. */
export function buildRankerIndex(documents: RankerDocument[]): RankerIndex {
  const labels: string[] = [];
  const termIds = new Map<string, number>();
  const labelIndex = new Map<string, number>();
  const labelOf = new Int32Array(documents.length);
  let termCount = 0;
  documents.forEach((document, i) => {
    let index = labelIndex.get(document.label);
    if (index === undefined) {
      index = labels.length;
      labelIndex.set(document.label, index);
      labels.push(document.label);
    }
    labelOf[i] = index;
    for (const term of document.terms) {
      if (!termIds.has(term.stem)) termIds.set(term.stem, termIds.size);
      termCount++;
    }
  });

  // Document frequency counts labels, not documents: a word in every phrasing of one topic is that topic's word.
  const terms = termIds.size;
  const labelFrequency = new Int32Array(terms);
  const lastLabel = new Int32Array(terms).fill(-1);
  const postingCount = new Int32Array(terms);
  // Documents of one label are contiguous or not: count each (term, label) pair once via a seen-set per label.
  const seen = new Set<number>();
  documents.forEach((document, i) => {
    const label = labelOf[i] as number;
    for (const term of document.terms) {
      const id = termIds.get(term.stem) as number;
      postingCount[id] = (postingCount[id] as number) + 1;
      if (lastLabel[id] === label) continue;
      const key = id * labels.length + label;
      lastLabel[id] = label;
      if (seen.has(key)) continue;
      seen.add(key);
      labelFrequency[id] = (labelFrequency[id] as number) + 1;
    }
  });
  const labelCount = labels.length;
  const idf = (df: number) => Math.log(1 + (labelCount - df + 0.5) / (df + 0.5));
  const idfs = new Float64Array(terms);
  for (let id = 0; id < terms; id++) idfs[id] = idf(labelFrequency[id] as number);
  const unknownIdf = idf(0);

  const postingStart = new Int32Array(terms + 1);
  for (let id = 0; id < terms; id++) postingStart[id + 1] = (postingStart[id] as number) + (postingCount[id] as number);
  const postingDocs = new Int32Array(termCount);
  const postingWeights = new Float32Array(termCount);
  const fill = postingStart.slice(0, terms);
  const docStart = new Int32Array(documents.length + 1);
  const docTermIds = new Int32Array(termCount);
  const docTermWeights = new Float32Array(termCount);
  const norms = new Float64Array(documents.length);
  const isBag = new Uint8Array(documents.length);
  let at = 0;
  documents.forEach((document, i) => {
    let norm = 0;
    const own = document.terms
      .map((term) => ({ id: termIds.get(term.stem) as number, weight: term.weight }))
      .sort((a, b) => a.id - b.id);
    docStart[i] = at;
    for (const { id, weight: termWeight } of own) {
      const weight = termWeight * effectiveIdf(idfs[id] as number, termWeight);
      norm += weight * weight;
      const slot = fill[id] as number;
      fill[id] = slot + 1;
      postingDocs[slot] = i;
      postingWeights[slot] = weight;
      docTermIds[at] = id;
      docTermWeights[at] = weight;
      at++;
    }
    norms[i] = Math.sqrt(norm);
    isBag[i] = document.bag ? 1 : 0;
  });
  docStart[documents.length] = at;

  // Naive Bayes counts: each question document adds its term weights to its label; from the bag, only the
  // answer's own words (weight below 1) count, as a little evidence that the label is about them.
  const counts = new Map<number, number>();
  const labelWords = new Float64Array(labelCount);
  documents.forEach((document, i) => {
    const label = labelOf[i] as number;
    for (const term of document.terms) {
      if (document.bag && term.weight >= 1) continue;
      const key = (termIds.get(term.stem) as number) * labelCount + label;
      counts.set(key, (counts.get(key) ?? 0) + term.weight);
      labelWords[label] = (labelWords[label] as number) + term.weight;
    }
  });
  const keys = [...counts.keys()].sort((a, b) => a - b);
  const nbStart = new Int32Array(terms + 1);
  const nbLabels = new Int32Array(keys.length);
  const nbRatios = new Float64Array(keys.length);
  keys.forEach((key, k) => {
    const id = Math.floor(key / labelCount);
    nbStart[id + 1] = k + 1;
    nbLabels[k] = key % labelCount;
    nbRatios[k] = Math.log(((counts.get(key) as number) + NB_ALPHA) / NB_ALPHA);
  });
  for (let id = 1; id <= terms; id++) nbStart[id] = Math.max(nbStart[id] as number, nbStart[id - 1] as number);
  const nbNorm = new Float64Array(labelCount);
  for (let l = 0; l < labelCount; l++) nbNorm[l] = Math.log((labelWords[l] as number) + NB_ALPHA * terms);
  return { labels, labelOf, norms, isBag, termIds, idfs, unknownIdf, postingStart, postingDocs, postingWeights, docStart, docTermIds, docTermWeights, nbStart, nbLabels, nbRatios, nbNorm };
}
