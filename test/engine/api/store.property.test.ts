// Store invariants under random write sequences (tldraw-style fuzzing with fast-check):
// replaying the watch history from revision 0 rebuilds list() exactly; a stale resourceVersion is
// always a 409 Conflict; generation moves only when the spec changes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/engine/api/errors';
import { keyOf } from '../../../src/engine/api/kind';
import type { KObject, Stored } from '../../../src/engine/api/types';
import { World } from '../../../src/engine/world';

const NAMES = ['a', 'b', 'c'];
const KINDS = [
  { key: 'ConfigMap', apiVersion: 'v1', kind: 'ConfigMap' },
  { key: 'Deployment.apps', apiVersion: 'apps/v1', kind: 'Deployment' },
  { key: 'Pod', apiVersion: 'v1', kind: 'Pod' },
] as const;

type Op =
  | { t: 'create' | 'delete' | 'deleteNow' | 'stale' | 'finalizer'; k: number; n: string }
  | { t: 'spec' | 'labels' | 'status'; k: number; n: string; v: number };

const target = { k: fc.integer({ min: 0, max: KINDS.length - 1 }), n: fc.constantFrom(...NAMES) };
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ t: fc.constantFrom('create', 'delete', 'deleteNow', 'stale', 'finalizer' as const), ...target }),
  fc.record({ t: fc.constantFrom('spec', 'labels', 'status' as const), ...target, v: fc.integer({ min: 0, max: 3 }) }),
);

function fresh(k: number, n: string): KObject {
  const { apiVersion, kind } = KINDS[k];
  const metadata = { name: n, namespace: 'default' };
  if (kind === 'ConfigMap') return { apiVersion, kind, metadata, data: { v: '0' } };
  if (kind === 'Pod') return { apiVersion, kind, metadata, spec: { nodeName: 'node01', containers: [{ name: 'c', image: 'nginx' }] } };
  return { apiVersion, kind, metadata, spec: { replicas: 1 } };
}

const copy = <T>(o: T): T => JSON.parse(JSON.stringify(o)) as T;

function apply(w: World, op: Op, firstRv: Map<string, string>): void {
  const { key } = KINDS[op.k];
  const id = `${key}/${op.n}`;
  const cur = w.store.get(key, 'default', op.n);
  const conflict = (fn: () => void) => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(ApiError);
      expect((e as ApiError).code).toBe(409);
      return;
    }
    throw new Error('expected 409');
  };
  if (op.t === 'create') {
    if (cur) return conflict(() => w.store.create(fresh(op.k, op.n)));
    firstRv.set(id, w.store.create(fresh(op.k, op.n)).metadata.resourceVersion);
    return;
  }
  if (!cur) return;
  switch (op.t) {
    case 'delete':
      w.store.delete(key, 'default', op.n);
      return;
    case 'deleteNow':
      w.store.delete(key, 'default', op.n, { gracePeriodSeconds: 0 });
      return;
    case 'stale': {
      const rv = firstRv.get(id);
      if (rv && rv !== cur.metadata.resourceVersion) conflict(() => w.store.update({ ...copy(cur), metadata: { ...copy(cur.metadata), resourceVersion: rv, labels: { stale: 'yes' } } }));
      return;
    }
    case 'finalizer': {
      const next = copy(cur) as Stored;
      next.metadata.finalizers = cur.metadata.finalizers?.length ? [] : ['example.com/hold'];
      w.store.update(next);
      return;
    }
    case 'spec':
    case 'labels':
    case 'status': {
      const next = copy(cur) as Stored;
      if (op.t === 'labels') next.metadata.labels = { v: String(op.v) };
      if (op.t === 'status') next.status = { observed: op.v };
      if (op.t === 'spec') {
        if (next.kind === 'ConfigMap') next.data = { v: String(op.v) };
        else if (next.kind === 'Pod') next.spec.activeDeadlineSeconds = op.v + 1;
        else next.spec.replicas = op.v;
      }
      const out = w.store.update(next, { status: op.t === 'status' });
      const specDiffers = JSON.stringify({ ...cur, metadata: 0, status: 0 }) !== JSON.stringify({ ...next, metadata: 0, status: 0 });
      if (cur.metadata.generation === undefined) expect(out.metadata.generation).toBeUndefined();
      else if (op.t === 'spec' && specDiffers) expect(out.metadata.generation).toBe(cur.metadata.generation + 1);
      else expect(out.metadata.generation ?? cur.metadata.generation).toBe(cur.metadata.generation);
      return;
    }
  }
}

describe('store invariants (property)', () => {
  it('replaying watch from revision 0 rebuilds list(); stale writes 409; generation follows spec', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => {
        const w = new World({ seed: 'prop' });
        const firstRv = new Map<string, string>();
        for (const op of ops) apply(w, op, firstRv);

        const replay = new Map<string, Stored>();
        w.store.watch({ fromRevision: 0 }, (e) => {
          const id = `${e.key}/${e.object.metadata.namespace ?? ''}/${e.object.metadata.name}`;
          if (e.type === 'DELETED') replay.delete(id);
          else replay.set(id, e.object);
        });
        const listed = new Map<string, Stored>();
        for (const def of w.registry.all()) {
          for (const o of w.store.list(keyOf(def))) listed.set(`${keyOf(def)}/${o.metadata.namespace ?? ''}/${o.metadata.name}`, o);
        }
        expect([...replay.keys()].sort()).toEqual([...listed.keys()].sort());
        for (const [id, o] of listed) expect(replay.get(id)).toEqual(o);
      }),
      { numRuns: 300 },
    );
  });
});
