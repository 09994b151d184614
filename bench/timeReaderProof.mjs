#!/usr/bin/env node
// Compares the two English time readers of src/understanding/details/time/english.ts on every English
// text the project holds (./englishTexts.mjs): for each text the phrase reader takes on its own (the
// fast path, no recognizer), Microsoft's date-time recognizer reads it too, and the values each keeps
// (after the "never in the past" rule) are compared, at three moments of the week. Prints the counts and
// every text where the phrase reader loses or changes a value the recognizer keeps; exits 1 if any.
//
//   npm run build && node bench/timeReaderProof.mjs [--wordnet N] [--all]   --all: print where it finds more too
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { corpora, textsOfFile, wordnetTexts } from './englishTexts.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({ options: { wordnet: { type: 'string' }, all: { type: 'boolean' } } });
const wordnetLimit = args.wordnet === undefined ? 5000 : Number(args.wordnet);
const load = (file) => import(pathToFileURL(path.join(root, 'dist/src/understanding/details/time', file)).href);
const { phraseMentions, recognizerMentions, withRecognizerGaps } = await load('english.js');
const { keepUpcoming } = await load('upcoming.js');
const { wallClockNow } = await load('wallClock.js');
const { mayNameEnglishTime } = await load('englishGate.js');

const timeZone = 'America/Vancouver';
// A Wednesday morning, a Friday evening and a Sunday night (Vancouver time), so "this", "next" and
// "the one that has started" all come up.
const moments = ['2026-12-02T18:30:00Z', '2026-12-05T01:45:00Z', '2026-12-07T05:10:00Z'].map((iso) => new Date(iso));

const sortedKeys = (value) => Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));

/** What a reader keeps of a text at `now`: every mention's kept values, as sorted JSON strings. */
function kept(mentions, now) {
  const wallNow = wallClockNow(now, timeZone);
  return mentions.flatMap((m) => keepUpcoming(m.resolved, wallNow).kept.map((v) => JSON.stringify(sortedKeys(v)))).sort();
}

/** The recognizer's values that say nothing a person chose: placeholders and the generic gap fillers. */
const placeholder = (v) => v.includes('0000-00-00') || (v.includes('"set"') && !v.includes('timex'));
const generic = (v) => v === '{"type":"weekdays"}' || v === '{"type":"weekends"}';
/** A night hour the recognizer adds for an ambiguous clock ("12:30" is also 00:30): nobody books it. */
const nightHour = (v) => /"(?:value|start|end)":"(?:[0-9-]+ )?0[0-6]:/.test(v);

/**
 * How the phrase reader's values compare with the recognizer's: the same; more (every value the recognizer
 * keeps, and others: "weekday mornings" read whole, a "today" the recognizer skips after an earlier "after");
 * better (what only the recognizer gives is a placeholder, as its "0000-00-00" for "after IMS, like at
 * night", or a night hour); or different.
 */
function compare(mine, theirs) {
  if (mine.join() === theirs.join()) return 'same';
  const missing = theirs.filter((v) => !mine.includes(v));
  if (missing.every(generic)) return 'more';
  if (missing.every((v) => placeholder(v) || nightHour(v))) return 'better';
  return 'different';
}

const seen = new Set();
const totals = { texts: 0, timeWords: 0, fast: 0, same: 0, more: 0, better: 0, alone: 0, different: 0 };
function check(name, texts) {
  let fast = 0;
  let timeWords = 0;
  for (const raw of texts) {
    const text = raw.trim();
    if (!text || seen.has(text)) continue;
    seen.add(text);
    totals.texts++;
    if (!mayNameEnglishTime(text)) continue;
    timeWords++;
    const results = moments.map((now) => {
      const wallNow = wallClockNow(now, timeZone);
      const phrases = phraseMentions(text, wallNow);
      if (!phrases) return undefined;
      const mine = kept(withRecognizerGaps(text, phrases, wallNow), now);
      const theirs = kept(withRecognizerGaps(text, recognizerMentions(text, now, timeZone), wallNow), now);
      let verdict = compare(mine, theirs);
      // The recognizer reads some phrases differently inside a longer message ("sunday night" after "i come
      // home"): compare each phrase with the recognizer's reading of that phrase alone.
      if (verdict === 'different') {
        const alone = phrases.every((p) => {
          const words = text.slice(p.start, p.end);
          return kept([p], now).join() === kept(withRecognizerGaps(words, recognizerMentions(words, now, timeZone), wallNow), now).join();
        });
        if (alone) verdict = 'alone';
      }
      return { mine, theirs, verdict };
    });
    if (results.some((r) => !r)) continue;
    fast++;
    const order = ['same', 'more', 'better', 'alone', 'different'];
    const worst = results.reduce((a, b) => (order.indexOf(b.verdict) > order.indexOf(a.verdict) ? b : a));
    totals[worst.verdict]++;
    if (worst.verdict === 'different' || (args.all && worst.verdict !== 'same')) {
      console.log(`  ${worst.verdict.toUpperCase()} in ${name}: ${JSON.stringify(text)}\n    phrases:    [${worst.mine.join(', ')}]\n    recognizer: [${worst.theirs.join(', ')}]`);
    }
  }
  totals.timeWords += timeWords;
  totals.fast += fast;
  console.log(`${name}: ${timeWords} texts that may name a time, ${fast} read by the phrase reader alone`);
}

for (const [name, files] of Object.entries(corpora(root))) check(name, files.flatMap(textsOfFile));
if (wordnetLimit > 0) check('WordNet glosses and examples', wordnetTexts(root, wordnetLimit));
const { texts, timeWords, fast, same, more, better, alone, different } = totals;
console.log(
  `${texts} texts; ${timeWords} may name a time; ${fast} (${((100 * fast) / Math.max(timeWords, 1)).toFixed(0)} %) read by the phrase reader alone: ${same} as the recognizer reads them, ${more} with more, ${better} without the recognizer's placeholders or night hours, ${alone} as the recognizer reads each phrase alone, ${different} different`,
);
process.exitCode = different ? 1 : 0;
