import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runInsightsCommand } from '../../src/insights/command.js';
import type { InsightsReport } from '../../src/insights/report.js';
import { loadKnowledge } from '../../src/kb/load.js';

// Three days of recorded events (see fixtures/store): 40 parking questions, coverage questions,
// "did you mean" offers and picks, votes (some repeated in one conversation), and a torn line.
const FIXTURE_STORE = 'test/insights/fixtures/store';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runInsightsCommand(args, {
    env: { LOG_LEVEL: 'silent' },
    cwd: process.cwd(),
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    now: () => new Date('2025-03-15T08:00:00Z'),
  });
  return { code, stdout, stderr };
}

/** The lines of section `n` of the text report. */
function section(stdout: string, n: number): string[] {
  const lines = stdout.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${n}. `));
  const end = lines.findIndex((l, i) => i > start && /^\d\. /.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((l) => l.trim());
}

describe('npm run insights', () => {
  test('forty ways of asking about parking are one line with a count and examples', async () => {
    const { code, stdout } = await run(['--dir', FIXTURE_STORE]);
    expect(code).toBe(0);
    expect(stdout).toContain('46 unanswered, 3 "did you mean", 5 picks, 4 👍 / 4 👎');
    const [first, note] = section(stdout, 1);
    expect(first).toMatch(/^\s+40x {2}"is there parking" {2}· {2}"[^"]+" {2}· {2}"[^"]+"$/);
    expect(note).toContain('"location" fallback');
    expect(section(stdout, 1).join('\n')).toMatch(/5x {2}"does blue cross cover the needle thing"[\s\S]*closest entry: ims-coverage \("Is IMS covered\?"\), score 0.42/);
  });

  test('answers with the most 👎 come first, one vote per conversation', async () => {
    const { stdout } = await run(['--dir', FIXTURE_STORE]);
    expect(section(stdout, 2)).toEqual([
      '   👎   3  👍   1  ims-sensation ("Does IMS hurt?")',
      '   👎   1  👍   0  ims-aftercare ("After a session")', // this conversation changed its vote to 👎
    ]);
  });

  test('"did you mean" picks name the entry and what was asked', async () => {
    const { stdout } = await run(['--dir', FIXTURE_STORE]);
    const picks = section(stdout, 3);
    expect(picks.slice(0, 2)).toEqual(['      2x  ims-coverage ("Is IMS covered?")', '          after "needles covered?" (2x)']);
  });

  test('suggested questions skip redacted texts and questions the entry already has', async () => {
    const { stdout } = await run(['--dir', FIXTURE_STORE]);
    const yaml = section(stdout, 5).join('\n');
    expect(yaml).toContain('      - needles covered?  # picked 2x after "did you mean"');
    expect(yaml).toContain('      # - does blue cross cover the needle thing  # asked 3x');
    expect(yaml).not.toContain('[name]');
    expect(yaml).not.toMatch(/^# ims-what/m); // "What is IMS?" is already its first question
  });

  test('the safety replies the bot gave are listed for review, newest first, with their category', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'insights-safety-'));
    try {
      await cp(FIXTURE_STORE, dir, { recursive: true });
      const events = [
        { type: 'safety', at: '2025-03-14T10:00:00.000Z', category: 'unconscious-seizure', outcome: 'emergency-911', text: 'what if i faint during the needling', conversation: 'c1' },
        { type: 'safety', at: '2025-03-14T11:00:00.000Z', category: 'after-effects', outcome: 'urgent-811', text: 'dizzy since this morning\'s session', language: 'en', conversation: 'c2' },
      ];
      await writeFile(path.join(dir, '2025-03-14.jsonl'), `${(await readFile(path.join(dir, '2025-03-14.jsonl'), 'utf8')).trimEnd()}\n${events.map((e) => JSON.stringify(e)).join('\n')}\n`);
      const { stdout } = await run(['--dir', dir]);
      expect(section(stdout, 4)).toEqual([
        '   1x after-effects (urgent-811), 1x unconscious-seizure (emergency-911)',
        '   2025-03-14 11:00  urgent-811  after-effects [en]  "dizzy since this morning\'s session"',
        '   2025-03-14 10:00  emergency-911  unconscious-seizure  "what if i faint during the needling"',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('--since leaves out older events', async () => {
    const { stdout } = await run(['--dir', FIXTURE_STORE, '--since', '2025-03-14']);
    expect(stdout).toContain('Insights: 2025-03-14 to 2025-03-14 (since 2025-03-14)');
    expect(section(stdout, 1)[0]).toMatch(/^\s+13x {2}/); // the parking questions of that day only
    const recent = await run(['--dir', FIXTURE_STORE, '--since', '2d']); // 2025-03-13T08:00 onwards
    expect(recent.stdout).toBe(stdout.replace(' (since 2025-03-14)', ' (since 2025-03-13)'));
  });

  test('--json gives the same report as data', async () => {
    const { code, stdout } = await run(['--dir', FIXTURE_STORE, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as InsightsReport;
    expect(report.totals).toEqual({ unanswered: 46, ambiguous: 3, picks: 5, votesUp: 4, votesDown: 4 });
    expect(report.unanswered[0]).toMatchObject({ count: 40, topic: 'location' });
    expect(report.suggestions.map((s) => s.entryId)).toEqual(['ims-coverage', 'ims-aftercare']);
  });

  test.each([
    [['--since', 'last tuesday'], /--since: expected a date/],
    [['--top', '0'], /--top: expected a whole number/],
    [['--unknown'], /Unknown option/],
  ])('%j is refused with a clear message', async (args, message) => {
    const { code, stderr } = await run(['--dir', FIXTURE_STORE, ...args]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  test('an empty store says so in every section', async () => {
    const { code, stdout } = await run(['--dir', path.join(os.tmpdir(), 'no-insights-here')]);
    expect(code).toBe(0);
    for (const n of [1, 2, 3, 4]) expect(section(stdout, n)).toEqual(['   none']);
  });
});

describe('the suggested YAML pastes into the knowledge base as it is', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kb-paste-'));
    await cp('knowledge', dir, { recursive: true });
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('pasted under the entry\'s questions, the knowledge base loads with the new question', async () => {
    const { stdout } = await run(['--dir', FIXTURE_STORE]);
    const heading = stdout.indexOf('\n5. ');
    const yaml = stdout.slice(stdout.indexOf('\n', heading + 1) + 1);
    const snippet = yaml.split('\n\n')[0]!.split('\n'); // one block per entry
    expect(snippet[0]).toMatch(/^# ims-coverage /);
    const faqFile = path.join(dir, 'faq.yaml');
    const lines = (await readFile(faqFile, 'utf8')).split('\n');
    const entryLine = lines.findIndex((l) => l === '  - id: ims-coverage');
    const questionsLine = lines.findIndex((l, i) => i > entryLine && l === '    questions:');
    lines.splice(questionsLine + 1, 0, ...snippet);
    await writeFile(faqFile, lines.join('\n'));
    const knowledge = await loadKnowledge(dir);
    const questions = knowledge.byId.get('ims-coverage')!.questions;
    expect(questions).toContain('needles covered?');
    expect(questions).not.toContain('does blue cross cover the needle thing'); // left commented out for a person to decide
    expect(questions).not.toContain('twitching after the session normal?'); // another entry's block
  });
});
