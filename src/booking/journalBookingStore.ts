// The embedded BookingStore: an append-only JSON-lines journal (DATA_DIR/bookings.jsonl).
// Every change is one appended event, fsync'd before the call resolves, so once the bot has said
// "your request is in" the request survives a crash or power cut. Status changes (handled,
// notification delivery) are further events, replayed on read; nothing is rewritten in place.
// A torn last line (a crash mid-write) is skipped with a warning, and the next append starts on
// a fresh line so it cannot be glued to the fragment.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  bookingRecordSchema,
  NOTIFICATION_CHANNELS,
  notificationStatusSchema,
  referenceSchema,
  type BookingRecord,
  type NotificationChannelName,
  type NotificationStatus,
} from './bookingRecord.js';
import { ReferenceTakenError, type AddResult, type BookingStore } from './bookingStore.js';
import type { Logger } from '../logging/logger.js';

export const JOURNAL_FILE = 'bookings.jsonl';

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
    const valid = bookingRecordSchema.parse(record);
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

  private async append(event: JournalEvent): Promise<void> {
    const dir = path.dirname(this.file);
    await ensurePrivateDir(dir);
    const line = `${JSON.stringify(event)}\n`;
    const existed = fs.existsSync(this.file);
    const handle = await fs.promises.open(this.file, fs.constants.O_RDWR | fs.constants.O_APPEND | fs.constants.O_CREAT, 0o600);
    try {
      const { size, mode } = await handle.stat();
      if ((mode & 0o077) !== 0) await handle.chmod(0o600);
      let prefix = '';
      if (size > 0) {
        const last = Buffer.alloc(1);
        await handle.read(last, 0, 1, size - 1);
        if (last[0] !== 0x0a) prefix = '\n';
      }
      await handle.write(prefix + line);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // A new file's directory entry must reach the disk too, or the whole journal could vanish.
    if (!existed) await syncDir(dir);
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
