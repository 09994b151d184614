// Contract between the bot's wiring (src/index.ts) and the booking capability (dialogs/ + src/booking/).
// The booking side owns everything behind createBookingFeature; the bot only mounts the dialog.
import type { BotState, TurnContext } from 'botbuilder';
import type { Dialog } from 'botbuilder-dialogs';
import type { Config } from '../config.js';
import type { Clinic } from '../kb/schema.js';
import type { Route, Router } from '../routing/types.js';
import type { Logger } from '../logging/logger.js';
import { retentionCutoff, type BookingStore } from './bookingStore.js';
import { createBookingStore } from './createBookingStore.js';
import { BookingNotifier } from './notifications/bookingNotifier.js';
import type { NotificationChannel } from './notifications/notificationChannel.js';

export { forgetUser, isForgetMeRequest, forgetMeReply } from './forgetMe.js';

/** Options MainDialog passes when it starts the booking dialog. */
export interface BookingDialogOptions {
  /** The message that started the booking, so details already given are not asked again. */
  utterance?: string;
}

/** What the booking dialog ends with (MainDialog may use it to choose its next words). */
export interface BookingDialogResult {
  /**
   * booked: stored, reference given. declined: said no to consent. cancelled: said cancel/stop.
   * emergency: the 911 reply was sent. forgotten: "forget me" (every dialog and the state are gone).
   * gave-up: three invalid answers. failed: the request could not be stored (the person was told).
   * not-private: asked in a group conversation (Teams channel / group chat): nothing was asked.
   * Every outcome has already been explained to the person; nothing more needs saying.
   */
  outcome: 'booked' | 'declined' | 'cancelled' | 'emergency' | 'forgotten' | 'gave-up' | 'failed' | 'not-private';
  reference?: string;
}

export interface BookingFeatureDeps {
  config: Config;
  clinic: Clinic;
  router: Router;
  /** Sends the bot's normal reply for a routed message (FAQ answer, 911 message, ...): used for questions asked mid-dialog. */
  answerRoute: (context: TurnContext, route: Route) => Promise<void>;
  log: Logger;
  /** States that "forget me" said during a booking deletes (ConversationState, UserState). Optional. */
  statesToForget?: BotState[];
  /** Clock (tests). */
  now?: () => Date;
}

/** The booking dialog's id in the dialog stack (saved in conversation state: must never change). */
export const BOOKING_DIALOG_ID = 'bookingDialog';

export interface BookingFeature {
  dialogId: typeof BOOKING_DIALOG_ID;
  /**
   * The booking dialog, built on first use (the same one afterwards). It and its libraries (the
   * dialog framework's prompts, phone numbers, dates) cost ~40 MB and ~0.3 s at start-up, and
   * most conversations never book.
   */
  dialog(): Promise<Dialog>;
  /** Stops the retry and retention timers, waits for work in progress, flushes stores (graceful shutdown). */
  close(): Promise<void>;
  /** The confirmed requests (what `npm run bookings` lists). */
  store: BookingStore;
  /**
   * Background delivery to the clinic: `whenIdle` resolves when no e-mail/webhook is in flight;
   * `addChannel` adds one more channel later, e.g. the Teams staff channel once the adapter exists:
   * `feature.notifications.addChannel(createTeamsHandOff(adapter, reference, { appId, timeZone }))`.
   */
  notifications: Pick<BookingNotifier, 'whenIdle' | 'retryDue' | 'addChannel'>;
}

export async function createBookingFeature(deps: BookingFeatureDeps): Promise<BookingFeature> {
  const { config, clinic, log } = deps;
  const now = deps.now ?? (() => new Date());
  const store = createBookingStore(config, log);
  // Each channel's module (and its phone number formatting) loads only when it is configured.
  const channels: NotificationChannel[] = [];
  if (config.notify.smtp) {
    const { createEmailChannel } = await import('./notifications/emailChannel.js');
    channels.push(createEmailChannel(config.notify.smtp, clinic.timeZone));
  }
  if (config.notify.webhook) {
    const { createWebhookChannel } = await import('./notifications/webhookChannel.js');
    channels.push(createWebhookChannel(config.notify.webhook));
  }
  // Started now, not with the dialog: requests confirmed before a restart are still delivered.
  const notifier = new BookingNotifier({ store, channels, log, retrySeconds: config.notify.retrySeconds, now });
  notifier.start();
  let dialog: Promise<Dialog> | undefined;
  const buildDialog = async (): Promise<Dialog> => {
    const { BookingDialog } = await import('../../dialogs/bookingDialog.js');
    return new BookingDialog({
      clinic,
      router: deps.router,
      answerRoute: deps.answerRoute,
      log,
      store,
      notifier,
      now,
      statesToForget: deps.statesToForget,
    });
  };
  const retention = startRetentionSweep({ store, retentionDays: config.storage.bookingRetentionDays, log, now });
  return {
    dialogId: BOOKING_DIALOG_ID,
    dialog: () =>
      (dialog ??= buildDialog().catch((error: unknown) => {
        dialog = undefined; // a failed load (a missing file, say) is tried again on the next booking
        throw error;
      })),
    store,
    notifications: notifier,
    close: async () => {
      await retention.stop();
      await notifier.close();
      await store.close?.();
    },
  };
}

/** The first sweep waits a minute so it is not in the way of startup; then one a day. */
export const RETENTION_FIRST_SWEEP_MS = 60_000;
export const RETENTION_SWEEP_EVERY_MS = 24 * 60 * 60 * 1000;

export interface RetentionSweepOptions {
  store: Pick<BookingStore, 'purgeExpired'>;
  /** config.storage.bookingRetentionDays. */
  retentionDays: number;
  log: Pick<Logger, 'info' | 'warn'>;
  now: () => Date;
}

/**
 * Deletes requests past retention (BOOKING_RETENTION_DAYS after their last use) in the background.
 * Every instance sweeps; the stores make concurrent sweeps safe. The timers do not keep the
 * process alive; stop() clears them and waits for a sweep in progress.
 */
export function startRetentionSweep({ store, retentionDays, log, now }: RetentionSweepOptions): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  const sweep = () => {
    running ??= (async () => {
      try {
        const { removed } = await store.purgeExpired(retentionCutoff(now(), retentionDays));
        // Counts only: which requests went is personal data too.
        log.info({ removed, retentionDays }, 'booking retention: expired requests removed');
      } catch (err) {
        log.warn({ err }, 'booking retention: sweep failed; trying again at the next sweep');
      } finally {
        running = undefined;
      }
    })();
  };
  const first = setTimeout(sweep, RETENTION_FIRST_SWEEP_MS);
  const daily = setInterval(sweep, RETENTION_SWEEP_EVERY_MS);
  first.unref();
  daily.unref();
  return {
    async stop() {
      clearTimeout(first);
      clearInterval(daily);
      await running;
    },
  };
}
