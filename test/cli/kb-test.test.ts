import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main, type EvalReport } from '../../src/cli/kb-test.js';
import { built } from '../support/build.js';
import { requires } from '../support/required.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const ownSet = path.join(repoRoot, 'test/fixtures/eval/own.yaml');
const blindSet = path.join(repoRoot, 'test/fixtures/eval/blind.yaml');
const blind2Set = path.join(repoRoot, 'test/fixtures/eval/blind2.yaml');
const devSet = path.resolve(repoRoot, '../shared/eval/dev.yaml');
const SUMMARY = /^in-scope (\d+)\/(\d+) ([\d.]+%|-) \| none (\d+)\/(\d+) ([\d.]+%|-) \| emergency (\d+)\/(\d+)$/;

interface Run {
  code: number;
  lines: string[];
  errors: string[];
}

async function run(args: string[]): Promise<Run> {
  const lines: string[] = [];
  const errors: string[] = [];
  const code = await main(args, { log: (line) => lines.push(line), error: (line) => errors.push(line) });
  return { code, lines, errors };
}

function rates(lastLine: string) {
  const m = SUMMARY.exec(lastLine);
  expect(m, `last line: ${lastLine}`).not.toBeNull();
  const [, inOk, inN, , noneOk, noneN, , emOk, emN] = (m as RegExpExecArray).map(Number);
  return { inScope: (inOk as number) / (inN as number), none: (noneOk as number) / (noneN as number), emergency: [emOk, emN] };
}

/** Runs kb:test on `file`: in-scope at least `inScopeBar`, fallback at least `noneBar`, every emergency. */
async function expectBars(file: string, inScopeBar: number, noneBar: number): Promise<void> {
  const { code, lines } = await run([file]);
  expect(code).toBe(0);
  const last = lines[lines.length - 1] as string;
  const { inScope, none, emergency } = rates(last);
  expect(inScope, last).toBeGreaterThanOrEqual(inScopeBar);
  expect(none, last).toBeGreaterThanOrEqual(noneBar);
  expect(emergency[0], last).toBe(emergency[1]);
}

describe('kb:test', () => {
  // Bars guard what has been reached (2026-12-03: own 98.3 / 97.3 %, blind 96.6 / 91.5 %, blind2 95.1 / 95.3 %);
  // raise them, never lower them. The fallback goal is issue 14's 90 %.
  it.each([
    ['own.yaml', ownSet, 0.95, 0.95],
    ['blind.yaml', blindSet, 0.95, 0.9],
    ['blind2.yaml', blind2Set, 0.95, 0.9],
  ])('keeps the project\u2019s held-out set %s at its bar (written without seeing the KB)', async (_name, file, inScopeBar, noneBar) => {
    await expectBars(file, inScopeBar, noneBar);
  });

  // The product target is 95 % in-scope on writers never seen; the public sample measured 92.9-96.0 % in-scope and 87.5-93.8 % fallback as
  // training phrasings were added this round (2026-12-03), so its bar guards 92 % and the figure is reported.
  const DEV_IN_SCOPE_BAR = 0.92;
  const haveDevSet = requires(existsSync(devSet), `the shared dev set (${devSet})`, 'test/cli/kb-test.test.ts');
  it.runIf(haveDevSet)(`keeps the shared dev set at >= ${DEV_IN_SCOPE_BAR * 100} % in-scope, >= 85 % fallback, every emergency`, async () => {
    await expectBars(devSet, DEV_IN_SCOPE_BAR, 0.85);
  });

  describe('on a small case file', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'kb-test-'));
      await writeFile(
        path.join(dir, 'cases.yaml'),
        [
          '- q: What is IMS?',
          '  expect: ims-what',
          '- q: I have crushing chest pain',
          '  expect: emergency',
          '- q: can I book an appointment',
          '  expect: booking',
          '- q: what is the capital of France',
          '  expect: none',
          '- q: does it hurt',
          '  expect: [ims-sensation, ims-aftercare]',
          '- q: What is IMS?',
          '  expect: ims-coverage',
        ].join('\n'),
      );
      return () => rm(dir, { recursive: true, force: true });
    });

    it('counts groups, lists misses with candidates, ends with the summary line', async () => {
      const { code, lines } = await run([path.join(dir, 'cases.yaml')]);
      expect(code).toBe(0);
      expect(lines[lines.length - 1]).toBe('in-scope 3/4 75.0% | none 1/1 100.0% | emergency 1/1');
      const text = lines.join('\n');
      expect(text).toMatch(/Misses \(1; 0 of them "did you mean" offers; a right choice among the reply's buttons for 0 of the 1 in scope\)/);
      // What the answer's buttons offered instead: "What is IMS?" answered leads on to how it works, not to coverage.
      expect(text).toMatch(/expected ims-coverage; got ims-what \(1\.00\); top: ims-what 1\.00; offered: ims-how-it-works, .*booking$/m);
    });

    it('counts a miss whose reply still offered the right question as a button', async () => {
      await writeFile(path.join(dir, 'offered.yaml'), ['- q: What is IMS?', '  expect: ims-sensation'].join('\n'));
      const { lines } = await run([path.join(dir, 'offered.yaml')]);
      expect(lines.join('\n')).toMatch(/a right choice among the reply's buttons for 1 of the 1 in scope/);
    });

    it('writes every case to --json', async () => {
      const out = path.join(dir, 'report.json');
      await run([path.join(dir, 'cases.yaml'), '--json', out]);
      const report = JSON.parse(await readFile(out, 'utf8')) as EvalReport & { summary: string };
      expect(report.summary).toBe('in-scope 3/4 75.0% | none 1/1 100.0% | emergency 1/1');
      expect(report.results.map((r) => r.label)).toEqual(['ims-what', 'emergency', 'booking', 'none', 'ims-sensation', 'ims-what']);
    });

    it.each([
      [[], /usage: npm run kb:test/],
      [['does-not-exist.yaml'], /cannot read/],
      [['--bogus', 'x.yaml'], /unknown option --bogus/],
    ])('exits non-zero on bad usage %j', async (args, message) => {
      const { code, errors } = await run(args);
      expect(code).not.toBe(0);
      expect(errors.join('\n')).toMatch(message);
    });

    it('exits non-zero on a malformed case file', async () => {
      await writeFile(path.join(dir, 'bad.yaml'), '- q: 42\n');
      const { code, errors } = await run([path.join(dir, 'bad.yaml')]);
      expect(code).not.toBe(0);
      expect(errors.join('\n')).toMatch(/case #1 needs a string "q"/);
    });
  });

  describe('as a process (npm run kb:test runs the built CLI)', () => {
    it('prints the summary as its last line and exits 0', () => {
      const result = spawnSync(process.execPath, [built('dist/src/cli/kb-test.js'), ownSet], { cwd: repoRoot, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      const lines = result.stdout.trimEnd().split('\n');
      expect(lines[lines.length - 1]).toMatch(SUMMARY);
    });
  });
});
