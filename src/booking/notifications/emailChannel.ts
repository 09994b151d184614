// Booking e-mails over SMTP (nodemailer), configured by SMTP_* and BOOKING_EMAIL_FROM/TO.
import nodemailer from 'nodemailer';
import type { Config } from '../../config.js';
import type { BookingRecord } from '../bookingRecord.js';
import { formatBookingEmail } from './bookingEmail.js';
import type { NotificationChannel } from './notificationChannel.js';

export type SmtpSettings = NonNullable<Config['notify']['smtp']>;

export function createEmailChannel(smtp: SmtpSettings, timeZone: string): NotificationChannel {
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.pass ?? '' } : undefined,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    name: 'email',
    async send(record: BookingRecord) {
      const { subject, text } = formatBookingEmail(record, timeZone);
      await transport.sendMail({
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
      transport.close();
    },
  };
}
