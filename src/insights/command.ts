// `npm run insights -- [--since DATE|7d] [--json] [--top N]`: the weekly review in a terminal.
// Reads DATA_DIR/insights and the knowledge base (for titles and the questions entries already
// have); prints the report or, with --json, the same data as JSON. Read-only.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { KnowledgeError, loadKnowledge } from '../kb/load.js';
import type { Knowledge } from '../kb/schema.js';
import { buildReport, formatReport } from './report.js';
import { openInsightsStorage } from './openInsightsStorage.js';
import { InsightsStore } from './store.js';

export const INSIGHTS_USAGE = `Usage: npm run insights -- [options]

Prints what the bot could not answer (grouped), answers people marked 👎, the "did you mean"
choices people picked, and suggested alternate questions as YAML to paste into knowledge/*.yaml.
Nothing is changed automatically.

  --since WHEN    only events from this date (2025-03-01) or this many days back (7d); default: all kept
  --top N         lines per section (default 15)
  --json          the report as JSON
  --dir DIR       insights folder (default: DATA_DIR/insights, or the Azure container with STORAGE=blob)
  -h, --help      this text`;

export interface CommandIo {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  now?: () => Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** "2025-03-01", an ISO time, or "7d" (days before now). */
export function parseSince(value: string, now: Date): Date | undefined {
  const days = /^(\d+)d$/i.exec(value.trim());
  if (days) return new Date(now.getTime() - Number(days[1]) * DAY_MS);
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time);
}

/** Runs the command; resolves with the exit code (0 ok, 2 usage or configuration error). */
export async function runInsightsCommand(argv: string[], io: CommandIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        since: { type: 'string' },
        top: { type: 'string', default: '15' },
        json: { type: 'boolean', default: false },
        dir: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${INSIGHTS_USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(`${INSIGHTS_USAGE}\n`);
    return 0;
  }
  const now = io.now?.() ?? new Date();
  const since = values.since === undefined ? undefined : parseSince(values.since, now);
  if (values.since !== undefined && !since) {
    io.stderr.write(`--since: expected a date like 2025-03-01 or a number of days like 7d, got "${values.since}"\n`);
    return 2;
  }
  const top = Number(values.top);
  if (!Number.isInteger(top) || top < 1) {
    io.stderr.write(`--top: expected a whole number of 1 or more, got "${values.top}"\n`);
    return 2;
  }

  let config;
  try {
    config = loadConfig(io.env ?? process.env, io.cwd ?? process.cwd());
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr.write(`${error.message}\n`);
    return 2;
  }
  let knowledge: Knowledge | undefined;
  try {
    knowledge = await loadKnowledge(config.knowledgeDir);
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    // The report is still useful without titles; say why they are missing.
    io.stderr.write(`note: knowledge base not loaded (${error.message}); showing entry ids only\n`);
  }

  // STORAGE=blob reads the shared insights container, like the bot writes it.
  const store = values.dir ? new InsightsStore(values.dir) : await openInsightsStorage(config);
  const events = await store.read(since ? { since } : {});
  const report = buildReport(events, { knowledge, since });
  io.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, top));
  return 0;
}
