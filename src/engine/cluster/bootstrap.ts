// `kubeadm init` + CNI + `kubeadm join`, replayed on a World's clock: namespaces, the control-plane
// Node and its static pods, the `kubernetes` Service, kubeadm's ConfigMaps and addons (CoreDNS,
// kube-proxy), Canal, then the workers joining. Objects owned by controllers that arrive in later
// issues (ReplicaSets, DaemonSet pods) are created here as those controllers would create them;
// the scheduler and kubelets (started through `hooks.nodeRegistered`) bring every pod to Running.
// Timeline: t+0 init, t+8s addons, t+25s CNI, t+50s workers join, t+60s CoreDNS pods, t+5min done.
import type { ApiServer } from '../api/server';
import type { KObject } from '../api/types';
import type { World } from '../world';
import { corednsConfigMap, corednsDeployment, kubeDnsService, kubernetesService } from './addons/coredns';
import { calicoKubeControllers, canalConfigMap, canalDaemonSet } from './addons/canal';
import { kubeProxyConfigMap, kubeProxyDaemonSet } from './addons/kube-proxy';
import { staticPods } from './control-plane';
import { nodeObject, nodeStatus, type NodeSpec } from './nodes';
import { KUBE_SYSTEM_SERVICE_ACCOUNTS, kubeadmConfigMaps, serviceAccount } from './system-objects';
import { createDaemonPod, createDaemonSet, createDeployment, createReplicaPods, publishWorkloadStatus } from './workloads';

export const CLUSTER_CIDR = '10.244.0.0/16';
export const SERVICE_CIDR = '10.96.0.0/12';
export const KUBERNETES_SERVICE_IP = '10.96.0.1';
export const KUBE_DNS_IP = '10.96.0.10';
/** How long bootstrap runs before the cluster counts as settled. */
export const BOOTSTRAP_RUN_MS = 5 * 60_000;

export interface BootstrapHooks {
  /** The cluster CA (PEM) kubeadm generated. */
  caPem: string;
  /** A Node object now exists: start its kubelet. */
  nodeRegistered(name: string): void;
}

const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

function registerNode(world: World, n: NodeSpec, hooks: BootstrapHooks) {
  const r = world.rand.stream('cluster');
  const node = world.api.create(nodeObject(n, r));
  const status = nodeStatus(n, r, iso(world.clock.now()));
  world.api.mutate('Node', undefined, n.name, (o) => (o.status = status), { status: true });
  hooks.nodeRegistered(n.name);
  return world.api.get('Node', undefined, node.metadata.name);
}

const createAll = (api: ApiServer, objs: KObject[]) => objs.forEach((o) => api.create(o));

/** Builds the default cluster on `world`, starting at its current time and advancing it by BOOTSTRAP_RUN_MS. */
export function bootstrapCluster(world: World, nodes: readonly NodeSpec[], hooks: BootstrapHooks): void {
  const api = world.api;
  const t0 = world.clock.now();
  const at = (ms: number) => world.clock.advanceTo(Math.max(world.clock.now(), t0 + ms));
  const cp = nodes.find((n) => n.role === 'control-plane') ?? nodes[0];
  const workers = nodes.filter((n) => n !== cp);
  const apiServer = `${cp.ip}:6443`;

  // kubeadm init: the API server's system namespaces, the control plane, its static pods.
  for (const name of ['default', 'kube-node-lease', 'kube-public', 'kube-system']) api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
  const cpNode = registerNode(world, cp, hooks);
  const seen = `${new Date(world.clock.now()).toISOString().slice(0, 19)}.${String(world.rand.stream('cluster').int(0, 999_999_999)).padStart(9, '0')}Z`;
  createAll(api, staticPods(cp, cpNode, world.rand.stream('cluster'), seen, SERVICE_CIDR, CLUSTER_CIDR));
  at(2_000);
  api.create(kubernetesService(KUBERNETES_SERVICE_IP));

  // kubeadm's upload-config and addon phases.
  at(8_000);
  createAll(api, kubeadmConfigMaps(apiServer, hooks.caPem, CLUSTER_CIDR, SERVICE_CIDR, new Date(t0).toISOString().slice(0, 10)));
  createAll(api, KUBE_SYSTEM_SERVICE_ACCOUNTS.filter((n) => !n.startsWith('cal') && n !== 'canal').map((n) => serviceAccount('kube-system', n)));
  api.create(corednsConfigMap());
  const coredns = createDeployment(api, corednsDeployment());
  api.create(kubeDnsService(KUBE_DNS_IP));
  api.create(kubeProxyConfigMap(apiServer, CLUSTER_CIDR));
  const kubeProxy = createDaemonSet(api, kubeProxyDaemonSet());
  createDaemonPod(api, kubeProxy, cp.name);

  // The CNI.
  at(25_000);
  api.create(canalConfigMap(CLUSTER_CIDR));
  createAll(api, ['calico-kube-controllers', 'canal'].map((n) => serviceAccount('kube-system', n)));
  const canal = createDaemonSet(api, canalDaemonSet());
  createDaemonPod(api, canal, cp.name);
  const calico = createDeployment(api, calicoKubeControllers());
  createReplicaPods(api, calico.replicaSet);

  // kubeadm join on each worker.
  workers.forEach((w, i) => {
    at(50_000 + i * 10_000);
    registerNode(world, w, hooks);
    createDaemonPod(api, kubeProxy, w.name);
    createDaemonPod(api, canal, w.name);
  });

  at(60_000 + workers.length * 10_000);
  createReplicaPods(api, coredns.replicaSet);

  at(BOOTSTRAP_RUN_MS - 1_000);
  publishWorkloadStatus(api, iso(world.clock.now()));
  at(BOOTSTRAP_RUN_MS);
}
