// What the booking dialogs are given (constructor injection, like core-bot's recognizer). They read each
// message from the turn's one reading (src/bot/turnReading.ts) and speak through the responder.
import type { BookingStore } from '../../src/booking/bookingStore.js';
import type { BookingNotifier } from '../../src/booking/notifications/bookingNotifier.js';
import type { Responder } from '../../src/bot/responder.js';
import type { Clinic } from '../../src/kb/schema.js';
import type { Logger } from '../../src/logging/logger.js';

export interface BookingDialogDeps {
  clinic: Clinic;
  /** Says the bot's words in the turn's language; answers a question asked mid-booking as the main flow does. */
  responder: Responder;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
  store: BookingStore;
  notifier: Pick<BookingNotifier, 'initialStatuses' | 'deliverSoon'>;
  now: () => Date;
}
