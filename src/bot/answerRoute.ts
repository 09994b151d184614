// Sends the bot's normal reply for a routed message. MainDialog uses it for every routed
// message, and the booking dialog uses the same function for questions asked mid-booking,
// so an answer looks the same wherever it is given.
import type { TurnContext } from 'botbuilder';
import { withFeedback } from '../insights/feedback.js';
import type { Clinic, Knowledge } from '../kb/schema.js';
import type { Route } from '../routing/types.js';
import { renderRoute, surfaceOf } from './replies.js';

export type AnswerRoute = (context: TurnContext, route: Route) => Promise<void>;

export interface AnswerRouteOptions {
  /** "Was this helpful? 👍 👎" under FAQ answers (see src/insights/feedback.ts for where it goes). */
  feedback?: boolean;
}

export function createAnswerRoute(knowledge: Knowledge, clinic: Clinic, options: AnswerRouteOptions = {}): AnswerRoute {
  return async (context, route) => {
    let activities = renderRoute(route, { knowledge, clinic, surface: surfaceOf(context.activity) });
    // Only FAQ answers are rated: small talk, fallbacks and safety replies are not answers to improve.
    if (options.feedback && route.kind === 'answer' && route.entry.kind === 'faq' && activities.length) {
      activities = [...activities.slice(0, -1), withFeedback(activities[activities.length - 1]!, route.entry.id)];
    }
    if (activities.length) await context.sendActivities(activities);
  };
}
