// Deletes conversation and user state nobody has written for a while: the bot keeps personal
// details (a half-finished booking, for instance) only as long as a conversation is plausibly alive.
import type { Logger } from '../logging/logger.js';

/** A store that can forget items by age (FileStorage, BlobStateStorage). */
export interface ExpiringStore {
  /** Deletes items last written before `cutoff`; returns how many were deleted. */
  deleteUntouchedSince(cutoff: Date): Promise<number>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** One sweep: removes state not written for `olderThanDays` days before `now`. */
export function sweepExpiredState(store: ExpiringStore, olderThanDays: number, now = new Date()): Promise<number> {
  return store.deleteUntouchedSince(new Date(now.getTime() - olderThanDays * DAY_MS));
}

export interface RetentionSweeps {
  /** Stops the timer and waits for a sweep in progress. */
  stop(): Promise<void>;
}

/**
 * Sweeps shortly after start-up (a bot restarted daily would otherwise never sweep) and then
 * once a day. Timers are unref'd: they never keep the process alive. Failures are logged and
 * retried at the next sweep.
 */
export function startRetentionSweeps(
  store: ExpiringStore,
  olderThanDays: number,
  log: Logger,
  { firstDelayMs = 30_000, everyMs = DAY_MS } = {},
): RetentionSweeps {
  let running: Promise<void> | undefined;
  const sweep = () => {
    running ??= sweepExpiredState(store, olderThanDays)
      .then((deleted) => log.info({ deleted, olderThanDays }, 'state retention sweep done'))
      .catch((error: unknown) =>
        log.warn({ reason: error instanceof Error ? error.message : String(error) }, 'state retention sweep failed'),
      )
      .finally(() => {
        running = undefined;
      });
  };
  const first = setTimeout(sweep, firstDelayMs).unref();
  const daily = setInterval(sweep, everyMs).unref();
  return {
    async stop() {
      clearTimeout(first);
      clearInterval(daily);
      await running;
    },
  };
}
