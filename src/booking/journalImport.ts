// Before the database, bookings lived in an append-only JSON-lines journal (DATA_DIR/bookings.jsonl):
// one event per line (a booking, "handled", a notification status), replayed in order. At the
// first start with the database, the journal's requests are imported and the journal is renamed
// (bookings.jsonl.imported-<time>), never deleted. A line that cannot be read (damaged, or a torn
// last write) is never dropped: it goes to the quarantine (quarantine.ts) and an error is logged.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod-v4';
import {
  bookingRecordSchema,
  NOTIFICATION_CHANNELS,
  notificationStatusSchema,
  referenceSchema,
  type BookingRecord,
} from './bookingRecord.js';
import { quarantineLines } from './quarantine.js';

export const JOURNAL_FILE = 'bookings.jsonl';
export const IMPORTED_SUFFIX = '.imported-';

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

export interface JournalContents {
  /** Current records, keyed by reference, in journal order. */
  records: Map<string, BookingRecord>;
  /** Lines that did not parse, with their line numbers. */
  unreadable: { line: number; text: string; torn: boolean }[];
}

/** Replays journal text into records; unreadable lines are returned, not dropped. */
export function readJournal(text: string): JournalContents {
  const records = new Map<string, BookingRecord>();
  const unreadable: JournalContents['unreadable'] = [];
  const lines = text.split('\n');
  const endsClean = text.endsWith('\n');
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    let event: JournalEvent;
    try {
      event = journalEventSchema.parse(JSON.parse(line));
    } catch {
      unreadable.push({ line: index + 1, text: line, torn: index === lines.length - 1 && !endsClean });
      return;
    }
    if (event.event === 'booking') {
      if (!records.has(event.record.reference)) records.set(event.record.reference, event.record);
      return;
    }
    const record = records.get(event.reference);
    if (!record) return;
    if (event.event === 'handled') records.set(event.reference, { ...record, status: 'handled', handledAt: event.at });
    else records.set(event.reference, { ...record, notifications: { ...record.notifications, [event.channel]: event.status } });
  });
  return { records, unreadable };
}

export interface JournalImportLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface ImportResult {
  imported: number;
  quarantined: number;
  /** Where the journal now is, when there was one. */
  renamedTo?: string;
}

/**
 * Imports DATA_DIR/bookings.jsonl, if there is one, with `save` (which must store every record
 * durably before returning, skipping references it already has), quarantines the unreadable
 * lines, then renames the journal. Nothing is lost if it stops half-way: the journal is renamed
 * last, and a second import skips what the first saved.
 */
export function importJournal(dataDir: string, save: (records: BookingRecord[]) => number, log: JournalImportLog, now = new Date()): ImportResult {
  const file = path.join(dataDir, JOURNAL_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { imported: 0, quarantined: 0 };
    throw error;
  }
  const { records, unreadable } = readJournal(text);
  if (unreadable.length) {
    const place = quarantineLines(dataDir, 'bookings-journal', unreadable.map((u) => u.text), now);
    // Line numbers and the place only: the lines hold personal data.
    log.error(
      { file, lines: unreadable.map((u) => u.line), torn: unreadable.some((u) => u.torn), quarantine: place },
      'booking journal: unreadable lines moved to the quarantine; look at them and re-enter any request they hold',
    );
  }
  const imported = save([...records.values()]);
  const renamedTo = `${file}${IMPORTED_SUFFIX}${now.toISOString().replace(/[:.]/g, '-')}`;
  try {
    fs.renameSync(file, renamedTo);
    fs.chmodSync(renamedTo, 0o600);
  } catch (error) {
    // Another process (the bot beside `npm run bookings`) imported and renamed it first.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  log.info({ imported, quarantined: unreadable.length, renamedTo }, 'booking journal imported into the database');
  return { imported, quarantined: unreadable.length, renamedTo };
}

/** The renamed journals (they hold personal data too: a deletion must reach them). */
export function importedJournals(dataDir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dataDir);
  } catch {
    return [];
  }
  return names.filter((name) => name.startsWith(`${JOURNAL_FILE}${IMPORTED_SUFFIX}`)).map((name) => path.join(dataDir, name));
}

/**
 * Removes every line naming one of `references` from the renamed journals (rewritten through a
 * private temp file and a rename), so a deleted person's data does not survive in the old journal.
 */
export function eraseFromImportedJournals(dataDir: string, references: Set<string>): void {
  if (!references.size) return;
  for (const file of importedJournals(dataDir)) {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const kept = lines.filter((line) => ![...references].some((reference) => line.includes(`"${reference}"`)));
    if (kept.length === lines.length) continue;
    const temp = `${file}.tmp`;
    fs.writeFileSync(temp, kept.join('\n'), { mode: 0o600 });
    fs.renameSync(temp, file);
  }
}
