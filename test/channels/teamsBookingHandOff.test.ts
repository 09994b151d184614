// Booking requests posted into the clinic's staff channel in Teams, captured by a local stand-in
// for the Teams service (the reference's serviceUrl). No app id: no token, nothing leaves 127.0.0.1.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import type { BookingForClinic } from '../../src/booking/bookingRecord.js';
import {
  BookingsChannelError,
  bookingsChannelFromInstall,
  createTeamsHandOff,
  parseBookingsChannel,
  postBookingToTeams,
} from '../../src/channels/teams/bookingHandOff.js';
import { startCaptureServer, type CaptureServer } from '../support/captureServer.js';

const booking: BookingForClinic = {
  reference: 'NPC-7K3F9Q',
  createdAt: '2025-11-24T18:03:00.000Z',
  consentedAt: '2025-11-24T18:00:00.000Z',
  name: 'Jane [Tester](https://evil.example)',
  phone: '+16045550199',
  email: null,
  preferredTime: { text: 'weekday mornings', resolved: [], flexible: false, timeZone: 'America/Vancouver' },
  reason: 'lower back pain',
  payer: 'icbc',
  claimNumber: 'AB12345',
  status: 'new',
  channelId: 'directline',
  conversationHash: 'abc',
};

let capture: CaptureServer | undefined;
afterEach(async () => {
  await capture?.close();
  capture = undefined;
});

function adapter() {
  return new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
}

function staffChannel(serviceUrl: string) {
  return parseBookingsChannel(
    JSON.stringify({ channelId: 'msteams', serviceUrl, conversation: { id: '19:staff@thread.tacv2', isGroup: true, conversationType: 'channel' }, bot: { id: '28:bot' } }),
  );
}

type Card = { body: { type: string; text?: string; facts?: { title: string; value: string }[] }[] };

describe('booking hand-off to a Teams channel', () => {
  it('posts an Adaptive Card with the request into the staff channel', async () => {
    capture = await startCaptureServer();
    await postBookingToTeams(adapter(), staffChannel(capture.serviceUrl), booking, { timeZone: 'America/Vancouver' });

    const [posted] = capture.repliesTo('19:staff@thread.tacv2');
    expect(capture.other).toEqual([]);
    expect(posted?.summary).toBe('New booking request NPC-7K3F9Q');
    const attachment = posted?.attachments?.[0];
    expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const card = attachment?.content as Card;
    const facts = Object.fromEntries(card.body.find((b) => b.type === 'FactSet')!.facts!.map((f) => [f.title, f.value]));
    expect(card.body.map((b) => b.text ?? '').join(' ')).toContain('NPC-7K3F9Q');
    expect(facts).toMatchObject({
      Phone: '+1 604 555 0199',
      'E-mail': '(none given)',
      Reason: 'lower back pain',
      Payment: 'ICBC claim (claim AB12345)',
      Received: '2025-11-24 10:03 (America/Vancouver)',
    });
    // What the person typed cannot turn into a link in front of staff.
    expect(facts.Name).not.toContain('](https');
    expect(facts.Name).toContain('Jane');
  });

  it('works as a notifier channel that reports refusals, so the notifier retries', async () => {
    // Teams answering 403 (e.g. the bot was removed from the team).
    const refusing = http.createServer((_req, res) => {
      res.writeHead(403, { 'Content-Type': 'application/json' });
      res.end('{"error":{"code":"BotNotInConversationRoster"}}');
    });
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(refusing.address() as AddressInfo).port}/`;
      const handOff = createTeamsHandOff(adapter(), staffChannel(url), { timeZone: 'America/Vancouver' });
      expect(handOff.name).toBe('teams');
      await expect(handOff.send(booking)).rejects.toThrow();
    } finally {
      refusing.close();
    }
  });

  it.each([
    ['not JSON', 'staff-channel'],
    ['no conversation', JSON.stringify({ serviceUrl: 'https://smba.trafficmanager.net/amer/' })],
    ['a plain-http serviceUrl', JSON.stringify({ serviceUrl: 'http://example.com/', conversation: { id: '19:x' } })],
  ])('rejects TEAMS_BOOKINGS_CHANNEL that is %s', (_case, value) => {
    expect(() => parseBookingsChannel(value)).toThrow(BookingsChannelError);
  });

  it('derives TEAMS_BOOKINGS_CHANNEL from the install event in the staff team', () => {
    const value = bookingsChannelFromInstall({
      type: 'conversationUpdate',
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/amer/',
      recipient: { id: '28:bot', name: 'IMS helper' },
      membersAdded: [{ id: '28:bot', name: 'IMS helper' }],
      channelData: { team: { id: '19:team@thread.tacv2' }, tenant: { id: 'tenant-1' } },
    } as never);
    expect(value).toMatch(/^[A-Za-z0-9+/=]+$/); // survives the log's e-mail/phone scrubbing
    const reference = parseBookingsChannel(value!);
    expect(reference.conversation?.id).toBe('19:team@thread.tacv2');
    expect(bookingsChannelFromInstall({ type: 'message', channelId: 'msteams' } as never)).toBeUndefined();
  });
});
