// The bot's side of insights: called on every routed message, it writes down what the knowledge
// base could not answer ("none") or only guessed at ("ambiguous"), which "did you mean" choice
// the person then picked, and 👍/👎 on answers. Recording never fails or slows a turn: writes
// are not awaited, and a failing disk is logged once, not thrown.
import { createHash } from 'node:crypto';
import type { Route } from '../routing/types.js';
import type { InsightEvent, InsightsSink, Vote } from './events.js';
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
export function conversationHash(conversationKey: string): string {
  return createHash('sha256').update(conversationKey).digest('hex').slice(0, 16);
}

const round = (score: number) => Math.round(score * 1000) / 1000;

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
   * Records one routed message. Returns the offer to remember for the next message (an
   * "ambiguous" route), or undefined (forget any earlier offer).
   * `lastOffer`: the offer the bot kept in conversation state (null: none); omit it to use the
   * recorder's in-memory memory instead.
   */
  recordRoute(conversationKey: string, text: string, route: Route, lastOffer?: Offer | null): Offer | undefined {
    const conversation = conversationHash(conversationKey);
    const offer = lastOffer === undefined ? this.offers.get(conversation) : (lastOffer ?? undefined);
    this.offers.delete(conversation);
    if (route.kind === 'answer' && offer?.choiceIds.includes(route.entry.id)) {
      this.recordPick(conversationKey, route.entry.id, offer);
    }
    // Emergencies and booking requests are never kept: they are not knowledge-base gaps.
    if (route.kind !== 'none' && route.kind !== 'ambiguous') return undefined;
    const asked = redactPersonalData((route.cleaned || text).trim());
    if (!asked) return undefined;
    const at = this.now().toISOString();
    if (route.kind === 'none') {
      this.write({
        type: 'unanswered',
        at,
        text: asked,
        candidates: route.candidates.slice(0, MAX_CANDIDATES).map((c) => ({ id: c.id, score: round(c.score) })),
        ...(route.topic ? { topic: route.topic.id } : {}),
        conversation,
      });
      return undefined;
    }
    const choiceIds = route.choices.map((e) => e.id);
    const scoreOf = (id: string) => route.candidates.find((c) => c.id === id)?.score ?? route.score;
    this.write({
      type: 'ambiguous',
      at,
      text: asked,
      candidates: choiceIds.slice(0, MAX_CANDIDATES).map((id) => ({ id, score: round(scoreOf(id)) })),
      conversation,
    });
    const next: Offer = { askedText: asked, choiceIds, at };
    this.remember(conversation, next);
    return next;
  }

  /** The person chose `entryId` from a "did you mean" offer. Returns false when it was not offered. */
  recordPick(conversationKey: string, entryId: string, offer?: Offer | null): boolean {
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
