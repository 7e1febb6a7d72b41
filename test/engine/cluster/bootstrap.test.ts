// bootstrapCluster on a World with the scheduler and controllers but no kubelets: which objects a
// fresh kubeadm cluster holds, where the scheduler puts the addon pods, and determinism.
import { describe, expect, it } from 'vitest';
import type { Stored } from '../../../src/engine/api/types';
import { bootstrapCluster } from '../../../src/engine/cluster/bootstrap';
import { defaultNodes } from '../../../src/engine/cluster/nodes';
import { fakeCaPem } from '../../../src/engine/cluster/pki';
import { startCoreControllers } from '../../../src/engine/controllers';
import { Scheduler } from '../../../src/engine/scheduler/scheduler';
import { World } from '../../../src/engine/world';

function boot(seed = 1) {
  const w = new World({ seed, startTime: Date.UTC(2026, 0, 12, 9, 0, 0) });
  startCoreControllers(w, fakeCaPem(seed));
  new Scheduler(w).start();
  const registered: string[] = [];
  bootstrapCluster(w, defaultNodes(), { caPem: fakeCaPem(seed), nodeRegistered: (n) => registered.push(n) });
  return { w, registered };
}

const names = (w: World, key: string, ns?: string) => w.api.list(key, ns === undefined ? {} : { namespace: ns }).map((o) => o.metadata.name);
const pods = (w: World) => w.api.list('Pod', { namespace: 'kube-system' });
const byPrefix = (ps: Stored[], prefix: string) => ps.filter((p) => p.metadata.name.startsWith(prefix));

describe('bootstrapCluster', () => {
  const { w, registered } = boot();

  it('registers both nodes (kubelets would start in this order)', () => {
    expect(registered).toEqual(['controlplane', 'node01']);
    expect(names(w, 'Node')).toEqual(['controlplane', 'node01']);
  });

  it('has the four namespaces, each with ServiceAccount default and kube-root-ca.crt', () => {
    expect(names(w, 'Namespace')).toEqual(['default', 'kube-node-lease', 'kube-public', 'kube-system']);
    for (const ns of names(w, 'Namespace')) {
      expect(w.api.tryGet('ServiceAccount', ns, 'default')).toBeDefined();
      expect(w.api.tryGet('ConfigMap', ns, 'kube-root-ca.crt')).toBeDefined();
      expect(w.api.get('Namespace', undefined, ns).status.phase).toBe('Active');
    }
    expect(names(w, 'ConfigMap', 'kube-system')).toEqual([
      'canal-config', 'coredns', 'extension-apiserver-authentication', 'kube-apiserver-legacy-service-account-token-tracking',
      'kube-proxy', 'kube-root-ca.crt', 'kubeadm-config', 'kubelet-config',
    ]);
    expect(names(w, 'ConfigMap', 'kube-public')).toEqual(['cluster-info', 'kube-root-ca.crt']);
  });

  it('nodes look like kubeadm nodes', () => {
    const cp = w.api.get('Node', undefined, 'controlplane');
    expect(cp.metadata.labels).toEqual({
      'beta.kubernetes.io/arch': 'amd64',
      'beta.kubernetes.io/os': 'linux',
      'kubernetes.io/arch': 'amd64',
      'kubernetes.io/hostname': 'controlplane',
      'kubernetes.io/os': 'linux',
      'node-role.kubernetes.io/control-plane': '',
      'node.kubernetes.io/exclude-from-external-load-balancers': '',
    });
    expect(cp.spec).toEqual({ podCIDR: '10.244.0.0/24', podCIDRs: ['10.244.0.0/24'], taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] });
    expect(cp.status.addresses).toEqual([{ address: '172.30.1.2', type: 'InternalIP' }, { address: 'controlplane', type: 'Hostname' }]);
    expect(cp.status.nodeInfo).toMatchObject({ kubeletVersion: 'v1.34.1', containerRuntimeVersion: 'containerd://1.7.28', osImage: 'Ubuntu 24.04.3 LTS', architecture: 'amd64', operatingSystem: 'linux' });
    expect(cp.status.allocatable).toMatchObject({ cpu: '2', memory: '1928452Ki', pods: '110' });
    expect(cp.status.conditions.map((c: { type: string; status: string }) => `${c.type}=${c.status}`)).toEqual(['NetworkUnavailable=False', 'MemoryPressure=False', 'DiskPressure=False', 'PIDPressure=False', 'Ready=True']);
    const n1 = w.api.get('Node', undefined, 'node01');
    expect(n1.spec).toEqual({ podCIDR: '10.244.1.0/24', podCIDRs: ['10.244.1.0/24'] });
    expect(n1.status.addresses[0]).toEqual({ address: '172.30.2.2', type: 'InternalIP' });
  });

  it('static pods are mirror pods owned by the control-plane Node', () => {
    const node = w.api.get('Node', undefined, 'controlplane');
    const statics = ['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler'].map((c) => w.api.get('Pod', 'kube-system', `${c}-controlplane`));
    for (const p of statics) {
      expect(p.spec.nodeName).toBe('controlplane');
      expect(p.spec.hostNetwork).toBe(true);
      expect(p.spec.priority).toBe(2000001000);
      expect(p.spec.priorityClassName).toBe('system-node-critical');
      expect(p.metadata.ownerReferences).toEqual([{ apiVersion: 'v1', kind: 'Node', name: 'controlplane', uid: node.metadata.uid, controller: true }]);
      expect(p.metadata.labels?.tier).toBe('control-plane');
      expect(p.metadata.annotations?.['kubernetes.io/config.source']).toBe('file');
    }
    expect(statics.map((p) => p.spec.containers[0].image)).toEqual([
      'registry.k8s.io/etcd:3.6.4-0',
      'registry.k8s.io/kube-apiserver:v1.34.1',
      'registry.k8s.io/kube-controller-manager:v1.34.1',
      'registry.k8s.io/kube-scheduler:v1.34.1',
    ]);
  });

  it('the scheduler places DaemonSet pods one per node and the Deployment pods on fitting nodes', () => {
    const ps = pods(w);
    const where = (prefix: string) => byPrefix(ps, prefix).map((p) => p.spec.nodeName).sort();
    expect(where('kube-proxy-')).toEqual(['controlplane', 'node01']);
    expect(where('canal-')).toEqual(['controlplane', 'node01']);
    expect(byPrefix(ps, 'coredns-')).toHaveLength(2);
    expect(byPrefix(ps, 'coredns-').every((p) => p.spec.nodeName)).toBe(true);
    expect(byPrefix(ps, 'calico-kube-controllers-')[0].spec.nodeName).toBeDefined();
    const rs = w.api.list('ReplicaSet.apps', { namespace: 'kube-system' }).find((r) => r.metadata.name.startsWith('coredns-'))!;
    expect(rs.metadata.name).toMatch(/^coredns-[456789bcdf]{1,10}$/);
    for (const p of byPrefix(ps, 'coredns-')) {
      expect(p.metadata.name).toMatch(new RegExp(`^${rs.metadata.name}-[bcdfghjklmnpqrstvwxz2456789]{5}$`));
      expect(p.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'ReplicaSet', name: rs.metadata.name, controller: true });
    }
  });

  it('services kubernetes and kube-dns sit at the first and tenth service addresses', () => {
    const k = w.api.get('Service', 'default', 'kubernetes');
    expect([k.spec.clusterIP, k.spec.ports]).toEqual(['10.96.0.1', [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }]]);
    const dns = w.api.get('Service', 'kube-system', 'kube-dns');
    expect(dns.spec.clusterIP).toBe('10.96.0.10');
    expect(dns.spec.ports.map((p: { port: number; protocol: string; name: string }) => `${p.name} ${p.port}/${p.protocol}`)).toEqual(['dns 53/UDP', 'dns-tcp 53/TCP', 'metrics 9153/TCP']);
  });

  it('is deterministic for a seed', () => {
    expect(JSON.stringify(boot(1).w.save())).toBe(JSON.stringify(w.save()));
    expect(JSON.stringify(boot(2).w.save())).not.toBe(JSON.stringify(w.save()));
  });
});
