// The staff page's filters and search, applied to records in memory (the blob store; SQLite runs
// the same rules as SQL). One place says what a search term matches.
import { BOOKING_STATUSES, type BookingRecord, type BookingStatus } from './bookingRecord.js';
import type { BookingPage, BookingQuery } from './bookingStore.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/** How a search term is read: a reference, a phone number, or part of a name. */
export type SearchTerm = { kind: 'reference'; prefix: string } | { kind: 'phone'; digits: string } | { kind: 'name'; text: string };

export function parseSearch(raw: string): SearchTerm | undefined {
  const text = raw.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
  if (!text) return undefined;
  if (/^npc-?[2-9a-hjkmnp-z]{0,6}$/.test(text)) return { kind: 'reference', prefix: `NPC-${text.replace(/^npc-?/, '').toUpperCase()}` };
  const digits = text.replace(/\D/g, '');
  if (digits.length >= 3 && /^[\d\s()+.-]+$/.test(text)) return { kind: 'phone', digits };
  return { kind: 'name', text };
}

/** The digits of an E.164 number without the North American country code, so "604 555" finds "+16045550123". */
export function phoneDigits(e164: string): string {
  return e164.replace(/\D/g, '');
}

export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function matchesSearch(record: BookingRecord, term: SearchTerm): boolean {
  if (term.kind === 'reference') return record.reference.startsWith(term.prefix);
  if (term.kind === 'phone') return phoneDigits(record.phone).includes(term.digits);
  return nameKey(record.name).includes(term.text);
}

export function pageSize(limit: number | undefined): number {
  return Math.min(Math.max(1, Math.trunc(limit ?? DEFAULT_PAGE_SIZE)), MAX_PAGE_SIZE);
}

export function emptyCounts(): Record<BookingStatus, number> {
  return Object.fromEntries(BOOKING_STATUSES.map((s) => [s, 0])) as Record<BookingStatus, number>;
}

/** Filters, counts and pages records already sorted newest first. */
export function queryRecords(sorted: BookingRecord[], query: BookingQuery): BookingPage {
  const term = query.search ? parseSearch(query.search) : undefined;
  const from = query.from?.getTime();
  const to = query.to?.getTime();
  const counts = emptyCounts();
  const matching: BookingRecord[] = [];
  for (const record of sorted) {
    const created = Date.parse(record.createdAt);
    if (from !== undefined && created < from) continue;
    if (to !== undefined && created >= to) continue;
    if (term && !matchesSearch(record, term)) continue;
    counts[record.status]++;
    if (!query.status || record.status === query.status) matching.push(record);
  }
  const offset = Math.max(0, Math.trunc(query.offset ?? 0));
  return { records: matching.slice(offset, offset + pageSize(query.limit)), total: matching.length, counts };
}
