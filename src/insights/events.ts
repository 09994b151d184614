// What the bot remembers for the weekly knowledge-base review: questions it could not answer
// (or only guessed at), which "did you mean" choice people then picked, and 👍/👎 on answers.
// Texts are redacted before they are written; conversations appear only as a hash.
import { z } from 'zod';

export type Vote = 'up' | 'down';

const candidate = z.object({ id: z.string(), score: z.number() });

export const unansweredEventSchema = z.object({
  type: z.enum(['unanswered', 'ambiguous']),
  at: z.string(),
  text: z.string(),
  candidates: z.array(candidate),
  /** Out-of-scope topic the fallback named, when there was one. */
  topic: z.string().optional(),
  conversation: z.string(),
});

export const pickEventSchema = z.object({
  type: z.literal('pick'),
  at: z.string(),
  askedText: z.string(),
  pickedId: z.string(),
  /** The entries that were offered. */
  offered: z.array(z.string()).optional(),
  conversation: z.string().optional(),
});

export const feedbackEventSchema = z.object({
  type: z.literal('feedback'),
  at: z.string(),
  entryId: z.string(),
  vote: z.enum(['up', 'down']),
  conversation: z.string().optional(),
});

export const insightEventSchema = z.discriminatedUnion('type', [unansweredEventSchema, pickEventSchema, feedbackEventSchema]);

export type UnansweredEvent = z.infer<typeof unansweredEventSchema>;
export type PickEvent = z.infer<typeof pickEventSchema>;
export type FeedbackEvent = z.infer<typeof feedbackEventSchema>;
export type InsightEvent = z.infer<typeof insightEventSchema>;

/** Where events go; InsightsStore writes them to files, tests may collect them. */
export interface InsightsSink {
  append(event: InsightEvent): Promise<void>;
}
