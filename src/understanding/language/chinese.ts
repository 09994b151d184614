// Chinese normalised for matching, so that one index serves Simplified and Traditional, Mandarin and Cantonese:
//   NFKC: full-width letters, digits and punctuation become ASCII (ＩＭＳ -> IMS, ？ -> ?).
//   Cantonese colloquial forms -> Mandarin (會唔會 -> 会不会, 幾多 -> 多少, 點樣 -> 怎样), from the data table
//   knowledge/language-id/cantonese-to-mandarin.tsv, longest form first, before the script conversion (係 is
//   Cantonese "is", but its Simplified form 系 is also Mandarin's 关系).
//   Traditional -> Simplified with OpenCC (Hong Kong and Taiwan variants too).
// Then words with Intl.Segmenter('zh') (which keeps IMS, physio, ICBC, WorkSafe as words) and character bigrams of
// every run of Chinese characters, which still match where the segmenter cuts a phrase differently from the index.
import { ConverterFactory } from 'opencc-js/core';
import { from as fromTraditional, to as toSimplified } from 'opencc-js/preset/t2cn';
import { scriptOf } from './scripts.js';

export interface CantoneseForm {
  cantonese: string;
  mandarin: string;
}

export interface ChineseTokens {
  /** Words in order: Chinese words folded to Simplified Mandarin; Latin words and numbers as written (after NFKC). */
  words: string[];
  /** Character bigrams of each run of Chinese characters (a run of one character gives that character). */
  bigrams: string[];
}

const HAS_HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3007\u{20000}-\u{3134f}]/u;

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class ChineseFolder {
  private readonly toSimplified: (text: string) => string;
  private readonly cantonese: ReadonlyMap<string, string>;
  private readonly cantonesePattern: RegExp | undefined;
  private readonly segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

  /** Builds OpenCC's converter (Hong Kong and Taiwan variants, then Traditional -> Simplified) and the Cantonese table. */
  constructor(forms: readonly CantoneseForm[]) {
    const groups = [...(fromTraditional.hk ?? []), ...(fromTraditional.tw ?? []), ...(toSimplified.cn ?? [])];
    this.toSimplified = ConverterFactory(groups);
    const table = new Map<string, string>();
    for (const { cantonese, mandarin } of forms) {
      const key = cantonese.normalize('NFKC');
      if (!table.has(key)) table.set(key, mandarin);
      // Longer forms also match as written in Simplified characters (会唔会); single characters do not (see the table).
      const simplified = this.toSimplified(key);
      if ([...key].length > 1 && simplified !== key && !table.has(simplified)) table.set(simplified, mandarin);
    }
    this.cantonese = table;
    const keys = [...table.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.cantonesePattern = keys.length ? new RegExp(keys.map(escapeForRegExp).join('|'), 'gu') : undefined;
  }

  /** NFKC, Cantonese -> Mandarin, Traditional -> Simplified. Text without Chinese characters only gets NFKC. */
  normalise(text: string): string {
    // eslint-disable-next-line no-control-regex
    const wide = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFKC');
    if (!HAS_HAN.test(wide)) return wide;
    const mandarin = this.cantonesePattern ? wide.replace(this.cantonesePattern, (form) => this.cantonese.get(form) ?? form) : wide;
    return this.toSimplified(mandarin);
  }

  /** Words and bigrams of Chinese text (see {@link ChineseTokens}); normalises first. */
  tokens(text: string): ChineseTokens {
    return this.tokensOfNormalised(this.normalise(text));
  }

  /** As {@link tokens}, for text already through {@link normalise}. */
  tokensOfNormalised(normalised: string): ChineseTokens {
    const words: string[] = [];
    for (const { segment, isWordLike } of this.segmenter.segment(normalised)) {
      if (isWordLike) words.push(segment);
    }
    return { words, bigrams: hanBigrams(normalised) };
  }
}

/** Character bigrams of each run of Chinese characters in `text` (a run of one character gives that character). */
export function hanBigrams(text: string): string[] {
  const bigrams: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length === 1) bigrams.push(run[0] as string);
    for (let i = 0; i + 1 < run.length; i++) bigrams.push((run[i] as string) + (run[i + 1] as string));
    run = [];
  };
  for (const ch of text) {
    if (scriptOf(ch.codePointAt(0) as number) === 'han') run.push(ch);
    else flush();
  }
  flush();
  return bigrams;
}
