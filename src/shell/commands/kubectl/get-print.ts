// How `kubectl get` prints infos in the human-readable format (kubectl pkg/cmd/get/get.go Run):
// one table per run of objects of the same kind (fresh column widths each), separated by a blank
// line unless --no-headers; `kind[.group]/name` names when several types were asked for or found
// (multipleGVKsRequested, --show-kind); NAMESPACE first with -A for namespaced kinds; -L and
// --show-labels columns; and `--sort-by` ordering (sorting.go: jsonpath field, numbers by value,
// strings in natural order, objects without the field first).

import { keyOf, type KindDef } from '../../../engine/api/kind';
import type { KObject, Stored } from '../../../engine/api/types';
import { relaxedJsonPathExpression, CustomColumnsError } from '../../format/custom-columns';
import { findJsonPathResults, JsonPathError, parseJsonPath } from '../../format/jsonpath';
import { formatLabels, renderTable, type RenderTableOptions } from '../../format/table';
import type { TabWriter } from '../../format/tabwriter';
import { CliError } from './errors';
import type { Info } from './infos';
import { kindPrefix } from './resources';

export interface TableOptions {
  wide: boolean;
  noHeaders: boolean;
  /** -A (only applied to namespaced kinds). */
  allNamespaces: boolean;
  withKind: boolean;
  showLabels: boolean;
  labelColumns: string[];
  now: number;
}

/** The rows of `objects` (all of kind `def`) as renderTable wants them. */
export function renderObjects(
  def: KindDef,
  objects: readonly Stored[],
  o: TableOptions,
  extra: { writer?: TabWriter; noHeaders?: boolean; watchEvents?: string[] } = {},
): string {
  const ctx = { now: o.now, wide: o.wide };
  const rows = objects.map((obj) =>
    def.columns.map((c, i) => {
      const v = c.cell(obj, ctx);
      return i === 0 && o.withKind ? `${kindPrefix(def)}/${v}` : v;
    }),
  );
  const opts: RenderTableOptions = {
    wide: o.wide,
    noHeaders: extra.noHeaders ?? o.noHeaders,
    writer: extra.writer,
    watchEvents: extra.watchEvents,
  };
  if (o.allNamespaces && def.namespaced) opts.namespaceColumn = objects.map((x) => x.metadata.namespace ?? '');
  if (o.labelColumns.length) {
    opts.labelColumns = o.labelColumns.map((k) => ({ header: k, values: objects.map((x) => x.metadata.labels?.[k] ?? '') }));
  }
  if (o.showLabels) opts.showLabels = objects.map((x) => formatLabels(x.metadata.labels));
  return renderTable({ columns: def.columns.map((c) => ({ name: c.name, priority: c.priority })), rows }, opts);
}

/** Prints infos as get.go does: a table per run of one kind, blank lines between tables. */
export function renderInfos(infos: readonly Info[], o: TableOptions): string {
  let out = '';
  let i = 0;
  while (i < infos.length) {
    const def = infos[i].def;
    let j = i;
    while (j < infos.length && keyOf(infos[j].def) === keyOf(def)) j++;
    const text = renderObjects(
      def,
      infos.slice(i, j).map((x) => x.obj),
      o,
    );
    if (text && out && !o.noHeaders) out += '\n';
    out += text;
    i = j;
  }
  return out;
}

/** sortorder.NaturalLess: digit runs compare by value. */
export function naturalLess(a: string, b: string): boolean {
  const re = /(\d+|\D+)/g;
  const pa = a.match(re) ?? [];
  const pb = b.match(re) ?? [];
  for (let k = 0; k < Math.min(pa.length, pb.length); k++) {
    const x = pa[k];
    const y = pb[k];
    if (x === y) continue;
    const dx = /^\d/.test(x);
    const dy = /^\d/.test(y);
    if (dx && dy) {
      const nx = BigInt(x);
      const ny = BigInt(y);
      if (nx !== ny) return nx < ny;
      return x.length < y.length;
    }
    return x < y;
  }
  return pa.length < pb.length;
}

/** --sort-by: a stable sort of objects by a JSONPath field (RuntimeSort semantics). */
export function sortByField<T extends { obj: KObject } | KObject>(items: readonly T[], field: string): T[] {
  let root;
  try {
    root = parseJsonPath(relaxedJsonPathExpression(field));
  } catch (e) {
    if (e instanceof JsonPathError || e instanceof CustomColumnsError) throw new CliError(e.message);
    throw e;
  }
  const value = (t: T): unknown => {
    const obj = 'obj' in t && (t as { obj?: KObject }).obj ? (t as { obj: KObject }).obj : t;
    try {
      const groups = findJsonPathResults(root, obj, { allowMissingKeys: true });
      return groups[0]?.length ? groups[0][0] : undefined;
    } catch {
      return undefined;
    }
  };
  const keyed = items.map((t) => ({ t, v: value(t) }));
  if (keyed.length > 0 && keyed.every((k) => k.v === undefined)) {
    throw new CliError(`couldn't find any field with path ${JSON.stringify(relaxedJsonPathExpression(field))} in the list of objects`);
  }
  const less = (a: unknown, b: unknown): boolean => {
    if (a === undefined) return b !== undefined;
    if (b === undefined) return false;
    if (typeof a === 'number' && typeof b === 'number') return a < b;
    if (typeof a === 'boolean' && typeof b === 'boolean') return !a && b;
    return naturalLess(String(a), String(b));
  };
  return keyed
    .map((k, idx) => ({ ...k, idx }))
    .sort((x, y) => (less(x.v, y.v) ? -1 : less(y.v, x.v) ? 1 : x.idx - y.idx))
    .map((k) => k.t);
}
