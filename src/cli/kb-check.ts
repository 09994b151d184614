// npm run kb:check [-- --kb DIR] [--clinic FILE] [--loo]
// Validates the knowledge base (the same loader the bot uses) and lints it:
//   errors:   anything the loader rejects; one question text under two labels
//   warnings: repeated questions; questions, booking phrasings or out-of-scope examples that the bot's own
//             reading (src/understanding) takes for something else; KB texts that trip a red flag; with --loo, alternates that would route elsewhere
//             if they were not written down (leave-one-out: how well the entry generalises).
// Exit code 1 when there are errors; warnings alone exit 0.
import { access } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { KnowledgeError, loadClinic, loadKnowledge } from '../kb/load.js';
import type { Knowledge } from '../kb/schema.js';
import { BOOKING_LABEL, OUT_OF_SCOPE_PREFIX, exactKey } from '../matching/matcher.js';
import { WordNet } from '../matching/wordnet.js';
import { leaveOneOut, routedLabel as heldOutLabel } from '../matching/leave-one-out.js';
import { readingLabel } from '../understanding/reading.js';
import { Understanding } from '../understanding/understand.js';

export interface Problem {
  level: 'error' | 'warning';
  message: string;
}

interface LabelledText {
  label: string;
  text: string;
  /** Where it is written, for messages. */
  where: string;
}

function labelledTexts(knowledge: Knowledge): LabelledText[] {
  const texts: LabelledText[] = [];
  for (const entry of knowledge.entries) {
    entry.questions.forEach((text, i) => texts.push({ label: entry.id, text, where: `${entry.kind} entry "${entry.id}" question #${i + 1}` }));
  }
  knowledge.bookingExamples.forEach((text, i) => texts.push({ label: BOOKING_LABEL, text, where: `booking example #${i + 1}` }));
  for (const topic of knowledge.outOfScope) {
    topic.examples.forEach((text, i) => texts.push({ label: OUT_OF_SCOPE_PREFIX + topic.id, text, where: `out-of-scope topic "${topic.id}" example #${i + 1}` }));
  }
  return texts;
}

export function lintKnowledge(knowledge: Knowledge, options: { wordnet?: WordNet; leaveOneOut?: boolean } = {}): Problem[] {
  const problems: Problem[] = [];
  const texts = labelledTexts(knowledge);

  const firstSeen = new Map<string, LabelledText>();
  for (const item of texts) {
    const key = exactKey(item.text);
    const previous = firstSeen.get(key);
    if (!previous) {
      firstSeen.set(key, item);
    } else if (previous.label !== item.label) {
      problems.push({ level: 'error', message: `"${item.text}" is written under two labels: ${previous.where} and ${item.where}` });
    } else {
      problems.push({ level: 'warning', message: `"${item.text}" is repeated (${previous.where} and ${item.where})` });
    }
  }

  // The same reading the bot makes of a message (safety first, then what it asks).
  const understanding = new Understanding(knowledge, options.wordnet ? { wordnet: options.wordnet } : { wordnet: false });
  for (const item of texts) {
    const reading = understanding.read(item.text);
    if (reading.safety.outcome === 'emergency' || reading.safety.outcome === 'crisis') {
      problems.push({ level: 'warning', message: `${item.where} "${item.text}" reads as an emergency (${reading.safety.category ?? 'unknown'}: ${reading.safety.terms.join(', ')}): it will get the 911 reply` });
      continue;
    }
    const read = readingLabel(reading);
    const isOutOfScope = item.label.startsWith(OUT_OF_SCOPE_PREFIX);
    const fine = read === item.label || (isOutOfScope && read === 'none') || (item.label === 'language' && read === 'language');
    if (!fine) problems.push({ level: 'warning', message: `${item.where} "${item.text}" reads as ${read}, not its own label` });
  }

  if (options.leaveOneOut) problems.push(...leaveOneOutProblems(knowledge, options.wordnet));
  return problems;
}

/** For each alternate: would the matcher still send it to its label if it were not written down? */
function leaveOneOutProblems(knowledge: Knowledge, wordnet?: WordNet): Problem[] {
  const cases = leaveOneOut(knowledge, { ...(wordnet ? { wordnet } : {}), include: ['entries', 'booking'] });
  const misses = cases.filter((c) => heldOutLabel(c.result) !== c.expect);
  const problems: Problem[] = misses.map((c) => ({
    level: 'warning',
    message: `leave-one-out: ${c.where} "${c.q}" would route to ${heldOutLabel(c.result)} without itself (top: ${c.result.candidates
      .slice(0, 2)
      .map((x) => `${x.id} ${x.score.toFixed(2)}`)
      .join(', ')})`,
  }));
  problems.push({ level: 'warning', message: `leave-one-out: ${cases.length - misses.length}/${cases.length} phrasings still route to their own label without themselves` });
  return problems;
}

export async function main(argv: readonly string[], output: Pick<Console, 'log' | 'error'> = console): Promise<number> {
  let kb = process.env.KNOWLEDGE_DIR || 'knowledge';
  let clinic = process.env.CLINIC_CONFIG || 'config/clinic.yaml';
  let leaveOneOutWanted = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--kb' || arg === '--clinic') {
      const value = argv[++i];
      if (!value) {
        output.error(`${arg} needs a path`);
        return 2;
      }
      if (arg === '--kb') kb = value;
      else clinic = value;
    } else if (arg === '--loo') leaveOneOutWanted = true;
    else {
      output.error(`unknown argument ${arg}; usage: npm run kb:check [-- --kb DIR] [--clinic FILE] [--loo]`);
      return 2;
    }
  }

  const problems: Problem[] = [];
  let knowledge: Knowledge | undefined;
  try {
    knowledge = await loadKnowledge(path.resolve(kb));
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    problems.push(...error.problems.map((message) => ({ level: 'error' as const, message })));
  }
  const clinicFile = path.resolve(clinic);
  if (await access(clinicFile).then(() => true, () => false)) {
    try {
      await loadClinic(clinicFile);
    } catch (error) {
      if (!(error instanceof KnowledgeError)) throw error;
      problems.push(...error.problems.map((message) => ({ level: 'error' as const, message })));
    }
  }
  if (knowledge) problems.push(...lintKnowledge(knowledge, { wordnet: new WordNet(), leaveOneOut: leaveOneOutWanted }));

  for (const problem of problems) (problem.level === 'error' ? output.error : output.log)(`${problem.level}: ${problem.message}`);
  const errors = problems.filter((p) => p.level === 'error').length;
  const warnings = problems.length - errors;
  const counts = knowledge
    ? `${knowledge.entries.length} entries, ${knowledge.entries.reduce((n, e) => n + e.questions.length, 0)} questions, ${knowledge.bookingExamples.length} booking examples, ${knowledge.outOfScope.length} out-of-scope topics, ${knowledge.safety.rules.categories.length} safety categories`
    : 'knowledge base not loaded';
  output.log(`kb:check: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} (${counts})`);
  return errors > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
