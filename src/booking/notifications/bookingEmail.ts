// The plain-text e-mail the front desk receives for each booking request.
import { PAYER_LABELS, type BookingRecord } from '../bookingRecord.js';
import { formatInZone } from '../clinicTime.js';
import { formatPhoneForPeople } from '../phoneDisplay.js';

export interface BookingEmail {
  subject: string;
  text: string;
}

export function describeResolvedTimes(record: Pick<BookingRecord, 'preferredTime'>): string {
  const parts = record.preferredTime.resolved.map((r) => {
    if (r.value) return r.value;
    if (r.start && r.end) return `${r.start} to ${r.end}`;
    if (r.start) return `${r.mod === 'after' ? 'after' : 'from'} ${r.start}`;
    if (r.end) return `before ${r.end}`;
    return r.type;
  });
  if (record.preferredTime.flexible) parts.unshift('flexible');
  return parts.join('; ');
}

export function formatBookingEmail(record: BookingRecord, timeZone: string): BookingEmail {
  const resolved = describeResolvedTimes(record);
  const claim = record.claimNumber ? ` (claim number: ${record.claimNumber})` : '';
  const lines = [
    'New booking request from the IMS help bot. Please call the person back to book.',
    '',
    `Reference:       ${record.reference}`,
    `Received:        ${formatInZone(new Date(record.createdAt), timeZone)} (${timeZone})`,
    `Name:            ${record.name}`,
    `Phone:           ${formatPhoneForPeople(record.phone)}`,
    `E-mail:          ${record.email ?? '(none given)'}`,
    `Preferred time:  ${record.preferredTime.text}${resolved ? `  [${resolved}, ${record.preferredTime.timeZone}]` : ''}`,
    `Reason:          ${record.reason}`,
    `Payment:         ${PAYER_LABELS[record.payer]}${claim}`,
    `Consent:         given in the chat at ${formatInZone(new Date(record.consentedAt), timeZone)}`,
    `Channel:         ${record.channelId}`,
    '',
    `When done, mark it handled: npm run bookings -- --handled ${record.reference}`,
  ];
  return { subject: `Booking request ${record.reference}`, text: `${lines.join('\n')}\n` };
}
