// The nodes of a kubeadm cluster as `kubectl get node -o yaml` shows them on a Killercoda-like lab:
// labels (kubernetes.io/*, beta.kubernetes.io/*, node-role for the control plane), kubeadm's
// control-plane taint, the annotations kubeadm, the kubelet and Canal (flannel + calico) set,
// capacity/allocatable of a small VM (allocatable = capacity minus the 100Mi memory eviction
// threshold and 10% of the disk), the kubelet's four conditions plus Canal's NetworkUnavailable,
// addresses and nodeInfo for Kubernetes v1.34.1 on Ubuntu 24.04 with containerd 1.7.
import type { KObject } from '../api/types';
import type { Rand } from '../sim/rand';

export const KUBERNETES_VERSION = 'v1.34.1';

/** One node of the simulated cluster. */
export interface NodeSpec {
  name: string;
  role: 'control-plane' | 'worker';
  /** InternalIP, e.g. 172.30.1.2. */
  ip: string;
  /** The node's pod range, e.g. 10.244.0.0/24. */
  podCIDR: string;
  /** CPU capacity in cores (as a Quantity string). */
  cpu?: string;
  /** Memory capacity, e.g. `2030852Ki`. */
  memory?: string;
  labels?: Record<string, string>;
}

/** controlplane (172.30.1.2, 10.244.0.0/24) and node01 (172.30.2.2, 10.244.1.0/24). */
export function defaultNodes(): NodeSpec[] {
  return [
    { name: 'controlplane', role: 'control-plane', ip: '172.30.1.2', podCIDR: '10.244.0.0/24', cpu: '2', memory: '2030852Ki' },
    { name: 'node01', role: 'worker', ip: '172.30.2.2', podCIDR: '10.244.1.0/24', cpu: '1', memory: '2030864Ki' },
  ];
}

/** Further nodes a lesson asks for: node02 at 172.30.3.2 with 10.244.2.0/24, and so on. */
export function workerSpec(index: number): NodeSpec {
  return { name: `node${String(index).padStart(2, '0')}`, role: 'worker', ip: `172.30.${index + 1}.2`, podCIDR: `10.244.${index}.0/24`, cpu: '1', memory: '2030864Ki' };
}

const DISK_BYTES = 20_134_592 * 1024;
const EVICTION_MEMORY_KI = 100 * 1024;

function memoryAllocatable(capacity: string): string {
  const m = /^(\d+)Ki$/.exec(capacity);
  return m ? `${Number(m[1]) - EVICTION_MEMORY_KI}Ki` : capacity;
}

const mac = (r: Rand) => Array.from({ length: 6 }, (_, i) => (i === 0 ? (r.int(0, 255) & 0xfe) | 0x02 : r.int(0, 255)).toString(16).padStart(2, '0')).join(':');

/** The Node object (metadata and spec) kubeadm and the kubelet register. */
export function nodeObject(n: NodeSpec, r: Rand): KObject {
  const cp = n.role === 'control-plane';
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': n.name,
    'kubernetes.io/os': 'linux',
    ...(cp ? { 'node-role.kubernetes.io/control-plane': '', 'node.kubernetes.io/exclude-from-external-load-balancers': '' } : {}),
    ...(n.labels ?? {}),
  };
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: n.name,
      labels,
      annotations: {
        'flannel.alpha.coreos.com/backend-data': JSON.stringify({ VNI: 1, VtepMAC: mac(r) }),
        'flannel.alpha.coreos.com/backend-type': 'vxlan',
        'flannel.alpha.coreos.com/kube-subnet-manager': 'true',
        'flannel.alpha.coreos.com/public-ip': n.ip,
        'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///var/run/containerd/containerd.sock',
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: {
      podCIDR: n.podCIDR,
      podCIDRs: [n.podCIDR],
      ...(cp ? { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] } : {}),
    },
  };
}

/** The status the kubelet (and Canal's flannel, for NetworkUnavailable) report for a healthy node. */
export function nodeStatus(n: NodeSpec, r: Rand, now: string): Record<string, unknown> {
  const memory = n.memory ?? '2030852Ki';
  const capacity = { cpu: n.cpu ?? '1', 'ephemeral-storage': `${DISK_BYTES / 1024}Ki`, 'hugepages-1Gi': '0', 'hugepages-2Mi': '0', memory, pods: '110' };
  const cond = (type: string, status: string, reason: string, message: string) => ({ lastHeartbeatTime: now, lastTransitionTime: now, message, reason, status, type });
  const uuid = r.uuid();
  return {
    addresses: [
      { address: n.ip, type: 'InternalIP' },
      { address: n.name, type: 'Hostname' },
    ],
    allocatable: { ...capacity, 'ephemeral-storage': String(Math.floor(DISK_BYTES * 0.9)), memory: memoryAllocatable(memory) },
    capacity,
    conditions: [
      cond('NetworkUnavailable', 'False', 'FlannelIsUp', 'Flannel is running on this node'),
      cond('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
      cond('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
      cond('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
      cond('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
    ],
    daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
    nodeInfo: {
      architecture: 'amd64',
      bootID: r.uuid(),
      containerRuntimeVersion: 'containerd://1.7.28',
      kernelVersion: '6.8.0-79-generic',
      kubeProxyVersion: '',
      kubeletVersion: KUBERNETES_VERSION,
      machineID: r.hex(32),
      operatingSystem: 'linux',
      osImage: 'Ubuntu 24.04.3 LTS',
      systemUUID: uuid,
    },
  };
}
