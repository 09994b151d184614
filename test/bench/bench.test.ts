// Smoke test of `npm run bench`: the benchmark runs end to end in its tiny mode against the built
// bot and the echo bot, and writes its results. No timing is asserted: figures depend on the machine.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { built } from '../support/build.js';

const run = promisify(execFile);
let dir: string;
/**
 * The bench runs the bot it finds next to itself (../dist): started from the test build's mirror
 * of the checkout (test/support/build.ts), with its path kept as given, it runs the test build.
 */
let BENCH: string[];
let REPO: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'bench-smoke-'));
  REPO = built();
  BENCH = ['--preserve-symlinks-main', path.join(REPO, 'bench/run.mjs')];
}, 180_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('npm run bench -- --quick reads messages in every language, starts the bot, loads it against the echo bot and opens the staff page, and reports every target', async () => {
  const out = path.join(dir, 'latest.json');
  const { stdout } = await run(process.execPath, ['--expose-gc', ...BENCH, '--quick', '--out', out], { cwd: REPO, timeout: 290_000 });
  const results = JSON.parse(await readFile(out, 'utf8'));
  expect(results.machine.nproc).toBeGreaterThan(0);

  // The reading, per language, through the real understanding: a row each, every message timed every round.
  expect(stdout).toMatch(/^messages +count +mean +p50 +p99/m);
  const sets = ['en', 'pa', 'pa-Latn', 'zh', 'other', 'booking'];
  expect(Object.keys(results.reading.perSet)).toEqual(sets);
  for (const set of sets) {
    const timing = results.reading.perSet[set];
    expect(stdout).toMatch(new RegExp(`^${set} +${timing.messages} `, 'm'));
    expect(timing.messages).toBeGreaterThan(0);
    expect(timing.count).toBe(timing.messages * results.reading.rounds);
    expect(timing.cost.p99).toBeGreaterThan(0);
  }
  expect(results.reading.entries).toBeGreaterThan(0);

  // HTTP turns against the echo bot: every question answered, at both concurrencies.
  expect(stdout).toMatch(/^N=32 faq\/echo /m);
  expect(results.http.concurrencies.map((c: { concurrency: number }) => c.concurrency)).toEqual([1, 32]);
  for (const c of results.http.concurrencies) {
    expect(c.faq.turns).toBeGreaterThan(0);
    expect(c.echo.turns).toBeGreaterThan(0);
    expect(c.faq.errors).toBe(0);
    expect(c.faq.empty).toBe(0); // every question got a reply
  }
  expect(results.startup.faq.readyMs).toBeGreaterThan(0);
  expect(results.startup.faq.idleRss).toBeGreaterThan(0);
  for (const call of ['list', 'filter', 'searchName', 'searchPhone', 'searchReference']) expect(results.staff[call].count).toBeGreaterThan(0);

  // Every target is measured and printed with its verdict (which way it goes is the machine's business).
  const targets = [
    'reading p99, questions in every language',
    'reading p99, answers at a booking step',
    'start-up to ready',
    'idle RSS after start',
    'throughput at N=32 vs echo',
    'p99 at N=32 vs echo',
    'staff list opens (p95, 10,000 requests)',
    'staff search answers (slowest p95)',
  ];
  expect(results.targets.map((t: { name: string }) => t.name)).toEqual(targets);
  for (const t of results.targets) {
    expect(Number.isFinite(t.value)).toBe(true);
    expect(stdout).toContain(`${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.shown}`);
  }
}, 300_000);

test('bad options are refused with the usage text', async () => {
  const failure = await run(process.execPath, [...BENCH, '--only', 'everything'], { cwd: REPO }).catch((e: { code: number; stderr: string }) => e);
  expect(failure).toMatchObject({ code: 2 });
  expect((failure as { stderr: string }).stderr).toContain('--only must be one of reading, http, startup, webchat, staff');
});
