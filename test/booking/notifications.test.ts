// The clinic hears about each confirmed booking by e-mail (a real SMTP server) and/or webhook
// (a real HTTP server). A failing channel never loses the booking: it stays stored, is retried
// with backoff, and its delivery status shows in `npm run bookings`.
import { createHmac } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BookingNotifier } from '../../src/booking/notifications/bookingNotifier.js';
import { createWebhookChannel } from '../../src/booking/notifications/webhookChannel.js';
import { runBookingsCli } from '../../src/cli/bookings.js';
import { createLogger } from '../../src/logging/logger.js';
import { bookingAt, NOW } from '../dialogs/booking/bookingTestKit.js';
import { openSqliteStore } from './openStore.js';
import { sampleBooking } from './sampleBooking.js';

interface Mail {
  to: string[];
  raw: string;
}

async function startSmtp() {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (raw += chunk));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { mails, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A webhook receiver that answers with the queued statuses, then 200. */
async function startWebhook(statuses: number[] = []) {
  const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(statuses.shift() ?? 200);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bookings`;
  return {
    url,
    received,
    statuses,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** Quoted-printable soft breaks and escapes, as a mail client would decode them. */
function decodeQuotedPrintable(raw: string): string {
  return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

async function cliTable(dataDir: string): Promise<string> {
  let out = '';
  const code = await runBookingsCli([], { env: { DATA_DIR: dataDir }, cwd: process.cwd(), out: (t) => (out += t), err: () => {} });
  expect(code).toBe(0);
  return out;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('booking notifications through the real dialog', () => {
  it('e-mails the booking details to the clinic and records the delivery', async () => {
    const smtp = await startSmtp();
    cleanups.push(smtp.close);
    const { session } = await bookingAt('review', {
      env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), BOOKING_EMAIL_FROM: 'bot@nordel.example', BOOKING_EMAIL_TO: 'frontdesk@nordel.example' },
    });
    cleanups.push(session.close);
    const done = await session.say('Confirm');
    const reference = /NPC-[2-9A-HJKMNP-Z]{6}/.exec(done.text)![0];
    await session.feature.notifications.whenIdle();

    expect(smtp.mails).toHaveLength(1);
    const mail = smtp.mails[0]!;
    expect(mail.to).toEqual(['frontdesk@nordel.example']);
    const text = decodeQuotedPrintable(mail.raw);
    expect(text).toContain(`Subject: Booking request ${reference}`);
    expect(text).toMatch(/^Reply-To: priya@example\.com/m);
    for (const detail of [
      `Reference:       ${reference}`,
      'Name:            Priya Sharma',
      'Phone:           +1 604 555 0123',
      'E-mail:          priya@example.com',
      'Preferred time:  next Tuesday afternoon  [2025-12-02 12:00:00 to 2025-12-02 16:00:00, America/Vancouver]',
      'Reason:          my shoulder',
      'Payment:         ICBC claim (claim number: AB1234567)',
      'Received:        2025-11-24 10:00 (America/Vancouver)',
    ]) {
      expect(text).toContain(detail);
    }
    expect(await session.feature.store.get(reference)).toMatchObject({ notifications: { email: { status: 'sent', attempts: 1 } } });
    expect(await cliTable(session.dataDir)).toContain('email sent');
  });

  it('keeps the booking when the webhook fails, retries it after the backoff, and shows each status', async () => {
    const hook = await startWebhook([500]);
    cleanups.push(hook.close);
    let clock = NOW;
    const { session } = await bookingAt('review', {
      env: { BOOKING_WEBHOOK_URL: hook.url, BOOKING_WEBHOOK_SECRET: 's3cret', NOTIFY_RETRY_SECONDS: '60' },
      now: () => clock,
    });
    cleanups.push(session.close);

    const done = await session.say('Confirm');
    const reference = /NPC-[2-9A-HJKMNP-Z]{6}/.exec(done.text)![0];
    expect(done.text).toContain('Your booking request is in'); // the person is not told about the clinic's webhook
    await session.feature.notifications.whenIdle();
    expect(hook.received).toHaveLength(1);
    expect(await session.feature.store.get(reference)).toMatchObject({
      name: 'Priya Sharma',
      notifications: { webhook: { status: 'failed', attempts: 1, lastError: 'webhook answered HTTP 500', nextAttemptAt: '2025-11-24T18:01:00.000Z' } },
    });
    expect(await cliTable(session.dataDir)).toContain('webhook FAILED x1 (webhook answered HTTP 500), retry 2025-11-24 10:01');

    await session.feature.notifications.retryDue(); // backoff not over yet: no new attempt
    expect(hook.received).toHaveLength(1);

    clock = new Date(NOW.getTime() + 61_000);
    await session.feature.notifications.retryDue();
    expect(hook.received).toHaveLength(2);
    expect(await session.feature.store.get(reference)).toMatchObject({ notifications: { webhook: { status: 'sent', attempts: 2 } } });
    expect(await cliTable(session.dataDir)).toContain('webhook sent');

    // What the clinic's system receives: the booking as JSON, signed with the shared secret.
    const { headers, body } = hook.received[1]!;
    expect(headers['content-type']).toBe('application/json');
    expect(headers['x-signature']).toBe(`sha256=${createHmac('sha256', 's3cret').update(body).digest('hex')}`);
    const booking = JSON.parse(body);
    expect(booking).toMatchObject({ reference, name: 'Priya Sharma', phone: '+16045550123', payer: 'icbc', claimNumber: 'AB1234567', status: 'new' });
    expect(booking).not.toHaveProperty('notifications');
  });
});

describe('logs', () => {
  it('name the booking by its reference only: no name, phone number or e-mail address', async () => {
    const hook = await startWebhook([500]);
    cleanups.push(hook.close);
    const logLines: string[] = [];
    const { session } = await bookingAt('review', { env: { BOOKING_WEBHOOK_URL: hook.url }, logLines });
    cleanups.push(session.close);
    const reference = /NPC-[2-9A-HJKMNP-Z]{6}/.exec((await session.say('Confirm')).text)![0];
    await session.feature.notifications.whenIdle();
    // Without the timestamps: a time's digits can spell "604" (".604Z") and fail the check for the phone number.
    const logs = logLines.join('').replace(/"time":"[^"]*",?/g, '');
    expect(logs).toContain(`"reference":"${reference}"`);
    expect(logs).toContain('booking notification failed');
    for (const personal of ['Priya', 'Sharma', '604', '555-0123', '6045550123', 'priya@example.com', 'AB1234567', 'shoulder']) {
      expect(logs).not.toContain(personal);
    }
  });
});

describe('the notifier on its own', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'notifier-'));
    cleanups.push(() => fs.rm(dataDir, { recursive: true, force: true }));
  });

  it('backs off exponentially and gives up after the last attempt, leaving the failure visible', async () => {
    const hook = await startWebhook([503, 503, 503]);
    cleanups.push(hook.close);
    const log = createLogger('silent');
    const store = openSqliteStore(dataDir, log);
    cleanups.push(() => store.close());
    let clock = NOW;
    const notifier = new BookingNotifier({ store, channels: [createWebhookChannel({ url: hook.url })], log, retrySeconds: 10, maxAttempts: 3, now: () => clock });
    cleanups.push(() => notifier.close());
    await store.add(sampleBooking({ notifications: notifier.initialStatuses() }));

    notifier.deliverSoon('NPC-7K3F9Q');
    await notifier.whenIdle();
    expect((await store.get('NPC-7K3F9Q'))!.notifications.webhook!.nextAttemptAt).toBe('2025-11-24T18:00:10.000Z');

    clock = new Date('2025-11-24T18:00:10.000Z');
    await notifier.retryDue();
    expect((await store.get('NPC-7K3F9Q'))!.notifications.webhook!.nextAttemptAt).toBe('2025-11-24T18:00:30.000Z'); // 20 s later

    clock = new Date('2025-11-24T18:00:30.000Z');
    await notifier.retryDue();
    const given = (await store.get('NPC-7K3F9Q'))!.notifications.webhook!;
    expect(given).toMatchObject({ status: 'failed', attempts: 3, lastError: 'webhook answered HTTP 503' });
    expect(given.nextAttemptAt).toBeUndefined();

    clock = new Date('2025-11-25T18:00:00.000Z');
    await notifier.retryDue();
    expect(hook.received).toHaveLength(3);
    expect(await cliTable(dataDir)).toContain('webhook FAILED x3 (webhook answered HTTP 503), gave up');
  });

  it('sends a booking that was stored but never notified (the bot stopped in between) once it starts again', async () => {
    const hook = await startWebhook();
    cleanups.push(hook.close);
    const log = createLogger('silent');
    const store = openSqliteStore(dataDir, log);
    cleanups.push(() => store.close());
    await store.add(sampleBooking({ notifications: { webhook: { status: 'pending', attempts: 0 } } }));

    const notifier = new BookingNotifier({ store, channels: [createWebhookChannel({ url: hook.url })], log, retrySeconds: 60 });
    notifier.start();
    await notifier.close(); // waits for the start-up pass
    expect(hook.received).toHaveLength(1);
    expect((await store.get('NPC-7K3F9Q'))!.notifications.webhook).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('takes a channel added after start-up (the Teams staff channel) for new bookings, with its own status', async () => {
    const log = createLogger('silent');
    const store = openSqliteStore(dataDir, log);
    cleanups.push(() => store.close());
    const notifier = new BookingNotifier({ store, channels: [], log, retrySeconds: 60 });
    notifier.start();
    cleanups.push(() => notifier.close());
    const posted: string[] = [];
    notifier.addChannel({ name: 'teams', send: async (booking) => void posted.push(booking.reference) });
    expect(() => notifier.addChannel({ name: 'teams', send: async () => {} })).toThrow(/already set up/);

    await store.add(sampleBooking({ notifications: notifier.initialStatuses() }));
    notifier.deliverSoon('NPC-7K3F9Q');
    await notifier.whenIdle();
    expect(posted).toEqual(['NPC-7K3F9Q']);
    expect((await store.get('NPC-7K3F9Q'))!.notifications).toEqual({ teams: expect.objectContaining({ status: 'sent', attempts: 1 }) });
    expect(await cliTable(dataDir)).toContain('teams sent');
  });
});
