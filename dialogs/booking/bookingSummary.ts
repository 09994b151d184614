// The summary shown before sending, in the person's language. Everything the person typed is escaped, so a
// "name" like "[click](http://x)" or "<b>" shows as typed and cannot become a link or markup.
import type { TurnContext } from 'botbuilder';
import { formatPhoneForPeople } from '../../src/booking/phoneDisplay.js';
import { escapeUserText } from '../../src/bot/markdown.js';
import type { Responder } from '../../src/bot/responder.js';
import type { MessageKey } from '../../src/kb/messageKeys.js';
import type { CompleteDraft } from './bookingDraft.js';

export function bookingSummary(context: TurnContext, responder: Responder, draft: CompleteDraft): string {
  const t = (key: MessageKey, values?: Record<string, string>) => responder.text(context, key, values);
  const claim = draft.claimNumber ? ` (${t('booking.summaryClaim', { claim: escapeUserText(draft.claimNumber) })})` : '';
  return [
    t('booking.summaryTitle'),
    '',
    `- ${t('booking.summaryName')}: ${escapeUserText(draft.name)}`,
    `- ${t('booking.summaryPhone')}: ${formatPhoneForPeople(draft.phone)}`,
    `- ${t('booking.summaryEmail')}: ${draft.email ? escapeUserText(draft.email) : t('booking.summaryNoEmail')}`,
    `- ${t('booking.summaryTime')}: ${escapeUserText(draft.preferredTime.text)}`,
    `- ${t('booking.summaryReason')}: ${escapeUserText(draft.reason)}`,
    `- ${t('booking.summaryPayment')}: ${t(`payer.${draft.payer}` as MessageKey)}${claim}`,
    '',
    t('booking.summaryQuestion'),
  ].join('\n');
}
