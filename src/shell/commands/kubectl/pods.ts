// Finding the pod and container `logs`, `exec` and `attach` talk to (polymorphichelpers
// AttachablePodForObject, podcmd.FindOrDefaultContainerByName): `POD`, `pod/POD`, or `TYPE/NAME` of
// a workload (its pods by selector, the most active first, with `Found N pods, using pod/x`); the
// container from -c, the kubectl.kubernetes.io/default-container annotation, or the first one with
// `Defaulted container "app" out of: app, sidecar, init-db (init)`; and the kubelet's refusals for
// containers that have no logs yet (kubelet validateContainerLogStatus).

import { ApiError, badRequest } from '../../../engine/api/errors';
import { fromLabelSelector } from '../../../engine/api/selectors';
import type { Stored } from '../../../engine/api/types';
import type { Session } from './context';
import { CliError } from './errors';
import { resolveType } from './resources';

type Named = { name: string };

/** `app, sidecar, init-db (init), debug (ephem)` (podcmd.AllContainerNames). */
export function allContainerNames(pod: Stored): string {
  const spec = pod.spec ?? {};
  return [
    ...((spec.containers ?? []) as Named[]).map((c) => c.name),
    ...((spec.initContainers ?? []) as Named[]).map((c) => `${c.name} (init)`),
    ...((spec.ephemeralContainers ?? []) as Named[]).map((c) => `${c.name} (ephem)`),
  ].join(', ');
}

const podReady = (p: Stored) => ((p.status?.conditions ?? []) as any[]).some((c) => c.type === 'Ready' && c.status === 'True');

/** The pod an argument names: `web`, `pod/web`, or a workload's most active pod. */
export function resolvePod(s: Session, arg: string, announce: boolean): Stored {
  if (!arg.includes('/')) return s.api.get('Pod', s.namespace, arg);
  const type = arg.slice(0, arg.indexOf('/'));
  const name = arg.slice(arg.indexOf('/') + 1);
  const [def] = resolveType(s.registry, type);
  if (def.kind === 'Pod' && def.group === '') return s.api.get('Pod', s.namespace, name);
  const owner = s.api.get(def.group ? `${def.kind}.${def.group}` : def.kind, def.namespaced ? s.namespace : undefined, name);
  const sel = owner.spec?.selector;
  if (!sel) throw new CliError(`cannot attach to ${def.kind.toLowerCase()}: selector for ${def.kind.toLowerCase()}/${name} not implemented`);
  const selector = sel.matchLabels || sel.matchExpressions ? fromLabelSelector(sel) : fromLabelSelector({ matchLabels: sel });
  const pods = s.api.list('Pod', { namespace: s.namespace, labelSelector: selector }).filter((p) => !p.metadata.deletionTimestamp);
  if (pods.length === 0) throw new CliError(`timed out waiting for the condition`);
  const rank = (p: Stored) => (p.status?.phase === 'Running' ? 0 : 1) + (podReady(p) ? 0 : 1);
  const sorted = [...pods].sort((a, b) => rank(a) - rank(b) || (a.metadata.creationTimestamp < b.metadata.creationTimestamp ? 1 : -1));
  if (announce && pods.length > 1) s.io.err(`Found ${pods.length} pods, using pod/${sorted[0].metadata.name}\n`);
  return sorted[0];
}

/** The container to use: -c, the default-container annotation, else the first (with the notice). */
export function chooseContainer(s: Session, pod: Stored, wanted: string, quiet: boolean): string {
  const containers = (pod.spec?.containers ?? []) as Named[];
  if (wanted) return wanted;
  const annotated = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'];
  if (annotated) {
    if (containers.some((c) => c.name === annotated)) return annotated;
    s.io.err(`Default container name ${JSON.stringify(annotated)} not found in pod ${pod.metadata.name}\n`);
  }
  const first = containers[0]?.name ?? '';
  const multi = containers.length > 1 || (pod.spec?.initContainers ?? []).length > 0 || (pod.spec?.ephemeralContainers ?? []).length > 0;
  if (multi && !quiet) s.io.err(`Defaulted container ${JSON.stringify(first)} out of: ${allContainerNames(pod)}\n`);
  return first;
}

/** True when `name` is one of the pod's containers (regular, init or ephemeral). */
export function hasContainer(pod: Stored, name: string): boolean {
  const all = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? []), ...(pod.spec?.ephemeralContainers ?? [])] as Named[];
  return all.some((c) => c.name === name);
}

/** The container status of `name`, if the kubelet has reported one. */
export function containerStatus(pod: Stored, name: string): any {
  const all = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.ephemeralContainerStatuses ?? [])] as any[];
  return all.find((c) => c.name === name);
}

/**
 * The kubelet's refusal to serve logs for a container in this state, as a BadRequest ApiError,
 * or undefined when logs can be read (kubelet validateContainerLogStatus).
 */
export function logStatusError(pod: Stored, container: string, previous: boolean): ApiError | undefined {
  const st = containerStatus(pod, container);
  const podName = pod.metadata.name;
  const q = (x: string) => JSON.stringify(x);
  if (!st) return pod.spec?.nodeName ? badRequest(`container ${q(container)} in pod ${q(podName)} is waiting to start: ContainerCreating`) : undefined;
  const last = st.lastState?.terminated;
  if (previous) {
    return last?.containerID ? undefined : badRequest(`previous terminated container ${q(container)} in pod ${q(podName)} not found`);
  }
  if (st.state?.running || st.state?.terminated || last) return undefined;
  const reason = st.state?.waiting?.reason;
  if (reason === 'ErrImagePull') return badRequest(`container ${q(container)} in pod ${q(podName)} is waiting to start: image can't be pulled`);
  if (reason === 'ImagePullBackOff') return badRequest(`container ${q(container)} in pod ${q(podName)} is waiting to start: trying and failing to pull image`);
  if (reason) return badRequest(`container ${q(container)} in pod ${q(podName)} is waiting to start: ${reason}`);
  return badRequest(`container ${q(container)} in pod ${q(podName)} is waiting to start - no logs yet`);
}
