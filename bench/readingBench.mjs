// Reading cost per message: Understanding.read(text, context) from the built bot, the one reading per turn
// that the bot, the dialogs and kb:test all use (src/understanding/understand.ts), built exactly as the bot
// builds it (src/app.ts) on the real knowledge base with every language (English, Punjabi in Gurmukhi and
// romanized, Chinese). Messages, per language:
//   en        the shared development set's questions (../shared/eval/dev.yaml) when the checkout sits beside
//             it, plus bench/messages.yaml (the mix a chat widget sees)
//   pa        Gurmukhi messages (bench/language-messages.txt)
//   pa-Latn   romanized Punjabi and Hindi as typed in chat (knowledge/language-id/heldout-short-mixed.tsv,
//             held out from the language model's training)
//   zh        Simplified, Traditional and Cantonese messages (bench/language-messages.txt)
//   other     other scripts, emoji, "ok", a phone number (bench/language-messages.txt)
//   booking   answers to the booking dialog's questions, read with that step as the context (name, phone,
//             time, ...): the reading then also looks for booking details in every language
// Each call is timed twice, wall-clock and process CPU time; `cost` is their lesser (see timedRead).
// First look: before those rounds, the held-out questions of the evaluation sets (test/fixtures/eval/writers/
// heldout-*.yaml, about 30,000) are each read once, as a person's message is: the words a message brings that
// the understanding has not met yet (typos, names) are looked up then, and cached after.
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse as parseYaml } from 'yaml';
import { summarize } from './stats.mjs';

const gc = globalThis.gc ?? (() => {});

const GURMUKHI = /[\u0A00-\u0A7F]/;
const HAN = /[\u3400-\u9FFF\uF900-\uFAFF]/;

/** Answers people give at each booking step, in the bot's languages (written for the benchmark). */
export const BOOKING_ANSWERS = [
  { expecting: 'name', text: 'Priya Sandhu' },
  { expecting: 'name', text: "it's Gurpreet Kaur, for my mother" },
  { expecting: 'name', text: 'ਮੇਰਾ ਨਾਮ ਹਰਜੀਤ ਸਿੰਘ ਹੈ' },
  { expecting: 'name', text: '我叫王小明' },
  { expecting: 'phone', text: '604 555 0199' },
  { expecting: 'phone', text: 'my cell is (778) 555-0142, text is fine' },
  { expecting: 'phone', text: 'ਮੇਰਾ ਨੰਬਰ 604-555-0123 ਹੈ' },
  { expecting: 'phone', text: '电话是 236 555 0188' },
  { expecting: 'email', text: 'priya.sandhu@example.com' },
  { expecting: 'email', text: 'no email thanks' },
  { expecting: 'time', text: 'next Tuesday afternoon' },
  { expecting: 'time', text: 'weekday mornings before 10, not Fridays' },
  { expecting: 'time', text: 'anytime really' },
  { expecting: 'time', text: 'ਅਗਲੇ ਮੰਗਲਵਾਰ ਸ਼ਾਮ ਨੂੰ' },
  { expecting: 'time', text: 'kal sham nu' },
  { expecting: 'time', text: '下星期二下午' },
  { expecting: 'time', text: '聽日朝早得唔得' },
  { expecting: 'reason', text: 'lower back pain for three weeks, worse when I sit' },
  { expecting: 'reason', text: 'ਮੋਢੇ ਵਿੱਚ ਦਰਦ' },
  { expecting: 'reason', text: '肩膀痛了三个月' },
  { expecting: 'payer', text: 'ICBC, car accident in March' },
  { expecting: 'payer', text: 'I will pay myself' },
  { expecting: 'claimNumber', text: 'claim number 12345678' },
  { expecting: 'consent', text: 'yes' },
  { expecting: 'consent', text: 'ਹਾਂ ਜੀ' },
  { expecting: 'review', text: '好的，没问题' },
  { expecting: 'review', text: 'change the phone number' },
];

const lines = (file) =>
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

/** The shared development set beside the checkout, if there is one (the test build's mirror links bench/ to the checkout). */
export function sharedDevSet(repoRoot) {
  return [path.join(repoRoot, '../shared/eval/dev.yaml'), path.join(realpathSync(path.join(repoRoot, 'bench')), '../../shared/eval/dev.yaml')].find((file) => existsSync(file));
}

/** The messages per language (see the top of this file); `devSet` overrides where the shared set is looked for. */
export function readingMessages(repoRoot, devSet = sharedDevSet(repoRoot)) {
  const groups = parseYaml(readFileSync(path.join(repoRoot, 'bench/messages.yaml'), 'utf8'));
  const en = Object.values(groups).flat().map(String);
  if (devSet) en.push(...parseYaml(readFileSync(devSet, 'utf8')).map((c) => String(c.q)));
  const others = lines(path.join(repoRoot, 'bench/language-messages.txt'));
  const romanized = lines(path.join(repoRoot, 'knowledge/language-id/heldout-short-mixed.tsv'))
    .map((l) => l.split('\t'))
    .filter(([label]) => label === 'pa' || label === 'hi')
    .map(([, text]) => text);
  const sets = {
    en: en.map((text) => ({ text })),
    pa: others.filter((t) => GURMUKHI.test(t)).map((text) => ({ text })),
    'pa-Latn': romanized.map((text) => ({ text })),
    zh: others.filter((t) => HAN.test(t)).map((text) => ({ text })),
    other: others.filter((t) => !GURMUKHI.test(t) && !HAN.test(t)).map((text) => ({ text })),
    booking: BOOKING_ANSWERS.map(({ expecting, text }) => ({ text, context: { expecting } })),
  };
  return { sets, devSet };
}

/** The held-out questions of the evaluation sets (the first look's messages). */
export function firstLookMessages(repoRoot) {
  const dir = path.join(repoRoot, 'test/fixtures/eval/writers');
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((file) => file.startsWith('heldout-') && file.endsWith('.yaml')).sort();
  return files.flatMap((file) => parseYaml(readFileSync(path.join(dir, file), 'utf8')).map((c) => String(c.q)));
}

/**
 * Wall-clock and cost of one reading. On a busy machine wall time also counts other processes' turns on the CPU,
 * and process CPU time also counts V8's background threads; reading's own time is at most either: the cost is
 * their lesser.
 */
function timedRead(understanding, text, context) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  understanding.read(text, context);
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cost: Math.min(wall, (c.user + c.system) / 1000) };
}

/** Every message read once, in order, by an understanding that has read nothing else but one question. */
function timeFirstLook(understanding, messages) {
  const wall = [];
  const cost = [];
  for (const text of messages) {
    const t = timedRead(understanding, text, {});
    wall.push(t.wall);
    cost.push(t.cost);
  }
  return { messages: messages.length, ...summarize(wall), cost: summarize(cost) };
}

/**
 * Counts the calls of Microsoft's date-time recognizer as the built bot loads it (the same module object), so
 * the figures can be split by whether a message needed it. Returns () => calls so far.
 */
function countRecognizerCalls(repoRoot) {
  const recognizers = createRequire(path.join(repoRoot, 'dist/src/understanding/details/time/english.js'))('@microsoft/recognizers-text-date-time');
  // The understanding builds the recognizer's model once and calls its parse: count those calls.
  const model = recognizers.DateTimeModel.prototype;
  const parse = model.parse;
  let calls = 0;
  model.parse = function countedParse(...args) {
    calls++;
    return parse.apply(this, args);
  };
  return () => calls;
}

/** Reads every message `rounds` times after `warmup` unmeasured rounds; per set and for all messages together. */
function timeReading(understanding, sets, rounds, warmup, recognizerCalls) {
  const all = Object.entries(sets).flatMap(([set, messages]) => messages.map((m) => ({ ...m, set })));
  // Whether the reading also looked for booking details (the date-time recognizer and the other finders):
  // the slow path, taken at a booking step or when a message asks to book; and whether it ran the recognizer.
  for (const m of all) {
    const before = recognizerCalls();
    m.details = understanding.read(m.text, m.context).details !== undefined;
    m.recognizer = recognizerCalls() > before;
  }
  for (let r = 1; r < warmup; r++) for (const m of all) understanding.read(m.text, m.context);
  gc(); // garbage left by loading and building is not the reading's to pay for
  const samples = new Map(Object.keys(sets).map((set) => [set, { wall: [], cost: [] }]));
  const byDetails = { with: { wall: [], cost: [] }, without: { wall: [], cost: [] } };
  const byRecognizer = { ran: { wall: [], cost: [] }, not: { wall: [], cost: [] } };
  const perMessage = new Map();
  for (let r = 0; r < rounds; r++) {
    for (const m of all) {
      const { wall: dt, cost } = timedRead(understanding, m.text, m.context);
      const s = samples.get(m.set);
      s.wall.push(dt);
      s.cost.push(cost);
      if (m.set !== 'booking') {
        const d = byDetails[m.details ? 'with' : 'without'];
        d.wall.push(dt);
        d.cost.push(cost);
      }
      const byRun = byRecognizer[m.recognizer ? 'ran' : 'not'];
      byRun.wall.push(dt);
      byRun.cost.push(cost);
      const key = `${m.set}\u0000${m.text}`;
      perMessage.set(key, (perMessage.get(key) ?? 0) + cost);
    }
  }
  const summary = (wall, cost) => ({ ...summarize(wall), cost: summarize(cost) });
  const perSet = Object.fromEntries([...samples].map(([set, s]) => [set, { messages: sets[set].length, ...summary(s.wall, s.cost) }]));
  const questions = [...samples].filter(([set]) => set !== 'booking');
  const slowest = [...perMessage]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([key, total]) => {
      const [set, text] = key.split('\u0000');
      return { set, text: text.length > 60 ? `${text.slice(0, 57)}...` : text, meanCostMs: total / rounds };
    });
  return {
    perSet,
    // Questions in every language, read with no booking step waiting (the FAQ turn).
    questions: { messages: questions.reduce((n, [set]) => n + sets[set].length, 0), ...summary(questions.flatMap(([, s]) => s.wall), questions.flatMap(([, s]) => s.cost)) },
    // The questions split by path: answered from the ranker and classifier alone, or also read for booking details.
    withoutDetails: { messages: all.filter((m) => m.set !== 'booking' && !m.details).length, ...summary(byDetails.without.wall, byDetails.without.cost) },
    withDetails: { messages: all.filter((m) => m.set !== 'booking' && m.details).length, ...summary(byDetails.with.wall, byDetails.with.cost) },
    all: { messages: all.length, ...summary([...samples.values()].flatMap((s) => s.wall), [...samples.values()].flatMap((s) => s.cost)) },
    // Every message (booking answers too), split by whether Microsoft's English date-time recognizer ran.
    recognizerRan: { messages: all.filter((m) => m.recognizer).length, ...summary(byRecognizer.ran.wall, byRecognizer.ran.cost) },
    recognizerNotRun: { messages: all.filter((m) => !m.recognizer).length, ...summary(byRecognizer.not.wall, byRecognizer.not.cost) },
    slowest,
  };
}

/**
 * dist: the built modules { loadKnowledge, loadClinic, Understanding, sharedModelCache }. Returns the load and build times, the
 * first (cold) reading, and the per-message timings.
 */
export async function runReadingBench({ dist, repoRoot, rounds = 20, warmup = 3, devSet, firstLook = false, log = () => {} }) {
  const { sets, devSet: used } = readingMessages(repoRoot, devSet);
  const recognizerCalls = countRecognizerCalls(repoRoot);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  let t0 = performance.now();
  const [knowledge, clinic] = await Promise.all([dist.loadKnowledge(path.join(repoRoot, 'knowledge')), dist.loadClinic(path.join(repoRoot, 'config/clinic.yaml'))]);
  const loadMs = performance.now() - t0;
  t0 = performance.now();
  // As src/app.ts builds it; with MODEL_CACHE_DIR set (the test run sets it), from the models kept there.
  const understanding = new dist.Understanding(knowledge, { timeZone: clinic.timeZone, ...dist.sharedModelCache() });
  const buildMs = performance.now() - t0;
  t0 = performance.now();
  understanding.read('What is IMS?', {});
  const firstReadMs = performance.now() - t0;
  gc();
  const heapDelta = process.memoryUsage().heapUsed - heapBefore;
  log(`  knowledge: ${knowledge.entries.length} entries, loaded in ${loadMs.toFixed(0)} ms; understanding built in ${buildMs.toFixed(0)} ms; first reading ${firstReadMs.toFixed(1)} ms`);
  log(`  messages: ${Object.entries(sets).map(([set, m]) => `${set} ${m.length}`).join(', ')}${used ? ` (en includes ${path.basename(used)})` : ' (no shared dev set beside the checkout: built-in English mix only)'}`);
  // Before any round, so that no word of these has been looked up yet.
  const firstLookFigures = firstLook ? timeFirstLook(understanding, firstLookMessages(repoRoot)) : undefined;
  return {
    entries: knowledge.entries.length,
    devSet: used ? path.relative(repoRoot, used) : null,
    loadMs,
    buildMs,
    firstReadMs,
    heapDelta,
    rounds,
    ...(firstLookFigures ? { firstLook: firstLookFigures } : {}),
    ...timeReading(understanding, sets, rounds, warmup, recognizerCalls),
  };
}
