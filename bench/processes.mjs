// Starting and watching the bots under test: child processes on 127.0.0.1, their memory and CPU
// from /proc (Linux; elsewhere memory and CPU read as unavailable), and a free port for each.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

export const HOST = '127.0.0.1';

/** A port nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * The Node.js options `npm start` runs the bot with (package.json "start": "node --flag ... dist/src/index.js"),
 * so the benchmark measures the bot as deployed, V8 heap settings included.
 */
export function startScriptNodeArgs(repoRoot) {
  const start = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).scripts?.start ?? '';
  const words = start.trim().split(/\s+/);
  if (words[0] !== 'node') throw new Error(`package.json "start" does not run node directly: ${start}`);
  return words.slice(1).filter((word) => word.startsWith('-'));
}

/** A kB field of /proc/PID/status in bytes (VmRSS, VmHWM), NaN when unavailable. */
export function procStatusBytes(pid, field) {
  try {
    const match = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
    return match ? Number(match[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** CPU seconds (user + system) a process has used so far, NaN when unavailable. */
export function cpuSeconds(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime in USER_HZ ticks
  } catch {
    return NaN;
  }
}

/** GET url; resolves the status code, or 0 when nothing answers. */
export function httpStatus(url, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.setTimeout(timeoutMs, () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

const started = new Set();
process.on('exit', () => {
  for (const child of started) child.kill('SIGKILL');
});

/**
 * Starts `node <script>` with env, waits until GET readyPath answers 200 and resolves
 * { pid, url, readyMs, readyCpuMs, stop(), output() }. readyMs: from spawn to the first 200; readyCpuMs: the
 * process's CPU time (user + system) by then.
 */
export async function startNodeServer({ script, cwd, env, port, readyPath = '/readyz', timeoutMs = 90_000, nodeArgs = [] }) {
  const childEnv = { ...process.env, ...env, PORT: String(port), HOST };
  // The bots run without Bot Framework authentication, as for local use.
  for (const key of ['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppType', 'MicrosoftAppTenantId']) delete childEnv[key];
  const t0 = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, script], { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  started.add(child);
  let out = '';
  const keep = (chunk) => {
    out = (out + chunk.toString()).slice(-16_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  const exit = new Promise((resolve) => child.once('exit', (code, signal) => resolve((exited = { code, signal }))));
  const url = `http://${HOST}:${port}`;
  const server = {
    pid: child.pid,
    url,
    endpoint: `${url}/api/messages`,
    readyMs: NaN,
    readyCpuMs: NaN,
    output: () => out,
    get exited() {
      return exited;
    },
    async stop() {
      if (!exited) {
        child.kill('SIGTERM');
        const killed = await Promise.race([exit, sleep(5000).then(() => null)]);
        if (!killed) child.kill('SIGKILL');
        await exit;
      }
      started.delete(child);
    },
  };
  while (performance.now() - t0 < timeoutMs) {
    if (exited) throw new Error(`${script} exited before it was ready (code ${exited.code})\n${out.slice(-3000)}`);
    if ((await httpStatus(`${url}${readyPath}`, 500)) === 200) {
      server.readyMs = performance.now() - t0;
      // CPU the process used to get ready: on a busy machine wall-clock also counts other processes' turns.
      server.readyCpuMs = cpuSeconds(child.pid) * 1000;
      return server;
    }
    await sleep(10);
  }
  await server.stop();
  throw new Error(`${script} not ready after ${timeoutMs} ms\n${out.slice(-3000)}`);
}
