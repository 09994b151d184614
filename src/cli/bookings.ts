// `npm run bookings -- [--since DATE] [--format table|csv|json] [--handled REF] [--called-back REF]
//                     [--delete REF ...] [--purge-expired [--dry-run]]`
// Lists the booking requests newest first (with each one's status and e-mail/webhook delivery
// status), marks one called back or handled, deletes a person's requests (right to be forgotten,
// written to the staff audit log), or deletes those past retention now (the bot also does this
// daily). Reads the same configuration as the bot (DATA_DIR, STORAGE, BOOKING_RETENTION_DAYS, ...).
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { destination } from 'pino';
import { formatBookings, FORMATS, type ListFormat } from '../booking/bookingListing.js';
import { startOfDayInZone } from '../booking/clinicTime.js';
import { isPastRetention, retentionCutoff, type BookingStore } from '../booking/bookingStore.js';
import { createBookingStore, describeBookingStore } from '../booking/createBookingStore.js';
import { normaliseReference } from '../booking/reference.js';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { recordCliAudit } from '../staff/cliAudit.js';
import { loadClinic } from '../kb/load.js';
import { createLogger } from '../logging/logger.js';

const USAGE = `Usage: npm run bookings -- [options]

Lists booking requests taken by the bot, newest first.

Options:
  --since DATE        only requests received on or after DATE (YYYY-MM-DD in the clinic's time zone,
                      or an ISO date-time such as 2025-11-24T09:00:00-08:00)
  --format FORMAT     table (default), csv or json
  --handled REF       mark request REF (e.g. NPC-7K3F9Q) as handled
  --called-back REF   mark request REF as called back
  --delete REF        delete request REF for good (a person's right to be forgotten); may be
                      repeated; recorded in the staff audit log without the deleted data
  --purge-expired     delete requests last used (handled, or else received) more than
                      BOOKING_RETENTION_DAYS (default 400) days ago; the bot also does this daily
  --dry-run           with --purge-expired: only count them, delete nothing
  -h, --help          show this help

Reads DATA_DIR (default ./data) like the bot; STORAGE=blob reads the Azure bookings container.`;

export interface CliIo {
  env: NodeJS.ProcessEnv;
  cwd: string;
  out: (text: string) => void;
  err: (text: string) => void;
  /** Clock for --purge-expired (tests). */
  now?: () => Date;
}

const DEFAULT_TIME_ZONE = 'America/Vancouver';

function parseSince(value: string, timeZone: string): Date | undefined {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) return startOfDayInZone(Number(day[1]), Number(day[2]), Number(day[3]), timeZone);
  const instant = new Date(value);
  return /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(instant.getTime()) ? instant : undefined;
}

/** Runs the command; resolves with the exit code (0 ok, 1 failure, 2 usage error). */
export async function runBookingsCli(argv: string[], io: CliIo): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        since: { type: 'string' },
        format: { type: 'string', default: 'table' },
        handled: { type: 'string' },
        'called-back': { type: 'string' },
        delete: { type: 'string', multiple: true },
        'purge-expired': { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (err) {
    io.err(`${(err as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  if (args['dry-run'] && !args['purge-expired']) {
    io.err(`--dry-run only goes with --purge-expired\n`);
    return 2;
  }
  const actions = [args.handled, args['called-back'], args.delete, args['purge-expired'] || undefined].filter((a) => a !== undefined);
  if (actions.length > 1 || (actions.length && args.since !== undefined)) {
    io.err(`--purge-expired, --handled, --called-back and --delete cannot be combined (one at a time), nor go with --since\n`);
    return 2;
  }
  const format = args.format as ListFormat;
  if (!FORMATS.includes(format)) {
    io.err(`--format must be one of ${FORMATS.join(', ')}, got "${args.format}"\n`);
    return 2;
  }

  let config;
  try {
    config = loadConfig(io.env, io.cwd);
  } catch (err) {
    if (err instanceof ConfigError) {
      io.err(`${err.message}\n`);
      return 1;
    }
    throw err;
  }
  let timeZone = DEFAULT_TIME_ZONE;
  try {
    timeZone = (await loadClinic(config.clinicConfigPath)).timeZone;
  } catch {
    io.err(`note: could not read ${config.clinicConfigPath}; showing times in ${DEFAULT_TIME_ZONE}\n`);
  }
  // Warnings (e.g. a torn journal line) go to stderr, so --format json stays clean on stdout.
  const log = createLogger(config.logLevel === 'silent' ? 'silent' : 'warn', destination(2));
  const store = createBookingStore(config, log);
  try {
    return await runWithStore(store, args, { io, config, format, timeZone });
  } finally {
    await store.close?.();
  }
}

interface RunContext {
  io: CliIo;
  config: Config;
  format: ListFormat;
  timeZone: string;
}

async function runWithStore(
  store: BookingStore,
  args: { since?: string; handled?: string; 'called-back'?: string; delete?: string[]; 'purge-expired': boolean; 'dry-run': boolean },
  { io, config, format, timeZone }: RunContext,
): Promise<number> {
  // Data the store could not read is kept aside, never dropped: say so on every run.
  const quarantined = await store.quarantine();
  if (quarantined.items) {
    io.err(`note: ${quarantined.items} unreadable booking record(s) are in the quarantine (${quarantined.places.join(', ')}): look at them and re-enter any request they hold.\n`);
  }

  if (args.delete !== undefined) {
    const references = args.delete.map(normaliseReference);
    const removed = await store.delete(references);
    await recordCliAudit(config, references, removed);
    io.out(`Deleted ${requests(removed)} (${references.join(', ')}) from ${describeBookingStore(config)}.\n`);
    return removed === references.length ? 0 : 1;
  }

  if (args['called-back'] !== undefined) {
    const reference = normaliseReference(args['called-back']);
    const record = await store.setStatus(reference, 'called-back');
    if (!record) {
      io.err(`No booking request ${reference} in ${describeBookingStore(config)}.\n`);
      return 1;
    }
    io.out(`${reference} marked called back.\n`);
    return 0;
  }

  if (args['purge-expired']) {
    const days = config.storage.bookingRetentionDays;
    const cutoff = retentionCutoff((io.now ?? (() => new Date()))(), days);
    const rule = `last used before ${cutoff.toISOString()} (BOOKING_RETENTION_DAYS=${days})`;
    if (args['dry-run']) {
      const count = (await store.list()).filter((record) => isPastRetention(record, cutoff)).length;
      const kept = quarantined.items ? ` ${quarantined.items} unreadable record(s) in the quarantine are never removed by a purge.` : '';
      io.out(`${requests(count)} ${rule} would be removed from ${describeBookingStore(config)}. Dry run: nothing deleted.${kept}\n`);
      return 0;
    }
    const { removed } = await store.purgeExpired(cutoff);
    io.out(`Removed ${requests(removed)} ${rule} from ${describeBookingStore(config)}.\n`);
    return 0;
  }

  if (args.handled !== undefined) {
    const reference = normaliseReference(args.handled);
    const record = await store.markHandled(reference);
    if (!record) {
      io.err(`No booking request ${reference} in ${describeBookingStore(config)}.\n`);
      return 1;
    }
    io.out(`${reference} marked handled.\n`);
    return 0;
  }

  let since: Date | undefined;
  if (args.since !== undefined) {
    since = parseSince(args.since, timeZone);
    if (!since) {
      io.err(`--since must be a date like 2025-11-24 or an ISO date-time, got "${args.since}"\n`);
      return 2;
    }
  }
  const records = await store.list(since ? { since } : {});
  io.out(formatBookings(records, format, timeZone));
  return 0;
}

function requests(count: number): string {
  return `${count} booking request${count === 1 ? '' : 's'}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runBookingsCli(process.argv.slice(2), {
    env: process.env,
    cwd: process.cwd(),
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`bookings: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
