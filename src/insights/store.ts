// Insight events on the local disk: append-only JSON lines, one file per UTC day
// (DATA_DIR/insights/2025-03-14.jsonl), readable only by the bot's user (0600 files, 0700 folder).
// One line per event keeps writes cheap and a torn last line harmless: readers skip what does not parse.
// Day files make retention a matter of deleting old files (see deleteUntouchedSince), on the first
// write of a day and on a timer (startRetentionTimer), so a quiet bot forgets on time too.
// "Forget me" deletes every event of one conversation (deleteConversation): the day files that
// hold some are rewritten through a private temp file and a rename.
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { insightEventSchema, type InsightEvent, type InsightsSink } from './events.js';
import { conversationHash } from './recorder.js';

const FILE_MODE = 0o600;
const DIR_MODE = 0o700;
const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.jsonl$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What the bot, the staff page and `npm run insights` need from wherever insights are kept (files or Azure blobs). */
export interface InsightsStorage extends InsightsSink {
  read(options?: ReadOptions): Promise<InsightEvent[]>;
  deleteConversation(conversationKey: string): Promise<number>;
  deleteUntouchedSince(cutoff: Date): Promise<number>;
  startRetentionTimer(everyMs?: number, now?: () => Date): { stop(): Promise<void> };
  flush(): Promise<void>;
}

export interface ReadOptions {
  /** Only events at or after this time. */
  since?: Date;
}

export interface StoreOptions {
  /** Day files older than this are deleted, checked on the first write of each day. */
  retentionDays?: number;
}

/** Lines waiting for one write to one day file. */
interface Batch {
  day: string;
  lines: string[];
  written: Promise<void>;
}

export class InsightsStore implements InsightsStorage {
  // Appends run one after another, so lines from one process never interleave and stay in order.
  private queue: Promise<void> = Promise.resolve();
  /** The batch not yet being written: later lines of the same day join it. */
  private open: Batch | undefined;
  private dirReady: Promise<void> | undefined;
  private lastDay = '';

  constructor(
    readonly dir: string,
    private readonly options: StoreOptions = {},
  ) {}

  /** The folder DATA_DIR/insights. */
  static inDataDir(dataDir: string, options: StoreOptions = {}): InsightsStore {
    return new InsightsStore(path.join(dataDir, 'insights'), options);
  }

  /**
   * Under load many events arrive while one write is on disk: they are written together in the
   * next write (one open/append/close for all of them instead of one per event).
   */
  append(event: InsightEvent): Promise<void> {
    const line = `${JSON.stringify(event)}\n`;
    const day = dayOf(event.at);
    if (this.open?.day === day) {
      this.open.lines.push(line);
      return this.open.written;
    }
    const batch: Batch = { day, lines: [line], written: Promise.resolve() };
    batch.written = this.queue.then(async () => {
      if (this.open === batch) this.open = undefined; // from now on, new lines start the next batch
      await this.writeBatch(batch);
    });
    this.open = batch;
    this.queue = batch.written.catch(() => undefined);
    return batch.written;
  }

  private async writeBatch({ day, lines }: Batch): Promise<void> {
    await this.ensureDir();
    // mode applies when the file is created; O_APPEND writes of a few short lines are not torn by other appenders.
    await fs.appendFile(path.join(this.dir, `${day}.jsonl`), lines.join(''), { mode: FILE_MODE });
    if (day !== this.lastDay) {
      // A new day: a cheap moment to forget what is past retention, without a timer.
      this.lastDay = day;
      const { retentionDays } = this.options;
      if (retentionDays) await this.deleteUntouchedSince(new Date(Date.parse(`${day}T00:00:00Z`) - retentionDays * DAY_MS));
    }
  }

  /** Every valid event, oldest file first; lines that do not parse are skipped. */
  async read(options: ReadOptions = {}): Promise<InsightEvent[]> {
    const since = options.since?.getTime();
    const events: InsightEvent[] = [];
    for (const { day, file } of await this.dayFiles()) {
      if (since !== undefined && Date.parse(`${day}T00:00:00Z`) + DAY_MS <= since) continue;
      const text = await fs.readFile(file, 'utf8');
      for (const line of text.split('\n')) {
        const event = parseLine(line);
        if (!event) continue;
        if (since !== undefined && !(Date.parse(event.at) >= since)) continue;
        events.push(event);
      }
    }
    return events;
  }

  /** Deletes day files that ended before `cutoff`; returns how many (the ExpiringStore contract). */
  async deleteUntouchedSince(cutoff: Date): Promise<number> {
    let deleted = 0;
    for (const { day, file } of await this.dayFiles()) {
      if (Date.parse(`${day}T00:00:00Z`) + DAY_MS > cutoff.getTime()) continue;
      await fs.rm(file, { force: true });
      deleted++;
    }
    return deleted;
  }

  /** Resolves when every append made so far is written. */
  flush(): Promise<void> {
    return this.queue;
  }

  /**
   * Deletes every event recorded for one conversation (`${channelId}|${conversationId}`, the key
   * the recorder hashes); resolves with how many went. Runs between appends, never during one.
   */
  deleteConversation(conversationKey: string): Promise<number> {
    const hash = conversationHash(conversationKey);
    const work = this.queue.then(async () => {
      let removed = 0;
      for (const { file } of await this.dayFiles()) {
        const lines = (await fs.readFile(file, 'utf8')).split('\n');
        const kept = lines.filter((line) => parseLine(line)?.conversation !== hash);
        if (kept.length === lines.length) continue;
        removed += lines.length - kept.length;
        const temp = path.join(this.dir, `.${path.basename(file)}.${randomUUID()}.tmp`);
        await fs.writeFile(temp, kept.join('\n'), { mode: FILE_MODE, flag: 'wx' });
        await fs.rename(temp, file);
      }
      return removed;
    });
    this.queue = work.then(
      () => undefined,
      () => undefined,
    );
    return work;
  }

  /**
   * Deletes expired day files now and then every `everyMs` (default 6 hours) without waiting for
   * the next write. The timer never keeps the process alive; stop() ends it.
   */
  startRetentionTimer(everyMs = 6 * 60 * 60 * 1000, now: () => Date = () => new Date()): { stop(): Promise<void> } {
    const { retentionDays } = this.options;
    if (!retentionDays) return { stop: async () => undefined };
    let running: Promise<unknown> | undefined;
    const sweep = () => {
      running ??= this.deleteUntouchedSince(new Date(now().getTime() - retentionDays * DAY_MS))
        .catch(() => 0) // a failing disk is reported by the writes; the next sweep tries again
        .finally(() => {
          running = undefined;
        });
    };
    sweep();
    const timer = setInterval(sweep, everyMs).unref();
    return {
      async stop() {
        clearInterval(timer);
        await running;
      },
    };
  }

  private ensureDir(): Promise<void> {
    this.dirReady ??= (async () => {
      await fs.mkdir(this.dir, { recursive: true, mode: DIR_MODE });
      await fs.chmod(this.dir, DIR_MODE); // mkdir's mode is filtered by umask and ignored for an existing folder
    })().catch((error: unknown) => {
      this.dirReady = undefined; // try again on the next append
      throw error;
    });
    return this.dirReady;
  }

  private async dayFiles(): Promise<{ day: string; file: string }[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return names
      .map((name) => DAY_FILE.exec(name))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ day: m[1]!, file: path.join(this.dir, m[0]) }))
      .sort((a, b) => a.day.localeCompare(b.day));
  }
}

export function dayOf(at: string): string {
  const time = Date.parse(at);
  return (Number.isNaN(time) ? new Date() : new Date(time)).toISOString().slice(0, 10);
}

export function parseLine(line: string): InsightEvent | undefined {
  if (!line.trim()) return undefined;
  try {
    const parsed = insightEventSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
