// One structured log line per turn: conversation, channel, routing decision, latency. The text
// itself is never logged (it may hold personal data); the logger redacts the rest.
import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from '../logging/logger.js';

/** Where MainDialog leaves its routing decision for the turn log. */
export const ROUTE_SUMMARY = Symbol.for('ims.routeSummary');

export interface RouteSummary {
  label: string;
  score: number;
  /** Which route of MainDialog's table acted on the message. */
  route: string;
}

export class TurnLogMiddleware implements Middleware {
  constructor(private readonly log: Logger) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const started = performance.now();
    try {
      await next();
    } finally {
      const activity = context.activity;
      // At LOG_LEVEL warn or above the line would be dropped: not worth building.
      if (activity.type === 'message' && this.log.isLevelEnabled('info')) {
        const route = context.turnState.get(ROUTE_SUMMARY) as RouteSummary | undefined;
        this.log.info(
          {
            conversationId: activity.conversation?.id,
            channelId: activity.channelId,
            label: route?.label,
            route: route?.route,
            score: route ? Math.round(route.score * 1000) / 1000 : undefined,
            latencyMs: Math.round((performance.now() - started) * 10) / 10,
          },
          'turn',
        );
      }
    }
  }
}
