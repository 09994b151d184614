// Health at a glance for the front desk and for /readyz: is the knowledge base loaded (and did the
// last edit fail to load), does storage answer, which notification channels are set up and how did
// their last delivery go, are the clinic's details still placeholders, and is any booking data in
// the quarantine. Each check is a small function the wiring (src/app.ts) passes in.
import type { BookingStore } from '../booking/bookingStore.js';
import { NOTIFICATION_CHANNELS, type NotificationChannelName } from '../booking/bookingRecord.js';
import type { Clinic } from '../kb/schema.js';

export type HealthLevel = 'ok' | 'warning' | 'problem';

export interface HealthItem {
  name: string;
  level: HealthLevel;
  detail: string;
}

/** What the knowledge base's hot reload knows (src/kb/hotReload.ts). */
export interface KnowledgeStatus {
  entries(): number;
  /** The last edit that did not load, while the previous knowledge base keeps answering. */
  lastReloadError(): { at: string; message: string } | undefined;
}

export interface HealthDeps {
  knowledge: KnowledgeStatus;
  clinic: Clinic;
  bookings: Pick<BookingStore, 'query' | 'quarantine'>;
  /** Conversation state storage answers (the existing readiness check). */
  stateStorageReady: () => Promise<boolean>;
  staffStoreReady: () => Promise<boolean>;
  /** Channels configured for booking notifications. */
  channels: NotificationChannelName[];
}

const CLINIC_FIELDS = ['phone', 'email', 'address', 'website', 'bookingUrl'] as const;

async function safely<T>(work: () => Promise<T>): Promise<T | Error> {
  try {
    return await work();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

export async function checkHealth(deps: HealthDeps): Promise<HealthItem[]> {
  const items: HealthItem[] = [];
  const entries = deps.knowledge.entries();
  const reload = deps.knowledge.lastReloadError();
  items.push({
    name: 'Knowledge base',
    level: entries === 0 ? 'problem' : reload ? 'warning' : 'ok',
    detail: `${entries} entries loaded${reload ? `; the last edit (${reload.at}) did not load, the previous version keeps answering: ${reload.message}` : ''}`,
  });

  const [state, staff, recent, quarantine] = await Promise.all([
    safely(deps.stateStorageReady),
    safely(deps.staffStoreReady),
    safely(() => deps.bookings.query({ limit: 200 })),
    safely(() => deps.bookings.quarantine()),
  ]);
  const storageProblems = [
    state !== true ? 'conversation state' : '',
    staff !== true ? 'staff data' : '',
    recent instanceof Error ? 'booking requests' : '',
  ].filter(Boolean);
  items.push({
    name: 'Storage',
    level: storageProblems.length ? 'problem' : 'ok',
    detail: storageProblems.length ? `not answering: ${storageProblems.join(', ')}` : 'conversation state, booking requests and staff data answer',
  });

  for (const channel of NOTIFICATION_CHANNELS) {
    const label = channel === 'email' ? 'E-mail to the clinic' : channel === 'webhook' ? 'Webhook' : 'Teams channel';
    if (!deps.channels.includes(channel)) {
      items.push({ name: label, level: channel === 'teams' ? 'ok' : 'warning', detail: 'not configured' });
      continue;
    }
    const last = recent instanceof Error ? undefined : recent.records.map((r) => r.notifications[channel]).find((s) => s && s.status !== 'pending');
    items.push({
      name: label,
      level: last?.status === 'failed' ? 'problem' : 'ok',
      detail: !last
        ? 'configured; nothing delivered yet'
        : last.status === 'sent'
          ? `configured; last delivery sent${last.lastAttemptAt ? ` at ${last.lastAttemptAt}` : ''}`
          : `configured; last delivery FAILED after ${last.attempts} attempt(s)${last.lastError ? ` (${last.lastError})` : ''}`,
    });
  }

  const placeholders = CLINIC_FIELDS.filter((field) => !deps.clinic[field].trim());
  items.push({
    name: 'Clinic details',
    level: placeholders.length ? 'warning' : 'ok',
    detail: placeholders.length ? `still empty in config/clinic.yaml: ${placeholders.join(', ')}` : 'filled in',
  });

  items.push(
    quarantine instanceof Error
      ? { name: 'Quarantined booking data', level: 'problem', detail: 'could not be checked' }
      : {
          name: 'Quarantined booking data',
          level: quarantine.items ? 'problem' : 'ok',
          detail: quarantine.items
            ? `${quarantine.items} unreadable record(s) set aside in ${quarantine.places.join(', ')}: look at them and re-enter any request they hold`
            : 'none',
        },
  );
  return items;
}

/** One line per problem or warning, for the list page's banner and /readyz. */
export function problemsOf(items: HealthItem[], levels: HealthLevel[] = ['problem']): string[] {
  return items.filter((item) => levels.includes(item.level)).map((item) => `${item.name}: ${item.detail}`);
}
