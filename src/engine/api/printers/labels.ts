// Label and selector text as apimachinery renders it in printer cells and describe output:
// labels.FormatLabels (Set.String, `<none>` when empty), metav1.FormatLabelSelector and
// LabelSelectorAsSelector(...).String(), plus printers.go layoutContainerCells.

import type { LabelSelector } from 'kubernetes-types/meta/v1';

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** labels.Set.String: `k=v` pairs sorted as whole strings, joined by `,`; '' when empty. */
export function labelsString(labels: Readonly<Record<string, string>> | undefined | null): string {
  if (!labels) return '';
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .sort(byCodeUnit)
    .join(',');
}

/** labels.FormatLabels: like {@link labelsString} but `<none>` when empty. */
export function formatLabels(labels: Readonly<Record<string, string>> | undefined | null): string {
  return labelsString(labels) || '<none>';
}

/**
 * LabelSelectorAsSelector(sel).String(): requirements sorted by key; matchLabels as `k=v`,
 * `k in (a,b)`, `k notin (a,b)` (values sorted), `k` (Exists), `!k` (DoesNotExist). '' when empty or nil.
 */
export function selectorString(sel: LabelSelector | undefined | null): string {
  if (!sel) return '';
  const reqs: { key: string; text: string }[] = [];
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) reqs.push({ key: k, text: `${k}=${v}` });
  for (const e of sel.matchExpressions ?? []) {
    const vals = [...(e.values ?? [])].sort(byCodeUnit);
    const list = vals.length === 1 ? vals[0] : vals.join(',');
    switch (e.operator) {
      case 'In':
        reqs.push({ key: e.key, text: `${e.key} in (${list})` });
        break;
      case 'NotIn':
        reqs.push({ key: e.key, text: `${e.key} notin (${list})` });
        break;
      case 'Exists':
        reqs.push({ key: e.key, text: e.key });
        break;
      case 'DoesNotExist':
        reqs.push({ key: e.key, text: `!${e.key}` });
        break;
      default:
        reqs.push({ key: e.key, text: `${e.key} ${e.operator.toLowerCase()} (${list})` });
    }
  }
  return reqs
    .sort((a, b) => byCodeUnit(a.key, b.key))
    .map((r) => r.text)
    .join(',');
}

/** metav1.FormatLabelSelector: {@link selectorString}, or `<none>` when it is empty. */
export function formatLabelSelector(sel: LabelSelector | undefined | null): string {
  return selectorString(sel) || '<none>';
}

/** printers.go layoutContainerCells: container names and images, each joined by `,`. */
export function layoutContainerCells(containers: readonly { name: string; image?: string }[] | undefined): {
  names: string;
  images: string;
} {
  const cs = containers ?? [];
  return { names: cs.map((c) => c.name).join(','), images: cs.map((c) => c.image ?? '').join(',') };
}
