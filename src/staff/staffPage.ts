// The staff page as one piece for the wiring (src/app.ts): its store, sign-in, health checks,
// routes, and the housekeeping timer (idle sessions and audit entries past AUDIT_RETENTION_DAYS
// are deleted hourly; the timer never keeps the process alive and stops with close()).
import type { NotificationChannelName } from '../booking/bookingRecord.js';
import type { BookingStore } from '../booking/bookingStore.js';
import type { Config } from '../config.js';
import type { InsightEvent } from '../insights/events.js';
import type { Clinic } from '../kb/schema.js';
import type { InsightsKnowledge } from '../kb/serving.js';
import type { Logger } from '../logging/logger.js';
import type { RouteRegistrar } from '../server.js';
import { createStaffStore } from './createStaffStore.js';
import { checkHealth, type HealthItem, type KnowledgeStatus } from './health.js';
import { SingleSignOn } from './singleSignOn.js';
import { StaffAuth } from './staffAuth.js';
import { registerStaffPage } from './staffRoutes.js';

export interface StaffPageDeps {
  config: Config;
  log: Logger;
  clinic: Clinic;
  /** The knowledge base with its phrasings, read when the insights page asks (the running bot does not keep them). */
  knowledge: () => Promise<InsightsKnowledge>;
  knowledgeStatus: KnowledgeStatus;
  bookings: BookingStore;
  insights?: { read(options?: { since?: Date }): Promise<InsightEvent[]> };
  stateStorageReady: () => Promise<boolean>;
  now?: () => Date;
}

export interface StaffPage {
  routes: RouteRegistrar;
  auth: StaffAuth;
  health(): Promise<HealthItem[]>;
  close(): Promise<void>;
}

const HOUR_MS = 60 * 60 * 1000;
const HEALTH_CACHE_MS = 15_000;
const DAY_MS = 24 * HOUR_MS;

/** Booking notification channels the configuration sets up. */
export function configuredChannels(config: Config): NotificationChannelName[] {
  return [
    ...(config.notify.smtp ? (['email'] as const) : []),
    ...(config.notify.webhook ? (['webhook'] as const) : []),
    ...(config.teams.bookingsChannel ? (['teams'] as const) : []),
  ];
}

export async function createStaffPage(deps: StaffPageDeps): Promise<StaffPage> {
  const { config, log } = deps;
  const now = deps.now ?? (() => new Date());
  const store = await createStaffStore(config);
  const auth = new StaffAuth({
    store,
    sessionIdleMs: config.staff.sessionIdleMs,
    sessionMaxMs: config.staff.sessionMaxMs,
    lockAfter: config.staff.lockAfter,
    lockForMs: config.staff.lockForMs,
    now,
  });
  // Checked at most every 15 s: the list page shows problems on every load and every poll would repeat them.
  let cached: { at: number; items: Promise<HealthItem[]> } | undefined;
  const health = () => {
    const at = now().getTime();
    if (!cached || at - cached.at > HEALTH_CACHE_MS) cached = { at, items: checkHealthNow().catch((error: unknown) => ((cached = undefined), Promise.reject(error))) };
    return cached.items;
  };
  const checkHealthNow = () =>
    checkHealth({
      knowledge: deps.knowledgeStatus,
      clinic: deps.clinic,
      bookings: deps.bookings,
      stateStorageReady: deps.stateStorageReady,
      staffStoreReady: () => store.ping(),
      channels: configuredChannels(config),
    });
  let running: Promise<unknown> | undefined;
  const housekeeping = () => {
    running ??= Promise.all([auth.sweepSessions(), store.purgeAudit(new Date(now().getTime() - config.staff.auditRetentionDays * DAY_MS))])
      .catch((err: unknown) => log.warn({ err }, 'staff page: housekeeping failed; trying again in an hour'))
      .finally(() => {
        running = undefined;
      });
  };
  // First after a minute: not in the way of start-up, and a bot whose page nobody opens touches no file.
  const first = setTimeout(housekeeping, 60_000).unref();
  const timer = setInterval(housekeeping, HOUR_MS).unref();
  return {
    auth,
    health,
    routes: (server) =>
      registerStaffPage(server, {
        bookings: deps.bookings,
        auth,
        insights: deps.insights,
        knowledge: deps.knowledge,
        clinic: deps.clinic,
        health,
        ...(config.staff.sso ? { sso: new SingleSignOn(config.staff.sso) } : {}),
        trustProxy: config.limits.trustProxy,
        sessionMaxMs: config.staff.sessionMaxMs,
        auditRetentionDays: config.staff.auditRetentionDays,
        log,
        now,
      }),
    async close() {
      clearTimeout(first);
      clearInterval(timer);
      await running;
      await store.close();
    },
  };
}
