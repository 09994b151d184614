// Tells the clinic about stored bookings and keeps trying until it has. The booking is already
// durable when this runs, so a failed e-mail or webhook never loses it: the failure is recorded
// in the booking store (visible in `npm run bookings` and on the staff page) and a background retrier tries again with
// exponential backoff. A booking stored just before a crash is still "pending" and is sent by
// the retrier after the restart.
import type { BookingRecord, NotificationStatus } from '../bookingRecord.js';
import type { BookingStore } from '../bookingStore.js';
import type { NotificationChannel } from './notificationChannel.js';
import { scrubText, type Logger } from '../../logging/logger.js';

export interface BookingNotifierOptions {
  store: BookingStore;
  channels: NotificationChannel[];
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** Retry tick and the first backoff step (config.notify.retrySeconds). */
  retrySeconds: number;
  /** After this many failed attempts the retrier gives up; the CLI still shows the failure. */
  maxAttempts?: number;
  now?: () => Date;
}

const MAX_BACKOFF_SECONDS = 6 * 60 * 60;

export class BookingNotifier {
  private readonly store: BookingStore;
  private readonly channels: NotificationChannel[];
  private readonly log: BookingNotifierOptions['log'];
  private readonly retrySeconds: number;
  private readonly maxAttempts: number;
  private readonly now: () => Date;
  private readonly inFlight = new Set<string>();
  private readonly running = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private started = false;

  constructor(options: BookingNotifierOptions) {
    this.store = options.store;
    this.channels = [...options.channels];
    this.log = options.log;
    this.retrySeconds = options.retrySeconds;
    this.maxAttempts = options.maxAttempts ?? 12;
    this.now = options.now ?? (() => new Date());
  }

  /** Adds a channel known only once the bot's adapter exists (the Teams staff channel). */
  addChannel(channel: NotificationChannel): void {
    if (this.channels.some((c) => c.name === channel.name)) throw new Error(`notification channel ${channel.name} is already set up`);
    this.channels.push(channel);
    if (!this.timer && this.started) this.start();
  }

  /** Delivery statuses a new record starts with: "pending" for every configured channel. */
  initialStatuses(): BookingRecord['notifications'] {
    const statuses: BookingRecord['notifications'] = {};
    for (const channel of this.channels) statuses[channel.name] = { status: 'pending', attempts: 0 };
    return statuses;
  }

  /** Starts delivery in the background (the person's reply is not held up by SMTP). */
  deliverSoon(reference: string): void {
    this.track(this.deliver(reference, false));
  }

  /** One retry pass: every undelivered notification whose backoff has passed. */
  async retryDue(): Promise<void> {
    if (!this.channels.length) return;
    const records = await this.store.list();
    for (const record of records) {
      const due = this.channels.some((c) => this.isDue(record.notifications[c.name]));
      if (due) await this.deliver(record.reference, true);
    }
  }

  /** Starts the background retrier (its timer does not keep the process alive). */
  start(): void {
    this.started = true;
    if (!this.channels.length || this.timer) return;
    this.track(this.retryDue());
    this.timer = setInterval(() => this.track(this.retryDue()), this.retrySeconds * 1000);
    this.timer.unref();
  }

  /** Resolves once no delivery is running (tests, graceful shutdown). */
  async whenIdle(): Promise<void> {
    while (this.running.size) await Promise.allSettled([...this.running]);
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.whenIdle();
    await Promise.allSettled(this.channels.map((c) => c.close?.()));
  }

  private track(work: Promise<void>): void {
    const guarded = work.catch((err: unknown) => {
      this.log.error({ err }, 'booking notification: unexpected error');
    });
    this.running.add(guarded);
    void guarded.finally(() => this.running.delete(guarded));
  }

  private isDue(status: NotificationStatus | undefined): boolean {
    if (!status || status.status === 'sent') return false;
    if (status.status === 'pending' && !status.nextAttemptAt) return true;
    if (!status.nextAttemptAt) return false; // gave up
    return Date.parse(status.nextAttemptAt) <= this.now().getTime();
  }

  private async deliver(reference: string, dueOnly: boolean): Promise<void> {
    const record = await this.store.get(reference);
    if (!record) return;
    for (const channel of this.channels) {
      const status = record.notifications[channel.name];
      if (!status || status.status === 'sent') continue;
      if (dueOnly && !this.isDue(status)) continue;
      const key = `${reference}/${channel.name}`;
      if (this.inFlight.has(key)) continue;
      this.inFlight.add(key);
      try {
        await this.attempt(record, channel, status);
      } finally {
        this.inFlight.delete(key);
      }
    }
  }

  private async attempt(record: BookingRecord, channel: NotificationChannel, previous: NotificationStatus): Promise<void> {
    const attempts = previous.attempts + 1;
    const lastAttemptAt = this.now().toISOString();
    try {
      await channel.send(record);
      await this.store.updateNotification(record.reference, channel.name, { status: 'sent', attempts, lastAttemptAt });
      this.log.info({ reference: record.reference, channel: channel.name, attempts }, 'booking notification sent');
    } catch (err) {
      const lastError = scrubText(err instanceof Error ? err.message : String(err)).slice(0, 300);
      const givingUp = attempts >= this.maxAttempts;
      const delay = Math.min(this.retrySeconds * 2 ** (attempts - 1), Math.max(MAX_BACKOFF_SECONDS, this.retrySeconds));
      const next: NotificationStatus = { status: 'failed', attempts, lastError, lastAttemptAt };
      if (!givingUp) next.nextAttemptAt = new Date(this.now().getTime() + delay * 1000).toISOString();
      await this.store.updateNotification(record.reference, channel.name, next);
      this.log.warn(
        { reference: record.reference, channel: channel.name, attempts, givingUp, error: lastError },
        'booking notification failed; the booking is stored and will be retried',
      );
    }
  }
}
