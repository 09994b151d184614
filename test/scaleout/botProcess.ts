// Runs the bot as production does (`node dist/src/index.js`) in a child process on 127.0.0.1,
// for tests of process-level behaviour: start-up failures, SIGTERM, SIGKILL, several instances.
// It runs the test build of the bot (test/support/build.ts), brought up to date first.
import { spawn, type ChildProcess } from 'node:child_process';
import { built } from '../support/build.js';
import { freePort } from '../support/freePort.js';
import { REPO_ROOT } from '../support/repo.js';

const START_LIMIT_MS = 30_000;


export interface BotProcess {
  child: ChildProcess;
  port: number;
  url: string;
  endpoint: string;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves when `pattern` appears in the output. */
  waitFor(pattern: RegExp): Promise<void>;
  /** SIGTERM, then SIGKILL if it has not ended after a while. */
  stop(): Promise<void>;
}

export interface StartOptions {
  env: Record<string, string>;
  port?: number;
  /** Wait for /readyz before resolving (default true). */
  waitReady?: boolean;
}

/**
 * Environment for a child bot: nothing from this process's bot settings leaks in, except the test
 * run's shared model folder (MODEL_CACHE_DIR, test/support/modelCache.ts), which changes no behaviour.
 */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SYSTEMROOT', 'MODEL_CACHE_DIR']) if (process.env[key]) env[key] = process.env[key];
  return { ...env, ENV_FILE: 'none', LOG_LEVEL: 'info', HOST: '127.0.0.1', ...extra };
}

export async function startBot(options: StartOptions): Promise<BotProcess> {
  const entry = built('dist/src/index.js');
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, [entry], {
    cwd: REPO_ROOT,
    env: childEnv({ PORT: String(port), ...options.env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    for (const l of listeners) l();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      for (const l of listeners) l();
      resolve({ code, signal });
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  const waitFor = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (pattern.test(output)) {
          listeners.delete(check);
          resolve();
        } else if (child.exitCode !== null || child.signalCode !== null) {
          listeners.delete(check);
          reject(new Error(`bot exited before ${pattern}:\n${output}`));
        }
      };
      listeners.add(check);
      check();
    });
  const bot: BotProcess = {
    child,
    port,
    url,
    endpoint: `${url}/api/messages`,
    output: () => output,
    exited,
    waitFor,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.kill('SIGTERM');
      await exited;
      clearTimeout(force);
    },
  };
  if (options.waitReady !== false) {
    try {
      await waitUntilReady(bot);
    } catch (error) {
      // A bot that did not get ready in time is stopped here: nobody else holds it to stop it later.
      await bot.stop();
      throw error;
    }
  }
  return bot;
}

/** Polls /readyz until it answers 200 (or the process dies, or the start limit passes). */
export async function waitUntilReady(bot: BotProcess): Promise<void> {
  const deadline = Date.now() + START_LIMIT_MS;
  while (Date.now() < deadline) {
    if (bot.child.exitCode !== null || bot.child.signalCode !== null) throw new Error(`bot exited during start-up:\n${bot.output()}`);
    try {
      const res = await fetch(`${bot.url}/readyz`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`bot was not ready within ${START_LIMIT_MS} ms:\n${bot.output()}`);
}
