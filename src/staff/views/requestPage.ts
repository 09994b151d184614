// One request: every detail the person gave, its status history, the front desk's notes, the
// status buttons, and the way to delete it (after a confirmation).
import { languageOf, STATUS_LABELS, type BookingRecord } from '../../booking/bookingRecord.js';
import { describeNotifications, printable } from '../../booking/bookingListing.js';
import { formatInZone } from '../../booking/clinicTime.js';
import { describeResolvedTimes } from '../../booking/notifications/bookingEmail.js';
import { html, type Html } from '../html.js';
import { csrfField, type Viewer } from './layout.js';
import { formatPhone, LANGUAGE_NAMES, payment } from './requestsPage.js';

export function requestPage(record: BookingRecord, viewer: Viewer, timeZone: string, notice?: string): Html {
  const when = (iso: string | undefined) => (iso ? html`<time datetime="${iso}">${formatInZone(new Date(iso), timeZone)}</time>` : '');
  const back = `/staff/requests/${record.reference}`;
  const statusForm = (status: 'called-back' | 'handled' | 'new', label: string, primary = false) =>
    html`<form method="post" action="/staff/requests/${record.reference}/status" class="staff__inline">${csrfField(viewer)}<input type="hidden" name="status" value="${status}"><input type="hidden" name="return" value="${back}"><button type="submit"${primary ? html` class="staff__primary"` : ''}>${label}</button></form>`;
  const resolved = describeResolvedTimes(record);
  return html`<p><a href="/staff/requests">← All booking requests</a></p>
<h1>Booking request ${record.reference}</h1>
${notice ? html`<p class="staff__notice" role="status">${notice}</p>` : ''}
<div class="staff__card">
<dl class="staff__details">
  <dt>Status</dt><dd><span class="staff__badge staff__badge--${record.status}">${STATUS_LABELS[record.status]}</span></dd>
  <dt>Name</dt><dd>${printable(record.name)}</dd>
  <dt>Phone</dt><dd><a href="tel:${record.phone}">${formatPhone(record.phone)}</a></dd>
  <dt>E-mail</dt><dd>${record.email ? html`<a href="mailto:${record.email}">${record.email}</a>` : 'none given'}</dd>
  <dt>Preferred times</dt><dd>${printable(record.preferredTime.text)}${resolved ? html` <span class="staff__muted">(${resolved})</span>` : ''}</dd>
  <dt>Reason</dt><dd>${printable(record.reason)}</dd>
  <dt>Payment</dt><dd>${payment(record)}</dd>
  <dt>Language</dt><dd>${LANGUAGE_NAMES[languageOf(record)]}</dd>
  <dt>Received</dt><dd>${when(record.createdAt)}</dd>
  ${record.calledBackAt ? html`<dt>Called back</dt><dd>${when(record.calledBackAt)}</dd>` : ''}
  ${record.handledAt ? html`<dt>Handled</dt><dd>${when(record.handledAt)}</dd>` : ''}
  <dt>Consent given</dt><dd>${when(record.consentedAt)}</dd>
  <dt>Notified</dt><dd>${describeNotifications(record, timeZone)}</dd>
</dl>
<div class="staff__actions">
${record.status === 'new' ? statusForm('called-back', `Mark called back`) : ''}
${record.status !== 'handled' ? statusForm('handled', 'Mark handled', true) : ''}
${record.status !== 'new' ? statusForm('new', 'Back to new') : ''}
</div>
</div>
<form method="post" action="/staff/requests/${record.reference}/notes" class="staff__form staff__card">
  ${csrfField(viewer)}
  <p><label for="notes">Notes for the front desk</label>
  <textarea id="notes" name="notes" rows="5" maxlength="4000" aria-describedby="notes-help">${record.notes ?? ''}</textarea>
  <span id="notes-help" class="staff__muted">Only staff see these. They are deleted with the request.</span></p>
  <p><button type="submit">Save notes</button></p>
</form>
<p><a class="staff__danger-link" href="/staff/requests/${record.reference}/delete">Delete this request for good…</a></p>`;
}
