// Data the bot found but could not read (a damaged journal line, a torn last write) is never
// dropped: it is copied byte for byte into DATA_DIR/quarantine (folder 0700, files 0600) for a
// person to look at, and an error is logged. /readyz and the staff page's health panel show it.
import fs from 'node:fs';
import path from 'node:path';
import type { QuarantineReport } from './bookingStore.js';

export const QUARANTINE_DIR = 'quarantine';

/** Writes `lines` to a new 0600 file DATA_DIR/quarantine/<source>-<time>.txt (one item per line); returns its path. */
export function quarantineLines(dataDir: string, source: string, lines: string[], now = new Date()): string {
  const dir = path.join(dataDir, QUARANTINE_DIR);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const file = path.join(dir, `${source}-${stamp}-${process.pid}.txt`);
  const handle = fs.openSync(file, 'wx', 0o600);
  try {
    fs.writeSync(handle, lines.map((line) => `${line}\n`).join(''));
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
  return file;
}

/** What DATA_DIR/quarantine holds: one item per non-empty line. */
export function readQuarantine(dataDir: string): QuarantineReport {
  const dir = path.join(dataDir, QUARANTINE_DIR);
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((name) => name.endsWith('.txt')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { items: 0, places: [] };
    throw error;
  }
  let items = 0;
  const places: string[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    items += fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).length;
    places.push(file);
  }
  return { items, places };
}
