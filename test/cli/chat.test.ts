// `npm run chat` as a person would use it, with piped input: the built CLI in a child process.
import { spawn } from 'node:child_process';
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

function chat(input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [built('dist/src/cli/chat.js')], {
      cwd: REPO_ROOT,
      env: cleanEnv(),
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
    expect(stderr).toBe('');
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
});
