// Is a piece of Chinese written in Simplified or Traditional characters? Most characters are the same in both;
// a character tells only when OpenCC's Traditional -> Simplified table changes it (發 -> 发) and it does not also
// belong to the other script's standard character set. 台, 后, 干 and 里 are Simplified forms in OpenCC's table
// but also ordinary Traditional characters (台灣, 皇后); 乾 is Traditional for 干 but also Simplified (乾坤). The
// national character sets decide: Big5 (Traditional, without its Hong Kong extension) and GB 2312 (Simplified),
// both read once from ICU's decoders.
import { to as toSimplified } from 'opencc-js/preset/t2cn';

export interface ChineseScriptCounts {
  /** Characters only Simplified writing uses (发, 会, 么, 吗...). */
  simplified: number;
  /** Characters only Traditional writing uses (發, 會, 麼, 嗎, 係...). */
  traditional: number;
}

export type ChineseScriptVerdict = 'simplified' | 'traditional' | 'either';

/** Code points up to here are looked up in flat tables (all of the BMP and CJK extensions B-H). */
const TABLE_SIZE = 0x32000;
const SIMPLIFIED_ONLY = 1;
const TRADITIONAL_ONLY = 2;

/** Marks, in `into`, every character a national character set's two-byte codes decode to; false where ICU lacks the decoder. */
function markCharacterSet(into: Uint8Array, encoding: string, leads: Array<[number, number]>, trails: Array<[number, number]>): boolean {
  const bytes: number[] = [];
  for (const [firstLead, lastLead] of leads) {
    for (let lead = firstLead; lead <= lastLead; lead++) {
      for (const [firstTrail, lastTrail] of trails) for (let trail = firstTrail; trail <= lastTrail; trail++) bytes.push(lead, trail);
    }
  }
  let text: string;
  try {
    text = new TextDecoder(encoding).decode(Uint8Array.from(bytes));
  } catch {
    return false; // a Node.js built without full ICU: no exclusions, slightly more "mixed" verdicts
  }
  for (let i = 0; i < text.length; i++) into[text.charCodeAt(i)] = 1; // both sets are within the BMP
  return true;
}

/** Calls `visit(source, target)` for each one-character entry of OpenCC dictionaries ("發 发|髮 发|..."). */
function forEachCharacterPair(dicts: readonly (readonly unknown[])[], visit: (source: number, target: number) => void): void {
  for (const group of dicts) {
    for (const dict of group) {
      const entries = typeof dict === 'string' ? dict.split('|') : (dict as Array<[string, string]>).map(([a, b]) => `${a} ${b}`);
      for (const entry of entries) {
        const source = entry.codePointAt(0) as number;
        const width = source > 0xffff ? 2 : 1;
        if (entry.charCodeAt(width) !== 0x20) continue; // a phrase
        const target = entry.codePointAt(width + 1) as number;
        const targetEnd = width + 1 + (target > 0xffff ? 2 : 1);
        if (target !== source && (targetEnd === entry.length || entry.charCodeAt(targetEnd) === 0x20)) visit(source, target);
      }
    }
  }
}

export class ChineseScriptMarkers {
  private constructor(private readonly marks: Uint8Array) {}

  /** Builds the marker table from OpenCC's Traditional -> Simplified character table (a few milliseconds, once). */
  static build(): ChineseScriptMarkers {
    // Big5 without HKSCS: frequent (A440-C67E) and less frequent (C940-F9D5) characters.
    const big5 = new Uint8Array(0x10000);
    markCharacterSet(big5, 'big5', [[0xa4, 0xc6], [0xc9, 0xf9]], [[0x40, 0x7e], [0xa1, 0xfe]]);
    // GB 2312: rows 16-87 (lead bytes B0-F7).
    const gb2312 = new Uint8Array(0x10000);
    markCharacterSet(gb2312, 'gbk', [[0xb0, 0xf7]], [[0xa1, 0xfe]]);
    const marks = new Uint8Array(TABLE_SIZE);
    const inBig5 = (cp: number) => cp < 0x10000 && big5[cp] === 1;
    const inGb2312 = (cp: number) => cp < 0x10000 && gb2312[cp] === 1;
    forEachCharacterPair(toSimplified.cn as readonly (readonly unknown[])[], (traditional, simplified) => {
      if (traditional < TABLE_SIZE && !inGb2312(traditional)) marks[traditional] = (marks[traditional] as number) | TRADITIONAL_ONLY;
      if (simplified < TABLE_SIZE && !inBig5(simplified)) marks[simplified] = (marks[simplified] as number) | SIMPLIFIED_ONLY;
    });
    // A character marked both ways tells nothing.
    for (let cp = 0; cp < TABLE_SIZE; cp++) if (marks[cp] === (SIMPLIFIED_ONLY | TRADITIONAL_ONLY)) marks[cp] = 0;
    return new ChineseScriptMarkers(marks);
  }

  /** Counts the telling characters of `han` (Han characters, one per element or as one string). */
  count(han: Iterable<string>): ChineseScriptCounts {
    let simplified = 0;
    let traditional = 0;
    for (const ch of han) {
      const cp = ch.codePointAt(0) as number;
      const mark = cp < TABLE_SIZE ? this.marks[cp] : 0;
      if (mark === SIMPLIFIED_ONLY) simplified++;
      else if (mark === TRADITIONAL_ONLY) traditional++;
    }
    return { simplified, traditional };
  }

  /** How many characters tell each script, for the documentation and a sanity test. */
  get sizes(): { simplified: number; traditional: number } {
    let simplified = 0;
    let traditional = 0;
    for (const mark of this.marks) {
      if (mark === SIMPLIFIED_ONLY) simplified++;
      else if (mark === TRADITIONAL_ONLY) traditional++;
    }
    return { simplified, traditional };
  }
}

/** The script that has more telling characters; 'either' when neither does (好痛, 你好: the same in both). */
export function chineseScriptVerdict(counts: ChineseScriptCounts): ChineseScriptVerdict {
  if (counts.simplified > counts.traditional) return 'simplified';
  if (counts.traditional > counts.simplified) return 'traditional';
  return 'either';
}
