// What the bot remembers for the weekly knowledge-base review: questions it could not answer
// (or only guessed at), which "did you mean" choice people then picked, and 👍/👎 on answers.
// Texts are redacted before they are written; conversations appear only as a hash.
import { z } from 'zod-v4';

export type Vote = 'up' | 'down';

const candidate = z.object({ id: z.string(), score: z.number() });

export const unansweredEventSchema = z.object({
  type: z.enum(['unanswered', 'ambiguous']),
  at: z.string(),
  text: z.string(),
  candidates: z.array(candidate),
  /** Out-of-scope topic the fallback named, when there was one. */
  topic: z.string().optional(),
  /** The language the question was answered in: the staff page suggests snippets for that language's file. */
  language: z.string().max(20).optional(),
  conversation: z.string(),
});

export const pickEventSchema = z.object({
  type: z.literal('pick'),
  at: z.string(),
  askedText: z.string(),
  pickedId: z.string(),
  /** The entries that were offered. */
  offered: z.array(z.string()).optional(),
  /** The language the pick was answered in: the suggestion goes to that language's phrasings. */
  language: z.string().max(20).optional(),
  conversation: z.string().optional(),
});

export const feedbackEventSchema = z.object({
  type: z.literal('feedback'),
  at: z.string(),
  entryId: z.string(),
  vote: z.enum(['up', 'down']),
  conversation: z.string().optional(),
});

/**
 * A safety message (emergency, urgent care, crisis line) the bot gave, by category, for the staff
 * page's chart. The text is redacted like unanswered questions; the outcome is what the bot did.
 */
export const safetyEventSchema = z.object({
  type: z.literal('safety'),
  at: z.string(),
  /** The safety concept that matched (e.g. "chest-pain", "suicidal-thoughts"). */
  category: z.string().max(100),
  /** What the bot did (e.g. "emergency-911", "urgent-811", "crisis-line"). */
  outcome: z.string().max(100),
  /** The person's words, redacted (redact.ts). */
  text: z.string(),
  language: z.string().max(20).optional(),
  conversation: z.string().optional(),
});

/** One conversation began (its first routed message): the staff page counts conversations per day. */
export const conversationEventSchema = z.object({
  type: z.literal('conversation'),
  at: z.string(),
  conversation: z.string(),
  language: z.string().max(20).optional(),
});

export const insightEventSchema = z.discriminatedUnion('type', [
  unansweredEventSchema,
  pickEventSchema,
  feedbackEventSchema,
  safetyEventSchema,
  conversationEventSchema,
]);

export type UnansweredEvent = z.infer<typeof unansweredEventSchema>;
export type PickEvent = z.infer<typeof pickEventSchema>;
export type FeedbackEvent = z.infer<typeof feedbackEventSchema>;
export type SafetyEvent = z.infer<typeof safetyEventSchema>;
export type ConversationEvent = z.infer<typeof conversationEventSchema>;
export type InsightEvent = z.infer<typeof insightEventSchema>;

/** Where events go; InsightsStore writes them to files, tests may collect them. */
export interface InsightsSink {
  append(event: InsightEvent): Promise<void>;
  /** Deletes everything recorded for one conversation ("forget me"); resolves with how many records went. */
  deleteConversation?(conversationKey: string): Promise<number>;
}
