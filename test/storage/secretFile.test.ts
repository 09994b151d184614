// Two instances of the bot that share DATA_DIR and start at the same moment both make the keys
// kept there (the log key, the chat token key). One of them once read the log key while the other
// was still writing it, found it empty and refused to start. Here several processes make the same
// secrets at once, as such instances would: every one must start, and all must read the same key.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { built } from '../support/build.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'secret-file-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const PROCESSES = 6;
const SECRETS = 300;

/** One instance: waits for the shared start time, then makes (or reads) every secret in turn. */
function instance(startAt: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const module = pathToFileURL(built('dist/src/storage/secretFile.js')).href;
  const script = `
    const { readOrCreateSecretFile } = await import(${JSON.stringify(module)});
    const { randomBytes } = await import('node:crypto');
    while (Date.now() < ${startAt});
    const keys = [];
    for (let i = 0; i < ${SECRETS}; i++) {
      keys.push(readOrCreateSecretFile(${JSON.stringify(dataDir)} + '/key-' + i, () => randomBytes(32).toString('base64url')));
    }
    process.stdout.write(JSON.stringify(keys));`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('a secret kept in DATA_DIR', () => {
  it('is the same whole key for instances that make it at the same moment, kept for the bot user only', async () => {
    built('dist/src/storage/secretFile.js');
    const startAt = Date.now() + 1_500;
    const runs = await Promise.all(Array.from({ length: PROCESSES }, () => instance(startAt)));
    for (const run of runs) expect(run, run.stderr).toMatchObject({ code: 0 });
    const [first, ...others] = runs.map((run) => JSON.parse(run.stdout) as string[]);
    expect(first).toHaveLength(SECRETS);
    for (const key of first ?? []) expect(key).toMatch(/^[\w-]{43}$/);
    for (const other of others) expect(other).toEqual(first);
    expect(readdirSync(dataDir).filter((name) => !/^key-\d+$/.test(name))).toEqual([]);
    expect(statSync(path.join(dataDir, 'key-0')).mode & 0o777).toBe(0o600);
  });
});
