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

test('npm run bench -- --quick measures matching, start-up and HTTP turns against the echo bot', async () => {
  const out = path.join(dir, 'latest.json');
  const { stdout } = await run(process.execPath, ['--expose-gc', ...BENCH, '--quick', '--out', out], { cwd: REPO, timeout: 170_000 });
  expect(stdout).toContain('knowledge base  entries');
  expect(stdout).toMatch(/^N=8 faq\/echo /m);
  expect(stdout).toContain('targets');

  const results = JSON.parse(await readFile(out, 'utf8'));
  expect(results.machine.nproc).toBeGreaterThan(0);
  expect(results.matcher.map((r: { name: string }) => r.name)).toEqual(['real', 'synthetic-1000']);
  expect(results.matcher[1].entries).toBe(1000);
  expect(results.matcher[0].routing.count).toBeGreaterThan(0);
  for (const c of results.http.concurrencies) {
    expect(c.faq.turns).toBeGreaterThan(0);
    expect(c.echo.turns).toBeGreaterThan(0);
    expect(c.faq.errors).toBe(0);
    expect(c.faq.empty).toBe(0); // every question got a reply
  }
  expect(results.http.concurrencies.map((c: { concurrency: number }) => c.concurrency)).toEqual([1, 8]);
  expect(results.startup.faq.readyMs).toBeGreaterThan(0);
  expect(results.startup.faq.idleRss).toBeGreaterThan(0);
}, 180_000);

test('bad options are refused with the usage text', async () => {
  const failure = await run(process.execPath, [...BENCH, '--only', 'everything'], { cwd: REPO }).catch((e: { code: number; stderr: string }) => e);
  expect(failure).toMatchObject({ code: 2 });
  expect((failure as { stderr: string }).stderr).toContain('--only must be one of matcher, http, startup, webchat');
});
