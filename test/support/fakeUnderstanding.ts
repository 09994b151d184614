// Readings built by hand, and an Understanding whose readings a test decides, for unit tests of what the bot
// does with a reading (MainDialog's route table, rendering, channel rules) independent of the real reader's
// scores. As in BotBuilder-Samples core-bot's MainDialog tests (a mock recognizer returning a given intent),
// the fake stands in for the one reader of messages: BotParts.understanding. Integration tests use the real one.
import type { BotParts } from '../../src/app.js';
import type { Clinic, Knowledge, ReplyLanguage } from '../../src/kb/schema.js';
import type { Candidate, ControlAct, Intent, LanguageReading, Reading, ReadingContext } from '../../src/understanding/reading.js';
import { CALM, type SafetyReading } from '../../src/understanding/safety/safetyReader.js';
import type { MessageInput, MessageReader } from '../../src/understanding/understand.js';

/** A message read as English, the language remembered or defaulted to. */
export function languageOf(reply: ReplyLanguage = 'en', fields: Partial<LanguageReading> = {}): LanguageReading {
  return { written: reply === 'en' ? 'en' : reply === 'pa' ? 'pa-Guru' : reply, reply, switched: false, why: 'set by the test', requested: false, ...fields };
}

/** "chest pain": 911 now; `uncertain`: the words may not describe now ("It's not an emergency" is offered). */
export function emergencySafety(uncertain = false): SafetyReading {
  return { outcome: 'emergency', category: 'chest-heart', terms: ['chest-pain'], uncertain };
}

export function reading(intent: Intent, fields: Partial<Reading> = {}): Reading {
  return { cleaned: '', language: languageOf(), safety: CALM, intent, confidence: 0.9, alternatives: [], isQuestion: false, ...fields };
}

export const readings = {
  entry: (entryId: string, fields: Partial<Reading> = {}) =>
    reading({ kind: 'entry', entryId }, { confidence: 0.9, alternatives: [{ id: entryId, score: 0.9 }], isQuestion: true, ...fields }),
  booking: (fields: Partial<Reading> = {}) => reading({ kind: 'booking' }, { confidence: 0.95, alternatives: [{ id: 'booking', score: 0.95 }], ...fields }),
  ambiguous: (entryIds: string[], fields: Partial<Reading> = {}) =>
    reading({ kind: 'ambiguous', entryIds }, { confidence: 0.5, alternatives: entryIds.map((id, i) => ({ id, score: 0.5 - i / 100 })), isQuestion: true, ...fields }),
  /** Nothing answers it; `alternatives`: the nearest entries a fallback offers. */
  none: ({ topic, alternatives = [], ...fields }: Partial<Reading> & { topic?: string; alternatives?: Candidate[] } = {}) =>
    reading(topic ? { kind: 'none', topic } : { kind: 'none' }, { confidence: 0.2, alternatives, ...fields }),
  control: (control: ControlAct, fields: Partial<Reading> = {}) => reading({ kind: 'control', control }, { confidence: 1, ...fields }),
  /** 911 now (the intent underneath, e.g. the entry the question is about, is kept for "It's not an emergency"). */
  emergency: ({ uncertain = false, intent = { kind: 'none' } as Intent, ...fields }: Partial<Reading> & { uncertain?: boolean } = {}) =>
    reading(intent, { confidence: 0.8, safety: emergencySafety(uncertain), ...fields }),
};

/** What the test's reader says about one message (it may look at what the conversation expects). */
export type ReadingRule = (input: MessageInput, context: ReadingContext) => Reading;

/** An Understanding whose readings the test decides; every message it was asked to read is kept. */
export class FakeUnderstanding implements MessageReader {
  readonly calls: { input: MessageInput; context: ReadingContext }[] = [];

  constructor(private readonly rule: ReadingRule) {}

  read(input: MessageInput | string, context: ReadingContext = {}): Reading {
    const message = typeof input === 'string' ? { text: input } : input;
    this.calls.push({ input: message, context });
    const result = this.rule(message, context);
    return result.cleaned ? result : { ...result, cleaned: message.text.trim() };
  }

  /** The last message read. */
  get last(): { input: MessageInput; context: ReadingContext } | undefined {
    return this.calls.at(-1);
  }
}

/** BotParts for createBotCore / createApp with a fake reader of messages. */
export function partsWith(knowledge: Knowledge, clinic: Clinic, understanding: FakeUnderstanding): BotParts {
  return { knowledge, clinic, understanding: () => understanding };
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const YES_NO_STEPS = new Set<ReadingContext['expecting']>(['consent', 'review', 'continue', 'bookingOffer', 'payerConfirm']);

/**
 * A tiny rule-based reader for tests of the bot's own rules:
 * "explode" -> throws; "chest pain" -> emergency; yes / no where a yes-or-no question waits; "cancel" in a
 * booking; "book"/"appointment" -> booking; "ims or acupuncture" -> did you mean; "price" -> none with the
 * price topic; an entry's title or question -> that entry; anything else -> none.
 */
export function ruleBasedUnderstanding(knowledge: Knowledge): FakeUnderstanding {
  return new FakeUnderstanding(({ text }, context) => {
    const t = norm(text);
    if (t.includes('explode')) throw new Error('understanding exploded');
    if (t.includes('chest pain')) return readings.emergency();
    if (YES_NO_STEPS.has(context.expecting) && /^(yes|yes please|sure|ok)$/.test(t)) return readings.control({ act: 'yes' });
    if (YES_NO_STEPS.has(context.expecting) && /^(no|no thanks)$/.test(t)) return readings.control({ act: 'no' });
    if (context.expecting && /^(cancel|stop)$/.test(t)) return readings.control({ act: 'cancel' });
    if (/\b(book|appointment)\b/.test(t)) return readings.booking();
    if (t === 'ims or acupuncture') return readings.ambiguous(['ims-what', 'ims-vs-acupuncture']);
    if (t.includes('price')) return readings.none({ topic: 'price' });
    const hit = knowledge.entries.find((e) => norm(e.title) === t || e.questions.some((q) => norm(q) === t));
    return hit ? readings.entry(hit.id) : readings.none();
  });
}
