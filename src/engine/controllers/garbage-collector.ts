// The garbage collector (pkg/controller/garbagecollector), background propagation only: an index
// from owner uid to dependents is kept from one watch over every kind; when an owner goes, or a
// dependent appears whose owners are absent, the dependent is checked against the live store and
// deleted when no owner remains (planDependent). Dangling references next to a live owner are
// removed. Simplified: no foreground deletion, no orphan finalizer, no blockOwnerDeletion.
import { keyOf } from '../api/kind';
import type { KindKey, OwnerReference, Stored, WatchEvent } from '../api/types';
import type { World } from '../world';
import { planDependent, type OwnerState } from './kernels/gc-plan';

interface Ref {
  key: KindKey;
  namespace?: string;
  name: string;
  refs: string;
}

const refId = (key: KindKey, o: Stored) => `${key}\u0000${o.metadata.namespace ?? ''}\u0000${o.metadata.name}`;

export class GarbageCollector {
  /** owner uid → ids of dependents */
  private byOwner = new Map<string, Set<string>>();
  /** dependent id → where it is and its owner references (JSON) */
  private dependents = new Map<string, Ref>();
  private queue = new Set<string>();
  private scheduled = false;

  constructor(private readonly world: World) {}

  start(): void {
    for (const def of this.world.api.registry.all()) {
      const key = keyOf(def);
      for (const o of this.world.api.list(key)) if (this.index(key, o)) this.enqueue(refId(key, o));
    }
    this.world.api.watch({}, (e) => this.onEvent(e));
  }

  private onEvent(e: WatchEvent): void {
    const id = refId(e.key, e.object);
    if (e.type === 'DELETED') {
      this.unindex(id);
      for (const dep of this.byOwner.get(e.object.metadata.uid) ?? []) this.enqueue(dep);
      return;
    }
    if (this.index(e.key, e.object)) this.enqueue(id);
  }

  /** Records a dependent's owner references; true when they are new or changed. */
  private index(key: KindKey, o: Stored): boolean {
    const id = refId(key, o);
    const refs = o.metadata.ownerReferences ?? [];
    const json = JSON.stringify(refs);
    const prev = this.dependents.get(id);
    if (prev?.refs === json) return false;
    this.unindex(id);
    if (refs.length === 0) return false;
    this.dependents.set(id, { key, namespace: o.metadata.namespace, name: o.metadata.name, refs: json });
    for (const r of refs) {
      let s = this.byOwner.get(r.uid);
      if (!s) this.byOwner.set(r.uid, (s = new Set()));
      s.add(id);
    }
    return true;
  }

  private unindex(id: string): void {
    const prev = this.dependents.get(id);
    if (!prev) return;
    this.dependents.delete(id);
    for (const r of JSON.parse(prev.refs) as OwnerReference[]) this.byOwner.get(r.uid)?.delete(id);
  }

  private enqueue(id: string): void {
    this.queue.add(id);
    if (this.scheduled) return;
    this.scheduled = true;
    this.world.clock.setTimer(0, () => this.drain());
  }

  private drain(): void {
    this.scheduled = false;
    const batch = [...this.queue];
    this.queue.clear();
    for (const id of batch) {
      const ref = this.dependents.get(id);
      if (ref) this.attempt(ref);
    }
  }

  private ownerState(dep: Stored, r: OwnerReference): OwnerState {
    const def = this.world.api.registry.byGVK(r.apiVersion, r.kind);
    if (!def) return 'unknown-kind';
    const owner = this.world.api.tryGet(keyOf(def), def.namespaced ? dep.metadata.namespace : undefined, r.name);
    return owner && owner.metadata.uid === r.uid ? 'present' : 'absent';
  }

  private attempt(ref: Ref): void {
    const api = this.world.api;
    const dep = api.tryGet(ref.key, ref.namespace, ref.name);
    if (!dep || dep.metadata.deletionTimestamp) return;
    const plan = planDependent(dep.metadata.ownerReferences ?? [], (r) => this.ownerState(dep, r));
    try {
      if (plan.action === 'delete') api.delete(ref.key, ref.namespace, ref.name, { uid: dep.metadata.uid });
      else if (plan.action === 'remove-refs') {
        api.mutate(ref.key, ref.namespace, ref.name, (o) => {
          o.metadata.ownerReferences = (o.metadata.ownerReferences ?? []).filter((r) => !plan.uids.includes(r.uid));
        });
      }
    } catch {
      // changed or gone meanwhile; a later event brings it back
    }
  }
}
