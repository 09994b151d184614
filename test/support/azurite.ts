// Starts a real Azurite blob service (the Azure Storage emulator from devDependencies) on
// 127.0.0.1 for tests, and stops or restarts it on the same port to simulate an outage.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

/** Azurite's fixed development account (public, documented key: not a secret). */
const ACCOUNT = 'devstoreaccount1';
const ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const START_TIMEOUT_MS = 20_000;

export interface AzuriteOptions {
  /** Keep blobs on disk (in a temp dir) so they survive stop()/start(), like a real outage. Default: in memory. */
  persistent?: boolean;
}

export interface Azurite {
  readonly port: number;
  readonly connectionString: string;
  /** Stops the service (the port is closed; clients get connection errors). */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
  /** Stops it for good and removes its files. */
  dispose(): Promise<void>;
}

export async function startAzurite(options: AzuriteOptions = {}): Promise<Azurite> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'azurite-'));
  let child: ChildProcess | undefined;
  let port = 0;

  const launch = async () => {
    const launched = await launchAzurite(port, workDir, Boolean(options.persistent));
    child = launched.child;
    port = launched.port;
  };
  const stop = async () => {
    if (child) await terminate(child);
    child = undefined;
  };

  await launch();
  return {
    get port() {
      return port;
    },
    get connectionString() {
      return connectionStringFor(port);
    },
    stop,
    start: launch,
    async dispose() {
      await stop();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

export function connectionStringFor(port: number): string {
  return (
    `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${ACCOUNT_KEY};` +
    `BlobEndpoint=http://127.0.0.1:${port}/${ACCOUNT};`
  );
}

function azuriteBlobMain(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('azurite/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: Record<string, string> };
  const bin = manifest.bin['azurite-blob'];
  if (!bin) throw new Error('azurite package has no azurite-blob entry point');
  return path.join(path.dirname(manifestPath), bin);
}

/** Spawns azurite-blob and resolves with the port it reports once it listens. */
function launchAzurite(port: number, workDir: string, persistent: boolean) {
  const args = [
    azuriteBlobMain(),
    '--blobHost', '127.0.0.1',
    '--blobPort', String(port),
    ...(persistent ? ['--location', workDir] : ['--inMemoryPersistence']),
    '--disableTelemetry',
    '--skipApiVersionCheck',
    '--silent',
    '--loose',
  ];
  // cwd is the temp dir so nothing Azurite writes lands in the repository.
  const child = spawn(process.execPath, args, { cwd: workDir, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise<{ child: ChildProcess; port: number }>((resolve, reject) => {
    let output = '';
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`Azurite did not start (${why}). Output:\n${output}`));
    };
    const timer = setTimeout(() => fail('timed out'), START_TIMEOUT_MS);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (settled) return; // still drained, so Azurite never blocks on a full pipe
      output += chunk.toString();
      const listening = /successfully listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (!listening) return;
      settled = true;
      clearTimeout(timer);
      resolve({ child, port: Number(listening[1]) });
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      if (!settled) output += chunk.toString();
    });
    child.once('exit', (code, signal) => fail(`exited with ${code ?? signal}`));
    child.once('error', (error) => fail(error.message));
  });
}

function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
