#!/usr/bin/env node
// Checks that the English time gate (src/understanding/details/time/englishGate.ts) loses no time that
// Microsoft's date-time recognizer finds: for every text the gate turns away, the recognizer is run as
// src/understanding/details/time/english.ts runs it, and must find no day or time (durations do not
// count: english.ts drops them). The texts: ./englishTexts.mjs. Prints the counts and every text lost;
// exits 1 if any.
//
//   npm run build && node bench/timeGateProof.mjs [--wordnet N]   N glosses at most (default all; 0: none)
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { corpora, textsOfFile, wordnetTexts } from './englishTexts.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({ options: { wordnet: { type: 'string' } } });
const wordnetLimit = args.wordnet === undefined ? Infinity : Number(args.wordnet);

const { mayNameEnglishTime } = await import(pathToFileURL(path.join(root, 'dist/src/understanding/details/time/englishGate.js')).href);
const require = createRequire(path.join(root, 'package.json'));
const { recognizeDateTime } = require('@microsoft/recognizers-text-date-time');

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
for (const [name, files] of Object.entries(corpora(root))) check(name, files.flatMap(textsOfFile));
if (wordnetLimit > 0) check('WordNet glosses and examples', wordnetTexts(root, wordnetLimit));
const cpu = process.cpuUsage(started);
console.log(`${seen.size} texts in all; ${lost} with a time the gate would lose; ${((cpu.user + cpu.system) / 1e6).toFixed(0)} s of CPU`);
process.exitCode = lost ? 1 : 0;
