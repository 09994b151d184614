// Where the staff hand-off posts (TEAMS_BOOKINGS_CHANNEL): reading the setting, and the value to
// copy into it when the bot is installed in a team. Apart from the hand-off itself
// (bookingHandOff.ts), which the bot loads only when the setting is present.
import type { Activity, ConversationReference } from 'botbuilder';
import { z } from 'zod-v4';

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
