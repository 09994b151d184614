// Structured logs (pino): JSON lines for log collectors, readable lines when a person watches the
// terminal (stdout is a TTY; pino-pretty, loaded only then). Personal data (names, phone numbers,
// e-mails) is redacted here, in one place, so no call site can leak it: values under personal keys
// ("name", "phone", "email", ...) at any depth are replaced, and e-mail addresses and phone
// numbers are masked inside every other string, including the message and error text.
import { createRequire } from 'node:module';
import pino from 'pino';
import { maskContactDetails } from '../privacy/contactDetails.js';

export type Logger = pino.Logger;

export const REDACTED = '[redacted]';
const CONTACT_PLACEHOLDERS = { email: REDACTED, phone: REDACTED };

const PERSONAL_KEY =
  /^(?:(?:full|first|last|given|family|display|user|patient|contact)?_?name|phone(?:_?number)?|tel(?:ephone)?|mobile|e?_?mail(?:_?address)?|address)$/i;
const MAX_DEPTH = 8;

/** Masks e-mail addresses and phone numbers in free text. */
export function scrubText(text: string): string {
  return maskContactDetails(text, CONTACT_PLACEHOLDERS);
}

function scrub(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return value;
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  if (value instanceof Error) {
    // Keep what a reader needs (type, message, stack, own fields) but scrubbed.
    const own = scrub({ ...value }, depth + 1, seen) as Record<string, unknown>;
    return { ...own, type: value.name, message: scrubText(value.message), stack: value.stack ? scrubText(value.stack) : undefined };
  }
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = PERSONAL_KEY.test(key) && v !== undefined && v !== null && v !== '' ? REDACTED : scrub(v, depth + 1, seen);
  }
  return out;
}

/** Deep copy of a log object with personal data redacted (exported for tests and other sinks). */
export function redactPersonalData<T>(value: T): T {
  return scrub(value, 0, new WeakSet()) as T;
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
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info', destination: Destination = process.stdout): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: {
      level: (label) => ({ level: label }),
      log: (object) => redactPersonalData(object),
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
