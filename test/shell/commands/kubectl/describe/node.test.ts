// `kubectl describe node` pinned against the shape of real output (kubeadm clusters, kubectl 1.28+):
// System Info lines and the Non-terminated Pods table share one tab column block, the pods table has
// an empty column after Name, and requests/limits show a percentage of allocatable.
import { describe, expect, it } from 'vitest';
import { describeObject } from '../../../../../src/shell/commands/kubectl/describe/index';
import { addNode, cluster, runPod } from './fixtures';

describe('describe node', () => {
  it('prints a worker with its pods and allocated resources', () => {
    const w = cluster();
    addNode(w, 'node01', '172.30.2.2');
    w.advance(60_000);
    runPod(w, 'nginx', 'node01', '172.30.2.2', '192.168.1.4');
    runPod(w, 'coredns-5dd5756b68-ftqjl', 'node01', '172.30.2.2', '192.168.1.5', {
      containers: [{ name: 'coredns', image: 'registry.k8s.io/coredns/coredns:v1.12.1', resources: { requests: { cpu: '100m', memory: '70Mi' }, limits: { memory: '170Mi' } } }],
    });
    w.advance(60_000);
    const out = describeObject({ api: w.api, now: w.clock.now() }, w.api.get('Node', undefined, 'node01'));
    expect(out).toBe(
      [
        'Name:               node01',
        'Roles:              <none>',
        'Labels:             beta.kubernetes.io/arch=amd64',
        '                    beta.kubernetes.io/os=linux',
        '                    kubernetes.io/arch=amd64',
        '                    kubernetes.io/hostname=node01',
        '                    kubernetes.io/os=linux',
        'Annotations:        node.alpha.kubernetes.io/ttl: 0',
        '                    volumes.kubernetes.io/controller-managed-attach-detach: true',
        'CreationTimestamp:  Thu, 15 Jan 2026 09:00:00 +0000',
        'Taints:             <none>',
        'Unschedulable:      false',
        'Lease:',
        '  HolderIdentity:  node01',
        '  AcquireTime:     <unset>',
        '  RenewTime:       Thu, 15 Jan 2026 09:00:00 +0000',
        'Conditions:',
        '  Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message',
        '  ----             ------  -----------------                 ------------------                ------                       -------',
        '  MemoryPressure   False   Thu, 15 Jan 2026 09:00:00 +0000   Thu, 15 Jan 2026 09:00:00 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available',
        '  DiskPressure     False   Thu, 15 Jan 2026 09:00:00 +0000   Thu, 15 Jan 2026 09:00:00 +0000   KubeletHasNoDiskPressure     kubelet has no disk pressure',
        '  PIDPressure      False   Thu, 15 Jan 2026 09:00:00 +0000   Thu, 15 Jan 2026 09:00:00 +0000   KubeletHasSufficientPID      kubelet has sufficient PID available',
        '  Ready            True    Thu, 15 Jan 2026 09:00:00 +0000   Thu, 15 Jan 2026 09:00:00 +0000   KubeletReady                 kubelet is posting ready status',
        'Addresses:',
        '  InternalIP:  172.30.2.2',
        '  Hostname:    node01',
        'Capacity:',
        '  cpu:                1',
        '  ephemeral-storage:  19221248Ki',
        '  hugepages-2Mi:      0',
        '  memory:             2030940Ki',
        '  pods:               110',
        'Allocatable:',
        '  cpu:                1',
        '  ephemeral-storage:  19221248Ki',
        '  hugepages-2Mi:      0',
        '  memory:             2030940Ki',
        '  pods:               110',
        'System Info:',
        '  Machine ID:                 f2e4c7a9d1b34e5f8a6c0b2d4e6f8a1c',
        '  System UUID:                f2e4c7a9-d1b3-4e5f-8a6c-0b2d4e6f8a1c',
        '  Boot ID:                    3c9d1e7f-5a2b-4c8d-9e0f-1a2b3c4d5e6f',
        '  Kernel Version:             6.8.0-45-generic',
        '  OS Image:                   Ubuntu 24.04.1 LTS',
        '  Operating System:           linux',
        '  Architecture:               amd64',
        '  Container Runtime Version:  containerd://1.7.27',
        '  Kubelet Version:            v1.34.1',
        '  Kube-Proxy Version:         ',
        'PodCIDR:                      192.168.1.0/24',
        'PodCIDRs:                     192.168.1.0/24',
        'Non-terminated Pods:          (2 in total)',
        '  Namespace                   Name                        CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age',
        '  ---------                   ----                        ------------  ----------  ---------------  -------------  ---',
        '  default                     coredns-5dd5756b68-ftqjl    100m (10%)    0 (0%)      70Mi (3%)        170Mi (8%)     62s',
        '  default                     nginx                       0 (0%)        0 (0%)      0 (0%)           0 (0%)         64s',
        'Allocated resources:',
        '  (Total limits may be over 100 percent, i.e., overcommitted.)',
        '  Resource           Requests    Limits',
        '  --------           --------    ------',
        '  cpu                100m (10%)  0 (0%)',
        '  memory             70Mi (3%)   170Mi (8%)',
        '  ephemeral-storage  0 (0%)      0 (0%)',
        '  hugepages-2Mi      0 (0%)      0 (0%)',
        'Events:              <none>',
        '',
      ].join('\n'),
    );
  });

  it('lists taints, roles and the cordon flag of a control-plane node, and its events', () => {
    const w = cluster();
    const node = addNode(w, 'controlplane', '172.30.1.2', { controlPlane: true });
    w.api.mutate('Node', undefined, 'controlplane', (o) => (o.spec.unschedulable = true));
    w.events.record(node, 'Normal', 'NodeNotSchedulable', 'Node controlplane status is now: NodeNotSchedulable', { component: 'kubelet', host: 'controlplane' });
    w.advance(5_000);
    const out = describeObject({ api: w.api, now: w.clock.now() }, w.api.get('Node', undefined, 'controlplane'));
    expect(out).toContain('Name:               controlplane\nRoles:              control-plane\n');
    expect(out).toContain('Taints:             node-role.kubernetes.io/control-plane:NoSchedule\nUnschedulable:      true\n');
    expect(out).toContain(
      'Events:\n  Type    Reason              Age   From     Message\n  ----    ------              ----  ----     -------\n  Normal  NodeNotSchedulable  5s    kubelet  Node controlplane status is now: NodeNotSchedulable\n',
    );
  });
});
