#!/usr/bin/env node
// The language layer's cost per message: detectLanguage + readLanguageRequest + chooseReplyLanguage +
// tokeniseForMatching (which normalises every script), on 1,000 mixed messages (English, romanized Punjabi and
// Hindi, Gurmukhi, Simplified and Traditional Chinese, Cantonese, mixed, too short, unsupported scripts), after
// warm-up rounds; plus how long the language kit takes to load on this (warm) process.
// Run: npm run build && node --expose-gc bench/languageBench.mjs [--rounds N]
// Or from the lead's bench: import { runLanguageBench } from './languageBench.mjs'.
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ms, summarize, table } from './stats.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const lines = (file) =>
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

/** 1,000 messages: every script and mix the layer handles, most of them as typed in Latin letters. */
export function languageBenchMessages(root = repoRoot) {
  const data = path.join(root, 'knowledge/language-id');
  const other = lines(path.join(root, 'bench/language-messages.txt'));
  const heldOut = lines(path.join(data, 'heldout-short-mixed.tsv')).map((l) => l.split('\t')[1]);
  // Each non-Latin message also with English around it, as people mix.
  const mixed = other.flatMap((m, i) => [m, i % 2 ? `${m} pls` : `hi, ${m}`]);
  const latin = ['en.txt', 'pa-Latn.txt', 'hi-Latn.txt'].flatMap((f) => lines(path.join(data, f)));
  const messages = [...mixed, ...heldOut];
  for (let i = 0; messages.length < 1000; i += 2) messages.push(latin[i % latin.length]);
  return messages.slice(0, 1000);
}

const gc = globalThis.gc ?? (() => {});

/** Times `fn(message)` per call: wall-clock, and the lesser of wall-clock and process CPU time (robust to a busy machine). */
function time(fn, messages, rounds, warmup) {
  for (let r = 0; r < warmup; r++) for (const m of messages) fn(m);
  gc();
  const wall = [];
  const cost = [];
  for (let r = 0; r < rounds; r++) {
    for (const m of messages) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      fn(m);
      const dt = performance.now() - t0;
      const c = process.cpuUsage(c0);
      wall.push(dt);
      cost.push(Math.min(dt, (c.user + c.system) / 1000));
    }
  }
  return { ...summarize(wall), cost: summarize(cost) };
}

/** language: the built module dist/src/understanding/language/index.js. Returns timings in milliseconds. */
export function runLanguageBench({ language, messages, rounds = 20, warmup = 3 }) {
  const t0 = performance.now();
  const kit = language.loadLanguageKit();
  const loadMs = performance.now() - t0;
  const whole = (text) => {
    const detected = language.detectLanguage(text, kit);
    const explicit = language.readLanguageRequest(text);
    language.chooseReplyLanguage({ detected, channelLocale: 'en-CA', remembered: { language: 'pa', by: 'message' }, ...(explicit ? { explicit } : {}) });
    return language.tokeniseForMatching(text, kit);
  };
  return {
    messages: messages.length,
    rounds,
    loadMs,
    buildMs: kit.buildMs,
    detectorSource: kit.detectorSource,
    detect: time((m) => language.detectLanguage(m, kit), messages, rounds, warmup),
    tokenise: time((m) => language.tokeniseForMatching(m, kit), messages, rounds, warmup),
    whole: time(whole, messages, rounds, warmup),
  };
}

async function main() {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '20' } } });
  const built = path.join(repoRoot, 'dist/src/understanding/language/index.js');
  if (!existsSync(built)) {
    console.error('Not built: run "npm run build" first.');
    process.exit(2);
  }
  const language = await import(pathToFileURL(built).href);
  const messages = languageBenchMessages();
  const r = runLanguageBench({ language, messages, rounds: Number(values.rounds) });
  console.log(`language kit: loaded in ${ms(r.loadMs)} on a warm process (detector from ${r.detectorSource}; build ${ms(r.buildMs.total)}: detector ${ms(r.buildMs.detector)}, Simplified/Traditional tables ${ms(r.buildMs.markers)}, Chinese folder ${ms(r.buildMs.chinese)})`);
  console.log(`${r.messages} messages x ${r.rounds} rounds\n`);
  console.log(
    table(
      ['per message', 'mean', 'p50', 'p99', 'max', 'cost p50', 'cost p99'],
      [
        ['detectLanguage', r.detect],
        ['tokeniseForMatching', r.tokenise],
        ['detect + request + choose + tokenise', r.whole],
      ].map(([name, s]) => [name, ms(s.mean), ms(s.p50), ms(s.p99), ms(s.max), ms(s.cost.p50), ms(s.cost.p99)]),
    ),
  );
  console.log('(cost: per call the lesser of wall-clock and process CPU time, robust to a busy machine)');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
