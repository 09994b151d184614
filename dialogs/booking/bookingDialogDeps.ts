// What the booking dialogs are given (constructor injection, like core-bot's recognizer).
import type { BotState, TurnContext } from 'botbuilder';
import type { BookingStore } from '../../src/booking/bookingStore.js';
import type { BookingNotifier } from '../../src/booking/notifications/bookingNotifier.js';
import type { Clinic } from '../../src/kb/schema.js';
import type { Logger } from '../../src/logging/logger.js';
import type { Route, Router } from '../../src/routing/types.js';

export interface BookingDialogDeps {
  clinic: Clinic;
  router: Router;
  /** Renders a routed message (FAQ answer, 911 reply) exactly as the main flow does. */
  answerRoute: (context: TurnContext, route: Route) => Promise<void>;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
  store: BookingStore;
  notifier: Pick<BookingNotifier, 'initialStatuses' | 'deliverSoon'>;
  now: () => Date;
  /** States deleted by "forget me" said during the booking (ConversationState, UserState). */
  statesToForget?: BotState[];
}
