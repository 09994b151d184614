// Optional staff hand-off: each new booking request is also posted as an Adaptive Card into the
// clinic's staff channel in Teams (TEAMS_BOOKINGS_CHANNEL: the conversation reference of that
// channel, saved when the bot was installed in the staff team). A proactive message through the
// bot's own adapter; e-mail and webhook stay the system of record.
import type { Attachment, CloudAdapter, ConversationReference } from 'botbuilder';
import { CardFactory } from 'botbuilder';
import { PAYER_LABELS, type BookingForClinic } from '../../booking/bookingRecord.js';
import { formatInZone } from '../../booking/clinicTime.js';
import { describeResolvedTimes } from '../../booking/notifications/bookingEmail.js';
import { formatPhoneForPeople } from '../../booking/phoneDisplay.js';
import { escapeUserText } from '../../bot/markdown.js';

export { BookingsChannelError, bookingsChannelFromInstall, parseBookingsChannel } from './bookingsChannel.js';

/** The Adaptive Card staff see. What the person typed is escaped so it cannot become links or formatting. */
export function bookingCard(booking: BookingForClinic, timeZone: string): Attachment {
  const typed = (text: string) => escapeUserText(text);
  const resolved = describeResolvedTimes(booking);
  const facts = [
    { title: 'Name', value: typed(booking.name) },
    { title: 'Phone', value: formatPhoneForPeople(booking.phone) },
    { title: 'E-mail', value: booking.email ? typed(booking.email) : '(none given)' },
    { title: 'Preferred time', value: `${typed(booking.preferredTime.text)}${resolved ? ` [${typed(resolved)}]` : ''}` },
    { title: 'Reason', value: typed(booking.reason) },
    { title: 'Payment', value: `${PAYER_LABELS[booking.payer]}${booking.claimNumber ? ` (claim ${typed(booking.claimNumber)})` : ''}` },
    { title: 'Received', value: `${formatInZone(new Date(booking.createdAt), timeZone)} (${timeZone})` },
    { title: 'Via', value: booking.channelId },
  ];
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: 'New booking request', weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: `Reference **${booking.reference}** · please call the person back to book.`, wrap: true, spacing: 'Small' },
      { type: 'FactSet', facts },
      {
        type: 'TextBlock',
        text: 'Personal details: use them only to book this visit. The e-mail to the front desk is the record to work from.',
        wrap: true,
        size: 'Small',
        isSubtle: true,
        spacing: 'Medium',
      },
    ],
  });
}

export interface TeamsHandOffOptions {
  /** MicrosoftAppId (undefined for local use: then no token is fetched). */
  appId?: string;
  timeZone: string;
}

/** Posts one booking request into the staff channel. Throws when Teams refuses it. */
export async function postBookingToTeams(
  adapter: CloudAdapter,
  reference: Partial<ConversationReference>,
  booking: BookingForClinic,
  options: TeamsHandOffOptions = { timeZone: 'America/Vancouver' },
): Promise<void> {
  const card = bookingCard(booking, options.timeZone);
  await adapter.continueConversationAsync(options.appId ?? '', reference, async (context) => {
    await context.sendActivity({
      type: 'message',
      attachments: [card],
      // Shown in notifications and the channel list instead of "sent a card".
      summary: `New booking request ${booking.reference}`,
    });
  });
}

/**
 * The same as a notification channel for the booking notifier (retries included), e.g.
 *   const teams = config.teams.bookingsChannel && createTeamsHandOff(adapter, parseBookingsChannel(config.teams.bookingsChannel), {...});
 */
export function createTeamsHandOff(adapter: CloudAdapter, reference: Partial<ConversationReference>, options: TeamsHandOffOptions) {
  return {
    name: 'teams' as const,
    send: (booking: BookingForClinic) => postBookingToTeams(adapter, reference, booking, options),
  };
}
