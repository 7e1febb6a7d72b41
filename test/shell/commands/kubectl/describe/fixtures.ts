// Fixture cluster objects for the describe tests, built through a real World: a two-node kubeadm
// cluster (controlplane + node01), and an nginx pod that was scheduled, pulled and started with the
// events the scheduler and kubelet record.
import { defaultAdmission } from '../../../../../src/engine/api/admission';
import type { KObject, Stored } from '../../../../../src/engine/api/types';
import { World } from '../../../../../src/engine/world';

export const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);
export const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

export function cluster(): World {
  const w = new World({ seed: 1 });
  w.api.admission.push(...defaultAdmission());
  w.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });
  w.api.create({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: 'default' } });
  return w;
}

export function addNode(w: World, name: string, ip: string, opts: { controlPlane?: boolean } = {}): Stored {
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': name,
    'kubernetes.io/os': 'linux',
  };
  if (opts.controlPlane) {
    labels['node-role.kubernetes.io/control-plane'] = '';
    labels['node.kubernetes.io/exclude-from-external-load-balancers'] = '';
  }
  const node: KObject = {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      labels,
      annotations: {
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: {
      podCIDR: opts.controlPlane ? '192.168.0.0/24' : '192.168.1.0/24',
      podCIDRs: [opts.controlPlane ? '192.168.0.0/24' : '192.168.1.0/24'],
      ...(opts.controlPlane ? { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] } : {}),
    },
  };
  w.api.create(node);
  const t = iso(w.clock.now());
  const cond = (type: string, status: string, reason: string, message: string) => ({
    type,
    status,
    lastHeartbeatTime: t,
    lastTransitionTime: t,
    reason,
    message,
  });
  const resources = { cpu: '1', 'ephemeral-storage': '19221248Ki', 'hugepages-2Mi': '0', memory: '2030940Ki', pods: '110' };
  return w.api.mutate(
    'Node',
    undefined,
    name,
    (o) =>
      (o.status = {
        conditions: [
          cond('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
          cond('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
          cond('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
          cond('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
        ],
        addresses: [
          { type: 'InternalIP', address: ip },
          { type: 'Hostname', address: name },
        ],
        capacity: resources,
        allocatable: resources,
        nodeInfo: {
          machineID: 'f2e4c7a9d1b34e5f8a6c0b2d4e6f8a1c',
          systemUUID: 'f2e4c7a9-d1b3-4e5f-8a6c-0b2d4e6f8a1c',
          bootID: '3c9d1e7f-5a2b-4c8d-9e0f-1a2b3c4d5e6f',
          kernelVersion: '6.8.0-45-generic',
          osImage: 'Ubuntu 24.04.1 LTS',
          operatingSystem: 'linux',
          architecture: 'amd64',
          containerRuntimeVersion: 'containerd://1.7.27',
          kubeletVersion: 'v1.34.1',
          kubeProxyVersion: '',
        },
      }),
    { status: true },
  );
}

/** Creates pod `name` on `node` and walks it to Running with the usual events; returns it. */
export function runPod(w: World, name: string, node: string, hostIP: string, podIP: string, spec: Record<string, unknown> = {}): Stored {
  const created = w.api.create({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', labels: { run: name } },
    spec: { containers: [{ name, image: 'nginx' }], ...spec },
  });
  const start = w.clock.now();
  w.api.mutate('Pod', 'default', name, (o) => (o.spec.nodeName = node));
  w.events.record(created, 'Normal', 'Scheduled', `Successfully assigned default/${name} to ${node}`, { component: 'default-scheduler' });
  const src = { component: 'kubelet', host: node };
  const fp = `spec.containers{${name}}`;
  w.events.record(created, 'Normal', 'Pulling', 'Pulling image "nginx"', src, fp);
  w.advance(2_000);
  w.events.record(created, 'Normal', 'Pulled', 'Successfully pulled image "nginx" in 1.868s (1.868s including waiting). Image size: 72223946 bytes.', src, fp);
  w.events.record(created, 'Normal', 'Created', `Created container: ${name}`, src, fp);
  w.events.record(created, 'Normal', 'Started', `Started container ${name}`, src, fp);
  const t = iso(w.clock.now());
  const t0 = iso(start);
  return w.api.mutate(
    'Pod',
    'default',
    name,
    (o) =>
      (o.status = {
        ...o.status,
        phase: 'Running',
        hostIP,
        hostIPs: [{ ip: hostIP }],
        podIP,
        podIPs: [{ ip: podIP }],
        startTime: t0,
        conditions: [
          { type: 'PodReadyToStartContainers', status: 'True', lastTransitionTime: t },
          { type: 'Initialized', status: 'True', lastTransitionTime: t0 },
          { type: 'Ready', status: 'True', lastTransitionTime: t },
          { type: 'ContainersReady', status: 'True', lastTransitionTime: t },
          { type: 'PodScheduled', status: 'True', lastTransitionTime: t0 },
        ],
        containerStatuses: [
          {
            name,
            image: 'docker.io/library/nginx:latest',
            imageID: 'docker.io/library/nginx@sha256:2d194184b067db3598771b4cf326cfe6ad5051937ba1132b8b7d4b0184e0d0a6',
            containerID: 'containerd://7a1c3e5f9b2d4f6a8c0e2a4c6e8f0b2d4f6a8c0e2a4c6e8f0b2d4f6a8c0e2a4c',
            ready: true,
            started: true,
            restartCount: 0,
            state: { running: { startedAt: t } },
          },
        ],
      }),
    { status: true },
  );
}
