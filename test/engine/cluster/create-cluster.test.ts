// createCluster(): the default kubeadm world handed over aged, its determinism, save/restore, and
// the scheduler working with real kubelets.
import { describe, expect, it } from 'vitest';
import { createCluster, DEFAULT_AGE_MS, DEFAULT_START } from '../../../src/engine';

const t = performance.now();
const cluster = createCluster();
const createMs = performance.now() - t;

const podRows = (c = cluster) =>
  c.api.list('Pod', { namespace: 'kube-system' }).map((p) => `${p.metadata.name.replace(/-[a-z0-9]{5}$/, '-xxxxx')} ${p.spec.nodeName} ${p.status?.phase}`);

describe('createCluster', () => {
  it(`builds the default cluster (took ${Math.round(createMs)} ms)`, () => {
    console.log(`createCluster(): ${createMs.toFixed(0)} ms`);
    expect(cluster.clock.now()).toBe(DEFAULT_START);
    expect(cluster.api.list('Node').map((n) => n.metadata.name)).toEqual(['controlplane', 'node01']);
    expect([...cluster.kubelets.keys()]).toEqual(['controlplane', 'node01']);
  });

  it('is aged: created three days (and ten minutes) before the start time, with no events left', () => {
    const created = Date.parse(cluster.api.get('Node', undefined, 'controlplane').metadata.creationTimestamp);
    expect(DEFAULT_START - created).toBe(DEFAULT_AGE_MS);
    expect(DEFAULT_AGE_MS).toBe((3 * 24 * 60 + 10) * 60_000);
    expect(cluster.api.list('Event')).toEqual([]);
    cluster.settle();
    expect(cluster.api.list('Event')).toEqual([]);
  });

  it('every kube-system pod runs where kubeadm would put it', () => {
    const rows = podRows();
    expect(rows.filter((r) => !r.endsWith(' Running'))).toEqual([]);
    expect(rows.filter((r) => r.startsWith('kube-proxy') || r.startsWith('canal')).sort()).toEqual([
      'canal-xxxxx controlplane Running',
      'canal-xxxxx node01 Running',
      'kube-proxy-xxxxx controlplane Running',
      'kube-proxy-xxxxx node01 Running',
    ]);
    for (const c of ['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler']) {
      const p = cluster.api.get('Pod', 'kube-system', `${c}-controlplane`);
      expect(p.status.podIP).toBe('172.30.1.2');
    }
    const dns = cluster.api.list('Pod', { namespace: 'kube-system' }).filter((p) => p.metadata.name.startsWith('coredns-'));
    expect(dns).toHaveLength(2);
    for (const p of dns) expect(p.status.podIP).toMatch(/^10\.244\.[01]\.\d+$/);
  });

  it('is deterministic for a seed', () => {
    expect(JSON.stringify(createCluster({ seed: 1 }).save())).toBe(JSON.stringify(cluster.save()));
    expect(JSON.stringify(createCluster({ seed: 2 }).save())).not.toBe(JSON.stringify(cluster.save()));
  });

  it('restores without bootstrapping and continues exactly as the original', () => {
    const a = createCluster({ seed: 9 });
    const b = createCluster({ restore: a.save() });
    expect(JSON.stringify(b.save())).toBe(JSON.stringify(a.save()));
    for (const c of [a, b]) {
      c.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'default' }, spec: { containers: [{ name: 'web', image: 'nginx' }] } });
      c.advance(60_000);
    }
    expect(JSON.stringify(b.save())).toBe(JSON.stringify(a.save()));
  });

  it('schedules a new pod onto node01 and reports an impossible one', () => {
    const c = createCluster({ seed: 4 });
    c.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'default' }, spec: { containers: [{ name: 'web', image: 'nginx' }] } });
    c.api.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'big', namespace: 'default' },
      spec: { containers: [{ name: 'big', image: 'nginx', resources: { requests: { cpu: '100' } } }] },
    });
    c.advance(30_000);
    const ev = (name: string) =>
      c.api.list('Event', { namespace: 'default' }).filter((e) => (e.involvedObject as { name: string }).name === name && (e.source as { component: string }).component === 'default-scheduler').map((e) => `${e.type} ${e.reason} ${e.message}`);
    expect(ev('web')).toEqual(['Normal Scheduled Successfully assigned default/web to node01']);
    expect(c.api.get('Pod', 'default', 'web').status.phase).toBe('Running');
    expect(ev('big')).toEqual([
      'Warning FailedScheduling 0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.',
    ]);
  });
});
