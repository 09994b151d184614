// The summary shown before sending. Everything the person typed is escaped, so a "name" like
// "[click](http://x)" or "<b>" shows as typed and cannot become a link or markup.
import { PAYER_LABELS } from '../../src/booking/bookingRecord.js';
import { formatPhoneForPeople } from '../../src/booking/phoneDisplay.js';
import { escapeUserText } from '../../src/bot/markdown.js';
import type { CompleteDraft } from './bookingDraft.js';

export function bookingSummary(draft: CompleteDraft): string {
  const claim = draft.claimNumber ? ` (claim number ${escapeUserText(draft.claimNumber)})` : '';
  return [
    "Here's your booking request:",
    '',
    `- Name: ${escapeUserText(draft.name)}`,
    `- Phone: ${formatPhoneForPeople(draft.phone)}`,
    `- E-mail: ${draft.email ? escapeUserText(draft.email) : 'none given'}`,
    `- Preferred time: ${escapeUserText(draft.preferredTime.text)}`,
    `- Reason: ${escapeUserText(draft.reason)}`,
    `- Payment: ${PAYER_LABELS[draft.payer]}${claim}`,
    '',
    'Shall I send it to the clinic? You can also change any one detail.',
  ].join('\n');
}
