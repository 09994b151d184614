// The Router: one decision per message, in a fixed order. 1. clean the message; 2. emergency red flags
// (they win over everything); 3. booking intent; 4. FAQ / small talk (answer or "did you mean");
// 5. none, with the out-of-scope topic when one matched. Pure: no Bot Framework types, no I/O per message.
import type { Entry, Knowledge } from '../kb/schema.js';
import { cleanMessage } from '../matching/clean.js';
import { BOOKING_LABEL, Matcher, OUT_OF_SCOPE_PREFIX, exactKey, type MatchResult, type MatcherTuning } from '../matching/matcher.js';
import { WordNet } from '../matching/wordnet.js';
import { looksLikeBookingRequest } from './booking-intent.js';
import { SafetyReader, CALM, type SafetyReading } from '../understanding/safety/safetyReader.js';
import { questionSentences, tokenize } from '../understanding/text/tokens.js';
import type { Candidate, Route, Router } from './types.js';

/** Button texts that always mean "I want to book" (the bot's booking button sends the first). */
export const BOOKING_BUTTON_TEXTS: readonly string[] = ['Book a consult', 'Book a consultation', 'Book an appointment', 'Book now'];

export interface RouterOptions {
  /** General-English dictionary; `false` to match on the KB's own words only. Default: shared WordNet instance. */
  wordnet?: WordNet | false;
  tuning?: Partial<MatcherTuning>;
  /** Reuse a matcher already built for this knowledge. */
  matcher?: Matcher;
}

const BOOKING_ONLY: ReadonlySet<string> = new Set([BOOKING_LABEL]);
const MAX_MESSAGE_LENGTH = 4000;

let sharedWordNet: WordNet | undefined;
/** WordNet's index files are read once per process, however often the knowledge base is reloaded. */
function defaultWordNet(): WordNet {
  sharedWordNet ??= new WordNet();
  return sharedWordNet;
}

export class KnowledgeRouter implements Router {
  readonly matcher: Matcher;
  private readonly safety: SafetyReader;
  private readonly bookingButtons: ReadonlySet<string>;

  constructor(
    private readonly knowledge: Knowledge,
    options: RouterOptions = {},
  ) {
    const wordnet = options.wordnet === false ? undefined : (options.wordnet ?? defaultWordNet());
    this.matcher = options.matcher ?? new Matcher(knowledge, { ...(wordnet ? { wordnet } : {}), ...(options.tuning ? { tuning: options.tuning } : {}) });
    this.safety = new SafetyReader(knowledge.safety, { knownWord: (word) => this.matcher.analyzer.knowsWord(word) || (wordnet?.isCommonWord(word) ?? false) });
    this.bookingButtons = new Set(BOOKING_BUTTON_TEXTS.map(exactKey));
  }

  route(text: string, { ignoreEmergency = false }: { ignoreEmergency?: boolean } = {}): Route {
    // A chat message is short; a pasted essay is matched on its beginning so one message cannot stall the bot.
    const cleaned = cleanMessage(text.length > MAX_MESSAGE_LENGTH ? text.slice(0, MAX_MESSAGE_LENGTH) : text);
    let safety = this.readSafety(cleaned);
    if (safety.outcome === 'crisis' || safety.outcome === 'emergency') {
      if (!ignoreEmergency) return { kind: 'emergency', label: 'emergency', score: 1, candidates: [], cleaned, safety };
      // "It's not an emergency": answered as the question it is, with the line on when to get help.
      safety = { ...safety, outcome: 'caution', uncertain: false };
    }
    let result = this.matcher.match(cleaned);

    if (this.bookingButtons.has(exactKey(cleaned))) {
      return { kind: 'booking', label: 'booking', score: 1, candidates: [{ id: BOOKING_LABEL, score: 1 }], cleaned, safety };
    }
    // "How often are appointments spaced?" mentions appointments but asks a fact: decide without booking.
    if (result.kind === 'booking' && result.score < 1 && !looksLikeBookingRequest(result.analysis.tokens, result.score)) {
      result = this.matcher.match(cleaned, { exclude: BOOKING_ONLY });
    }
    return this.fromMatch(result, cleaned, safety);
  }

  readSafety(cleaned: string): SafetyReading {
    return cleaned ? this.safety.read(tokenize(cleaned), questionSentences(cleaned)) : CALM;
  }

  private fromMatch(result: MatchResult, cleaned: string, safety: SafetyReading): Route {
    const candidates: Candidate[] = result.candidates
      .filter((candidate) => !candidate.id.startsWith(OUT_OF_SCOPE_PREFIX))
      .slice(0, 5)
      .map(({ id, score }) => ({ id, score }));
    const base = { score: result.score, candidates, cleaned, safety };
    switch (result.kind) {
      case 'booking':
        return { ...base, kind: 'booking', label: 'booking' };
      case 'answer': {
        const entry = this.knowledge.byId.get(result.label);
        if (entry) return { ...base, kind: 'answer', label: entry.id, entry };
        break;
      }
      case 'ambiguous': {
        const choices = result.choices.map((id) => this.knowledge.byId.get(id)).filter((entry): entry is Entry => entry !== undefined);
        if (choices.length >= 2) return { ...base, kind: 'ambiguous', label: 'ambiguous', choices };
        break;
      }
      case 'none':
        break;
    }
    const topic = result.topic ? this.knowledge.outOfScope.find((t) => t.id === result.topic) : undefined;
    return { ...base, kind: 'none', label: 'none', ...(topic ? { topic } : {}) };
  }
}

export function createRouter(knowledge: Knowledge, options: RouterOptions = {}): Router & { matcher: Matcher } {
  return new KnowledgeRouter(knowledge, options);
}
