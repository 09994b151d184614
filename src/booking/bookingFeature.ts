// The booking capability's machinery outside the dialog: where confirmed requests are stored, their
// delivery to the clinic (e-mail, webhook, Teams) with retries, and the retention sweep. The dialog that
// collects a request (dialogs/bookingDialog.ts) is built by src/app.ts on top of this.
import type { Config } from '../config.js';
import type { Clinic } from '../kb/schema.js';
import type { Logger } from '../logging/logger.js';
import { retentionCutoff, type BookingStore } from './bookingStore.js';
import { createBookingStore } from './createBookingStore.js';
import { BookingNotifier } from './notifications/bookingNotifier.js';
import type { NotificationChannel } from './notifications/notificationChannel.js';

export interface BookingFeatureDeps {
  config: Config;
  clinic: Clinic;
  log: Logger;
  /** Where confirmed requests are kept; chosen from the configuration when omitted (createBookingStore). */
  store?: BookingStore;
  /** Clock (tests). */
  now?: () => Date;
}

export interface BookingFeature {
  /** Stops the retry and retention timers, waits for work in progress, flushes stores (graceful shutdown). */
  close(): Promise<void>;
  /** The confirmed requests (what `npm run bookings` lists). */
  store: BookingStore;
  /**
   * Background delivery to the clinic: `whenIdle` resolves when no e-mail/webhook is in flight;
   * `addChannel` adds one more channel later, e.g. the Teams staff channel once the adapter exists:
   * `feature.notifications.addChannel(createTeamsHandOff(adapter, reference, { appId, timeZone }))`.
   */
  notifications: BookingNotifier;
}

export async function createBookingFeature(deps: BookingFeatureDeps): Promise<BookingFeature> {
  const { config, clinic, log } = deps;
  const now = deps.now ?? (() => new Date());
  const store = deps.store ?? createBookingStore(config, log);
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
  const retention = startRetentionSweep({ store, retentionDays: config.storage.bookingRetentionDays, log, now });
  return {
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
