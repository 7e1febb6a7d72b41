import { describe, expect, it } from 'vitest';
import { names, world } from './helpers';

const cm = (ns: string, name: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: ns }, data: { a: '1' } });
const pod = (ns: string, name: string, nodeName?: string) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: ns },
  spec: { ...(nodeName ? { nodeName } : {}), containers: [{ name: 'c', image: 'nginx' }] },
});

describe('namespace controller', () => {
  it('new namespaces are Active with finalizer kubernetes and the metadata.name label', () => {
    const w = world();
    w.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } });
    w.settle();
    const ns = w.api.get('Namespace', undefined, 'team');
    expect(ns.spec).toEqual({ finalizers: ['kubernetes'] });
    expect(ns.status).toEqual({ phase: 'Active' });
    expect(ns.metadata.labels).toEqual({ 'kubernetes.io/metadata.name': 'team' });
  });

  it('deleting a held namespace: Terminating, content deleted, conditions, then finalized', () => {
    const w = world();
    w.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team', finalizers: ['example.com/hold'] } });
    w.settle();
    w.api.create(cm('team', 'settings'));
    w.api.create(pod('team', 'pending'));
    w.api.create(pod('team', 'running', 'node01'));
    w.api.delete('Namespace', undefined, 'team');
    w.settle();

    let ns = w.api.get('Namespace', undefined, 'team');
    expect(ns.status.phase).toBe('Terminating');
    expect(names(w, 'ConfigMap', 'team')).toEqual([]);
    expect(names(w, 'ServiceAccount', 'team')).toEqual([]);
    // A bound pod terminates gracefully: it stays until its kubelet is done.
    expect(names(w, 'Pod', 'team')).toEqual(['running']);
    expect(w.api.get('Pod', 'team', 'running').metadata.deletionTimestamp).toBeDefined();
    expect(ns.status.conditions.find((c: { type: string }) => c.type === 'NamespaceContentRemaining').message).toBe('Some resources are remaining: pods. has 1 resource instances');
    expect(() => w.api.create(cm('team', 'late'))).toThrow(
      'configmaps "late" is forbidden: unable to create new content in namespace team because it is being terminated',
    );

    w.api.delete('Pod', 'team', 'running', { gracePeriodSeconds: 0 });
    w.settle();
    ns = w.api.get('Namespace', undefined, 'team');
    expect(ns.spec.finalizers).toBeUndefined();
    expect(ns.status.conditions.find((c: { type: string }) => c.type === 'NamespaceContentRemaining').reason).toBe('ContentRemoved');

    w.api.mutate('Namespace', undefined, 'team', (o) => (o.metadata.finalizers = []));
    expect(w.api.tryGet('Namespace', undefined, 'team')).toBeUndefined();
  });

  it('content left by a namespace that vanished at once is deleted', () => {
    const w = world();
    w.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'tmp' } });
    w.settle();
    w.api.create(cm('tmp', 'settings'));
    w.api.delete('Namespace', undefined, 'tmp');
    w.settle();
    expect(w.api.tryGet('Namespace', undefined, 'tmp')).toBeUndefined();
    expect(w.api.list('ConfigMap', { namespace: 'tmp' })).toEqual([]);
    expect(w.api.list('ServiceAccount', { namespace: 'tmp' })).toEqual([]);
  });
});
