// Booking requests POSTed as JSON to BOOKING_WEBHOOK_URL. With BOOKING_WEBHOOK_SECRET set, the body
// is signed: X-Signature: sha256=<hex HMAC-SHA256 of the raw body>, so the receiver can check it.
import { createHmac } from 'node:crypto';
import { bookingForClinic, type BookingRecord } from '../bookingRecord.js';
import type { NotificationChannel } from './notificationChannel.js';

export interface WebhookSettings {
  url: string;
  secret?: string | undefined;
}

export function signWebhookBody(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export function createWebhookChannel(webhook: WebhookSettings, timeoutMs = 10_000): NotificationChannel {
  return {
    name: 'webhook',
    async send(record: BookingRecord) {
      const body = JSON.stringify(bookingForClinic(record));
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'x-booking-reference': record.reference,
      };
      if (webhook.secret) headers['x-signature'] = signWebhookBody(body, webhook.secret);
      const res = await fetch(webhook.url, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs) });
      // Drain the body so the connection is released.
      await res.arrayBuffer().catch(() => undefined);
      if (!res.ok) throw new Error(`webhook answered HTTP ${res.status}`);
    },
  };
}
