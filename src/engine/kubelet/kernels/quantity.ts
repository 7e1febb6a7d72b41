// resource.Quantity parsing for the few places the kubelet needs numbers: CPU in millicores and
// memory in bytes (`500m`, `0.5`, `2`, `128Mi`, `1G`, `1e3`). Invalid input gives NaN.

const SUFFIX: Record<string, number> = {
  '': 1, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, Ti: 1024 ** 4, Pi: 1024 ** 5, Ei: 1024 ** 6,
};

/** The quantity's value in base units (cores, bytes). */
export function parseQuantity(q: string | number | undefined): number {
  if (q === undefined) return NaN;
  if (typeof q === 'number') return q;
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/.exec(q.trim());
  if (!m) return NaN;
  return Number(m[1]) * SUFFIX[m[2] ?? ''];
}

/** Millicores: `500m` → 500, `1` → 1000. */
export const milliCpu = (q: string | number | undefined): number => Math.round(parseQuantity(q) * 1000);

/** Bytes: `128Mi` → 134217728. */
export const bytes = (q: string | number | undefined): number => Math.round(parseQuantity(q));
