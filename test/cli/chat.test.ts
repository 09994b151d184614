// `npm run chat` as a person would use it, with piped input: the built CLI in a child process.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/kb/load.js';
import { built } from '../support/build.js';
import { repoPath, REPO_ROOT } from '../support/repo.js';

/** The inherited environment without settings that would change the bot under test. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['LOG_LEVEL', 'MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppType', 'MicrosoftAppTenantId', 'STORAGE', 'KNOWLEDGE_DIR', 'CLINIC_CONFIG']) delete env[key];
  return env;
}

function chat(input: string, env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [built('dist/src/cli/chat.js')], {
      cwd: REPO_ROOT,
      env: { ...cleanEnv(), ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('terminal chat', () => {
  it('answers, lists numbered choices, and sends the choice whose number is typed', async () => {
    const knowledge = await loadKnowledge(repoPath('knowledge'));
    const what = knowledge.byId.get('ims-what')!;
    const firstRelated = knowledge.byId.get(what.related[0]!)!;

    const { code, stdout, stderr } = await chat('what is ims\n1\n/quit\n');
    // Nothing on stderr but the start-up warning that the clinic has not filled in its contact details yet.
    const unexpected = stderr.split('\n').filter((line) => line.trim() && !line.includes('no clinic phone, e-mail or website is configured'));
    expect(unexpected).toEqual([]);
    expect(code).toBe(0);
    expect(stdout).toContain(what.answer.slice(0, 80));
    expect(stdout).toContain(`[1] ${firstRelated.title}`);
    // "1" picked the first related question, which was answered in turn.
    expect(stdout).toContain(`You: ${firstRelated.title}`);
    expect(stdout).toContain(firstRelated.answer.slice(0, 80));
    expect(stdout.trimEnd().endsWith('Bye!')).toBe(true);
  });

  it('ends cleanly at the end of input without /quit', async () => {
    const { code, stdout } = await chat('hello\n');
    expect(code).toBe(0);
    expect(stdout).toContain('Bot: ');
  });

  it('keeps a booking made in the terminal out of the clinic\'s requests: nothing stored, nothing listed by npm run bookings', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'terminal-booking-'));
    try {
      const answers = ["I'd like to book an IMS appointment please", 'yes', 'Pat Example', '604-555-0123', 'skip', 'next Tuesday afternoon', 'lower back pain', 'Self-pay', 'Confirm'];
      const { code, stdout } = await chat(`${answers.join('\n')}\n/quit\n`, { DATA_DIR: dataDir });
      expect(code).toBe(0);
      expect(stdout).toMatch(/nothing here is stored or sent to the clinic/i);
      expect(stdout).toMatch(/reference number is/i);
      expect(existsSync(path.join(dataDir, 'bookings.jsonl'))).toBe(false);
      expect(readdirSync(dataDir)).toEqual([]);
      const listed = spawnSync(process.execPath, [built('dist/src/cli/bookings.js'), '--format', 'json'], {
        cwd: REPO_ROOT,
        env: { ...cleanEnv(), DATA_DIR: dataDir },
        encoding: 'utf8',
      });
      expect(listed.status, listed.stderr).toBe(0);
      expect(JSON.parse(listed.stdout)).toEqual([]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
