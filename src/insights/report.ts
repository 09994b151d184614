// The weekly review, computed from insight events: what people asked that the bot could not
// answer (grouped by meaning, per language), which answers got 👎, which "did you mean" choices people
// picked, and the alternate questions that would have found the right answer, as YAML ready to paste
// into that language's file (English: the entry's questions; Punjabi and Chinese: knowledge/phrasings/<form>/).
// Nothing here changes the knowledge base: a person reads, decides and edits.
import jsYaml from 'js-yaml';
import type { InsightsKnowledge } from '../kb/serving.js';
import { clusterTexts } from './cluster.js';
import { FORM_NAMES, LANGUAGE_FORMS, phrasingsFormOf, phrasingsIn, termsIn, wordingKeyIn, type LanguageForm } from './languageForms.js';
import type { FeedbackEvent, InsightEvent, PickEvent, SafetyEvent, UnansweredEvent } from './events.js';
import { hasRedactions } from './redact.js';

export interface ReportOptions {
  /** Titles, existing questions and synonyms; without it the report still works, with ids only. */
  knowledge?: InsightsKnowledge;
  since?: Date;
}

export interface UnansweredGroup {
  /** The language form the questions are written in (the phrasings folder they belong with). */
  language: LanguageForm;
  count: number;
  /** How many of them got "did you mean" instead of "I don't know". */
  ambiguous: number;
  /** Two or three different wordings, most frequent first. */
  examples: string[];
  /** Out-of-scope topic the fallback named most often. */
  topic?: string;
  /** The entry the matcher found closest most often, with its average score. */
  nearest?: { id: string; title?: string; score: number };
  firstAt: string;
  lastAt: string;
}

export interface FeedbackLine {
  entryId: string;
  title?: string;
  up: number;
  down: number;
}

export interface PickLine {
  entryId: string;
  title?: string;
  count: number;
  /** What people had asked, most frequent first, with counts. */
  asked: { text: string; count: number }[];
}

export interface Suggestion {
  /** Which file the wordings go in: English under the entry's questions, other forms in knowledge/phrasings/<form>/. */
  language: LanguageForm;
  entryId: string;
  title?: string;
  /** Picked after a "did you mean": these wordings meant this entry. */
  confident: { text: string; count: number }[];
  /** Unanswered wordings whose closest entry is this one: a person must check the answer fits. */
  toCheck: { text: string; count: number; score: number }[];
}

export interface InsightsReport {
  since?: string;
  from?: string;
  to?: string;
  totals: { unanswered: number; ambiguous: number; picks: number; votesUp: number; votesDown: number };
  unanswered: UnansweredGroup[];
  feedback: FeedbackLine[];
  picks: PickLine[];
  suggestions: Suggestion[];
  /** Ready-to-paste YAML, one block per entry. */
  yaml: string;
  /** Safety replies the bot gave (911, 9-8-8, 8-1-1), newest first, for staff to review false alarms and misses. */
  safety: SafetyLine[];
}

export interface SafetyLine {
  at: string;
  category: string;
  outcome: string;
  /** The person's words, redacted when recorded. */
  text: string;
  language?: string;
}

const NEAREST_MIN_SCORE = 0.3;
const MAX_QUESTION_WORDS = 20;

/** Same question, different punctuation or case (and, in Chinese, script). */
function wordingKey(text: string, form: LanguageForm = 'en'): string {
  return wordingKeyIn(form, text);
}

/** Distinct wordings with counts, most frequent first; the first spelling seen is shown. */
function countWordings(texts: string[], form: LanguageForm = 'en'): { text: string; count: number }[] {
  const byKey = new Map<string, { text: string; count: number }>();
  for (const text of texts) {
    const key = wordingKey(text, form) || text.trim().toLowerCase();
    const entry = byKey.get(key) ?? { text: text.trim(), count: 0 };
    entry.count++;
    byKey.set(key, entry);
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

function mostCommon<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount) [best, bestCount] = [v, c];
  return best;
}

function backgroundOf(knowledge: InsightsKnowledge | undefined, form: LanguageForm): string[] {
  if (!knowledge) return [];
  if (form !== 'en') return [...phrasingsIn(knowledge, form).values()].flat();
  return [
    ...knowledge.entries.flatMap((e) => e.questions),
    ...knowledge.outOfScope.flatMap((t) => t.examples),
    ...knowledge.bookingExamples,
  ];
}

const formOf = (e: UnansweredEvent) => phrasingsFormOf(e.text, e.language);

/** Grouped by meaning within each language (a Punjabi and an English question are never one group). */
function groupUnanswered(events: UnansweredEvent[], knowledge: InsightsKnowledge | undefined): UnansweredGroup[] {
  return LANGUAGE_FORMS.flatMap((form) => {
    const inForm = events.filter((e) => formOf(e) === form);
    if (!inForm.length) return [];
    const terms = termsIn(form);
    const clusters = clusterTexts(inForm, (e) => e.text, {
      background: backgroundOf(knowledge, form),
      ...(form === 'en' ? { synonyms: knowledge?.synonyms } : {}),
      ...(terms ? { terms } : {}),
    });
    return clusters.map(({ items }) => describeGroup(form, items, knowledge));
  }).sort((a, b) => b.count - a.count);
}

function describeGroup(form: LanguageForm, items: UnansweredEvent[], knowledge: InsightsKnowledge | undefined): UnansweredGroup {
  const tops = items.map((e) => e.candidates[0]).filter((c): c is NonNullable<typeof c> => Boolean(c));
  const nearestId = mostCommon(tops.map((c) => c.id));
  const nearestScores = tops.filter((c) => c.id === nearestId).map((c) => c.score);
  const topic = mostCommon(items.map((e) => e.topic).filter((t): t is string => Boolean(t)));
  const times = items.map((e) => e.at).sort();
  return {
    language: form,
    count: items.length,
    ambiguous: items.filter((e) => e.type === 'ambiguous').length,
    examples: countWordings(items.map((e) => e.text), form)
      .slice(0, 3)
      .map((w) => w.text),
    ...(topic ? { topic } : {}),
    ...(nearestId && nearestId !== 'booking'
      ? {
          nearest: {
            id: nearestId,
            ...(knowledge?.byId.get(nearestId) ? { title: knowledge.byId.get(nearestId)!.title } : {}),
            score: Math.round((nearestScores.reduce((s, x) => s + x, 0) / nearestScores.length) * 100) / 100,
          },
        }
      : {}),
    firstAt: times[0] ?? '',
    lastAt: times[times.length - 1] ?? '',
  };
}

function tallyFeedback(events: FeedbackEvent[], knowledge: InsightsKnowledge | undefined): FeedbackLine[] {
  // One vote per conversation and answer: the last one counts (a person changing their mind, or clicking twice).
  const votes = new Map<string, FeedbackEvent>();
  events.forEach((e, i) => votes.set(e.conversation ? `${e.conversation} ${e.entryId}` : `#${i}`, e));
  const lines = new Map<string, FeedbackLine>();
  for (const e of votes.values()) {
    const title = knowledge?.byId.get(e.entryId)?.title;
    const line = lines.get(e.entryId) ?? { entryId: e.entryId, ...(title ? { title } : {}), up: 0, down: 0 };
    line[e.vote]++;
    lines.set(e.entryId, line);
  }
  return [...lines.values()].sort((a, b) => b.down - a.down || a.up - b.up || a.entryId.localeCompare(b.entryId));
}

function tallyPicks(events: PickEvent[], knowledge: InsightsKnowledge | undefined): PickLine[] {
  const byEntry = new Map<string, string[]>();
  for (const e of events) byEntry.set(e.pickedId, [...(byEntry.get(e.pickedId) ?? []), e.askedText]);
  return [...byEntry.entries()]
    .map(([entryId, asked]) => {
      const title = knowledge?.byId.get(entryId)?.title;
      return { entryId, ...(title ? { title } : {}), count: asked.length, asked: countWordings(asked) };
    })
    .sort((a, b) => b.count - a.count || a.entryId.localeCompare(b.entryId));
}

/** Whether a wording is worth proposing as an alternate question of `entryId` in its language's file. */
function proposable(text: string, entryId: string, knowledge: InsightsKnowledge | undefined, form: LanguageForm): boolean {
  const key = wordingKey(text, form);
  const words = key.split(' ').filter(Boolean);
  if (words.length === 0 || words.length > MAX_QUESTION_WORDS || hasRedactions(text)) return false;
  const entry = knowledge?.byId.get(entryId);
  if (knowledge && !entry) return false; // the entry was renamed or removed since
  const known = form === 'en' ? (entry?.questions ?? []) : (phrasingsIn(knowledge, form).get(entryId) ?? []);
  return !known.some((q) => wordingKey(q, form) === key);
}

function suggest(pickEvents: PickEvent[], groups: UnansweredGroup[], events: UnansweredEvent[], knowledge: InsightsKnowledge | undefined): Suggestion[] {
  const bySlot = new Map<string, Suggestion>();
  const slot = (form: LanguageForm, entryId: string) => {
    let s = bySlot.get(`${form} ${entryId}`);
    if (!s) {
      const title = knowledge?.byId.get(entryId)?.title;
      s = { language: form, entryId, ...(title ? { title } : {}), confident: [], toCheck: [] };
      bySlot.set(`${form} ${entryId}`, s);
    }
    return s;
  };
  // Picks, per language and entry: what was asked before the choice.
  const asked = new Map<string, { form: LanguageForm; entryId: string; texts: string[] }>();
  for (const e of pickEvents) {
    const form = phrasingsFormOf(e.askedText, e.language);
    const line = asked.get(`${form} ${e.pickedId}`) ?? { form, entryId: e.pickedId, texts: [] };
    line.texts.push(e.askedText);
    asked.set(`${form} ${e.pickedId}`, line);
  }
  for (const { form, entryId, texts } of asked.values()) {
    const confident = countWordings(texts, form).filter((a) => proposable(a.text, entryId, knowledge, form));
    if (confident.length) slot(form, entryId).confident.push(...confident);
  }
  const confidentKeys = new Set([...bySlot.values()].flatMap((s) => s.confident.map((c) => `${s.language} ${wordingKey(c.text, s.language)}`)));
  for (const group of groups) {
    // An out-of-scope topic is a missing fact, not a missing wording: no alternate question fixes it.
    if (group.topic || !group.nearest || group.nearest.score < NEAREST_MIN_SCORE) continue;
    const { id, score } = group.nearest;
    const form = group.language;
    // Every spelling of the group's example wordings counts ("會唔會痛？" and "会不会痛" are one wording).
    const exampleKeys = new Set(group.examples.map((text) => wordingKey(text, form)));
    const wordings = countWordings(events.filter((e) => formOf(e) === form && exampleKeys.has(wordingKey(e.text, form))).map((e) => e.text), form);
    const toCheck = wordings
      .filter((w) => proposable(w.text, id, knowledge, form) && !confidentKeys.has(`${form} ${wordingKey(w.text, form)}`))
      .map((w) => ({ ...w, score }));
    if (toCheck.length) slot(form, id).toCheck.push(...toCheck);
  }
  const formOrder = (form: LanguageForm) => LANGUAGE_FORMS.indexOf(form);
  return [...bySlot.values()].sort(
    (a, b) =>
      formOrder(a.language) - formOrder(b.language) ||
      b.confident.length - a.confident.length ||
      b.toCheck.length - a.toCheck.length ||
      a.entryId.localeCompare(b.entryId),
  );
}

/** A YAML list item (quoted when YAML needs it). */
function yamlItem(text: string): string {
  return `- ${jsYaml.dump(text, { lineWidth: -1 }).trim()}`;
}

/** English blocks (each under its entry's questions), then one phrasings file per other language form. */
function suggestionsYaml(suggestions: Suggestion[], knowledge: InsightsKnowledge | undefined): string {
  const english = englishYaml(suggestions.filter((s) => s.language === 'en'), knowledge);
  const others = LANGUAGE_FORMS.filter((form) => form !== 'en')
    .map((form) => phrasingsYaml(form, suggestions.filter((s) => s.language === form)))
    .filter(Boolean);
  return [english, ...others].filter(Boolean).join('\n\n');
}

/** The folder and file a form's suggestions go in. */
export function phrasingsFileFor(form: LanguageForm): string {
  return `knowledge/phrasings/${form}/insights.yaml`;
}

/**
 * A phrasings file of its own (one writer: the people who asked), so the evaluation by writer stays honest.
 * Wordings people picked are ready; unanswered ones stay commented out until a person checks the answer fits.
 */
function phrasingsYaml(form: LanguageForm, suggestions: Suggestion[]): string {
  if (!suggestions.length) return '';
  const ready = suggestions.some((s) => s.confident.length);
  const lines = [
    `# ${FORM_NAMES[form]}: save as ${phrasingsFileFor(form)} (or, if it exists, add the labels below under its "phrasings:").`,
    '# yaml-language-server: $schema=../../../schema/knowledge.schema.json',
    'kind: phrasings',
    `language: ${form}`,
    'writer: questions people asked the bot (npm run insights)',
    // YAML needs a mapping even when every label is still commented out.
    ready ? 'phrasings:' : 'phrasings: {}  # remove the {} when you uncomment a label',
  ];
  for (const s of suggestions) {
    const title = s.title ? `  # "${s.title}"` : '';
    lines.push(s.confident.length ? `  ${s.entryId}:${title}` : `  # ${s.entryId}:${title}`);
    for (const c of s.confident) lines.push(`    ${yamlItem(c.text)}  # picked ${c.count}x after "did you mean"`);
    if (s.toCheck.length) {
      lines.push(`    # Unanswered, closest to this entry (score ${s.toCheck[0]!.score}): uncomment only if the answer fits${s.confident.length ? '' : ' (and the label above)'}.`);
      for (const c of s.toCheck) lines.push(`    # ${yamlItem(c.text)}  # asked ${c.count}x`);
    }
  }
  return lines.join('\n');
}

function englishYaml(suggestions: Suggestion[], knowledge: InsightsKnowledge | undefined): string {
  const indent = '      '; // entries: - id ... questions: - item (the layout of knowledge/faq.yaml)
  return suggestions
    .map((s) => {
      const kind = knowledge?.byId.get(s.entryId)?.kind;
      const lines = [`# ${s.entryId}${s.title ? ` ("${s.title}")` : ''}${kind ? `, in the file with kind: ${kind}` : ''}. Add under its questions:`];
      for (const c of s.confident) lines.push(`${indent}${yamlItem(c.text)}  # picked ${c.count}x after "did you mean"`);
      if (s.toCheck.length) {
        lines.push(`${indent}# Unanswered, closest to this entry (score ${s.toCheck[0]!.score}): uncomment only if the answer fits.`);
        for (const c of s.toCheck) lines.push(`${indent}# ${yamlItem(c.text)}  # asked ${c.count}x`);
      }
      return lines.join('\n');
    })
    .join('\n\n');
}

export function buildReport(events: InsightEvent[], options: ReportOptions = {}): InsightsReport {
  const { knowledge, since } = options;
  const inWindow = since ? events.filter((e) => Date.parse(e.at) >= since.getTime()) : events;
  const unansweredEvents = inWindow.filter((e): e is UnansweredEvent => e.type === 'unanswered' || e.type === 'ambiguous');
  const pickEvents = inWindow.filter((e): e is PickEvent => e.type === 'pick');
  const feedbackEvents = inWindow.filter((e): e is FeedbackEvent => e.type === 'feedback');
  const safety = inWindow
    .filter((e): e is SafetyEvent => e.type === 'safety')
    .map(({ at, category, outcome, text, language }) => ({ at, category, outcome, text, ...(language ? { language } : {}) }))
    .sort((a, b) => b.at.localeCompare(a.at));

  const unanswered = groupUnanswered(unansweredEvents, knowledge);
  const feedback = tallyFeedback(feedbackEvents, knowledge);
  const picks = tallyPicks(pickEvents, knowledge);
  const suggestions = suggest(pickEvents, unanswered, unansweredEvents, knowledge);
  const times = inWindow.map((e) => e.at).sort();
  return {
    ...(since ? { since: since.toISOString() } : {}),
    ...(times.length ? { from: times[0], to: times[times.length - 1] } : {}),
    totals: {
      unanswered: unansweredEvents.filter((e) => e.type === 'unanswered').length,
      ambiguous: unansweredEvents.filter((e) => e.type === 'ambiguous').length,
      picks: pickEvents.length,
      votesUp: feedback.reduce((s, l) => s + l.up, 0),
      votesDown: feedback.reduce((s, l) => s + l.down, 0),
    },
    unanswered,
    feedback,
    picks,
    suggestions,
    yaml: suggestionsYaml(suggestions, knowledge),
    safety,
  };
}

const quote = (text: string) => `"${text}"`;
const named = (id: string, title?: string) => (title ? `${id} (${quote(title)})` : id);

/** The report as plain text for a terminal. */
export function formatReport(report: InsightsReport, top = 15): string {
  const out: string[] = [];
  const t = report.totals;
  const window = report.from ? `${report.from.slice(0, 10)} to ${report.to!.slice(0, 10)}` : 'no events';
  out.push(`Insights: ${window}${report.since ? ` (since ${report.since.slice(0, 10)})` : ''}`);
  out.push(
    `${t.unanswered} unanswered, ${t.ambiguous} "did you mean", ${t.picks} picks, ${t.votesUp} 👍 / ${t.votesDown} 👎`,
  );

  out.push('', '1. Questions the bot could not answer, grouped by meaning (most asked first)');
  if (!report.unanswered.length) out.push('   none');
  // In one language the list is as it always was; with several, each language under its own heading.
  const languages = LANGUAGE_FORMS.filter((form) => report.unanswered.some((g) => g.language === form));
  const shown = languages.length > 1 ? languages.flatMap((form) => report.unanswered.filter((g) => g.language === form).slice(0, top)) : report.unanswered.slice(0, top);
  let heading: LanguageForm | undefined;
  for (const g of shown) {
    if (languages.length > 1 && g.language !== heading) {
      heading = g.language;
      const questions = report.unanswered.filter((x) => x.language === heading).reduce((n, x) => n + x.count, 0);
      out.push(`   ${FORM_NAMES[heading]} (${questions} question${questions === 1 ? '' : 's'}):`);
    }
    const kinds = g.ambiguous ? ` (${g.ambiguous} got "did you mean")` : '';
    out.push(`   ${String(g.count).padStart(4)}x  ${g.examples.map(quote).join('  ·  ')}${kinds}`);
    const notes = [
      g.topic ? `got the "${g.topic}" fallback: answering it needs the clinic's facts in a new entry` : '',
      g.nearest && g.nearest.score >= NEAREST_MIN_SCORE ? `closest entry: ${named(g.nearest.id, g.nearest.title)}, score ${g.nearest.score}` : '',
    ].filter(Boolean);
    if (notes.length) out.push(`          ${notes.join('; ')}`);
  }
  if (report.unanswered.length > shown.length) out.push(`   ... and ${report.unanswered.length - shown.length} more groups (--top N, or --json)`);

  out.push('', '2. Answers people found unhelpful (👎 first; one vote per conversation)');
  const disliked = report.feedback.filter((l) => l.down > 0);
  if (!disliked.length) out.push('   none');
  for (const l of disliked.slice(0, top)) out.push(`   👎 ${String(l.down).padStart(3)}  👍 ${String(l.up).padStart(3)}  ${named(l.entryId, l.title)}`);

  out.push('', '3. "Did you mean" choices people picked (their words could be alternate questions)');
  if (!report.picks.length) out.push('   none');
  for (const p of report.picks.slice(0, top)) {
    out.push(`   ${String(p.count).padStart(4)}x  ${named(p.entryId, p.title)}`);
    for (const a of p.asked.slice(0, 3)) out.push(`          after ${quote(a.text)}${a.count > 1 ? ` (${a.count}x)` : ''}`);
  }

  out.push('', '4. Safety replies the bot gave (newest first): check each for a false alarm or a miss');
  if (!report.safety.length) out.push('   none');
  const byCategory = new Map<string, number>();
  for (const e of report.safety) byCategory.set(`${e.category} (${e.outcome})`, (byCategory.get(`${e.category} (${e.outcome})`) ?? 0) + 1);
  if (report.safety.length) out.push(`   ${[...byCategory].map(([name, count]) => `${count}x ${name}`).join(', ')}`);
  for (const e of report.safety.slice(0, top)) out.push(`   ${e.at.slice(0, 16).replace('T', ' ')}  ${e.outcome}  ${e.category}${e.language ? ` [${e.language}]` : ''}  ${quote(e.text)}`);

  out.push('', '5. Suggested alternate questions, ready to paste into knowledge/ (English: the entry\'s questions; other languages: knowledge/phrasings/<language>/) (nothing was changed)');
  out.push(report.yaml || '   none'); // not indented: the lines paste into the YAML as they are
  return `${out.join('\n')}\n`;
}
