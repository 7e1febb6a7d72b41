import { describe, expect, it } from 'vitest';
import type { KObject, Stored } from '../../../src/engine/api/types';
import { names, world } from './helpers';

const rs = (name: string): KObject => ({
  apiVersion: 'apps/v1',
  kind: 'ReplicaSet',
  metadata: { name, namespace: 'default' },
  spec: { replicas: 1, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } },
});
const owned = (name: string, owners: Stored[]): KObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: {
    name,
    namespace: 'default',
    ownerReferences: owners.map((o, i) => ({ apiVersion: o.apiVersion, kind: o.kind, name: o.metadata.name, uid: o.metadata.uid, ...(i === 0 ? { controller: true, blockOwnerDeletion: true } : {}) })),
  },
});

describe('garbage collector', () => {
  it('deletes dependents once their owner is gone', () => {
    const w = world();
    const owner = w.api.create(rs('web'));
    w.api.create(owned('dep1', [owner]));
    w.api.create(owned('dep2', [owner]));
    w.settle();
    expect(names(w, 'ConfigMap', 'default')).toEqual(['dep1', 'dep2', 'kube-root-ca.crt']);
    w.api.delete('ReplicaSet.apps', 'default', 'web');
    w.settle();
    expect(names(w, 'ConfigMap', 'default')).toEqual(['kube-root-ca.crt']);
  });

  it('a dependent created for an absent owner is deleted; a recreated owner with a new uid does not count', () => {
    const w = world();
    const owner = w.api.create(rs('web'));
    w.api.delete('ReplicaSet.apps', 'default', 'web');
    w.api.create(rs('web'));
    w.api.create(owned('orphan', [owner]));
    w.settle();
    expect(w.api.tryGet('ConfigMap', 'default', 'orphan')).toBeUndefined();
  });

  it('with a live second owner only the dangling reference is removed', () => {
    const w = world();
    const a = w.api.create(rs('a'));
    const b = w.api.create(rs('b'));
    w.api.create(owned('shared', [a, b]));
    w.api.delete('ReplicaSet.apps', 'default', 'a');
    w.settle();
    expect(w.api.get('ConfigMap', 'default', 'shared').metadata.ownerReferences?.map((r) => r.name)).toEqual(['b']);
  });

  it('cluster-scoped owners: a node deletion removes its mirror pods (gracefully)', () => {
    const w = world();
    const node = w.api.create({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'node01' } });
    w.api.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'static-node01', namespace: 'default', ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: 'node01', uid: node.metadata.uid, controller: true }] },
      spec: { nodeName: 'node01', containers: [{ name: 'c', image: 'nginx' }] },
    });
    w.settle();
    w.api.delete('Node', undefined, 'node01');
    w.settle();
    expect(w.api.get('Pod', 'default', 'static-node01').metadata.deletionTimestamp).toBeDefined();
  });
});
