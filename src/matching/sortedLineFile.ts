// A text file of lines sorted by their first space-separated word (WordNet's index files, 6 MB in all), searched
// where it lies: in memory only the first word of the line after every 4 kB mark, and one read of about 4 kB per
// look-up. Held as text, the index files were the largest piece of the bot's memory after its models; the bot
// looks a word up about once a message (its own words' relations are kept between starts, see relationsCache.ts).
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const BLOCK_BYTES = 4096;
const PROBE_BYTES = 512;

export class SortedLineFile {
  private readonly fd: number;
  /** The first word of each block's first line, and where that line starts; ascending. */
  private readonly keys: string[] = [];
  private readonly starts: number[] = [];
  private readonly size: number;
  private buffer = Buffer.alloc(2 * BLOCK_BYTES);

  /** Lines starting with a space (a licence header) are not entries. */
  constructor(file: string) {
    this.fd = openSync(file, 'r');
    try {
      this.size = fstatSync(this.fd).size;
    } catch (error) {
      closeSync(this.fd);
      throw error;
    }
  }

  /** The line whose first word is `key`, without its newline; undefined when there is none. */
  line(key: string): string | undefined {
    // Marked at the first look-up, not at start-up: a restart reads the bot's own words' relations from a file.
    if (this.starts.length === 0) this.markBlocks();
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid]! <= key) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return undefined;
    const text = this.read(this.starts[lo - 1]!, this.starts[lo] ?? this.size);
    const found = findSortedLine(text, 0, key);
    return found && text.slice(found.start, found.end);
  }

  close(): void {
    closeSync(this.fd);
  }

  private read(from: number, to: number): string {
    if (this.buffer.length < to - from) this.buffer = Buffer.alloc(to - from);
    const read = readSync(this.fd, this.buffer, 0, to - from, from);
    return this.buffer.toString('latin1', 0, read);
  }

  /** The first entry line starting at or after each 4 kB mark: a few small reads, not the whole file. */
  private markBlocks(): void {
    for (let mark = 0; mark < this.size; mark += BLOCK_BYTES) {
      let at = mark === 0 ? 0 : this.nextLineStart(mark);
      while (at < this.size && at >= 0) {
        const line = this.read(at, Math.min(this.size, at + PROBE_BYTES));
        if (line.charCodeAt(0) !== 32 && line.charCodeAt(0) !== 10) {
          let end = line.length;
          for (const stop of [line.indexOf(' '), line.indexOf('\n')]) if (stop >= 0 && stop < end) end = stop;
          if (at !== this.starts.at(-1)) {
            this.keys.push(line.slice(0, end));
            this.starts.push(at);
          }
          break;
        }
        at = this.nextLineStart(at + 1);
      }
    }
  }

  /** Where the first line starting after `from` begins; -1 at the end of the file. */
  private nextLineStart(from: number): number {
    for (let at = from; at < this.size; at += PROBE_BYTES) {
      const text = this.read(at, Math.min(this.size, at + PROBE_BYTES));
      const newline = text.indexOf('\n');
      if (newline >= 0) return at + newline + 1;
    }
    return -1;
  }
}

/** Bisection over text from `from` on: lines sorted by their first space-separated word. */
export function findSortedLine(text: string, from: number, key: string): { start: number; end: number; space: number } | undefined {
  let lo = from;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let start = text.lastIndexOf('\n', mid - 1) + 1;
    if (start < lo) start = lo;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let space = text.indexOf(' ', start);
    if (space < 0 || space > end) space = end;
    const word = text.slice(start, space);
    if (word === key) return { start, end, space };
    if (word < key) lo = end + 1;
    else hi = start;
  }
  return undefined;
}
