// The small reader behind the everyday time words of every language (English, Punjabi, Chinese): find
// the words (tokens) a language uses for days, parts of day and clock times, then join neighbours into
// one phrase ("next" + "tuesday" + "afternoon", "下星期二" + "下午" + "3点", "ਅਗਲੇ" + "ਮੰਗਲਵਾਰ" + "ਸ਼ਾਮ ਨੂੰ").
// Anything it does not know is simply not read, so an unknown form is re-asked rather than guessed.
import { allMatches } from '../../text/allMatches.js';
import type { DaySpec, PartOfDay, TimePhrase } from './phrase.js';

export type Token =
  /** `recurring`: the day said in the plural ("tuesdays"). */
  | { kind: 'day'; day: DaySpec; recurring?: boolean }
  | { kind: 'next' | 'this' | 'last' | 'every' }
  | { kind: 'part'; part: PartOfDay | 'noon' }
  /**
   * `weak`: could also be ordinary words ("一点" is also "a little"): only read next to a day or part of day.
   * `fixed`: the hour is on the 24-hour clock already ("3pm"). `mod`: "before 10am", "after 5pm".
   */
  | { kind: 'clock'; hour: number; minute: number; weak?: boolean; fixed?: boolean; mod?: 'before' | 'after' }
  | { kind: 'dayAndPart'; day: DaySpec; part: PartOfDay };

export interface LexiconEntry {
  pattern: RegExp;
  token: (match: RegExpExecArray) => Token | undefined;
}

interface Placed {
  start: number;
  end: number;
  token: Token;
}

function tokensIn(text: string, lexicon: LexiconEntry[]): Placed[] {
  const all: Placed[] = [];
  for (const entry of lexicon) {
    for (const m of allMatches(entry.pattern, text)) {
      const token = m[0] ? entry.token(m) : undefined;
      if (token) all.push({ start: m.index, end: m.index + m[0].length, token });
    }
  }
  // Longest first where words overlap ("下星期二" over "星期二", "ਦੁਪਹਿਰ ਤੋਂ ਬਾਅਦ" over "ਦੁਪਹਿਰ").
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Placed[] = [];
  for (const p of all) if (!kept.some((k) => p.start < k.end && k.start < p.end)) kept.push(p);
  return kept.sort((a, b) => a.start - b.start);
}

function withModifier(day: DaySpec, modifier: 'next' | 'this' | 'last' | undefined): DaySpec {
  if (!modifier) return day;
  if (day.kind === 'weekday') return { ...day, week: modifier };
  if (day.kind === 'week') return { ...day, which: modifier };
  if (day.kind === 'weekends' && modifier !== 'last') return { ...day, which: modifier };
  return day;
}

/** Phrases in `text`: neighbouring tokens separated only by spaces or the language's small joining words. */
export function readPhrases(text: string, lexicon: LexiconEntry[], joiner: RegExp): TimePhrase[] {
  const phrases: TimePhrase[] = [];
  let current: TimePhrase | undefined;
  let modifier: 'next' | 'this' | 'last' | undefined;
  let every = false;
  let weakClock = false;
  let lastEnd = -1;
  /** Where a leading "next" / "every" began, so the phrase's span includes it. */
  let pendingStart: number | undefined;

  const close = () => {
    if (current && (current.day || current.part || (current.clock && !weakClock))) phrases.push(current);
    current = undefined;
    weakClock = false;
  };

  for (const { start, end, token } of tokensIn(text, lexicon)) {
    const joined = lastEnd >= 0 && joiner.test(text.slice(lastEnd, start));
    if (!joined) {
      close();
      modifier = undefined;
      every = false;
      pendingStart = undefined;
    }
    lastEnd = end;
    if (token.kind === 'next' || token.kind === 'this' || token.kind === 'last') {
      close();
      modifier = token.kind;
      pendingStart ??= start;
      continue;
    }
    if (token.kind === 'every') {
      close();
      every = true;
      pendingStart ??= start;
      continue;
    }
    // A "before 10am" / "after 5pm" stands on its own after a day ("tuesday after 3pm" is two preferences,
    // as the English recognizer reads it), but takes its hours from a part of day ("mornings before 10").
    const slotTaken =
      current &&
      (((token.kind === 'day' || token.kind === 'dayAndPart') && (current.day || current.clock?.mod)) ||
        ((token.kind === 'part' || token.kind === 'dayAndPart') && current.part) ||
        (token.kind === 'clock' && (current.clock || (token.mod && current.day))));
    // "weekday mornings before 10": the time after the day still takes its hours from the morning.
    const partForClock = token.kind === 'clock' && token.mod && slotTaken ? current?.part : undefined;
    if (slotTaken) close();
    current ??= { start: pendingStart ?? start, end, ...(partForClock ? { clockPart: partForClock } : {}) };
    pendingStart = undefined;
    current.end = end;
    if (token.kind === 'day' || token.kind === 'dayAndPart') {
      current.day = withModifier(token.day, modifier);
      modifier = undefined;
      if (token.kind === 'day' && token.recurring) current.recurring = true;
    }
    if (token.kind === 'part' || token.kind === 'dayAndPart') current.part = token.part;
    if (token.kind === 'clock') {
      current.clock = { hour: token.hour, minute: token.minute };
      if (token.fixed) current.clock.fixed = true;
      if (token.mod) current.clock.mod = token.mod;
      weakClock = Boolean(token.weak) && !current.day && !current.part;
    } else if (current.clock) weakClock = false;
    if (every) current.recurring = true;
  }
  close();
  return phrases;
}
