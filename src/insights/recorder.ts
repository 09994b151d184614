// The bot's side of insights: called on every routed message, it writes down what the knowledge
// base could not answer ("none") or only guessed at ("ambiguous"), which "did you mean" choice
// the person then picked, and 👍/👎 on answers. Recording never fails or slows a turn: writes
// are not awaited, and a failing disk is logged once, not thrown.
import { createHash } from 'node:crypto';
import type { Reading } from '../understanding/reading.js';
import type { InsightEvent, InsightsSink, Vote } from './events.js';
import { remembered } from '../remembered.js';
import { redactPersonalData } from './redact.js';

/**
 * A "did you mean" offer, remembered until the next message of the same conversation. The bot
 * may keep it in ConversationState (works across instances) and pass it back; otherwise the
 * recorder keeps it in a small in-memory map.
 */
export interface Offer {
  /** The redacted question that got the offer. */
  askedText: string;
  /** Offered entry ids, in the order shown. */
  choiceIds: string[];
  at: string;
}

export interface RecorderOptions {
  log?: { warn(obj: object, msg: string): void };
  now?: () => Date;
  /** Conversations whose last offer is kept in memory (oldest forgotten first). */
  rememberedOffers?: number;
}

const MAX_CANDIDATES = 3;

/** The hash that stands for a conversation in insight events (never the raw conversation id). */
export const conversationHash: (conversationKey: string) => string = remembered((conversationKey) =>
  createHash('sha256').update(conversationKey).digest('hex').slice(0, 16),
);

const round = (score: number) => Math.round(score * 1000) / 1000;

/** What the bot did for each safety outcome worth counting. */
const SAFETY_OUTCOMES: Partial<Record<Reading['safety']['outcome'], string>> = {
  emergency: 'emergency-911',
  crisis: 'crisis-line',
  urgent: 'urgent-811',
};

export class InsightsRecorder {
  private readonly offers = new Map<string, Offer>();
  private readonly now: () => Date;
  private readonly maxOffers: number;
  private pending = new Set<Promise<void>>();
  private warned = false;

  constructor(
    private readonly sink: InsightsSink,
    private readonly options: RecorderOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.maxOffers = options.rememberedOffers ?? 1000;
  }

  /**
   * Records one message's reading. Returns the offer to remember for the next message (a "did you mean"),
   * or undefined (forget any earlier offer).
   * `lastOffer`: the offer the bot kept in conversation state (null: none); omit it to use the
   * recorder's in-memory memory instead.
   */
  recordReading(conversationKey: string, reading: Reading, lastOffer?: Offer | null): Offer | undefined {
    const conversation = conversationHash(conversationKey);
    const offer = lastOffer === undefined ? this.offers.get(conversation) : (lastOffer ?? undefined);
    this.offers.delete(conversation);
    const { intent } = reading;
    if (intent.kind === 'entry' && offer?.choiceIds.includes(intent.entryId)) this.recordPick(conversationKey, intent.entryId, offer, reading.language.reply);
    // Emergencies, booking requests and control acts are never kept: they are not knowledge-base gaps.
    if (reading.safety.outcome === 'emergency' || reading.safety.outcome === 'crisis') return undefined;
    if (intent.kind !== 'none' && intent.kind !== 'ambiguous') return undefined;
    const asked = redactPersonalData(reading.cleaned.trim());
    if (!asked) return undefined;
    const at = this.now().toISOString();
    const language = reading.language.reply;
    if (intent.kind === 'none') {
      this.write({
        type: 'unanswered',
        at,
        text: asked,
        candidates: reading.alternatives.slice(0, MAX_CANDIDATES).map((c) => ({ id: c.id, score: round(c.score) })),
        ...(intent.topic ? { topic: intent.topic } : {}),
        language,
        conversation,
      });
      return undefined;
    }
    const choiceIds = intent.entryIds;
    const scoreOf = (id: string) => reading.alternatives.find((c) => c.id === id)?.score ?? reading.confidence;
    this.write({
      type: 'ambiguous',
      at,
      text: asked,
      candidates: choiceIds.slice(0, MAX_CANDIDATES).map((id) => ({ id, score: round(scoreOf(id)) })),
      language,
      conversation,
    });
    const next: Offer = { askedText: asked, choiceIds, at };
    this.remember(conversation, next);
    return next;
  }

  /** The person chose `entryId` from a "did you mean" offer. Returns false when it was not offered. */
  recordPick(conversationKey: string, entryId: string, offer?: Offer | null, language?: string): boolean {
    const conversation = conversationHash(conversationKey);
    const shown = offer ?? this.offers.get(conversation);
    if (!shown || !shown.choiceIds.includes(entryId)) return false;
    this.offers.delete(conversation);
    this.write({
      type: 'pick',
      at: this.now().toISOString(),
      askedText: shown.askedText,
      pickedId: entryId,
      offered: shown.choiceIds,
      ...(language ? { language } : {}),
      conversation,
    });
    return true;
  }

  /** 👍 / 👎 on an answer. The conversation hash lets the report count one vote per conversation. */
  recordFeedback(entryId: string, vote: Vote, conversationKey?: string): void {
    this.write({
      type: 'feedback',
      at: this.now().toISOString(),
      entryId,
      vote,
      ...(conversationKey ? { conversation: conversationHash(conversationKey) } : {}),
    });
  }

  /**
   * A 911, crisis-line or 8-1-1 reply the bot gave (the staff page charts them by category). The words
   * are redacted like unanswered questions; a calm message or a caution line leaves nothing.
   */
  recordSafety(conversationKey: string, reading: Reading): void {
    const outcome = SAFETY_OUTCOMES[reading.safety.outcome];
    if (!outcome) return;
    this.write({
      type: 'safety',
      at: this.now().toISOString(),
      category: reading.safety.category ?? 'unknown',
      outcome,
      text: redactPersonalData(reading.cleaned.trim()),
      language: reading.language.reply,
      conversation: conversationHash(conversationKey),
    });
  }

  /**
   * A conversation began (its first message): lets the staff page count conversations per day.
   * Counted once per conversation and day however often it is recorded.
   */
  recordConversation(conversationKey: string, language?: string): void {
    this.write({ type: 'conversation', at: this.now().toISOString(), conversation: conversationHash(conversationKey), ...(language ? { language } : {}) });
  }

  /**
   * "Forget me": deletes everything recorded for this conversation (waiting for writes in flight
   * first) and resolves with how many records went; 0 when the sink cannot delete.
   */
  async forgetConversation(conversationKey: string): Promise<number> {
    this.offers.delete(conversationHash(conversationKey));
    await this.flush();
    return (await this.sink.deleteConversation?.(conversationKey)) ?? 0;
  }

  /** Resolves when everything recorded so far is written (tests, shutdown). */
  async flush(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  private remember(conversation: string, offer: Offer): void {
    this.offers.set(conversation, offer);
    if (this.offers.size > this.maxOffers) {
      const oldest = this.offers.keys().next().value;
      if (oldest !== undefined) this.offers.delete(oldest);
    }
  }

  private write(event: InsightEvent): void {
    const done = this.sink
      .append(event)
      .catch((error: unknown) => {
        if (this.warned) return;
        this.warned = true; // one line, not one per message, while the disk stays unwritable
        this.options.log?.warn({ reason: error instanceof Error ? error.message : String(error) }, 'insights: could not record an event');
      })
      .finally(() => this.pending.delete(done));
    this.pending.add(done);
  }
}
