// Deleting a namespace with a running pod on the real cluster: the pod terminates within its grace
// period even though the kubelet's events are refused in a terminating namespace (events are best
// effort), and then the namespace goes.
import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../src/engine/index';

describe('namespace deletion with running pods', () => {
  it('kills the pod after its grace period and removes the namespace', () => {
    const c = createCluster({ seed: 1 });
    c.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } });
    c.settle();
    c.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'app', namespace: 'shop' }, spec: { containers: [{ name: 'app', image: 'busybox', args: ['sleep', '3600'] }] } });
    c.advance(10_000);
    expect(c.api.get('Pod', 'shop', 'app').status.phase).toBe('Running');
    c.api.delete('Namespace', undefined, 'shop');
    c.advance(1_000);
    expect(c.api.get('Namespace', undefined, 'shop').status.phase).toBe('Terminating');
    expect(c.api.get('Pod', 'shop', 'app').metadata.deletionGracePeriodSeconds).toBe(30);
    c.advance(35_000);
    expect(c.api.tryGet('Pod', 'shop', 'app')).toBeUndefined();
    expect(c.api.tryGet('Namespace', undefined, 'shop')).toBeUndefined();
    expect(c.clock.failures).toEqual([]);
    expect(c.world.events.dropped).toBeGreaterThan(0);
  });
});
