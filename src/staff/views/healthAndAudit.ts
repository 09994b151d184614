// The health panel and (for admins) the audit log.
import type { AuditEntry } from '../staffStore.js';
import type { HealthItem } from '../health.js';
import { html, type Html } from '../html.js';

const LEVEL_LABELS = { ok: 'OK', warning: 'Check', problem: 'Problem' } as const;

export function healthPage(items: HealthItem[]): Html {
  return html`<h1>Health</h1>
<table class="staff__table staff__table--health">
<caption class="staff__sr">What the bot checks</caption>
<thead><tr><th scope="col">Part</th><th scope="col">State</th><th scope="col">Details</th></tr></thead>
<tbody>${items.map((item) => html`<tr><th scope="row">${item.name}</th><td><span class="staff__badge staff__badge--${item.level}">${LEVEL_LABELS[item.level]}</span></td><td>${item.detail}</td></tr>`)}</tbody>
</table>`;
}

export function auditPage(entries: AuditEntry[], total: number, retentionDays: number, page: number, pageSize: number): Html {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return html`<h1>Audit log</h1>
<p>Who signed in, viewed, exported, changed or deleted which requests, and when. Kept ${retentionDays} days (AUDIT_RETENTION_DAYS); it never holds the deleted details themselves.</p>
<table class="staff__table">
<caption class="staff__sr">Audit entries, newest first</caption>
<thead><tr><th scope="col">When (UTC)</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Which</th><th scope="col">Detail</th></tr></thead>
<tbody>${entries.map((e) => html`<tr><td><time datetime="${e.at}">${e.at.replace('T', ' ').slice(0, 19)}</time></td><td>${e.actor}</td><td>${e.action}</td><td>${e.targets.join(', ')}</td><td>${e.detail ?? ''}</td></tr>`)}</tbody>
</table>
${pages > 1 ? html`<nav aria-label="Pages" class="staff__pager"><p>Page ${page} of ${pages}</p><ul>${page > 1 ? html`<li><a href="/staff/audit?page=${page - 1}">Newer</a></li>` : ''}${page < pages ? html`<li><a href="/staff/audit?page=${page + 1}">Older</a></li>` : ''}</ul></nav>` : ''}`;
}
