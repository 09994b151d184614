// How the visit will be paid (see ./payerWords.ts for the words in each language). Named payers
// are read anywhere; stories and answer-only words only when the person is answering the payer
// question. Negated words do not count ("not ICBC", "it wasn't a car accident", "ICBC ਨਹੀਂ",
// "唔係車禍"). Two different payers named at once is left to the dialog to ask; MSP named next to
// a payer keeps the payer and sets `msp`.
import { Message } from './message.js';
import { PAYER_WORDS, type PayerWordKind } from './payerWords.js';
import { looksLikeQuestion } from './question.js';
import { allMatches } from '../text/allMatches.js';
import type { FoundPayer, PayerProblem, PayerReading, FieldReading } from './types.js';

const COMPILED = PAYER_WORDS.map((words) => ({ ...words, regex: new RegExp(words.pattern, 'giu') }));

/** "not", "no", "don't have", "wasn't a", "没有", "唔係" right before the words. */
const NEGATED_BEFORE =
  /(?:(?<![A-Za-z])(?:not|no|never|without)|n['’]?t(?:\s+(?:have|got|use|using|with|through|by|from|in))?|not (?:with|through|by))\s+(?:(?:a|an|any|my|the|in|from)\s+)?$|(?:没有|沒有|冇|无|無|没|沒|不是|唔係|不用|唔使)\s*$/iu;
/** Punjabi puts the "not" after: "ICBC ਨਹੀਂ", "car accident nahi si". */
const NEGATED_AFTER = /^\s*(?:ਨਹੀਂ|ਨਹੀ|nahi|nahin|nai|ni)(?![\p{L}\p{M}])/iu;

interface Hit {
  payer: PayerReading | 'msp';
  kind: PayerWordKind;
  inferred: boolean;
  start: number;
  end: number;
}

/** The clause a word sits in, with its closing punctuation ("what about ICBC?"). */
function clauseAround(text: string, start: number, end: number): string {
  const before = clauseBefore(text, start);
  const after = /^[^,.;!?，。；！？]*[,.;!?，。；！？]?/u.exec(text.slice(end))?.[0] ?? '';
  return before + text.slice(start, end) + after;
}

function clauseBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  return before.slice(Math.max(0, before.search(/[^,.;!?，。；！？]*$/)));
}

/** Every payer word in the text, the longest winning where they overlap ("没有保险" over "保险"). */
function payerHits(text: string, answering: boolean): Hit[] {
  const all: Hit[] = [];
  for (const words of COMPILED) {
    if (!answering && words.kind !== 'named') continue;
    for (const m of allMatches(words.regex, text)) {
      if (!m[0]) continue;
      all.push({ payer: words.payer, kind: words.kind, inferred: words.kind === 'story' || Boolean(words.inferred), start: m.index, end: m.index + m[0].length });
    }
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  for (const hit of all) {
    if (kept.some((k) => hit.start < k.end && k.start < hit.end)) continue;
    if (hit.payer !== 'not-sure' && (NEGATED_BEFORE.test(clauseBefore(text, hit.start)) || NEGATED_AFTER.test(text.slice(hit.end)))) continue;
    // Outside the payer question, "does ICBC cover IMS?" asks; it does not say how they will pay.
    if (!answering && looksLikeQuestion(clauseAround(text, hit.start, hit.end))) continue;
    kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function decide(hits: Hit[]): { value: PayerReading | null; inferred: boolean; msp: boolean } | 'ambiguous' | undefined {
  const msp = hits.some((h) => h.payer === 'msp');
  const payers = hits.filter((h): h is Hit & { payer: PayerReading } => h.payer !== 'msp');
  const hedged = payers.some((h) => h.payer === 'not-sure');
  const definite = payers.filter((h) => h.payer !== 'not-sure');
  for (const sure of [definite.filter((h) => !h.inferred), definite.filter((h) => h.inferred)]) {
    const distinct = new Set(sure.map((h) => h.payer));
    if (distinct.size > 1) return 'ambiguous';
    const [first] = sure;
    // "Not sure, maybe ICBC": the guess is kept, to be confirmed.
    if (first) return { value: first.payer, inferred: first.inferred || hedged, msp };
  }
  if (hedged) return { value: 'not-sure', inferred: false, msp };
  if (msp) return { value: null, inferred: false, msp };
  return undefined;
}

/** The payer in a message; `answering` when the person is answering "how will you pay?". */
export function findPayer(message: Message, answering: boolean): FoundPayer | 'ambiguous' | undefined {
  const hits = payerHits(message.text, answering);
  const decided = decide(hits);
  if (!decided || decided === 'ambiguous') return decided;
  const first = hits[0] as Hit;
  const last = hits[hits.length - 1] as Hit;
  for (const hit of hits) message.blank(hit.start, hit.end);
  return { ...decided, span: message.span(first.start, last.end) };
}

/** The answer to "how will you pay for the visit?", or why it could not be read. */
export function readPayer(input: string): FieldReading<FoundPayer, PayerProblem> {
  const found = findPayer(new Message(input), true);
  if (found === 'ambiguous') return { ok: false, problem: 'ambiguous' };
  return found ? { ok: true, value: found } : { ok: false, problem: 'no-payer' };
}
