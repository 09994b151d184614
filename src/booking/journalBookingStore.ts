// The embedded BookingStore: an append-only JSON-lines journal (DATA_DIR/bookings.jsonl).
// Every change is one appended event, fsync'd before the call resolves, so once the bot has said
// "your request is in" the request survives a crash or power cut. Status changes (handled,
// notification delivery) are further events, replayed on read; nothing is rewritten in place.
// A torn last line (a crash mid-write) is skipped with a warning, and the next append starts on
// a fresh line so it cannot be glued to the fragment.
// The one rewrite is purgeExpired (retention): it writes the surviving events to a new file and
// renames it over the journal. Appends in this process wait for it; an append from another process
// (`npm run bookings` beside the bot) that lands in the replaced file is carried over by the purge
// or re-appended by the writer, so no event is lost (at worst one is written twice, which replays
// the same).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  bookingRecordSchema,
  newBookingRecordSchema,
  NOTIFICATION_CHANNELS,
  notificationStatusSchema,
  referenceSchema,
  type BookingRecord,
  type NotificationChannelName,
  type NotificationStatus,
} from './bookingRecord.js';
import { isPastRetention, ReferenceTakenError, type AddResult, type BookingStore } from './bookingStore.js';
import type { Logger } from '../logging/logger.js';

export const JOURNAL_FILE = 'bookings.jsonl';
/** A purge's temp file older than this was left by a crash mid-purge (a purge takes seconds at most). */
const ABANDONED_TEMP_MS = 60 * 60 * 1000;

const at = z.iso.datetime({ offset: true });
const journalEventSchema = z.discriminatedUnion('event', [
  z.object({ event: z.literal('booking'), at, record: bookingRecordSchema }).strict(),
  z.object({ event: z.literal('handled'), at, reference: referenceSchema }).strict(),
  z
    .object({
      event: z.literal('notification'),
      at,
      reference: referenceSchema,
      channel: z.enum(NOTIFICATION_CHANNELS),
      status: notificationStatusSchema,
    })
    .strict(),
]);
type JournalEvent = z.infer<typeof journalEventSchema>;

export interface JournalBookingStoreOptions {
  /** The folder that holds the journal (config.dataDir). Created with mode 0700. */
  dataDir: string;
  log: Pick<Logger, 'warn'>;
}

export class JournalBookingStore implements BookingStore {
  readonly file: string;
  private readonly log: Pick<Logger, 'warn'>;
  /** Appends from this process run one at a time (the newline check and the write must not interleave). */
  private queue: Promise<unknown> = Promise.resolve();

  constructor({ dataDir, log }: JournalBookingStoreOptions) {
    this.file = path.join(dataDir, JOURNAL_FILE);
    this.log = log;
  }

  async add(record: BookingRecord): Promise<AddResult> {
    const valid = newBookingRecordSchema.parse(record);
    return this.serialised(async () => {
      const existing = (await this.replay()).get(valid.reference);
      if (existing) {
        if (existing.conversationHash === valid.conversationHash) return { record: existing, created: false };
        throw new ReferenceTakenError(`reference ${valid.reference} is already used`);
      }
      await this.append({ event: 'booking', at: new Date().toISOString(), record: valid });
      return { record: valid, created: true };
    });
  }

  async list(options: { since?: Date } = {}): Promise<BookingRecord[]> {
    const since = options.since?.getTime();
    const all = [...(await this.replay()).values()];
    // Journal order breaks ties between equal timestamps: later lines are newer.
    return all
      .map((record, order) => ({ record, order, time: Date.parse(record.createdAt) }))
      .filter((r) => since === undefined || r.time >= since)
      .sort((a, b) => b.time - a.time || b.order - a.order)
      .map((r) => r.record);
  }

  async get(reference: string): Promise<BookingRecord | undefined> {
    return (await this.replay()).get(reference);
  }

  async markHandled(reference: string, when: Date = new Date()): Promise<BookingRecord | undefined> {
    return this.serialised(async () => {
      const record = (await this.replay()).get(reference);
      if (!record) return undefined;
      if (record.status === 'handled') return record;
      const event: JournalEvent = { event: 'handled', at: when.toISOString(), reference };
      await this.append(event);
      return apply(record, event);
    });
  }

  async updateNotification(reference: string, channel: NotificationChannelName, status: NotificationStatus): Promise<void> {
    const valid = notificationStatusSchema.parse(status);
    await this.serialised(() =>
      this.append({ event: 'notification', at: new Date().toISOString(), reference, channel, status: valid }),
    );
  }

  async purgeExpired(cutoff: Date): Promise<{ removed: number }> {
    return this.serialised(async () => {
      let old: fs.promises.FileHandle;
      try {
        old = await fs.promises.open(this.file, 'r');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { removed: 0 };
        throw err;
      }
      try {
        await this.removeAbandonedTempFiles();
        // Read through the handle: after the rename it still shows anything appended to this file.
        const bytes = await old.readFile();
        const records = this.fold(bytes.toString('utf8'));
        const expired = new Set([...records.values()].filter((r) => isPastRetention(r, cutoff)).map((r) => r.reference));
        if (!expired.size) return { removed: 0 };
        const survivors = new Set([...records.keys()].filter((reference) => !expired.has(reference)));
        // Whole lines only: an unfinished last line may be another process's write still in progress.
        const whole = bytes.lastIndexOf(0x0a) + 1;
        const kept = completeLines(bytes.subarray(0, whole).toString('utf8')).filter((line) => keepLine(line, survivors, expired));
        await this.replaceWith(kept);
        // What another process appended to the old file after those whole lines, up to the rename.
        const late = await readFrom(old, whole);
        const carried = completeLines(late).filter((line) => keepLine(line, survivors, expired, true));
        if (carried.length) await this.appendLines(carried);
        return { removed: expired.size };
      } finally {
        await old.close();
      }
    });
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Reads the whole journal and folds the events into the current records, keyed by reference. */
  private async replay(): Promise<Map<string, BookingRecord>> {
    let text: string;
    try {
      text = await fs.promises.readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
      throw err;
    }
    return this.fold(text);
  }

  private fold(text: string): Map<string, BookingRecord> {
    const records = new Map<string, BookingRecord>();
    const lines = text.split('\n');
    const endsClean = text.endsWith('\n');
    lines.forEach((line, index) => {
      if (!line.trim()) return;
      const lineNo = index + 1;
      const isLast = index === lines.length - 1;
      let event: JournalEvent;
      try {
        event = journalEventSchema.parse(JSON.parse(line));
      } catch {
        // Only the reference-free line number goes to the log: the line itself holds personal data.
        const torn = isLast && !endsClean;
        this.log.warn({ file: this.file, line: lineNo }, torn ? 'booking journal: torn last line ignored' : 'booking journal: unreadable line ignored');
        return;
      }
      if (event.event === 'booking') {
        if (!records.has(event.record.reference)) records.set(event.record.reference, event.record);
        return;
      }
      const record = records.get(event.reference);
      if (record) records.set(event.reference, apply(record, event));
    });
    return records;
  }

  private append(event: JournalEvent): Promise<void> {
    return this.appendLines([JSON.stringify(event)]);
  }

  private async appendLines(lines: string[]): Promise<void> {
    const dir = path.dirname(this.file);
    await ensurePrivateDir(dir);
    const text = lines.map((line) => `${line}\n`).join('');
    for (let attempt = 1; ; attempt++) {
      const existed = fs.existsSync(this.file);
      const handle = await fs.promises.open(this.file, fs.constants.O_RDWR | fs.constants.O_APPEND | fs.constants.O_CREAT, 0o600);
      let written: fs.Stats;
      try {
        const { size, mode } = await handle.stat();
        if ((mode & 0o077) !== 0) await handle.chmod(0o600);
        let prefix = '';
        if (size > 0) {
          const last = Buffer.alloc(1);
          await handle.read(last, 0, 1, size - 1);
          if (last[0] !== 0x0a) prefix = '\n';
        }
        await handle.write(prefix + text);
        await handle.sync();
        written = await handle.stat();
      } finally {
        await handle.close();
      }
      // A new file's directory entry must reach the disk too, or the whole journal could vanish.
      if (!existed) await syncDir(dir);
      // Another process's purge may have renamed a new journal over the file we wrote to: then
      // write again, to the journal that is there now.
      if ((await sameFile(this.file, written)) || attempt >= 5) return;
    }
  }

  /** Atomically replaces the journal: a private temp file, fsync'd, renamed over it, directory fsync'd. */
  private async replaceWith(lines: string[]): Promise<void> {
    const dir = path.dirname(this.file);
    const temp = path.join(dir, `${this.tempPrefix()}${process.pid}.${randomUUID()}.tmp`);
    const handle = await fs.promises.open(temp, 'wx', 0o600);
    try {
      try {
        await handle.writeFile(lines.map((line) => `${line}\n`).join(''));
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.promises.rename(temp, this.file);
    } catch (err) {
      await fs.promises.rm(temp, { force: true });
      throw err;
    }
    await syncDir(dir);
  }

  private tempPrefix(): string {
    return `.${path.basename(this.file)}.`;
  }

  /** A temp file left by a crash holds personal data too, possibly expired: it goes with the next purge. */
  private async removeAbandonedTempFiles(): Promise<void> {
    const dir = path.dirname(this.file);
    for (const name of await fs.promises.readdir(dir)) {
      if (!name.startsWith(this.tempPrefix()) || !name.endsWith('.tmp')) continue;
      const temp = path.join(dir, name);
      const stat = await fs.promises.stat(temp).catch(() => undefined);
      if (stat && Date.now() - stat.mtimeMs > ABANDONED_TEMP_MS) await fs.promises.rm(temp, { force: true });
    }
  }
}

/** The lines that were written whole; a trailing fragment is a write that never completed. */
function completeLines(text: string): string[] {
  const end = text.lastIndexOf('\n');
  return end < 0 ? [] : text.slice(0, end).split('\n').filter((line) => line.trim());
}

/**
 * Whether a journal line survives a purge. Events of surviving requests stay, byte for byte.
 * Events of expired requests go, and so do events naming no stored request (they change nothing
 * on replay) unless they arrived during the purge, and lines that are not JSON (fragments of
 * writes that never completed, which may still hold personal data). A JSON line this version
 * does not know (written by a newer one) is kept unless it names an expired request.
 */
function keepLine(line: string, survivors: Set<string>, expired: Set<string>, arrivedDuringPurge = false): boolean {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return false;
  }
  const event = journalEventSchema.safeParse(json);
  if (event.success) {
    const reference = event.data.event === 'booking' ? event.data.record.reference : event.data.reference;
    return survivors.has(reference) || (arrivedDuringPurge && !expired.has(reference));
  }
  const named = json as { reference?: unknown; record?: { reference?: unknown } } | null;
  const reference = named?.record?.reference ?? named?.reference;
  return typeof reference !== 'string' || !expired.has(reference);
}

async function readFrom(handle: fs.promises.FileHandle, position: number): Promise<string> {
  const { size } = await handle.stat();
  if (size <= position) return '';
  const buffer = Buffer.alloc(size - position);
  const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
  return buffer.subarray(0, bytesRead).toString('utf8');
}

async function sameFile(file: string, written: fs.Stats): Promise<boolean> {
  try {
    const now = await fs.promises.stat(file);
    return now.ino === written.ino && now.dev === written.dev;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
}

function apply(record: BookingRecord, event: Exclude<JournalEvent, { event: 'booking' }>): BookingRecord {
  if (event.event === 'handled') return { ...record, status: 'handled', handledAt: event.at };
  return { ...record, notifications: { ...record.notifications, [event.channel]: event.status } };
}

/** The data folder holds personal data: owner-only (0700). */
export async function ensurePrivateDir(dir: string): Promise<void> {
  await fs.promises.mkdir(dir, { recursive: true, mode: 0o700 });
  const { mode } = await fs.promises.stat(dir);
  if ((mode & 0o077) !== 0) await fs.promises.chmod(dir, 0o700);
}

async function syncDir(dir: string): Promise<void> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(dir, 'r');
    await handle.sync();
  } catch {
    // Some file systems cannot fsync a directory; the file itself is synced already.
  } finally {
    await handle?.close();
  }
}
