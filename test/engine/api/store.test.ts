import { describe, expect, it } from 'vitest';
import { World } from '../../../src/engine/world';
import type { KObject } from '../../../src/engine/api/types';
import { ApiError } from '../../../src/engine/api/errors';

const ns = (name: string): KObject => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
const cm = (name: string, data: Record<string, string> = {}): KObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: 'default' },
  data,
});

function world() {
  const w = new World({ seed: 7 });
  w.store.create(ns('default'));
  return w;
}

describe('Store', () => {
  it('assigns uid, resourceVersion and creationTimestamp from the simulated clock', () => {
    const w = world();
    const o = w.store.create(cm('a'));
    expect(o.metadata.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(o.metadata.resourceVersion).toBe(String(w.store.revision));
    expect(o.metadata.creationTimestamp).toBe('2026-01-15T09:00:00Z');
    expect(Object.isFrozen(o.metadata)).toBe(true);
  });

  it('rejects a duplicate name with AlreadyExists', () => {
    const w = world();
    w.store.create(cm('a'));
    expect(() => w.store.create(cm('a'))).toThrowError('configmaps "a" already exists');
  });

  it('returns 409 Conflict for a stale resourceVersion', () => {
    const w = world();
    const v1 = w.store.create(cm('a'));
    w.store.update({ ...v1, data: { x: '1' } });
    try {
      w.store.update({ ...v1, data: { x: '2' } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ApiError);
      expect((e as ApiError).code).toBe(409);
      expect((e as ApiError).message).toBe(
        'Operation cannot be fulfilled on configmaps "a": the object has been modified; please apply your changes to the latest version and try again',
      );
    }
  });

  it('bumps generation on spec changes only, and keeps status on main-resource writes', () => {
    const w = world();
    const svc = w.store.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's', namespace: 'default' }, spec: { ports: [{ port: 80 }] } });
    expect(svc.metadata.generation).toBe(1);
    const st = w.store.update({ ...svc, status: { loadBalancer: { ingress: [{ ip: '1.2.3.4' }] } } }, { status: true });
    expect(st.metadata.generation).toBe(1);
    const lbl = w.store.update({ ...st, metadata: { ...st.metadata, labels: { a: 'b' } }, status: {} });
    expect(lbl.metadata.generation).toBe(1);
    expect(lbl.status).toEqual({ loadBalancer: { ingress: [{ ip: '1.2.3.4' }] } });
    const spec = w.store.update({ ...lbl, spec: { ports: [{ port: 81 }] } });
    expect(spec.metadata.generation).toBe(2);
  });

  it('keeps an object with finalizers until they are removed', () => {
    const w = world();
    const o = w.store.create({ ...cm('f'), metadata: { name: 'f', namespace: 'default', finalizers: ['x/y'] } });
    const d = w.store.delete('ConfigMap', 'default', 'f');
    expect(d.gone).toBe(false);
    expect(d.object.metadata.deletionTimestamp).toBe('2026-01-15T09:00:00Z');
    const cur = w.store.get('ConfigMap', 'default', 'f')!;
    w.store.update({ ...cur, metadata: { ...cur.metadata, finalizers: [] } });
    expect(w.store.get('ConfigMap', 'default', 'f')).toBeUndefined();
    void o;
  });

  it('replays watch events from a revision and answers 410 Gone once compacted', () => {
    const w = new World({ seed: 1 });
    const store = w.store;
    store.create(ns('default'));
    const start = store.revision;
    store.create(cm('a'));
    store.create(cm('b'));
    const seen: string[] = [];
    store.watch({ key: 'ConfigMap', fromRevision: start }, (e) => seen.push(`${e.type} ${e.object.metadata.name}`));
    store.delete('ConfigMap', 'default', 'a');
    expect(seen).toEqual(['ADDED a', 'ADDED b', 'DELETED a']);
  });

  it('expires events after an hour', () => {
    const w = world();
    w.store.create({ apiVersion: 'v1', kind: 'Event', metadata: { name: 'e1', namespace: 'default' }, reason: 'X' });
    w.advance(3_599_000);
    expect(w.store.list('Event')).toHaveLength(1);
    w.advance(1_000);
    expect(w.store.list('Event')).toHaveLength(0);
  });
});
