// Contract between the bot's wiring (src/index.ts) and the booking capability (dialogs/ + src/booking/).
// The booking side owns everything behind createBookingFeature; the bot only mounts the dialog.
import type { TurnContext } from 'botbuilder';
import type { Dialog } from 'botbuilder-dialogs';
import type { Config } from '../config.js';
import type { Clinic } from '../kb/schema.js';
import type { Route, Router } from '../routing/types.js';
import type { Logger } from '../logging/logger.js';
import { BookingDialog } from '../../dialogs/bookingDialog.js';

/** Options MainDialog passes when it starts the booking dialog. */
export interface BookingDialogOptions {
  /** The message that started the booking, so details already given are not asked again. */
  utterance?: string;
}

export interface BookingFeatureDeps {
  config: Config;
  clinic: Clinic;
  router: Router;
  /** Sends the bot's normal reply for a routed message (FAQ answer, 911 message, ...): used for questions asked mid-dialog. */
  answerRoute: (context: TurnContext, route: Route) => Promise<void>;
  log: Logger;
}

export interface BookingFeature {
  dialog: Dialog;
  /** Stops retry timers and flushes stores (graceful shutdown). */
  close(): Promise<void>;
}

// Minimal entry point until the full booking dialog lands: acknowledges and asks for the name.
export async function createBookingFeature(deps: BookingFeatureDeps): Promise<BookingFeature> {
  return { dialog: new BookingDialog(deps), close: async () => {} };
}
