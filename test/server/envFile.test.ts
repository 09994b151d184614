// `.env`, as .env.example tells the clinic's IT person to use it: `npm start` and the staff
// commands read it from the folder they run in, and a variable set in the real environment wins.
// Each command runs as npm runs it (its package.json command line), in a folder that holds a .env.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../booking/openStore.js';
import { sampleBooking } from '../booking/sampleBooking.js';
import { npmScript } from '../support/build.js';
import { freePort } from '../support/freePort.js';
import { repoPath } from '../support/repo.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A folder with a .env holding `lines`; the knowledge base and clinic file are the project's. */
async function folderWithEnv(lines: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'env-file-'));
  dirs.push(dir);
  const common = [`KNOWLEDGE_DIR=${repoPath('knowledge')}`, `CLINIC_CONFIG=${repoPath('config/clinic.yaml')}`, 'STORAGE=memory'];
  await writeFile(path.join(dir, '.env'), [...common, ...lines, ''].join('\n'));
  return dir;
}

/** The inherited environment without the settings under test (and without the test runner's ENV_FILE=none). */
function environment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['ENV_FILE', 'PORT', 'HOST', 'LOG_LEVEL', 'DATA_DIR', 'STORAGE', 'KNOWLEDGE_DIR', 'CLINIC_CONFIG', 'MicrosoftAppId']) delete env[key];
  return { ...env, ...extra };
}

/** Runs `npm start` in `cwd` until it logs "ready"; returns that line and every line before it. */
function startUntilReady(cwd: string, env: NodeJS.ProcessEnv): Promise<{ ready: Record<string, unknown>; lines: Record<string, unknown>[] }> {
  const { command, args } = npmScript('start');
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    const lines: Record<string, unknown>[] = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const complete = buffer.split('\n');
      buffer = complete.pop() ?? '';
      for (const line of complete) {
        if (!line.startsWith('{')) continue;
        const entry = JSON.parse(line) as Record<string, unknown>;
        lines.push(entry);
        if (entry.msg === 'ready') {
          child.kill('SIGTERM');
          resolve({ ready: entry, lines });
        }
      }
    });
    child.on('close', (code) => reject(new Error(`npm start exited with ${code} before ready:\n${stderr}`)));
  });
}

describe('.env', () => {
  it('npm start reads .env from its folder, and a variable of the real environment wins over it', async () => {
    const port = await freePort();
    const dir = await folderWithEnv([`PORT=${port}`, 'HOST=127.0.0.1', 'LOG_LEVEL=debug']);
    const { ready, lines } = await startUntilReady(dir, environment({ LOG_LEVEL: 'info' }));
    expect(ready.chat).toBe(`http://127.0.0.1:${port}/`);
    expect(ready.envFile).toBe(path.join(dir, '.env'));
    // LOG_LEVEL=debug in .env lost to LOG_LEVEL=info in the environment.
    expect(lines.filter((line) => line.level === 'debug')).toEqual([]);
  });

  it('the staff commands read it too: npm run bookings lists the requests in the DATA_DIR it names', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'env-file-data-'));
    dirs.push(dataDir);
    const store = openSqliteStore(dataDir);
    await store.add(sampleBooking({ reference: 'NPC-ENV7AB' }));
    await store.close();
    const dir = await folderWithEnv([`DATA_DIR=${dataDir}`]);
    const { command, args } = npmScript('bookings');
    const result = spawnSync(command, [...args, '--format', 'json'], { cwd: dir, env: environment(), encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as { reference: string }[]).map((r) => r.reference)).toEqual(['NPC-ENV7AB']);
  });

  it('ENV_FILE names another file; one that does not exist stops the bot with one clear line', async () => {
    const dir = await folderWithEnv([]);
    const { command, args } = npmScript('start');
    const result = spawnSync(command, args, { cwd: dir, env: environment({ ENV_FILE: 'missing.env' }), encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`ENV_FILE: ${path.join(dir, 'missing.env')} does not exist (ENV_FILE=none reads no file).`);
  });
});
