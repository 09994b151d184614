#!/usr/bin/env node
// Summarises a V8 CPU profile (node --cpu-prof) as the functions that used the most time
// themselves ("self time") or with everything they called (--inclusive), with their file and
// line, so hot spots can be read without DevTools.
//   node bench/topFunctions.mjs bench/results/CPU.*.cpuprofile [--top 25] [--filter src/] [--inclusive]
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' }, filter: { type: 'string' }, inclusive: { type: 'boolean', default: false } },
});
if (positionals.length === 0) {
  console.error('Usage: node bench/topFunctions.mjs FILE.cpuprofile [--top N] [--filter TEXT]');
  process.exit(2);
}

for (const file of positionals) {
  const profile = JSON.parse(await readFile(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // timeDeltas[i] is the time before samples[i]: charge it to that sample's node.
  const selfUs = new Map();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...selfUs.values()].reduce((s, x) => s + x, 0);
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const nameOf = (id) => {
    const { callFrame } = byId.get(id);
    const where = callFrame.url ? `${path.relative(process.cwd(), callFrame.url.replace(/^file:\/\//, ''))}:${callFrame.lineNumber + 1}` : '';
    return `${callFrame.functionName || '(anonymous)'} ${where}`.trim();
  };
  const byFunction = new Map();
  for (const [id, us] of selfUs) {
    if (!values.inclusive) {
      byFunction.set(nameOf(id), (byFunction.get(nameOf(id)) ?? 0) + us);
      continue;
    }
    // Inclusive: every function on the sample's stack, once even when it recurses.
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) seen.add(nameOf(at));
    for (const key of seen) byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  }
  const rows = [...byFunction.entries()]
    .filter(([key]) => !values.filter || key.includes(values.filter))
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(values.top));
  console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled`);
  for (const [key, us] of rows) console.log(`  ${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${key}`);
}
