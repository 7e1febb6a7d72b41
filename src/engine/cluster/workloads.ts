// Materialises controller-owned workloads the way their controllers would, because the
// Deployment/ReplicaSet/DaemonSet controllers arrive in a later issue: a Deployment with its
// ReplicaSet `<name>-<pod-template-hash>` and pods `<rs>-xxxxx`, a DaemonSet with one pod per node
// (node affinity on metadata.name plus the DaemonSet controller's tolerations), ownerReferences and
// the annotations/labels those controllers add; statuses are published once the pods run.
import type { ApiServer } from '../api/server';
import type { KObject, OwnerReference, Stored } from '../api/types';
import { computeHash } from '../controllers/kernels/pod-template-hash';

export function controllerRef(o: Stored): OwnerReference {
  return { apiVersion: o.apiVersion, kind: o.kind, name: o.metadata.name, uid: o.metadata.uid, controller: true, blockOwnerDeletion: true };
}

const PRIORITY: Record<string, number> = { 'system-node-critical': 2000001000, 'system-cluster-critical': 2000000000 };

/** A pod from a template, as a controller creates it (priority resolved as the Priority admission does). */
function podFrom(template: KObject['spec'], ns: string, generateName: string, labels: Record<string, string>, owner: Stored, extra: Record<string, unknown> = {}): KObject {
  const spec = { ...JSON.parse(JSON.stringify(template.spec)), ...extra };
  const prio = PRIORITY[spec.priorityClassName as string];
  if (prio !== undefined) spec.priority = prio;
  return { apiVersion: 'v1', kind: 'Pod', metadata: { generateName, namespace: ns, labels, ownerReferences: [controllerRef(owner)] }, spec };
}

/** Creates a Deployment and its first ReplicaSet; returns both. */
export function createDeployment(api: ApiServer, dep: KObject): { deployment: Stored; replicaSet: Stored } {
  const deployment = api.create({ ...dep, metadata: { ...dep.metadata, annotations: { ...(dep.metadata.annotations ?? {}), 'deployment.kubernetes.io/revision': '1' } } });
  const spec = deployment.spec;
  const hash = computeHash(spec.template);
  const replicas: number = spec.replicas ?? 1;
  const surge = spec.strategy?.type === 'Recreate' ? 0 : Math.ceil(replicas * 0.25);
  const labels = { ...(spec.template.metadata?.labels ?? {}), 'pod-template-hash': hash };
  const replicaSet = api.create({
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: `${deployment.metadata.name}-${hash}`,
      namespace: deployment.metadata.namespace,
      labels,
      annotations: { 'deployment.kubernetes.io/desired-replicas': String(replicas), 'deployment.kubernetes.io/max-replicas': String(replicas + surge), 'deployment.kubernetes.io/revision': '1' },
      ownerReferences: [controllerRef(deployment)],
    },
    spec: {
      replicas,
      selector: { matchLabels: { ...spec.selector.matchLabels, 'pod-template-hash': hash } },
      template: { metadata: { ...(spec.template.metadata ?? {}), labels }, spec: spec.template.spec },
    },
  });
  return { deployment, replicaSet };
}

/** The ReplicaSet controller's pods for `rs`. */
export function createReplicaPods(api: ApiServer, rs: Stored): Stored[] {
  const out: Stored[] = [];
  for (let i = 0; i < (rs.spec.replicas ?? 1); i++) out.push(api.create(podFrom(rs.spec.template, rs.metadata.namespace!, `${rs.metadata.name}-`, rs.spec.template.metadata.labels, rs)));
  return out;
}

export function createDaemonSet(api: ApiServer, ds: KObject): Stored {
  return api.create({ ...ds, metadata: { ...ds.metadata, annotations: { ...(ds.metadata.annotations ?? {}), 'deprecated.daemonset.template.generation': '1' } } });
}

/** The DaemonSet controller's pod for `node` (scheduled by the default scheduler through node affinity). */
export function createDaemonPod(api: ApiServer, ds: Stored, node: string): Stored {
  const t = ds.spec.template;
  const labels = { ...(t.metadata?.labels ?? {}), 'controller-revision-hash': computeHash(t), 'pod-template-generation': '1' };
  const tol = (key: string, effect: string) => ({ key, operator: 'Exists', effect });
  const tolerations = [
    ...(t.spec.tolerations ?? []),
    tol('node.kubernetes.io/not-ready', 'NoExecute'),
    tol('node.kubernetes.io/unreachable', 'NoExecute'),
    tol('node.kubernetes.io/disk-pressure', 'NoSchedule'),
    tol('node.kubernetes.io/memory-pressure', 'NoSchedule'),
    tol('node.kubernetes.io/pid-pressure', 'NoSchedule'),
    tol('node.kubernetes.io/unschedulable', 'NoSchedule'),
    ...(t.spec.hostNetwork ? [tol('node.kubernetes.io/network-unavailable', 'NoSchedule')] : []),
  ];
  const affinity = { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [node] }] }] } } };
  return api.create(podFrom(t, ds.metadata.namespace!, `${ds.metadata.name}-`, labels, ds, { affinity, tolerations }));
}

const isReady = (p: Stored) => (p.status?.conditions ?? []).some((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True');
const ownedBy = (pods: Stored[], o: Stored) => pods.filter((p) => p.metadata.ownerReferences?.some((r) => r.uid === o.metadata.uid) && !p.metadata.deletionTimestamp);

/** Writes the statuses the workload controllers would report for what runs now. */
export function publishWorkloadStatus(api: ApiServer, now: string): void {
  const pods = api.list('Pod');
  for (const rs of api.list('ReplicaSet.apps')) {
    const mine = ownedBy(pods, rs);
    const ready = mine.filter(isReady).length;
    api.mutate('ReplicaSet.apps', rs.metadata.namespace, rs.metadata.name, (o) => {
      o.status = { availableReplicas: ready, fullyLabeledReplicas: mine.length, observedGeneration: o.metadata.generation, readyReplicas: ready, replicas: mine.length };
    }, { status: true });
  }
  for (const d of api.list('Deployment.apps')) {
    const rs = api.list('ReplicaSet.apps', { namespace: d.metadata.namespace }).find((r) => r.metadata.ownerReferences?.some((x) => x.uid === d.metadata.uid));
    if (!rs) continue;
    const cur = api.get('ReplicaSet.apps', rs.metadata.namespace, rs.metadata.name).status;
    const cond = (type: string, reason: string, message: string) => ({ lastTransitionTime: now, lastUpdateTime: now, message, reason, status: 'True', type });
    api.mutate('Deployment.apps', d.metadata.namespace, d.metadata.name, (o) => {
      o.status = {
        availableReplicas: cur.availableReplicas,
        conditions: [
          cond('Available', 'MinimumReplicasAvailable', 'Deployment has minimum availability.'),
          cond('Progressing', 'NewReplicaSetAvailable', `ReplicaSet "${rs.metadata.name}" has successfully progressed.`),
        ],
        observedGeneration: o.metadata.generation,
        readyReplicas: cur.readyReplicas,
        replicas: cur.replicas,
        updatedReplicas: cur.replicas,
      };
    }, { status: true });
  }
  for (const ds of api.list('DaemonSet.apps')) {
    const mine = ownedBy(pods, ds);
    const ready = mine.filter(isReady).length;
    const scheduled = mine.filter((p) => p.spec.nodeName).length;
    api.mutate('DaemonSet.apps', ds.metadata.namespace, ds.metadata.name, (o) => {
      o.status = { currentNumberScheduled: scheduled, desiredNumberScheduled: mine.length, numberAvailable: ready, numberMisscheduled: 0, numberReady: ready, observedGeneration: o.metadata.generation, updatedNumberScheduled: scheduled };
    }, { status: true });
  }
}
