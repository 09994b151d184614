// Structured logs (pino): JSON lines for log collectors, readable lines when a person watches the
// terminal (stdout is a TTY; pino-pretty, loaded only then). Personal data (names, phone numbers,
// e-mails) is redacted here, in one place, so no call site can leak it: values under personal keys
// ("name", "phone", "email", ...) at any depth are replaced, and e-mail addresses and phone
// numbers are masked inside every other string, including the message and error text. Conversation
// and user ids ("conversationId", "userId") become keyed hashes (security/logPseudonyms.ts).
import { createRequire } from 'node:module';
import pino from 'pino';
import { maskContactDetails } from '../privacy/contactDetails.js';
import { pseudonymizer, type Pseudonymizer } from '../security/logPseudonyms.js';

export type Logger = pino.Logger;

export const REDACTED = '[redacted]';
const CONTACT_PLACEHOLDERS = { email: REDACTED, phone: REDACTED };

const PERSONAL_KEY =
  /^(?:(?:full|first|last|given|family|display|user|patient|contact)?_?name|phone(?:_?number)?|tel(?:ephone)?|mobile|e?_?mail(?:_?address)?|address)$/i;
const PSEUDONYMOUS_KEY = /^(?:conversation|user)Id$/;
const MAX_DEPTH = 8;

/** Masks e-mail addresses and phone numbers in free text. */
export function scrubText(text: string): string {
  return maskContactDetails(text, CONTACT_PLACEHOLDERS);
}

function scrub(value: unknown, depth: number, seen: WeakSet<object>, pseudonym: Pseudonymizer): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return value;
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  if (value instanceof Error) {
    // Keep what a reader needs (type, message, stack, own fields) but scrubbed.
    const own = scrub({ ...value }, depth + 1, seen, pseudonym) as Record<string, unknown>;
    return { ...own, type: value.name, message: scrubText(value.message), stack: value.stack ? scrubText(value.stack) : undefined };
  }
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1, seen, pseudonym));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (PERSONAL_KEY.test(key) && v !== undefined && v !== null && v !== '') out[key] = REDACTED;
    else if (PSEUDONYMOUS_KEY.test(key) && typeof v === 'string') out[key] = pseudonym(v);
    else out[key] = scrub(v, depth + 1, seen, pseudonym);
  }
  return out;
}

const processPseudonym = pseudonymizer();

/** Deep copy of a log object with personal data redacted (exported for tests and other sinks). */
export function redactPersonalData<T>(value: T, pseudonym: Pseudonymizer = processPseudonym): T {
  return scrub(value, 0, new WeakSet(), pseudonym) as T;
}

export interface LoggerOptions {
  /** The install's key for conversation and user id pseudonyms (security/logPseudonyms.ts); one per process when omitted. */
  idKey?: Uint8Array;
}

type Destination = pino.DestinationStream & { isTTY?: boolean };

/** Readable, coloured lines for a terminal: `12:00:01 INFO: ready {"chat":"http://localhost:3978/",...}`. */
function forPerson(terminal: Destination): pino.DestinationStream {
  const pretty = createRequire(import.meta.url)('pino-pretty') as typeof import('pino-pretty');
  return pretty.build({
    destination: terminal,
    sync: true,
    colorize: Boolean((terminal as { hasColors?: () => boolean }).hasColors?.()),
    translateTime: 'SYS:HH:MM:ss',
    singleLine: true,
  });
}

/** A logger writing to `destination` (stdout by default): readable when it is a terminal, JSON lines otherwise. */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info', destination: Destination = process.stdout, { idKey }: LoggerOptions = {}): Logger {
  const pseudonym = idKey ? pseudonymizer(idKey) : processPseudonym;
  const options: pino.LoggerOptions = {
    level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: {
      level: (label) => ({ level: label }),
      log: (object) => redactPersonalData(object, pseudonym),
    },
    hooks: {
      // Message strings and printf-style arguments are free text: mask contacts there too.
      logMethod(args, method) {
        const clean = args.map((a) => (typeof a === 'string' ? scrubText(a) : a)) as Parameters<typeof method>;
        return method.apply(this, clean);
      },
    },
  };
  if (destination.isTTY) return pino(options, forPerson(destination));
  // pino's own stdout writer is faster than process.stdout.
  return destination === process.stdout ? pino(options) : pino(options, destination);
}
