// `npm start` as an operator sees it: its command line (package.json) in a child process. It logs
// "ready" with the chat page's URL, stops cleanly on SIGTERM, and refuses a bad configuration or
// knowledge base with one clear line instead of a stack trace.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { npmScript } from '../support/build.js';
import { REPO_ROOT } from '../support/repo.js';

const AUTH_KEYS = ['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppType', 'MicrosoftAppTenantId'];

function start(env: Record<string, string>): { child: ChildProcess; output: () => { stdout: string; stderr: string }; exited: Promise<number | null> } {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const key of [...AUTH_KEYS, 'LOG_LEVEL', 'KNOWLEDGE_DIR', 'CLINIC_CONFIG', 'PORT', 'HOST']) delete childEnv[key];
  const { command, args } = npmScript('start');
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: { ...childEnv, STORAGE: 'memory', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, output: () => ({ stdout, stderr }), exited };
}

/** Resolves with the "ready" log line once the bot has logged it. */
function ready(child: ChildProcess): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (c: Buffer) => {
      buffer += c.toString();
      for (const line of buffer.split('\n')) {
        if (!line.startsWith('{')) continue;
        try {
          const entry = JSON.parse(line) as Record<string, unknown>;
          if (entry.msg === 'ready') resolve(entry);
        } catch {
          // partial line: wait for the rest
        }
      }
    });
    child.on('close', (code) => reject(new Error(`exited with ${code} before ready`)));
  });
}

describe('npm start', () => {
  it('logs ready with the chat page and the endpoint, serves, and exits 0 on SIGTERM', async () => {
    const bot = start({});
    const line = await ready(bot.child);
    expect(line.chat).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(line.endpoint).toBe(`${String(line.chat)}api/messages`);
    const page = await fetch(String(line.chat));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('embed.js');
    const health = await fetch(`${String(line.chat)}healthz`);
    expect(health.status).toBe(200);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(bot.output().stdout).toContain('"msg":"stopped"');
  });

  it.each([
    ['an invalid setting', { PORT: 'not-a-port' }, /PORT/],
    ['an inconsistent app registration', { MicrosoftAppId: 'abc' }, /MicrosoftAppPassword/],
  ])('refuses %s with a clear message and exit code 1', async (_what, env, message) => {
    const bot = start(env);
    expect(await bot.exited).toBe(1);
    const { stderr } = bot.output();
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a broken knowledge base with one line naming the problem', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kb-broken-'));
    try {
      await writeFile(path.join(dir, 'faq.yaml'), 'kind: faq\nentries:\n  - id: Not An Id\n');
      const bot = start({ KNOWLEDGE_DIR: dir });
      expect(await bot.exited).toBe(1);
      const { stderr } = bot.output();
      expect(stderr).toMatch(/knowledge/i);
      expect(stderr).not.toMatch(/\n\s+at /);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
