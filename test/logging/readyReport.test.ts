// The "ready" line: where the chat page is, and a warning when booking requests would reach nobody.
import { describe, expect, it } from 'vitest';
import { NO_NOTIFICATION_WARNING, readyReport } from '../../src/logging/readyReport.js';
import { testConfig } from '../support/startApp.js';

const BASE = 'http://localhost:3978';

describe('the ready line', () => {
  it('names the chat page and the Bot Framework endpoint', () => {
    expect(readyReport(testConfig(), BASE).fields).toEqual({ chat: `${BASE}/`, endpoint: `${BASE}/api/messages` });
  });

  it.each([
    ['nothing configured', {}, [NO_NOTIFICATION_WARNING]],
    ['e-mail', { SMTP_HOST: 'smtp.example.org', BOOKING_EMAIL_FROM: 'bot@example.org', BOOKING_EMAIL_TO: 'desk@example.org' }, []],
    ['a webhook', { BOOKING_WEBHOOK_URL: 'https://hooks.example.org/b' }, []],
    ['a Teams channel', { TEAMS_BOOKINGS_CHANNEL: '{"conversation":{"id":"19:x"}}' }, []],
  ])('warns that bookings reach nobody only when no notification is configured: %s', (_what, env, warnings) => {
    expect(readyReport(testConfig(env), BASE).warnings).toEqual(warnings);
  });

  it('the warning says where staff find the requests anyway', () => {
    expect(NO_NOTIFICATION_WARNING).toContain('/staff');
    expect(NO_NOTIFICATION_WARNING).toContain('npm run bookings');
  });
});
