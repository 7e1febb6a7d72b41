import { describe, expect, it } from 'vitest';
import { namespaceDeletionConditions } from '../../../../src/engine/controllers/kernels/namespace-status';

describe('namespaceDeletionConditions', () => {
  it('reports remaining resources and finalizers, sorted', () => {
    const c = namespaceDeletionConditions(
      [
        { resource: 'pods.', count: 2, finalizers: [] },
        { resource: 'deployments.apps', count: 1, finalizers: ['example.com/hold'] },
      ],
      '2026-01-15T09:00:00Z',
    );
    expect(c.map((x) => [x.type, x.status, x.reason, x.message])).toEqual([
      ['NamespaceDeletionDiscoveryFailure', 'False', 'ResourcesDiscovered', 'All resources successfully discovered'],
      ['NamespaceDeletionGroupVersionParsingFailure', 'False', 'ParsedGroupVersions', 'All legacy kube types successfully parsed'],
      ['NamespaceDeletionContentFailure', 'False', 'ContentDeleted', 'All content successfully deleted, may be waiting on finalization'],
      ['NamespaceContentRemaining', 'True', 'SomeResourcesRemain', 'Some resources are remaining: deployments.apps has 1 resource instances, pods. has 2 resource instances'],
      ['NamespaceFinalizersRemaining', 'True', 'SomeFinalizersRemain', 'Some content in the namespace has finalizers remaining: example.com/hold in 1 resource instances'],
    ]);
  });

  it('empty content, and transition times kept while a status holds', () => {
    const first = namespaceDeletionConditions([{ resource: 'pods.', count: 1, finalizers: [] }], 'T1');
    const second = namespaceDeletionConditions([], 'T2', first);
    expect(second[0].lastTransitionTime).toBe('T1');
    expect(second[3]).toEqual({ type: 'NamespaceContentRemaining', status: 'False', lastTransitionTime: 'T2', reason: 'ContentRemoved', message: 'All content successfully removed' });
    expect(second[4].reason).toBe('ContentHasNoFinalizers');
  });
});
