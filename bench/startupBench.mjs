// Start-up: from spawning the process to /readyz answering 200 (knowledge loaded, index built,
// storage answering), to the first answered question, and the resident memory once idle.
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Conversation } from './conversation.mjs';
import { freePort, procStatusBytes, startNodeServer } from './processes.mjs';
import { median } from './stats.mjs';

/** One cold start of `script`; the caller's env decides which bot it is. */
async function coldStart({ script, cwd, env, nodeArgs = [], serviceUrl, idleMs, question }) {
  const port = await freePort();
  const t0 = performance.now();
  const server = await startNodeServer({ script, cwd, env, port, nodeArgs });
  try {
    const agent = new http.Agent({ keepAlive: false });
    const turn = await new Conversation({ endpoint: server.endpoint, serviceUrl, agent }).send(question);
    const firstAnswerMs = performance.now() - t0;
    if (!turn.ok || turn.replies.length === 0) throw new Error(`no answer to the first question (HTTP ${turn.status})`);
    await sleep(idleMs); // let start-up garbage be collected and timers settle
    return {
      readyMs: server.readyMs,
      readyCpuMs: server.readyCpuMs,
      firstAnswerMs,
      idleRss: procStatusBytes(server.pid, 'VmRSS'),
      peakRss: procStatusBytes(server.pid, 'VmHWM'),
    };
  } finally {
    await server.stop();
  }
}

/**
 * `trials` starts of each bot; medians. The FAQ bot is measured twice: a first start on a fresh DATA_DIR
 * (it trains its models and keeps them there) and restarts on that DATA_DIR (the models are read back).
 */
export async function runStartupBench({ repoRoot, faqEnv, faqNodeArgs = [], serviceUrl, trials, idleMs, log }) {
  const out = {};
  const bots = {
    faq: { script: path.join(repoRoot, 'dist/src/index.js'), question: 'What is IMS?', fresh: true },
    'faq-restart': { script: path.join(repoRoot, 'dist/src/index.js'), question: 'What is IMS?', fresh: false },
    echo: { script: path.join(repoRoot, 'bench/echo-bot/index.mjs'), question: 'hello' },
  };
  const kept = await mkdtemp(path.join(os.tmpdir(), 'bench-restart-'));
  try {
    for (const [name, bot] of Object.entries(bots)) {
      const samples = [];
      for (let i = 0; i < trials; i++) {
        // The first of the first starts runs on the kept folder, so the restarts read back the models it trained
        // there (a quick run with MODEL_CACHE_DIR reads them from that folder at every start).
        const dataDir = bot.fresh === false || (bot.fresh && i === 0) ? kept : await mkdtemp(path.join(os.tmpdir(), 'bench-start-'));
        try {
          const env = name === 'echo' ? {} : { ...faqEnv, DATA_DIR: dataDir };
          const nodeArgs = name === 'echo' ? [] : faqNodeArgs;
          samples.push(await coldStart({ ...bot, cwd: repoRoot, env, nodeArgs, serviceUrl, idleMs }));
        } finally {
          if (dataDir !== kept) await rm(dataDir, { recursive: true, force: true });
        }
        const s = samples[samples.length - 1];
        log(`  ${name} start ${i + 1}: ready ${s.readyMs.toFixed(0)} ms (CPU ${s.readyCpuMs.toFixed(0)} ms), first answer ${s.firstAnswerMs.toFixed(0)} ms, idle RSS ${(s.idleRss / 2 ** 20).toFixed(1)} MB`);
      }
      out[name] = {
        trials: samples.length,
        readyMs: median(samples.map((s) => s.readyMs)),
        readyCpuMs: median(samples.map((s) => s.readyCpuMs)),
        firstAnswerMs: median(samples.map((s) => s.firstAnswerMs)),
        idleRss: median(samples.map((s) => s.idleRss)),
        peakRss: median(samples.map((s) => s.peakRss)),
        samples,
      };
    }
  } finally {
    await rm(kept, { recursive: true, force: true });
  }
  return out;
}
