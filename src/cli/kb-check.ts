// npm run kb:check [-- --kb DIR] [--clinic FILE] [--loo] [--unreviewed]
// Validates the knowledge base (the same loader the bot uses) and lints it:
//   errors:   anything the loader rejects; one question text under two labels
//   warnings: repeated questions; questions, booking phrasings or out-of-scope examples that the bot's own
//             reading (src/understanding) takes for something else; KB texts that trip a red flag; with --loo,
//             alternates that would route elsewhere if they were not written down; an answer, topic reply or
//             message a translated language lacks (the bot says it in English there).
//   translations: how many translated texts are still marked `reviewed: false`, per language (information, not a
//             warning: the clinic reads them in its own time); --unreviewed (or --verbose) lists each one.
// Exit code 1 when there are errors; warnings alone exit 0.
import { access } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { KnowledgeError, loadClinic, loadKnowledge } from '../kb/load.js';
import { REPLY_LANGUAGES, type Knowledge, type ReplyLanguage } from '../kb/schema.js';
import { BOOKING_LABEL, OUT_OF_SCOPE_PREFIX, exactKey } from '../matching/matcher.js';
import { WordNet } from '../matching/wordnet.js';
import { leaveOneOut, routedLabel as heldOutLabel } from '../matching/leave-one-out.js';
import { readingLabel } from '../understanding/reading.js';
import { unmatchableTerms } from '../understanding/safety/safetyReader.js';
import { sharedModelCache } from '../storage/modelFileCache.js';
import type { ModelCache } from '../understanding/learning/modelCache.js';
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

export function lintKnowledge(knowledge: Knowledge, options: { wordnet?: WordNet; leaveOneOut?: boolean; modelCache?: ModelCache } = {}): Problem[] {
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
  const understanding = new Understanding(knowledge, { wordnet: options.wordnet ?? false, ...(options.modelCache ? { modelCache: options.modelCache } : {}) });
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

  for (const { language, term, phrase } of unmatchableTerms(knowledge.safety)) {
    problems.push({ level: 'warning', message: `safety ${language}, term "${term}": "${phrase}" cannot match even a message of its own words (a negation allows one word after it: join the rest with "+"; a full stop ends a sentence)` });
  }

  const phrasingFiles = new Set(knowledge.phrasings.map((set) => set.name));
  for (const name of knowledge.safety.rules.calmPhrasings) {
    if (!phrasingFiles.has(name)) problems.push({ level: 'warning', message: `safety rules: calmPhrasings names "${name}", which is not a phrasings file: the safety model learns nothing from it` });
  }

  if (options.leaveOneOut) problems.push(...leaveOneOutProblems(knowledge, options.wordnet));
  return problems;
}

/** One translated text the clinic has not read yet. */
export interface UnreviewedText {
  language: ReplyLanguage;
  /** 'entry' (an answer and its title), 'topic' (an out-of-scope reply) or 'message' (the bot's own words). */
  kind: 'entry' | 'topic' | 'message';
  id: string;
  text: string;
}

export interface TranslationReview {
  /** Languages with any translation (a language with none is not offered a half-translated bot). */
  languages: ReplyLanguage[];
  unreviewed: UnreviewedText[];
  /** What a translated language lacks: the bot says it in English there. */
  missing: Array<{ language: ReplyLanguage; kind: UnreviewedText['kind']; id: string }>;
}

/** Which translated texts are unreviewed, and what each translated language lacks. English is the source. */
export function reviewTranslations(knowledge: Knowledge): TranslationReview {
  const english = knowledge.messages.get('en')?.messages ?? {};
  const languages = REPLY_LANGUAGES.filter((l) => l !== 'en' && (knowledge.translations.has(l) || knowledge.messages.has(l)));
  const review: TranslationReview = { languages, unreviewed: [], missing: [] };
  for (const language of languages) {
    const translated = knowledge.translations.get(language);
    for (const [kind, ids] of [
      ['entry', knowledge.entries.map((e) => e.id)],
      ['topic', knowledge.outOfScope.map((t) => t.id)],
    ] as const) {
      for (const id of ids) {
        const words = translated?.get(id);
        if (!words) review.missing.push({ language, kind, id });
        else if (!words.reviewed) review.unreviewed.push({ language, kind, id, text: words.title ? `${words.title}: ${words.text}` : words.text });
      }
    }
    const catalog = knowledge.messages.get(language);
    for (const key of Object.keys(english)) {
      const text = catalog?.messages[key];
      if (text === undefined) review.missing.push({ language, kind: 'message', id: key });
      else if (!catalog?.reviewed) review.unreviewed.push({ language, kind: 'message', id: key, text });
    }
  }
  return review;
}

function missingTranslationProblems(review: TranslationReview): Problem[] {
  return review.missing.map(({ language, kind, id }) => ({
    level: 'warning',
    message: `${kind} "${id}" has no ${language} translation (${kind === 'message' ? `knowledge/messages/${language}.yaml` : `knowledge/translations/${language}.yaml`}): it is said in English to ${language} readers`,
  }));
}

/** "412 translated texts are marked reviewed: false (pa 137, zh-Hans 137, zh-Hant 138)". */
function unreviewedSummary(review: TranslationReview): string {
  if (!review.languages.length) return 'translations: none (the bot answers in English only)';
  const per = review.languages.map((language) => `${language} ${review.unreviewed.filter((u) => u.language === language).length}`).join(', ');
  const total = review.unreviewed.length;
  if (!total) return `translations: all reviewed (${review.languages.join(', ')})`;
  return `translations: ${total} translated text${total === 1 ? ' is' : 's are'} marked reviewed: false, for the clinic to read (${per}); list them with --unreviewed`;
}

function unreviewedLines(review: TranslationReview): string[] {
  const shorten = (text: string) => {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > 70 ? `${flat.slice(0, 69)}…` : flat;
  };
  return review.unreviewed.map((u) => `unreviewed ${u.language} ${u.kind} ${u.id}: ${shorten(u.text)}`);
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
  let listUnreviewed = false;
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
    else if (arg === '--unreviewed' || arg === '--verbose') listUnreviewed = true;
    else {
      output.error(`unknown argument ${arg}; usage: npm run kb:check [-- --kb DIR] [--clinic FILE] [--loo] [--unreviewed]`);
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
  if (knowledge) problems.push(...lintKnowledge(knowledge, { wordnet: new WordNet(), leaveOneOut: leaveOneOutWanted, ...sharedModelCache() }));
  const review = knowledge ? reviewTranslations(knowledge) : undefined;
  if (review) problems.push(...missingTranslationProblems(review));

  for (const problem of problems) (problem.level === 'error' ? output.error : output.log)(`${problem.level}: ${problem.message}`);
  if (review && listUnreviewed) for (const line of unreviewedLines(review)) output.log(line);
  if (review) output.log(unreviewedSummary(review));
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
