// npm run kb:test -- FILE [--json OUT] [--kb DIR] [--sweep]
// npm run kb:test -- --by-writer [--kb DIR]
// Runs every {q, expect} case of FILE through the exact understanding the bot uses and reports per-label accuracy,
// every miss with its top candidates, and a last summary line:
//   in-scope 118/121 97.5% | none 19/19 100.0% | emergency 6/6
// --sweep also prints that summary for a grid of decision thresholds (how the defaults were chosen).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { offeredChoices } from '../bot/replies.js';
import { KnowledgeError, loadKnowledge } from '../kb/load.js';
import type { Knowledge } from '../kb/schema.js';
import { leaveOneOut, type HeldOutCase } from '../matching/leave-one-out.js';
import { DEFAULT_MATCHER_TUNING, Matcher, decide, type MatcherTuning } from '../matching/matcher.js';
import { WordNet } from '../matching/wordnet.js';
import { readingLabel, type Candidate, type Reading, type ReadingContext } from '../understanding/reading.js';
import { sharedModelCache } from '../storage/modelFileCache.js';
import { Understanding } from '../understanding/understand.js';

export interface EvalCase {
  q: string;
  /** Acceptable labels: entry ids, booking, emergency, none, ambiguous. */
  expect: string[];
  /** The entry answered just before (a follow-up such as "and how many times?"). */
  previous?: string;
  /** Triage sets: what the safety check should do (emergency, urgent, caution, calm). */
  safety?: string;
}

/** Reads a message as the bot does (an Understanding). */
export interface Reader {
  read(text: string, context?: ReadingContext): Reading;
}

export type CaseGroup = 'in-scope' | 'none' | 'emergency' | 'other';

export interface CaseResult extends EvalCase {
  group: CaseGroup;
  label: string;
  score: number;
  correct: boolean;
  candidates: Candidate[];
  choices?: string[];
  topic?: string;
  /** A miss's buttons: what the reply offered instead (see offeredChoices). */
  offered?: string[];
}

export interface GroupTally {
  correct: number;
  total: number;
}

export interface EvalReport {
  results: CaseResult[];
  groups: Record<CaseGroup, GroupTally>;
  /** Misses whose prediction was a "did you mean" offer. */
  ambiguousMisses: number;
  /** In-scope misses whose reply offered a right choice as a button ("did you mean", a fallback's or an answer's buttons). */
  rightChoiceOffered: number;
  /** Triage sets: emergencies that got the 911 reply, and other messages that got it anyway. */
  triage?: { caught: GroupTally; falseAlarms: GroupTally; urgent: GroupTally };
}

export class UsageError extends Error {
  override name = 'UsageError';
}

const NON_ENTRY_LABELS = new Set(['none', 'emergency', 'ambiguous']);

export function groupOf(expect: readonly string[]): CaseGroup {
  if (expect.includes('emergency')) return 'emergency';
  if (expect.some((label) => !NON_ENTRY_LABELS.has(label))) return 'in-scope';
  if (expect.length > 0 && expect.every((label) => label === 'none')) return 'none';
  return 'other';
}

/** Reads a YAML list of {q, expect}; `expect` is one label or a list of acceptable labels. */
export async function loadCases(file: string): Promise<EvalCase[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`${file}: cannot read (${(error as Error).message})`);
  }
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new UsageError(`${file}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  if (!Array.isArray(data)) throw new UsageError(`${file}: must be a YAML list of {q, expect}`);
  return data.map((item: unknown, index) => {
    const record = item as { q?: unknown; expect?: unknown; context?: unknown; safety?: unknown } | null;
    const expect = Array.isArray(record?.expect) ? record.expect : [record?.expect];
    if (typeof record?.q !== 'string' || expect.length === 0 || !expect.every((label) => typeof label === 'string' && label)) {
      throw new UsageError(`${file}: case #${index + 1} needs a string "q" and "expect" (a label or a list of labels)`);
    }
    // "context: previous topic ims-sessions" (or just the id): the entry answered before this message.
    const previous = typeof record.context === 'string' ? record.context.replace(/^previous topic\s+/, '').trim() : undefined;
    const safety = typeof record.safety === 'string' ? record.safety : undefined;
    return { q: record.q, expect: expect as string[], ...(previous ? { previous } : {}), ...(safety ? { safety } : {}) };
  });
}

/**
 * `offers`: the buttons a reply to the reading would show (src/bot/replies.ts offeredChoices), so a miss that
 * still put a right answer one tap away is told apart from one that did not.
 */
export function evaluate(reader: Reader, cases: readonly EvalCase[], offers?: (reading: Reading) => string[]): EvalReport {
  const groups: Record<CaseGroup, GroupTally> = {
    'in-scope': { correct: 0, total: 0 },
    none: { correct: 0, total: 0 },
    emergency: { correct: 0, total: 0 },
    other: { correct: 0, total: 0 },
  };
  let ambiguousMisses = 0;
  let rightChoiceOffered = 0;
  const triage = { caught: { correct: 0, total: 0 }, falseAlarms: { correct: 0, total: 0 }, urgent: { correct: 0, total: 0 } };
  const results = cases.map((testCase): CaseResult => {
    const reading = reader.read(testCase.q, testCase.previous ? { lastEntryId: testCase.previous } : {});
    if (testCase.safety) {
      const is911 = reading.safety.outcome === 'emergency' || reading.safety.outcome === 'crisis';
      if (testCase.safety === 'emergency') {
        triage.caught.total++;
        if (is911) triage.caught.correct++;
      } else {
        triage.falseAlarms.total++;
        if (is911) triage.falseAlarms.correct++;
      }
      if (testCase.safety === 'urgent') {
        triage.urgent.total++;
        if (reading.safety.outcome === 'urgent') triage.urgent.correct++;
      }
    }
    const label = readingLabel(reading);
    const correct = testCase.expect.includes(label);
    const group = groupOf(testCase.expect);
    groups[group].total++;
    if (correct) groups[group].correct++;
    else if (reading.intent.kind === 'ambiguous') ambiguousMisses++;
    const offered = correct ? [] : (offers?.(reading) ?? []);
    if (group === 'in-scope' && offered.some((choice) => testCase.expect.includes(choice))) rightChoiceOffered++;
    return {
      ...testCase,
      group,
      label,
      score: reading.confidence,
      correct,
      candidates: reading.alternatives,
      ...(reading.intent.kind === 'ambiguous' ? { choices: reading.intent.entryIds } : {}),
      ...(reading.intent.kind === 'none' && reading.intent.topic ? { topic: reading.intent.topic } : {}),
      ...(offered.length ? { offered } : {}),
    };
  });
  const hasTriage = cases.some((c) => c.safety);
  return { results, groups, ambiguousMisses, rightChoiceOffered, ...(hasTriage ? { triage } : {}) };
}

const percent = ({ correct, total }: GroupTally) => (total > 0 ? `${((100 * correct) / total).toFixed(1)}%` : '-');

/** The one-line summary: `in-scope 118/121 97.5% | none 19/19 100.0% | emergency 6/6`. */
export function summaryLine(report: EvalReport): string {
  const { groups } = report;
  const inScope = groups['in-scope'];
  const none = groups.none;
  const emergency = groups.emergency;
  const line = `in-scope ${inScope.correct}/${inScope.total} ${percent(inScope)} | none ${none.correct}/${none.total} ${percent(none)} | emergency ${emergency.correct}/${emergency.total}`;
  const { triage } = report;
  if (!triage) return line;
  return `${line} | triage: emergencies caught ${triage.caught.correct}/${triage.caught.total}, false alarms ${triage.falseAlarms.correct}/${triage.falseAlarms.total} ${percent(triage.falseAlarms)}, 8-1-1 ${triage.urgent.correct}/${triage.urgent.total}`;
}

/**
 * Understanding across writers: each writer's phrasings are held out in turn, the understanding is built
 * from everything else (the other writers, the knowledge base's own questions), and the held-out writer's
 * phrasings are read as if people had typed them. This is the figure to trust: no text it was trained on.
 */
export function evaluateByWriter(knowledge: Knowledge, wordnet?: WordNet): Array<{ file: string; writer: string; language: string; report: EvalReport }> {
  return knowledge.phrasings.map((set) => {
    const understanding = new Understanding(knowledge, { ...(wordnet ? { wordnet } : {}), withoutWriters: new Set([set.file]) });
    const cases: EvalCase[] = Object.entries(set.phrasings).flatMap(([label, texts]) => texts.map((q) => ({ q, expect: [label] })));
    return { file: set.file, writer: set.writer, language: set.language, report: evaluate(understanding, cases) };
  });
}

export function formatByWriter(rows: ReturnType<typeof evaluateByWriter>): string[] {
  const lines = ['Held out one writer at a time (trained on the others):'];
  const totals = new Map<string, Record<CaseGroup, GroupTally>>();
  for (const { file, language, report } of rows) {
    lines.push(`  ${file}: ${summaryLine(report)}`);
    const total = totals.get(language) ?? { 'in-scope': { correct: 0, total: 0 }, none: { correct: 0, total: 0 }, emergency: { correct: 0, total: 0 }, other: { correct: 0, total: 0 } };
    for (const group of Object.keys(total) as CaseGroup[]) {
      total[group].correct += report.groups[group].correct;
      total[group].total += report.groups[group].total;
    }
    totals.set(language, total);
  }
  for (const [language, groups] of totals) lines.push(`${language}, all writers: ${summaryLine({ results: [], groups, ambiguousMisses: 0, rightChoiceOffered: 0 })}`);
  return lines;
}

export function formatReport(report: EvalReport): string[] {
  const lines: string[] = [];
  const perLabel = new Map<string, GroupTally>();
  for (const result of report.results) {
    for (const label of result.expect) {
      const tally = perLabel.get(label) ?? { correct: 0, total: 0 };
      tally.total++;
      if (result.correct) tally.correct++;
      perLabel.set(label, tally);
    }
  }
  lines.push('Per expected label (a case with several acceptable labels counts under each):');
  const width = Math.max(...[...perLabel.keys()].map((label) => label.length), 5);
  for (const [label, tally] of [...perLabel.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  ${label.padEnd(width)}  ${`${tally.correct}/${tally.total}`.padStart(7)}  ${percent(tally).padStart(6)}`);
  }
  const misses = report.results.filter((result) => !result.correct);
  const inScopeMisses = misses.filter((miss) => miss.group === 'in-scope').length;
  lines.push('', `Misses (${misses.length}; ${report.ambiguousMisses} of them "did you mean" offers; a right choice among the reply's buttons for ${report.rightChoiceOffered} of the ${inScopeMisses} in scope):`);
  for (const miss of misses) {
    const got = miss.choices ? `ambiguous [${miss.choices.join(', ')}]` : miss.topic ? `none (topic ${miss.topic})` : miss.label;
    const top = miss.candidates
      .slice(0, 3)
      .map((candidate) => `${candidate.id} ${candidate.score.toFixed(2)}`)
      .join(', ');
    const offered = miss.offered ? `; offered: ${miss.offered.join(', ')}` : '';
    lines.push(`  ${JSON.stringify(miss.q)}`, `      expected ${miss.expect.join(' | ')}; got ${got} (${miss.score.toFixed(2)}); top: ${top || '-'}${offered}`);
  }
  lines.push('', summaryLine(report));
  return lines;
}

interface Args {
  file?: string;
  json?: string;
  kb: string;
  sweep: boolean;
  byWriter: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  let file: string | undefined;
  let json: string | undefined;
  let kb = process.env.KNOWLEDGE_DIR || 'knowledge';
  let sweep = false;
  let byWriter = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json' || arg === '--kb') {
      const value = argv[++i];
      if (!value) throw new UsageError(`${arg} needs a path`);
      if (arg === '--json') json = value;
      else kb = value;
    } else if (arg === '--sweep') sweep = true;
    else if (arg === '--by-writer') byWriter = true;
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (file) throw new UsageError(`one cases file only (got ${file} and ${arg})`);
    else file = arg;
  }
  if (!file && !byWriter) throw new UsageError('usage: npm run kb:test -- FILE [--json OUT] [--kb DIR] [--sweep] | --by-writer [--kb DIR]');
  return { kb, sweep, byWriter, ...(file ? { file } : {}), ...(json ? { json } : {}) };
}

/** Off-topic chat messages written for calibration (the negatives of the sweep besides the KB's own examples). */
function offTopicFile(): string {
  // This file is src/cli/kb-test.ts, or dist/src/cli/kb-test.js when built.
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root = here.includes(`${path.sep}dist${path.sep}`) ? path.resolve(here, '../../..') : path.resolve(here, '../..');
  return path.join(root, 'test/fixtures/kb/calibration/off-topic.yaml');
}

const SWEEP_ANSWER = [0.25, 0.3, 0.33, 0.35, 0.38, 0.4, 0.42, 0.45, 0.5];

/**
 * How the decision thresholds were chosen: for a grid of answer thresholds (ambiguity offers as configured),
 * accuracy on the knowledge base's own phrasings held out one at a time (no evaluation set involved), and on
 * the given cases through the real Router.
 */
export function sweepThresholds(knowledge: Knowledge, cases: readonly EvalCase[], wordnet?: WordNet, negatives: readonly string[] = []): string[] {
  const base = new Matcher(knowledge, wordnet ? { wordnet } : {});
  const heldOut = leaveOneOut(knowledge, wordnet ? { wordnet } : {});
  const offTopic = negatives.map((q) => ({ expect: 'none', result: base.match(q, { exact: false }) }));
  const lines = [
    `Threshold sweep: ${heldOut.length} KB phrasings held out one at a time (in-scope alternates and booking examples;`,
    `near-domain out-of-scope examples), ${offTopic.length} off-topic messages, and this file's cases through the Router.`,
    'answerThreshold | held-out in-scope | held-out out-of-scope | off-topic | mean of the three | cases summary',
  ];
  const accuracy = (rows: ReadonlyArray<{ expect: string; result: HeldOutCase['result'] }>, tuning: MatcherTuning): GroupTally => {
    const tally = { correct: 0, total: 0 };
    for (const row of rows) {
      tally.total++;
      if (routedLabelOf(decide(row.result.candidates, row.result.analysis, tuning)) === row.expect) tally.correct++;
    }
    return tally;
  };
  for (const answerThreshold of SWEEP_ANSWER) {
    const tuning: MatcherTuning = { ...DEFAULT_MATCHER_TUNING, answerThreshold, ambiguousThreshold: Math.min(DEFAULT_MATCHER_TUNING.ambiguousThreshold, answerThreshold) };
    const inScope = accuracy(heldOut.filter((c) => c.expect !== 'none'), tuning);
    const nearDomain = accuracy(heldOut.filter((c) => c.expect === 'none'), tuning);
    const offTopicTally = accuracy(offTopic, tuning);
    const rate = (t: GroupTally) => (t.total ? t.correct / t.total : 0);
    const mean = (100 * (rate(inScope) + rate(nearDomain) + rate(offTopicTally))) / 3;
    const matcher = new Matcher(knowledge, { analyzer: base.analyzer, tuning });
    const report = evaluate(new Understanding(knowledge, { matcher, wordnet: false }), cases);
    const marker = answerThreshold === DEFAULT_MATCHER_TUNING.answerThreshold ? '  <- default' : '';
    lines.push(
      `${answerThreshold.toFixed(2)} | ${percent(inScope)} | ${percent(nearDomain)} | ${percent(offTopicTally)} | ${mean.toFixed(1)}% | ${summaryLine(report)}${marker}`,
    );
  }
  return lines;
}

const routedLabelOf = (result: { kind: string; label: string }) => (result.kind === 'none' ? 'none' : result.label);

export interface Output {
  log(line: string): void;
  error(line: string): void;
}

export async function main(argv: readonly string[], output: Output = console): Promise<number> {
  try {
    const args = parseArgs(argv);
    const knowledge = await loadKnowledge(path.resolve(args.kb));
    const wordnet = new WordNet();
    if (args.byWriter) {
      for (const line of formatByWriter(evaluateByWriter(knowledge, wordnet))) output.log(line);
      if (!args.file) return 0;
    }
    const cases = await loadCases(args.file as string);
    const report = evaluate(new Understanding(knowledge, { wordnet, ...sharedModelCache() }), cases, (reading) => offeredChoices(reading, knowledge));
    if (args.sweep) {
      const negatives = (parse(await readFile(offTopicFile(), 'utf8')) as unknown[]).filter((q): q is string => typeof q === 'string');
      for (const line of sweepThresholds(knowledge, cases, wordnet, negatives)) output.log(line);
    }
    if (args.json) await writeFile(args.json, `${JSON.stringify({ summary: summaryLine(report), ...report }, null, 2)}\n`);
    for (const line of formatReport(report)) output.log(line);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      output.error(error.message);
      return 2;
    }
    if (error instanceof KnowledgeError) {
      for (const problem of error.problems) output.error(problem);
      return 2;
    }
    throw error;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
