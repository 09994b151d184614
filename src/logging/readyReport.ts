// What the "ready" log line tells the person who started the bot: where the chat page and the
// Bot Framework endpoint are, and what in the configuration will surprise them later.
import type { Config } from '../config.js';

export interface ReadyReport {
  fields: { chat: string; endpoint: string };
  warnings: string[];
}

export const NO_NOTIFICATION_WARNING =
  'No booking notification is configured (SMTP_HOST, BOOKING_WEBHOOK_URL or TEAMS_BOOKINGS_CHANNEL): booking requests are ' +
  'stored, but reach nobody until someone opens the staff page at /staff or runs `npm run bookings`.';

/** `baseUrl` is what the server listens on (http://localhost:3978). */
export function readyReport(config: Config, baseUrl: string): ReadyReport {
  const warnings: string[] = [];
  if (!config.notify.smtp && !config.notify.webhook && !config.teams.bookingsChannel) warnings.push(NO_NOTIFICATION_WARNING);
  return { fields: { chat: `${baseUrl}/`, endpoint: `${baseUrl}/api/messages` }, warnings };
}
