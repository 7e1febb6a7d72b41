// A tiny resource.Quantity reader for the scheduler (apimachinery pkg/api/resource): decimal
// suffixes (n u m k M G T P E), binary ones (Ki … Ei) and exponents (1e3). Local because
// api/validation/quantity.ts did not exist when the scheduler was written; it only needs values.

const DECIMAL: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };
const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };

/** The quantity's value in base units (cores, bytes), or NaN when it does not parse. */
export function quantityValue(q: string | number | undefined): number {
  if (q === undefined) return 0;
  if (typeof q === 'number') return q;
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])?)$/.exec(q.trim());
  if (!m) return NaN;
  const n = Number(m[1]);
  if (m[2]) return n * 10 ** Number(m[2].slice(1));
  const s = m[3] ?? '';
  return n * (BINARY[s] ?? DECIMAL[s]);
}

/** Quantity.MilliValue(): thousandths, rounded up (CPU: `250m` → 250, `1` → 1000). */
export function milliValue(q: string | number | undefined): number {
  return Math.ceil(Math.round(quantityValue(q) * 1e9) / 1e6);
}

/** Quantity.Value(): whole units, rounded up (memory bytes, pods). */
export function intValue(q: string | number | undefined): number {
  return Math.ceil(Math.round(quantityValue(q) * 1e3) / 1e3);
}
