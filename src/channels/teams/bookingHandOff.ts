// Optional staff hand-off: each new booking request is also posted as an Adaptive Card into the
// clinic's staff channel in Teams (TEAMS_BOOKINGS_CHANNEL: the conversation reference of that
// channel, saved when the bot was installed in the staff team). A proactive message through the
// bot's own adapter; e-mail and webhook stay the system of record.
import type { Activity, Attachment, CloudAdapter, ConversationReference } from 'botbuilder';
import { CardFactory } from 'botbuilder';
import { z } from 'zod';
import { PAYER_LABELS, type BookingForClinic } from '../../booking/bookingRecord.js';
import { formatInZone } from '../../booking/clinicTime.js';
import { describeResolvedTimes } from '../../booking/notifications/bookingEmail.js';
import { formatPhoneForPeople } from '../../booking/phoneDisplay.js';
import { escapeUserText } from '../../bot/markdown.js';

export class BookingsChannelError extends Error {
  override name = 'BookingsChannelError';
}

const loopback = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/;
const referenceSchema = z.object({
  channelId: z.literal('msteams').default('msteams'),
  serviceUrl: z
    .string()
    .refine((url) => url.startsWith('https://') || loopback.test(url), 'serviceUrl must be an https URL (Teams gives one)'),
  conversation: z.object({ id: z.string().min(1), isGroup: z.boolean().optional(), conversationType: z.string().optional(), tenantId: z.string().optional() }).passthrough(),
  bot: z.object({ id: z.string().min(1), name: z.string().optional() }).passthrough().optional(),
});

/** Reads TEAMS_BOOKINGS_CHANNEL (JSON, or base64 of it); throws BookingsChannelError with a fixable message. */
export function parseBookingsChannel(value: string): Partial<ConversationReference> {
  let json: unknown;
  try {
    const text = value.trim();
    json = JSON.parse(text.startsWith('{') ? text : Buffer.from(text, 'base64').toString('utf8'));
  } catch {
    throw new BookingsChannelError('TEAMS_BOOKINGS_CHANNEL must be the JSON conversation reference the bot logged when it was installed in the staff team.');
  }
  const parsed = referenceSchema.safeParse(json);
  if (!parsed.success) {
    throw new BookingsChannelError(`TEAMS_BOOKINGS_CHANNEL: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; ')}`);
  }
  return parsed.data as unknown as Partial<ConversationReference>;
}

/**
 * The value to put in TEAMS_BOOKINGS_CHANNEL, when `activity` is the bot being added to a Teams
 * team (conversationUpdate in a channel). The team's General channel id equals the team id.
 * Base64, so the log's personal-data scrubbing (which masks "x@y.z" shapes such as Teams
 * conversation ids) leaves it intact when it is logged for the operator to copy.
 */
export function bookingsChannelFromInstall(activity: Partial<Activity>): string | undefined {
  const channelData = activity.channelData as { team?: { id?: string }; tenant?: { id?: string } } | undefined;
  const botAdded = activity.membersAdded?.some((member) => member.id === activity.recipient?.id);
  if (activity.channelId !== 'msteams' || activity.type !== 'conversationUpdate' || !botAdded || !channelData?.team?.id) return undefined;
  const reference = {
    channelId: 'msteams',
    serviceUrl: activity.serviceUrl,
    conversation: { id: channelData.team.id, isGroup: true, conversationType: 'channel', tenantId: channelData.tenant?.id },
    bot: activity.recipient ? { id: activity.recipient.id, name: activity.recipient.name } : undefined,
  };
  return Buffer.from(JSON.stringify(reference)).toString('base64');
}

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
