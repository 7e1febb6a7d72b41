// Small statistics and formatting helpers for the benchmarks: percentiles (nearest-rank, as most
// latency reports use), min/median/max summaries and fixed-width numbers for the printed report.

/** Nearest-rank percentile of `xs` (p in 0..100); NaN for an empty list. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export interface Summary {
  n: number;
  min: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

/** min / p50 / p99 / max / mean of `xs`, rounded to 0.1. */
export function summarize(xs: readonly number[]): Summary {
  const r = (x: number) => Math.round(x * 10) / 10;
  const mean = xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN;
  return {
    n: xs.length,
    min: r(Math.min(...xs)),
    p50: r(percentile(xs, 50)),
    p99: r(percentile(xs, 99)),
    max: r(Math.max(...xs)),
    mean: r(mean),
  };
}

/** `12.3 ms` style, with a fixed number of decimals. */
export const ms = (x: number | undefined, digits = 1): string => (x === undefined || Number.isNaN(x) ? 'n/a' : `${x.toFixed(digits)} ms`);

/** `1,234` with thousands separators. */
export const int = (x: number | undefined): string => (x === undefined || Number.isNaN(x) ? 'n/a' : Math.round(x).toLocaleString('en-US'));

/** Bytes as `123.4 kB` (1 kB = 1000 B, as Vite prints them). */
export const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** Rounds to `digits` decimals (for the JSON blob). */
export const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** Pads every row's cells to the widest cell of its column (left-aligned; right-aligned where `right[i]`). */
export function table(rows: string[][], right: boolean[] = []): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => (right[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd());
}
