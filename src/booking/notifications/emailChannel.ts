// Booking e-mails over SMTP (nodemailer), configured by SMTP_* and BOOKING_EMAIL_FROM/TO.
// nodemailer (~35 modules) is loaded with the first e-mail rather than at start-up: only a
// confirmed booking needs it, and start-up time and idle memory are budgeted.
import type { Transporter } from 'nodemailer';
import type { Config } from '../../config.js';
import type { BookingRecord } from '../bookingRecord.js';
import { formatBookingEmail } from './bookingEmail.js';
import type { NotificationChannel } from './notificationChannel.js';

export type SmtpSettings = NonNullable<Config['notify']['smtp']>;

export function createEmailChannel(smtp: SmtpSettings, timeZone: string): NotificationChannel {
  let transport: Promise<Transporter> | undefined;
  const transporter = () =>
    (transport ??= import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport({
        host: smtp.host,
        port: smtp.port,
        secure: smtp.secure,
        auth: smtp.user ? { user: smtp.user, pass: smtp.pass ?? '' } : undefined,
        connectionTimeout: 15_000,
        greetingTimeout: 15_000,
        socketTimeout: 30_000,
      }),
    ));
  return {
    name: 'email',
    async send(record: BookingRecord) {
      const { subject, text } = formatBookingEmail(record, timeZone);
      await (await transporter()).sendMail({
        from: smtp.from,
        to: smtp.to,
        subject,
        text,
        // Staff can answer the person straight from their mail client.
        ...(record.email ? { replyTo: record.email } : {}),
        headers: { 'X-Booking-Reference': record.reference },
      });
    },
    async close() {
      if (transport) (await transport).close();
    },
  };
}
