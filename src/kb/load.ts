// Reads knowledge/*.yaml and config/clinic.yaml once at start-up. Every problem becomes a KnowledgeError whose
// message names the file, the entry and the field, so whoever edits the YAML can fix it without reading code.
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import jsYaml from 'js-yaml';
import type * as Yaml from 'yaml';
import type { z } from 'zod-v4';
import type { BlobCache } from '../blobCache.js';
import { cachedKnowledge, keepKnowledge, knowledgeKey } from './knowledgeCache.js';
import { REQUIRED_MESSAGE_KEYS } from './messageKeys.js';
import {
  clinicSchema,
  knowledgeFileSchema,
  type Clinic,
  type Entry,
  type Knowledge,
  type KnowledgeFile,
  type OutOfScopeTopic,
  type ControlsFile,
  type PhrasingsFile,
  type SafetyExamplesFile,
  type Translated,
  type TranslationFile,
  type MessageCatalog,
  type ReplyLanguage,
  type SafetyLexicon,
  type SafetyRules,
  type SynonymGroup,
} from './schema.js';

/** Entries the bot's flows and the evaluation sets name: the knowledge base must always have them. */
export const REQUIRED_ENTRY_IDS = [
  'ims-what',
  'ims-vs-acupuncture',
  'ims-how-it-works',
  'ims-conditions',
  'ims-benefits',
  'pain-source',
  'ims-sensation',
  'ims-aftercare',
  'ims-sessions',
  'ims-frequency',
  'ims-coverage',
  'ims-practitioner',
  'clinic-about',
  'greeting',
  'thanks',
  'goodbye',
  'help',
  'human',
  'language',
] as const;

const FILE_KINDS = ['faq', 'smalltalk', 'synonyms', 'safety-rules', 'safety-lexicon', 'booking', 'out-of-scope', 'messages', 'controls', 'translation', 'phrasings', 'safety-examples'];

/** The knowledge base (or clinic file) cannot be used. `message` names every problem, one per line; `problems` lists them. */
export class KnowledgeError extends Error {
  override name = 'KnowledgeError';
  constructor(readonly problems: string[]) {
    const shown = problems.slice(0, 10);
    const more = problems.length - shown.length;
    super([...shown, ...(more > 0 ? [`... and ${more} more problem${more > 1 ? 's' : ''}`] : [])].join('\n') || 'invalid knowledge');
  }
}

/** How a file is named in messages: relative to the working directory when it is inside it. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : file;
}

/**
 * Parses YAML, turning syntax errors into "file: line L, column C: ..." problems. js-yaml reads a valid file
 * (the YAML 1.2 core schema, duplicate keys refused, the same data as below) about ten times faster, which is
 * most of the knowledge base's loading time at start-up; a file it refuses is read again by `yaml`, whose
 * messages name the line and column.
 */
function parseYaml(text: string, shown: string): unknown {
  try {
    return withOwnStrings(jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }));
  } catch {
    // explained below
  }
  // `yaml` loads only for a file js-yaml refused (most starts never need it).
  const { parseDocument } = createRequire(import.meta.url)('yaml') as typeof Yaml;
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new KnowledgeError(
      doc.errors.map((error) => {
        const at = error.linePos?.[0];
        const where = at ? `line ${at.line}, column ${at.col}: ` : '';
        // The pretty message repeats the position and quotes the line; the position is already in front.
        const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
        return `${shown}: ${where}YAML syntax error: ${message}`;
      }),
    );
  }
  return doc.toJS();
}

/**
 * The parsed data with each string in memory of its own. A parser's strings are slices of the file's text (V8 keeps
 * a slice of 13 characters or more as a reference into the whole), so the few hundred kept for the bot's life held
 * every knowledge file's text in memory with them: some 3 MB, more than the strings themselves.
 */
function withOwnStrings(value: unknown): unknown {
  // A one-character string joined in front, then cut off: V8 copies the joined string once, the file stays behind.
  if (typeof value === 'string') return value.length < 13 ? value : ` ${value}`.slice(1);
  if (Array.isArray(value)) return value.map(withOwnStrings);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withOwnStrings(item)]));
  return value;
}

/** The list inside a file whose items are named in messages by their id: entries, groups, redFlags, topics. */
const ITEM_LISTS: Record<string, string> = { entries: 'entry', groups: 'group', categories: 'category', topics: 'topic' };

function describeIssue(issue: z.core.$ZodIssue, data: unknown, shown: string): string {
  const issuePath = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
  let where = '';
  let fieldPath = issuePath;
  const [listName, index] = issuePath;
  if (typeof listName === 'string' && ITEM_LISTS[listName] && typeof index === 'number') {
    const item = (data as Record<string, unknown[] | undefined>)?.[listName]?.[index] as { id?: unknown; term?: unknown } | undefined;
    const name = typeof item?.id === 'string' ? item.id : typeof item?.term === 'string' ? item.term : undefined;
    where = `${ITEM_LISTS[listName]} ${name ? `"${name}" ` : ''}(#${index + 1}): `;
    fieldPath = issuePath.slice(2);
  }
  const field = fieldPath.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text} #${part + 1}` : text ? `${text}.${part}` : String(part)),
    '',
  );
  return `${shown}: ${where}${field ? `${field}: ` : ''}${issueMessage(issue, fieldPath)}`;
}

/** Unknown fields first: a misspelt key ("anwser") explains the "is required" that follows it. */
function describeIssues(issues: z.core.$ZodIssue[], data: unknown, shown: string): string[] {
  const ordered = [...issues.filter((i) => i.code === 'unrecognized_keys'), ...issues.filter((i) => i.code !== 'unrecognized_keys')];
  return ordered.map((issue) => describeIssue(issue, data, shown));
}

/** Zod's default wording, made plain for people editing YAML. */
function issueMessage(issue: z.core.$ZodIssue, fieldPath: PropertyKey[]): string {
  if (fieldPath.length === 1 && fieldPath[0] === 'kind' && issue.code === 'invalid_union') {
    return `must be one of ${FILE_KINDS.join(', ')}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'array' && issue.minimum === 1) return 'must not be empty';
  if (issue.code === 'too_small' && issue.origin === 'array') return `needs at least ${issue.minimum} items`;
  if (issue.code === 'too_big' && issue.origin === 'array') return `at most ${issue.maximum} items`;
  if (issue.code === 'invalid_type') {
    return issue.message.includes('received undefined') ? 'is required' : issue.message.replace(/^Invalid input: /, '');
  }
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return issue.message;
}

async function readYamlFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(dir, { recursive: true })).map(String);
  } catch (error) {
    throw new KnowledgeError([`${displayPath(dir)}: cannot read the knowledge folder (${(error as Error).message})`]);
  }
  return names
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

interface ParsedFile {
  shown: string;
  /** Its path in the knowledge folder, with "/" (the same wherever the process runs). */
  name: string;
  file: KnowledgeFile;
}

function parseKnowledgeFile(shown: string, name: string, text: string): ParsedFile {
  const data = parseYaml(text, shown);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new KnowledgeError([`${shown}: must be a mapping with a "kind" field (one of ${FILE_KINDS.join(', ')})`]);
  }
  const result = knowledgeFileSchema.safeParse(data);
  if (!result.success) throw new KnowledgeError(describeIssues(result.error.issues, data, shown));
  return { shown, name, file: result.data };
}

export interface LoadKnowledgeOptions {
  /** Keeps the loaded knowledge base, so that the same files load again without parsing (see knowledgeCache.ts). */
  cache?: BlobCache;
}

/** Loads, validates and merges every *.yaml under `dir` (sub-folders included). */
export async function loadKnowledge(dir: string, options: LoadKnowledgeOptions = {}): Promise<Knowledge> {
  const names = await readYamlFiles(dir);
  if (names.length === 0) throw new KnowledgeError([`${displayPath(dir)}: no *.yaml knowledge files found`]);
  const files = await Promise.all(
    names.map(async (name) => ({ shown: displayPath(name), name: path.relative(dir, name).split(path.sep).join('/'), bytes: await readFile(name) })),
  );
  const key = options.cache ? knowledgeKey(files) : undefined;
  const cached = options.cache && key ? cachedKnowledge(options.cache, key) : undefined;
  if (cached) return cached;
  const parsed: ParsedFile[] = [];
  const problems: string[] = [];
  for (const { shown, name, bytes } of files) {
    try {
      parsed.push(parseKnowledgeFile(shown, name, bytes.toString('utf8')));
    } catch (error) {
      if (!(error instanceof KnowledgeError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new KnowledgeError(problems);
  const knowledge = mergeKnowledge(parsed, displayPath(dir));
  if (options.cache && key) keepKnowledge(options.cache, key, knowledge);
  return knowledge;
}

function mergeKnowledge(parsed: ParsedFile[], shownDir: string): Knowledge {
  const problems: string[] = [];
  const entries: Entry[] = [];
  const entryOrigin = new Map<Entry, { shown: string; index: number }>();
  const synonyms: SynonymGroup[] = [];
  const bookingExamples: string[] = [];
  const outOfScope: OutOfScopeTopic[] = [];
  let safetyRules: SafetyRules | undefined;
  let safetyRulesFile = '';
  const lexicons: SafetyLexicon[] = [];
  const messages = new Map<ReplyLanguage, MessageCatalog>();
  const controls: ControlsFile[] = [];
  const translationFiles: Array<{ shown: string; file: TranslationFile }> = [];
  const phrasings: PhrasingsFile[] = [];
  const safetyExamples: SafetyExamplesFile[] = [];
  // Every id in the knowledge base, wherever it is defined: routes and logs name them, so they must be unique.
  const idOwners = new Map<string, string>();
  const claimId = (id: string, owner: string) => {
    const previous = idOwners.get(id);
    if (previous) problems.push(`${owner}: duplicate id "${id}" (already used by ${previous})`);
    else idOwners.set(id, owner);
  };

  for (const { shown, name, file } of parsed) {
    switch (file.kind) {
      case 'faq':
      case 'smalltalk':
        file.entries.forEach((entry, index) => {
          const merged: Entry = { ...entry, kind: file.kind };
          claimId(entry.id, `${shown}: entry "${entry.id}" (#${index + 1})`);
          entries.push(merged);
          entryOrigin.set(merged, { shown, index });
        });
        break;
      case 'synonyms':
        synonyms.push(...file.groups);
        break;
      case 'safety-rules':
        if (safetyRules) problems.push(`${shown}: a second safety-rules file (the first is ${safetyRulesFile}); keep all categories in one file`);
        safetyRules = file;
        safetyRulesFile = shown;
        file.categories.forEach((category, index) => claimId(category.id, `${shown}: category "${category.id}" (#${index + 1})`));
        break;
      case 'safety-lexicon':
        lexicons.push(file);
        break;
      case 'controls':
        controls.push(file);
        break;
      case 'translation':
        translationFiles.push({ shown, file });
        break;
      case 'phrasings':
        phrasings.push({ ...file, file: shown, name });
        break;
      case 'safety-examples':
        safetyExamples.push({ ...file, file: shown });
        break;
      case 'messages': {
        const known = messages.get(file.language);
        // A language's messages may be split over files; a key defined twice is a mistake.
        for (const key of Object.keys(file.messages)) if (known?.messages[key] !== undefined) problems.push(`${shown}: message "${key}" (${file.language}) is defined twice`);
        messages.set(file.language, {
          language: file.language,
          reviewed: (known?.reviewed ?? true) && file.reviewed,
          messages: { ...known?.messages, ...file.messages },
        });
        break;
      }
      case 'booking':
        bookingExamples.push(...file.examples);
        break;
      case 'out-of-scope':
        file.topics.forEach((topic, index) => claimId(topic.id, `${shown}: topic "${topic.id}" (#${index + 1})`));
        outOfScope.push(...file.topics);
        break;
    }
  }

  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  for (const entry of entries) {
    const origin = entryOrigin.get(entry);
    const where = `${origin?.shown}: entry "${entry.id}" (#${(origin?.index ?? 0) + 1})`;
    entry.related.forEach((id, index) => {
      if (!byId.has(id)) problems.push(`${where}: related #${index + 1}: unknown entry id "${id}"`);
    });
  }
  const missing = REQUIRED_ENTRY_IDS.filter((id) => !byId.has(id));
  if (missing.length > 0) {
    problems.push(`${shownDir}: missing required entr${missing.length > 1 ? 'ies' : 'y'} ${missing.map((id) => `"${id}"`).join(', ')}`);
  }
  if (!safetyRules) problems.push(`${shownDir}: no safety rules (a file with "kind: safety-rules")`);
  else problems.push(...safetyTermProblems(safetyRules, safetyRulesFile, lexicons));
  if (bookingExamples.length === 0) problems.push(`${shownDir}: no booking file (a file with "kind: booking" and its examples)`);
  problems.push(...messageProblems(messages, shownDir));
  const translations = mergeTranslations(translationFiles, byId, new Set(outOfScope.map((t) => t.id)), problems);
  for (const set of phrasings) {
    for (const label of Object.keys(set.phrasings)) {
      if (label !== 'booking' && label !== 'none' && !byId.has(label)) problems.push(`${set.file}: phrasings for "${label}", which is not an entry id, "booking" or "none"`);
    }
  }
  if (problems.length > 0 || !safetyRules) throw new KnowledgeError(problems);

  return { entries, byId, synonyms, safety: { rules: safetyRules, lexicons, examples: safetyExamples }, bookingExamples, outOfScope, messages, controls, translations, phrasings };
}

/** Translations by language and id; an id English does not have is a mistake (a typo would go unseen). */
function mergeTranslations(
  files: ReadonlyArray<{ shown: string; file: TranslationFile }>,
  entries: ReadonlyMap<string, Entry>,
  topics: ReadonlySet<string>,
  problems: string[],
): Map<ReplyLanguage, Map<string, Translated>> {
  const byLanguage = new Map<ReplyLanguage, Map<string, Translated>>();
  for (const { shown, file } of files) {
    const words = byLanguage.get(file.language) ?? new Map<string, Translated>();
    byLanguage.set(file.language, words);
    const add = (itemId: string, translated: Translated) => {
      if (words.has(itemId)) problems.push(`${shown}: "${itemId}" (${file.language}) is translated twice`);
      words.set(itemId, translated);
    };
    for (const entry of file.entries) {
      if (!entries.has(entry.id)) problems.push(`${shown}: entry "${entry.id}" does not exist in English`);
      add(entry.id, { title: entry.title, text: entry.answer, reviewed: entry.reviewed ?? file.reviewed });
    }
    for (const topic of file.topics) {
      if (!topics.has(topic.id)) problems.push(`${shown}: topic "${topic.id}" does not exist in English`);
      add(topic.id, { text: topic.reply, reviewed: topic.reviewed ?? file.reviewed });
    }
  }
  return byLanguage;
}

/** English has every message the bot uses; a translation's placeholders are English's. */
function messageProblems(messages: ReadonlyMap<ReplyLanguage, MessageCatalog>, shownDir: string): string[] {
  const english = messages.get('en');
  if (!english) return [`${shownDir}: no English messages (a file with "kind: messages" and "language: en")`];
  const problems = REQUIRED_MESSAGE_KEYS.filter((key) => english.messages[key] === undefined).map((key) => `${shownDir}: English message "${key}" is missing`);
  const placeholders = (text: string) => [...text.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]).sort().join(',');
  for (const catalog of messages.values()) {
    if (catalog.language === 'en') continue;
    for (const [key, text] of Object.entries(catalog.messages)) {
      const source = english.messages[key];
      if (source === undefined) problems.push(`${shownDir}: message "${key}" (${catalog.language}) has no English original`);
      else if (placeholders(source) !== placeholders(text)) problems.push(`${shownDir}: message "${key}" (${catalog.language}) must use the placeholders of the English one: ${placeholders(source) || 'none'}`);
    }
  }
  return problems;
}

/** Every term a rule names must be defined in English (the source language); words of unknown terms are a typo. */
function safetyTermProblems(rules: SafetyRules, rulesFile: string, lexicons: SafetyLexicon[]): string[] {
  const problems: string[] = [];
  const english = new Set(lexicons.filter((l) => l.language === 'en').flatMap((l) => Object.keys(l.terms)));
  const named = new Set([...rules.riskTerms, ...rules.lastingSigns, ...rules.warningsThatPass, ...rules.categories.flatMap((c) => c.rules.flatMap((r) => [...(r.any ?? []), ...(r.all ?? []), ...(r.unless ?? [])]))]);
  for (const term of named) if (!english.has(term)) problems.push(`${rulesFile}: term "${term}" has no English words in any safety-lexicon file`);
  for (const lexicon of lexicons) {
    for (const term of Object.keys(lexicon.terms)) {
      if (!named.has(term)) problems.push(`safety-lexicon (${lexicon.language}): term "${term}" is not used by any rule in ${rulesFile}`);
    }
  }
  return problems;
}

/** Loads and validates config/clinic.yaml. */
export async function loadClinic(file: string): Promise<Clinic> {
  const shown = displayPath(file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new KnowledgeError([`${shown}: cannot read the clinic file (${(error as Error).message})`]);
  }
  const data = parseYaml(text, shown);
  const result = clinicSchema.safeParse(data ?? {});
  if (!result.success) throw new KnowledgeError(describeIssues(result.error.issues, data, shown));
  return result.data;
}
