// Sends the bot's normal reply for a routed message. MainDialog uses it for every routed
// message, and the booking dialog uses the same function for questions asked mid-booking,
// so an answer looks the same wherever it is given.
import type { TurnContext } from 'botbuilder';
import type { Clinic, Knowledge } from '../kb/schema.js';
import type { Route } from '../routing/types.js';
import { renderRoute, surfaceOf } from './replies.js';

export type AnswerRoute = (context: TurnContext, route: Route) => Promise<void>;

export function createAnswerRoute(knowledge: Knowledge, clinic: Clinic): AnswerRoute {
  return async (context, route) => {
    const activities = renderRoute(route, { knowledge, clinic, surface: surfaceOf(context.activity) });
    if (activities.length) await context.sendActivities(activities);
  };
}
