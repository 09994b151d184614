// The morning list: new requests first, a tab per status with its count, date filters, a search
// (sent in the request body, never in the URL), CSV export, and one row per request with its
// reference and the buttons to mark it called back or handled. On a phone the rows become cards.
import { languageOf, PAYER_LABELS, STATUS_LABELS, BOOKING_STATUSES, type BookingRecord, type BookingStatus } from '../../booking/bookingRecord.js';
import type { BookingPage } from '../../booking/bookingStore.js';
import { formatInZone } from '../../booking/clinicTime.js';
import { printable } from '../../booking/bookingListing.js';
import { html, type Html } from '../html.js';
import { csrfField, type Viewer } from './layout.js';

export const LANGUAGE_NAMES: Record<string, string> = { en: 'English', pa: 'Punjabi', 'zh-Hans': 'Chinese (Simplified)', 'zh-Hant': 'Chinese (Traditional)' };

export interface ListFilters {
  status?: BookingStatus;
  /** YYYY-MM-DD in the clinic's time zone. */
  from?: string;
  to?: string;
  search?: string;
  page: number;
}

export interface ListView {
  viewer: Viewer;
  filters: ListFilters;
  page: BookingPage;
  pageSize: number;
  timeZone: string;
  /** Problems from the health checks, shown as a banner. */
  problems: string[];
  notice?: string;
}

/** The filters as a query string (no search: that never goes into a URL). New requests are the default view. */
export function filterQuery(filters: Omit<ListFilters, 'search'> & { status?: BookingStatus | undefined }, page = filters.page): string {
  const params = new URLSearchParams();
  if (filters.status !== 'new') params.set('status', filters.status ?? 'all');
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function payment(record: BookingRecord): string {
  return `${PAYER_LABELS[record.payer]}${record.claimNumber ? ` · claim ${printable(record.claimNumber)}` : ''}`;
}

function statusButtons(record: BookingRecord, viewer: Viewer, returnTo: string): Html {
  const next: { status: BookingStatus; label: string }[] = [];
  if (record.status === 'new') next.push({ status: 'called-back', label: 'Called back' });
  if (record.status !== 'handled') next.push({ status: 'handled', label: 'Handled' });
  if (record.status !== 'new') next.push({ status: 'new', label: 'Back to new' });
  return html`${next.map(
    ({ status, label }) => html`<form method="post" action="/staff/requests/${record.reference}/status" class="staff__inline">${csrfField(viewer)}<input type="hidden" name="status" value="${status}"><input type="hidden" name="return" value="${returnTo}"><button type="submit" id="${`${status}-${record.reference}`}"${status === 'handled' ? html` class="staff__primary"` : ''}>Mark ${label.toLowerCase()}<span class="staff__sr"> ${record.reference}</span></button></form>`,
  )}`;
}

export function requestRows(records: BookingRecord[], viewer: Viewer, timeZone: string, returnTo: string): Html {
  if (!records.length) return html`<tr><td colspan="9" class="staff__empty">No booking requests here.</td></tr>`;
  return html`${records.map(
    (r) => html`<tr data-reference="${r.reference}" class="staff__status-${r.status}">
<th scope="row" data-label="Reference"><a href="/staff/requests/${r.reference}">${r.reference}</a></th>
<td data-label="Name">${printable(r.name)}</td>
<td data-label="Phone"><a href="tel:${r.phone}">${formatPhone(r.phone)}</a></td>
<td data-label="Preferred times">${printable(r.preferredTime.text)}</td>
<td data-label="Reason">${printable(r.reason)}</td>
<td data-label="Payment">${payment(r)}</td>
<td data-label="Language">${LANGUAGE_NAMES[languageOf(r)]}</td>
<td data-label="Received"><time datetime="${r.createdAt}">${formatInZone(new Date(r.createdAt), timeZone)}</time></td>
<td data-label="Status"><span class="staff__badge staff__badge--${r.status}">${STATUS_LABELS[r.status]}</span><div class="staff__actions">${statusButtons(r, viewer, returnTo)}</div></td>
</tr>`,
  )}`;
}

/** "+1 604 555 0123" without loading the phone-number metadata on the page's path. */
export function formatPhone(e164: string): string {
  const nanp = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  return nanp ? `+1 ${nanp[1]} ${nanp[2]} ${nanp[3]}` : e164;
}

function tabs(view: ListView): Html {
  const total = BOOKING_STATUSES.reduce((sum, s) => sum + view.page.counts[s], 0);
  const tab = (status: BookingStatus | undefined, label: string, count: number) =>
    html`<li><a href="/staff/requests${filterQuery({ ...view.filters, status }, 1)}"${view.filters.status === status ? html` aria-current="page"` : ''}>${label} <span class="staff__count" data-count="${status ?? 'all'}">${count}</span></a></li>`;
  return html`<nav aria-label="Requests by status"><ul class="staff__tabs">
${tab('new', 'New', view.page.counts.new)}
${tab('called-back', 'Called back', view.page.counts['called-back'])}
${tab('handled', 'Handled', view.page.counts.handled)}
${tab(undefined, 'All', total)}
</ul></nav>`;
}

export function requestsPage(view: ListView): Html {
  const { filters, viewer } = view;
  const returnTo = `/staff/requests${filterQuery(filters)}`;
  const pages = Math.max(1, Math.ceil(view.page.total / view.pageSize));
  const heading = filters.search ? 'Search results' : filters.status ? `${STATUS_LABELS[filters.status]} booking requests` : 'All booking requests';
  return html`<h1>${heading}</h1>
${view.problems.length ? html`<div class="staff__warning" role="alert"><p><strong>Needs attention:</strong></p><ul>${view.problems.map((p) => html`<li>${p}</li>`)}</ul><p><a href="/staff/health">See health</a></p></div>` : ''}
${view.notice ? html`<p class="staff__notice" role="status">${view.notice}</p>` : ''}
${tabs(view)}
<div class="staff__filters">
<form method="get" action="/staff/requests" class="staff__form staff__form--row" aria-label="Filter by date">
  <input type="hidden" name="status" value="${filters.status ?? 'all'}">
  <p><label for="from">Received from</label> <input id="from" name="from" type="date" value="${filters.from ?? ''}"></p>
  <p><label for="to">to</label> <input id="to" name="to" type="date" value="${filters.to ?? ''}"></p>
  <p><button type="submit">Filter</button></p>
</form>
<form method="post" action="/staff/requests/search" class="staff__form staff__form--row" role="search" aria-label="Search requests">
  ${csrfField(viewer)}
  <input type="hidden" name="status" value="${filters.status ?? 'all'}">
  <p><label for="search">Reference, phone or name</label> <input id="search" name="q" type="search" value="${filters.search ?? ''}" maxlength="100" autocomplete="off"></p>
  <p><button type="submit">Search</button></p>
</form>
<form method="post" action="/staff/export" class="staff__form staff__form--row">
  ${csrfField(viewer)}
  <input type="hidden" name="status" value="${filters.status ?? 'all'}">
  ${filters.from ? html`<input type="hidden" name="from" value="${filters.from}">` : ''}
  ${filters.to ? html`<input type="hidden" name="to" value="${filters.to}">` : ''}
  <p><button type="submit">Export CSV</button></p>
</form>
</div>
<p id="live" class="staff__live" role="status" aria-live="polite"></p>
<table class="staff__table" id="requests" data-filters="${JSON.stringify({ status: filters.status ?? 'all', from: filters.from ?? '', to: filters.to ?? '', page: filters.page })}"${filters.search ? html` data-search="on"` : ''}>
<caption class="staff__sr">Booking requests, newest first</caption>
<thead><tr><th scope="col">Reference</th><th scope="col">Name</th><th scope="col">Phone</th><th scope="col">Preferred times</th><th scope="col">Reason</th><th scope="col">Payment</th><th scope="col">Language</th><th scope="col">Received</th><th scope="col">Status</th></tr></thead>
<tbody>${requestRows(view.page.records, viewer, view.timeZone, returnTo)}</tbody>
</table>
${
  pages > 1
    ? html`<nav aria-label="Pages" class="staff__pager"><p>Page ${filters.page} of ${pages}</p><ul>
${filters.page > 1 ? html`<li><a href="/staff/requests${filterQuery(filters, filters.page - 1)}" rel="prev">Newer</a></li>` : ''}
${filters.page < pages ? html`<li><a href="/staff/requests${filterQuery(filters, filters.page + 1)}" rel="next">Older</a></li>` : ''}
</ul></nav>`
    : ''
}`;
}
