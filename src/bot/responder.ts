// Sends the bot's replies for a turn, in the turn's language and shaped for its channel. MainDialog uses it
// for every reading it answers, and the booking dialog for questions asked mid-booking and for its own
// words, so a reply looks the same wherever it is given.
import type { Activity, TurnContext } from 'botbuilder';
import { withFeedback } from '../insights/feedback.js';
import type { MessageValues } from '../kb/messages.js';
import type { MessageKey } from '../kb/messageKeys.js';
import type { Clinic, ReplyLanguage } from '../kb/schema.js';
import type { ServingKnowledge } from '../kb/serving.js';
import type { Reading } from '../understanding/reading.js';
import { clinicContactSentence, renderReading, shape, surfaceOf, words, type ReplyContent, type ReplyContext } from './replies.js';
import { replyLanguage } from './turnReading.js';

export interface ResponderOptions {
  /** "Was this helpful? 👍 👎" under FAQ answers (see src/insights/feedback.ts for where it goes). */
  feedback?: boolean;
}

export class Responder {
  constructor(
    private readonly knowledge: ServingKnowledge,
    private readonly clinic: Clinic,
    private readonly options: ResponderOptions = {},
  ) {}

  /** A knowledge-base entry by id. */
  entry(id: string) {
    return this.knowledge.byId.get(id);
  }

  /** Where and in which language this turn's replies go. */
  replyContext(context: TurnContext, language: ReplyLanguage = replyLanguage(context)): ReplyContext {
    return { knowledge: this.knowledge, clinic: this.clinic, surface: surfaceOf(context.activity), language };
  }

  /** The reply to a reading the main flow answers: an entry, "did you mean", the fallback, a safety reply. */
  async answer(context: TurnContext, reading: Reading): Promise<void> {
    const ctx = this.replyContext(context, reading.language.reply);
    let activities = renderReading(reading, ctx);
    // Only FAQ answers are rated: small talk, fallbacks and safety replies are not answers to improve.
    const entry = reading.intent.kind === 'entry' ? this.knowledge.byId.get(reading.intent.entryId) : undefined;
    const isAnswer = entry?.kind === 'faq' && reading.safety.outcome !== 'emergency' && reading.safety.outcome !== 'crisis';
    if (this.options.feedback && isAnswer && activities.length) {
      activities = [...activities.slice(0, -1), withFeedback(activities[activities.length - 1]!, entry.id, { prompt: words(ctx, 'feedback.prompt'), up: words(ctx, 'button.feedbackUp'), down: words(ctx, 'button.feedbackDown') })];
    }
    if (activities.length) await context.sendActivities(activities);
  }

  /** One of the bot's own messages, with buttons if any. */
  async say(context: TurnContext, key: MessageKey, values: MessageValues = {}, choices: string[] = []): Promise<void> {
    await this.send(context, { paragraphs: [this.text(context, key, values)], choices });
  }

  async send(context: TurnContext, content: ReplyContent): Promise<void> {
    await context.sendActivity(this.activity(context, content));
  }

  /** A reply shaped for this turn's channel, not sent (prompts send it themselves). */
  activity(context: TurnContext, content: ReplyContent): Partial<Activity> {
    return shape(content, surfaceOf(context.activity));
  }

  /** The words of one message in the turn's language ({clinic} and {clinicContact} filled in). */
  text(context: TurnContext, key: MessageKey, values: MessageValues = {}): string {
    const ctx = this.replyContext(context);
    return words(ctx, key, { clinic: this.clinic.name, clinicContact: clinicContactSentence(ctx), ...values });
  }
}
