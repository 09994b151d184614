// The embedded booking store on a temp DATA_DIR, as the bot opens it.
import { openClinicDatabase } from '../../src/database/clinicDatabase.js';
import { SqliteBookingStore } from '../../src/booking/sqliteBookingStore.js';
import type { JournalImportLog } from '../../src/booking/journalImport.js';

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  obj: unknown;
  msg: string;
}

export function collectingLog(lines: LogLine[] = []): JournalImportLog & { warn(obj: unknown, msg: string): void } {
  const at = (level: LogLine['level']) => (obj: unknown, msg: string) => void lines.push({ level, obj, msg });
  return { info: at('info'), warn: at('warn'), error: at('error') };
}

export function openSqliteStore(dataDir: string, log: JournalImportLog = collectingLog(), now?: () => Date): SqliteBookingStore {
  return new SqliteBookingStore({ db: openClinicDatabase(dataDir), dataDir, log, now });
}
