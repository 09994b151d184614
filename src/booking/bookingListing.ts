// How staff see the requests: a terminal table, CSV for a spreadsheet, or JSON for scripts.
// Text typed by the public is made safe for the medium: control characters (terminal escape
// sequences) are removed, and CSV cells that a spreadsheet would run as a formula are defused.
import { LANGUAGE_LABELS, languageOf, NOTIFICATION_CHANNELS, PAYER_LABELS, type BookingRecord } from './bookingRecord.js';
import { formatInZone } from './clinicTime.js';
import { formatPhoneForPeople } from './phoneDisplay.js';

export const FORMATS = ['table', 'csv', 'json'] as const;
export type ListFormat = (typeof FORMATS)[number];

// C0/C1 controls and bidirectional overrides (which can make text read differently than it is).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g;

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim();
}

/** "email sent; webhook failed x3 (webhook answered HTTP 500), retry 2025-11-24 10:05". */
export function describeNotifications(record: BookingRecord, timeZone: string): string {
  const parts: string[] = [];
  for (const channel of NOTIFICATION_CHANNELS) {
    const s = record.notifications[channel];
    if (!s) continue;
    if (s.status === 'sent') parts.push(`${channel} sent`);
    else if (s.status === 'pending') parts.push(`${channel} pending`);
    else {
      const next = s.nextAttemptAt ? `, retry ${formatInZone(new Date(s.nextAttemptAt), timeZone)}` : ', gave up';
      parts.push(`${channel} FAILED x${s.attempts}${s.lastError ? ` (${s.lastError})` : ''}${next}`);
    }
  }
  return parts.length ? parts.join('; ') : 'not configured';
}

function payment(record: BookingRecord): string {
  return `${PAYER_LABELS[record.payer]}${record.claimNumber ? ` #${record.claimNumber}` : ''}`;
}

function columns(record: BookingRecord, timeZone: string): Record<string, string> {
  return {
    Reference: record.reference,
    Received: formatInZone(new Date(record.createdAt), timeZone),
    Status: record.status,
    Name: printable(record.name),
    Phone: formatPhoneForPeople(record.phone),
    Email: printable(record.email ?? ''),
    'Preferred time': printable(record.preferredTime.text),
    Reason: printable(record.reason),
    Payment: printable(payment(record)),
    Language: LANGUAGE_LABELS[languageOf(record)],
    Notified: printable(describeNotifications(record, timeZone)),
  };
}

const TABLE_WIDTH: Record<string, number> = { Name: 24, Email: 28, 'Preferred time': 28, Reason: 32, Payment: 24 }; // Notified, the last column, is never cut

/** East Asian wide and full-width characters take two terminal columns (Chinese names, full-width digits). */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
/** Vowel signs and other marks (Gurmukhi ਿ ੀ ੰ ...) sit on the letter before them: no column of their own. */
const MARK = /[\p{M}\u200b-\u200d]/u;

/** Columns a text takes in a terminal, so Gurmukhi and Chinese names keep the table's columns straight. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += MARK.test(char) ? 0 : WIDE.test(char) ? 2 : 1;
  return width;
}

function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function cut(text: string, width: number | undefined): string {
  if (!width || displayWidth(text) <= width) return text;
  let kept = '';
  for (const char of text) {
    if (displayWidth(kept + char) > width - 1) break;
    kept += char;
  }
  return `${kept}…`;
}

export function formatTable(records: BookingRecord[], timeZone: string): string {
  if (!records.length) return 'No booking requests.\n';
  const rows = records.map((r) => columns(r, timeZone));
  const headers = Object.keys(rows[0]!);
  const cells = rows.map((row) => headers.map((h) => cut(row[h] ?? '', TABLE_WIDTH[h])));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => displayWidth(c[i]!))));
  const line = (values: string[]) => values.map((v, i) => padToWidth(v, widths[i]!)).join('  ').trimEnd();
  return `${[line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n')}\n`;
}

function csvCell(value: string): string {
  // A leading = + - @ (or tab/CR) would run as a formula in Excel / Sheets: prefix a quote.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function formatCsv(records: BookingRecord[], timeZone: string): string {
  const headers = [
    'reference', 'createdAt', 'received', 'status', 'handledAt', 'name', 'phone', 'email', 'preferredTime', 'resolvedTime',
    'reason', 'payer', 'claimNumber', 'emailNotification', 'webhookNotification', 'teamsNotification', 'channelId',
    'calledBackAt', 'language', 'notes',
  ];
  const rows = records.map((r) => [
    r.reference,
    r.createdAt,
    formatInZone(new Date(r.createdAt), timeZone),
    r.status,
    r.handledAt ?? '',
    printable(r.name),
    r.phone,
    printable(r.email ?? ''),
    printable(r.preferredTime.text),
    JSON.stringify(r.preferredTime.resolved),
    printable(r.reason),
    PAYER_LABELS[r.payer],
    printable(r.claimNumber ?? ''),
    r.notifications.email ? `${r.notifications.email.status} (${r.notifications.email.attempts})` : '',
    r.notifications.webhook ? `${r.notifications.webhook.status} (${r.notifications.webhook.attempts})` : '',
    r.notifications.teams ? `${r.notifications.teams.status} (${r.notifications.teams.attempts})` : '',
    r.channelId,
    r.calledBackAt ?? '',
    languageOf(r),
    printable(r.notes ?? ''),
  ]);
  return `${[headers, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function formatJson(records: BookingRecord[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}

export function formatBookings(records: BookingRecord[], format: ListFormat, timeZone: string): string {
  if (format === 'json') return formatJson(records);
  if (format === 'csv') return formatCsv(records, timeZone);
  return formatTable(records, timeZone);
}
