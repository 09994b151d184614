// Summaries of timing samples, and how the benchmark prints them.

/** Nearest-rank percentile (p in 0..100) of a sorted Float64Array. */
function percentileOfSorted(sorted, p) {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

/** count, mean, p50, p95, p99 and max of a list of milliseconds. */
export function summarize(samples) {
  const sorted = Float64Array.from(samples).sort();
  const sum = sorted.reduce((s, x) => s + x, 0);
  return {
    count: sorted.length,
    mean: sorted.length ? sum / sorted.length : NaN,
    p50: percentileOfSorted(sorted, 50),
    p95: percentileOfSorted(sorted, 95),
    p99: percentileOfSorted(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : NaN,
  };
}

export const median = (values) => percentileOfSorted(Float64Array.from(values).sort(), 50);

/** 0.042ms, 3.1ms, 12ms, 1.20s */
export function ms(value) {
  if (!Number.isFinite(value)) return '-';
  if (value >= 1000) return `${(value / 1000).toFixed(2)}s`;
  if (value >= 10) return `${value.toFixed(0)}ms`;
  if (value >= 1) return `${value.toFixed(1)}ms`;
  if (value >= 0.1) return `${value.toFixed(2)}ms`;
  return `${value.toFixed(3)}ms`;
}

export const mb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(1)}MB` : '-');

/** A plain text table: columns padded to their widest cell, numbers right-aligned. */
export function table(header, rows) {
  const cells = [header, ...rows].map((row) => row.map((c) => String(c)));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
  const line = (row) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(cells[0]), line(widths.map((w) => '-'.repeat(w))), ...cells.slice(1).map(line)].join('\n');
}
