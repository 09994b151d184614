// A whole turn over HTTP: N concurrent conversations post questions back to back (deliveryMode
// "expectReplies": one request = one turn with its replies) for a fixed time, against the real
// server and against the bare echo bot, alternating A/B for each N so both see the same machine
// conditions. Reports turns/s, latency percentiles, the bot's CPU share and memory, and A/B ratios.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { clearInterval, setInterval } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import { Conversation } from './conversation.mjs';
import { cpuSeconds, procStatusBytes } from './processes.mjs';
import { median, summarize } from './stats.mjs';

/** One load run against one server. */
export async function runLoad({ server, serviceUrl, messages, concurrency, seconds, timeoutMs = 10_000 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const latencies = [];
  let errors = 0;
  let empty = 0;
  let firstError;
  let rssMax = procStatusBytes(server.pid, 'VmRSS');
  const sampler = setInterval(() => {
    rssMax = Math.max(rssMax, procStatusBytes(server.pid, 'VmRSS'));
  }, 200);
  const cpu0 = cpuSeconds(server.pid);
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  const worker = async (index) => {
    const conversation = new Conversation({ endpoint: server.endpoint, serviceUrl, agent, timeoutMs });
    let next = (index * 7) % messages.length; // conversations start at different questions
    while (performance.now() < end && errors < 1000) {
      try {
        const turn = await conversation.send(messages[next++ % messages.length]);
        if (!turn.ok) {
          errors++;
          firstError ??= `HTTP ${turn.status}`;
          continue;
        }
        if (turn.replies.length === 0) empty++;
        latencies.push(turn.latencyMs);
      } catch (error) {
        errors++;
        firstError ??= error.message;
        if (server.exited) throw new Error(`the bot exited during the load run\n${server.output().slice(-2000)}`);
        await sleep(20);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, (_, i) => worker(i)));
  } finally {
    clearInterval(sampler);
    agent.destroy();
  }
  const elapsed = (performance.now() - t0) / 1000;
  const botCpu = cpuSeconds(server.pid) - cpu0;
  return {
    concurrency,
    seconds: elapsed,
    turns: latencies.length,
    errors,
    empty,
    firstError,
    turnsPerSecond: latencies.length / elapsed,
    latency: summarize(latencies),
    /** Share of one core the bot used. */
    botCpu: botCpu / elapsed,
    turnsPerCpuSecond: botCpu > 0 ? latencies.length / botCpu : NaN,
    rssMax,
  };
}

/**
 * For each concurrency: `rounds` × (A then B). Returns per-concurrency medians for A and B,
 * the paired ratios (median over rounds of A/B), and peak RSS (VmHWM) of each process at the end.
 */
export async function runHttpBench({ faq, echo, serviceUrl, messages, concurrencies, seconds, rounds, warmupSeconds, log }) {
  for (const server of [faq, echo]) {
    if (warmupSeconds > 0) await runLoad({ server, serviceUrl, messages, concurrency: 8, seconds: warmupSeconds });
  }
  const results = [];
  for (const concurrency of concurrencies) {
    const runs = { faq: [], echo: [] };
    for (let round = 1; round <= rounds; round++) {
      for (const [name, server] of [['faq', faq], ['echo', echo]]) {
        const run = await runLoad({ server, serviceUrl, messages, concurrency, seconds });
        runs[name].push(run);
        log(
          `  N=${String(concurrency).padStart(2)} round ${round} ${name.padEnd(4)}: ${run.turnsPerSecond.toFixed(0)} turns/s, ` +
            `p50 ${run.latency.p50.toFixed(1)} ms, p99 ${run.latency.p99.toFixed(1)} ms, errors ${run.errors}${run.firstError ? ` (${run.firstError})` : ''}`,
        );
      }
    }
    const agg = (list) => ({
      turnsPerSecond: median(list.map((r) => r.turnsPerSecond)),
      p50: median(list.map((r) => r.latency.p50)),
      p99: median(list.map((r) => r.latency.p99)),
      botCpu: median(list.map((r) => r.botCpu)),
      turnsPerCpuSecond: median(list.map((r) => r.turnsPerCpuSecond)),
      rssMax: Math.max(...list.map((r) => r.rssMax)),
      turns: list.reduce((s, r) => s + r.turns, 0),
      errors: list.reduce((s, r) => s + r.errors, 0),
      empty: list.reduce((s, r) => s + r.empty, 0),
    });
    const pairs = runs.faq.map((a, i) => [a, runs.echo[i]]);
    results.push({
      concurrency,
      faq: agg(runs.faq),
      echo: agg(runs.echo),
      ratios: {
        throughput: median(pairs.map(([a, b]) => a.turnsPerSecond / b.turnsPerSecond)),
        p50: median(pairs.map(([a, b]) => a.latency.p50 / b.latency.p50)),
        p99: median(pairs.map(([a, b]) => a.latency.p99 / b.latency.p99)),
        turnsPerCpuSecond: median(pairs.map(([a, b]) => a.turnsPerCpuSecond / b.turnsPerCpuSecond)),
      },
      runs,
    });
  }
  return {
    concurrencies: results,
    peakRss: { faq: procStatusBytes(faq.pid, 'VmHWM'), echo: procStatusBytes(echo.pid, 'VmHWM') },
  };
}
