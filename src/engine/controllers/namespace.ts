// The namespace lifecycle (kube-apiserver's namespace strategy + kube-controller-manager's namespace
// controller): a namespace gets spec.finalizers [kubernetes], status.phase Active and the label
// kubernetes.io/metadata.name when the kind's defaulting has not already given them. A namespace
// being deleted turns Terminating, all namespaced objects in it are deleted, the deletion conditions
// report what remains, and once it is empty the `kubernetes` finalizer is removed (the finalize
// subresource) and the namespace deleted for good. Content left behind by a namespace that vanished
// without finalization is deleted too. Simplified: content is deleted kind by kind, no discovery.
import { clone } from '../api/freeze';
import { keyOf, type KindDef } from '../api/kind';
import type { KObject, Stored } from '../api/types';
import type { World } from '../world';
import { namespaceDeletionConditions, type Remaining } from './kernels/namespace-status';
import type { Controller, ReconcileResult } from './manager';

export const NAMESPACE_FINALIZER = 'kubernetes';
const RECHECK_MS = 5_000;
const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/** Active: not being deleted (a namespace without a phase yet counts as Active). */
export function isNamespaceActive(ns: KObject | undefined): boolean {
  return !!ns && !ns.metadata.deletionTimestamp && ns.status?.phase !== 'Terminating';
}

const groupResource = (d: KindDef) => `${d.plural}.${d.group}`;

export function namespaceController(world: World): Controller {
  const api = world.api;
  const namespacedKinds = () => api.registry.all().filter((d) => d.namespaced);

  /** Deletes what is still there and reports what remains. */
  function deleteContent(ns: string): Remaining[] {
    const remaining: Remaining[] = [];
    for (const def of namespacedKinds()) {
      const key = keyOf(def);
      for (const o of api.list(key, { namespace: ns })) {
        if (o.metadata.deletionTimestamp) continue;
        try {
          api.delete(key, ns, o.metadata.name, { uid: o.metadata.uid });
        } catch {
          // gone meanwhile or changed: the next pass sees it
        }
      }
      const left = api.list(key, { namespace: ns });
      if (left.length) remaining.push({ resource: groupResource(def), count: left.length, finalizers: left.flatMap((o) => o.metadata.finalizers ?? []) });
    }
    return remaining;
  }

  function ensureDefaults(ns: Stored): void {
    const name = ns.metadata.name;
    if (ns.spec?.finalizers === undefined || ns.metadata.labels?.['kubernetes.io/metadata.name'] !== name) {
      api.mutate('Namespace', undefined, name, (o) => {
        o.metadata.labels = { ...(o.metadata.labels ?? {}), 'kubernetes.io/metadata.name': name };
        o.spec = { ...(o.spec ?? {}) };
        if (o.spec.finalizers === undefined) o.spec.finalizers = [NAMESPACE_FINALIZER];
      });
    }
    if (api.get('Namespace', undefined, name).status?.phase === undefined) {
      api.mutate('Namespace', undefined, name, (o) => (o.status = { ...(o.status ?? {}), phase: 'Active' }), { status: true });
    }
  }

  function terminate(ns: Stored): ReconcileResult | void {
    const name = ns.metadata.name;
    const remaining = deleteContent(name);
    const cur = api.get('Namespace', undefined, name);
    const conditions = namespaceDeletionConditions(remaining, iso(world.clock.now()), cur.status?.conditions ?? []);
    api.mutate('Namespace', undefined, name, (o) => (o.status = { phase: 'Terminating', conditions }), { status: true });
    if (remaining.length) return { requeueAfterMs: RECHECK_MS };
    const after = api.get('Namespace', undefined, name);
    if ((after.spec?.finalizers ?? []).includes(NAMESPACE_FINALIZER)) {
      // The finalize subresource: only spec.finalizers changes, no defaulting.
      const next = clone(after);
      next.spec.finalizers = next.spec.finalizers.filter((f: string) => f !== NAMESPACE_FINALIZER);
      if (next.spec.finalizers.length === 0) delete next.spec.finalizers;
      api.store.update(next);
    }
    const fin = api.tryGet('Namespace', undefined, name);
    if (fin && !(fin.spec?.finalizers ?? []).length) api.delete('Namespace', undefined, name, { gracePeriodSeconds: 0 });
  }

  return {
    name: 'namespace-controller',
    for: 'Namespace',
    watches: namespacedKinds().map((d) => ({
      key: keyOf(d),
      map: (o: KObject) => {
        const ns = o.metadata.namespace;
        if (!ns) return [];
        const owner = api.tryGet('Namespace', undefined, ns);
        return !owner || owner.metadata.deletionTimestamp ? [{ name: ns }] : [];
      },
    })),
    reconcile(req) {
      const ns = api.tryGet('Namespace', undefined, req.name);
      if (!ns) {
        deleteContent(req.name);
        return;
      }
      if (!ns.metadata.deletionTimestamp) return ensureDefaults(ns);
      return terminate(ns);
    },
  };
}
