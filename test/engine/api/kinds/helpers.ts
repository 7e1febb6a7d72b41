// Test helpers for the built-in kinds: a World with the default admission chain, the `default`
// namespace and its service account, and `kubectl get`-style tables rendered from the kind's columns.
import { defaultAdmission } from '../../../../src/engine/api/admission';
import type { KObject, Stored } from '../../../../src/engine/api/types';
import { World } from '../../../../src/engine/world';
import { renderTable } from '../../../../src/shell/format/table';

export function world(): World {
  const w = new World({ seed: 1 });
  w.api.admission.push(...defaultAdmission());
  w.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });
  w.api.create({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: 'default' } });
  return w;
}

/** The table `kubectl get <kind>` prints for `objs` (default: every object of the kind). */
export function table(w: World, key: string, opts: { wide?: boolean; objs?: Stored[] } = {}): string {
  const def = w.registry.mustGet(key);
  const objs = opts.objs ?? w.api.list(key);
  const ctx = { now: w.clock.now(), wide: !!opts.wide };
  return renderTable(
    { columns: def.columns.map((c) => ({ name: c.name, priority: c.priority })), rows: objs.map((o) => def.columns.map((c) => c.cell(o, ctx))) },
    { wide: opts.wide },
  );
}

/** The message of the error `f` throws. */
export function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

export const pod = (name: string, spec: Record<string, unknown> = {}, extra: Partial<KObject> = {}): KObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'default', ...(extra.metadata ?? {}) },
  spec: { containers: [{ name: 'nginx', image: 'nginx' }], ...spec },
});
