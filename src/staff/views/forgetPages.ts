// A person's right to be forgotten (BC PIPA): find their requests by reference, phone or name,
// choose which are theirs, confirm, delete. The audit log keeps who deleted which references
// when, never the deleted details.
import { STATUS_LABELS, type BookingRecord } from '../../booking/bookingRecord.js';
import { printable } from '../../booking/bookingListing.js';
import { formatInZone } from '../../booking/clinicTime.js';
import { html, type Html } from '../html.js';
import { csrfField, type Viewer } from './layout.js';
import { formatPhone } from './requestsPage.js';

export function forgetSearchPage(viewer: Viewer, timeZone: string, found?: { search: string; records: BookingRecord[] }, notice?: string): Html {
  return html`<h1>Delete a person's data</h1>
${notice ? html`<p class="staff__notice" role="status">${notice}</p>` : ''}
<p>When someone asks the clinic to delete what it holds about them, find their booking requests here. Deleting removes the request, its notes and its history for good, from this page, <code>npm run bookings</code> and the data files.</p>
<form method="post" action="/staff/forget" class="staff__form staff__form--row" role="search" aria-label="Find a person's requests">
  ${csrfField(viewer)}
  <p><label for="forget-search">Reference, phone or name</label> <input id="forget-search" name="q" type="search" required maxlength="100" autocomplete="off" value="${found?.search ?? ''}"></p>
  <p><button type="submit">Find</button></p>
</form>
${found ? foundList(viewer, timeZone, found.records) : ''}`;
}

function foundList(viewer: Viewer, timeZone: string, records: BookingRecord[]): Html {
  if (!records.length) return html`<p role="status">No booking requests match.</p>`;
  return html`<form method="post" action="/staff/forget/confirm" class="staff__form">
  ${csrfField(viewer)}
  <fieldset><legend>Requests found (${records.length}): tick the ones that belong to this person</legend>
  <ul class="staff__choices">
  ${records.map(
    (r) => html`<li><input type="checkbox" id="pick-${r.reference}" name="reference" value="${r.reference}" checked>
    <label for="pick-${r.reference}">${r.reference}: ${printable(r.name)}, ${formatPhone(r.phone)}, received ${formatInZone(new Date(r.createdAt), timeZone)} (${STATUS_LABELS[r.status]})</label></li>`,
  )}
  </ul></fieldset>
  <p><button type="submit">Delete the ticked requests…</button></p>
</form>`;
}

export function forgetConfirmPage(viewer: Viewer, timeZone: string, records: BookingRecord[]): Html {
  return html`<h1>Delete ${records.length} request${records.length === 1 ? '' : 's'} for good?</h1>
<p>This cannot be undone. These requests, their notes and their history will be deleted:</p>
<ul>${records.map((r) => html`<li>${r.reference}: ${printable(r.name)}, received ${formatInZone(new Date(r.createdAt), timeZone)}</li>`)}</ul>
<form method="post" action="/staff/forget/delete" class="staff__form">
  ${csrfField(viewer)}
  ${records.map((r) => html`<input type="hidden" name="reference" value="${r.reference}">`)}
  <p><button type="submit" class="staff__danger">Yes, delete for good</button> <a href="/staff/forget">Cancel</a></p>
</form>`;
}
