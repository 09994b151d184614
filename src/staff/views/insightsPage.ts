// What patients ask, as charts (Chart.js, served by the bot) with the same numbers in a table
// under each chart for screen readers and for anyone who prefers numbers. The chart data travels
// in a JSON block (not executed: the page's CSP allows no inline script).
import { html, raw, type Html } from '../html.js';
import type { InsightsSummary } from '../insightsSummary.js';
import { LANGUAGE_NAMES } from './requestsPage.js';

export interface ChartSpec {
  id: string;
  type: 'bar' | 'line';
  labels: string[];
  series: { label: string; data: number[] }[];
  /** Bars drawn sideways (long labels). */
  horizontal?: boolean;
}

const TOP = 10;

function chart(spec: ChartSpec, title: string, description: string): Html {
  const hasData = spec.series.some((s) => s.data.some((n) => n > 0));
  return html`<section class="staff__card staff__chart" aria-labelledby="${spec.id}-title">
<h2 id="${`${spec.id}-title`}">${title}</h2>
<p class="staff__muted">${description}</p>
${
  hasData
    ? html`<div class="staff__canvas"><canvas id="${spec.id}" role="img" aria-label="${`${title}: chart; the numbers are in the table under it`}"></canvas></div>
<details class="staff__numbers"><summary>The numbers</summary>
<table class="staff__table staff__table--numbers"><caption>${title}: the numbers</caption>
<thead><tr><th scope="col">${spec.horizontal ? 'Item' : 'Day'}</th>${spec.series.map((s) => html`<th scope="col">${s.label}</th>`)}</tr></thead>
<tbody>${spec.labels.map((label, i) => html`<tr><th scope="row">${label}</th>${spec.series.map((s) => html`<td>${s.data[i] ?? 0}</td>`)}</tr>`)}</tbody>
</table></details>`
    : html`<p>Nothing recorded in this period.</p>`
}
</section>`;
}

function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function chartSpecs(summary: InsightsSummary): ChartSpec[] {
  const { report } = summary;
  const unanswered = report.unanswered.slice(0, TOP);
  const disliked = report.feedback.filter((l) => l.down > 0).slice(0, TOP);
  const picks = report.picks.slice(0, TOP);
  return [
    { id: 'chart-per-day', type: 'bar', labels: summary.perDay.map((d) => d.day), series: [{ label: 'Conversations', data: summary.perDay.map((d) => d.conversations) }, { label: 'Booking requests', data: summary.perDay.map((d) => d.bookings) }] },
    { id: 'chart-unanswered', type: 'bar', horizontal: true, labels: unanswered.map((g) => shorten(g.examples[0] ?? '')), series: [{ label: 'Times asked', data: unanswered.map((g) => g.count) }] },
    { id: 'chart-disliked', type: 'bar', horizontal: true, labels: disliked.map((l) => shorten(l.title ?? l.entryId)), series: [{ label: '👎 not helpful', data: disliked.map((l) => l.down) }, { label: '👍 helpful', data: disliked.map((l) => l.up) }] },
    { id: 'chart-picks', type: 'bar', horizontal: true, labels: picks.map((p) => shorten(p.title ?? p.entryId)), series: [{ label: 'Picked', data: picks.map((p) => p.count) }] },
    { id: 'chart-safety', type: 'bar', horizontal: true, labels: summary.safety.map((s) => s.category), series: [{ label: 'Safety messages', data: summary.safety.map((s) => s.count) }] },
  ];
}

export function insightsPage(summary: InsightsSummary): Html {
  const specs = chartSpecs(summary);
  const byId = new Map(specs.map((s) => [s.id, s]));
  const { report } = summary;
  // JSON inside <script type="application/json">: "<" escaped so no text can close the element.
  const data = JSON.stringify(specs).replace(/</g, '\\u003c');
  return html`<h1>What patients ask</h1>
<p>The last ${summary.days} days${report.from ? html`, ${report.from.slice(0, 10)} to ${report.to?.slice(0, 10)}` : ''}: ${report.totals.unanswered} questions the bot could not answer, ${report.totals.ambiguous} "did you mean" offers, ${report.totals.picks} picks, ${report.totals.votesUp} 👍 and ${report.totals.votesDown} 👎.</p>
<script type="application/json" id="chart-data">${raw(data)}</script>
<div class="staff__charts">
${chart(byId.get('chart-per-day')!, 'Conversations and booking requests per day', 'Conversations counted once a day each.')}
${chart(byId.get('chart-unanswered')!, 'Questions the bot could not answer', 'Grouped by meaning, most asked first (one example wording each).')}
${chart(byId.get('chart-disliked')!, 'Answers marked not helpful', 'Most 👎 first; one vote per conversation.')}
${chart(byId.get('chart-picks')!, '"Did you mean" choices people picked', 'Their wordings could become alternate questions.')}
${chart(byId.get('chart-safety')!, 'Safety messages by category', 'Emergency, urgent-care and crisis replies the bot gave.')}
</div>
<section class="staff__card" aria-labelledby="yaml-title">
<h2 id="yaml-title">Suggested alternate questions</h2>
<p>Ready to paste into the knowledge base (<code>knowledge/*.yaml</code>) after a person checks them. Nothing is changed automatically.</p>
${
  summary.yamlByLanguage.length
    ? summary.yamlByLanguage.map(
        (entry) => html`<h3>${LANGUAGE_NAMES[entry.language] ?? entry.language}</h3><pre class="staff__yaml" tabindex="0" aria-label="${`Suggestions in ${LANGUAGE_NAMES[entry.language] ?? entry.language}`}"><code>${entry.yaml}</code></pre>`,
      )
    : html`<p>No suggestions in this period.</p>`
}
</section>`;
}
