// Builds a pod's API status from the kubelet's records (kubelet_pods.go generateAPIPodStatus +
// convertToAPIContainerStatuses): container states (waiting/running/terminated with the last
// termination), restart counts, image and imageID, containerID, started/ready, volumeMounts,
// then phase, conditions, IPs, startTime and qosClass through the pure kernels.

import type { Stored } from '../api/types';
import { podConditions, podPhase, type ContainerStatusShape } from './kernels/pod-status';
import { qosClass } from './kernels/qos';
import type { ContainerRec, PodRec, TerminatedState } from './records';

export const isoSeconds = (ms: number): string => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

function terminatedJson(t: TerminatedState): Record<string, unknown> {
  const o: Record<string, unknown> = { exitCode: t.exitCode, finishedAt: t.finishedAt, reason: t.reason, startedAt: t.startedAt ?? '1970-01-01T00:00:00Z' };
  if (t.containerID) o.containerID = t.containerID;
  if (t.message) o.message = t.message;
  return o;
}

/** The API state and lastState of a container record. */
export function containerState(c: ContainerRec, hasInit: boolean): { state: Record<string, unknown>; lastState: Record<string, unknown> } {
  const last = c.lastTerminated ? { terminated: terminatedJson(c.lastTerminated) } : {};
  switch (c.phase) {
    case 'Running':
    case 'Killing':
      return { state: { running: { startedAt: c.startedAt } }, lastState: last };
    case 'Exited':
      // A container that could not start shows RunContainerError until the back-off status.
      if (c.terminated?.reason === 'StartError') return { state: { waiting: { reason: 'RunContainerError', message: c.terminated.message } }, lastState: { terminated: terminatedJson(c.terminated) } };
      if (c.terminated) return { state: { terminated: terminatedJson(c.terminated) }, lastState: last };
      break;
    case 'CrashBackOff':
      return { state: { waiting: { ...c.waiting } }, lastState: c.terminated ? { terminated: terminatedJson(c.terminated) } : last };
    case 'Pulling':
    case 'Creating':
    case 'Starting':
      // A restart in progress still shows the exited instance until the new one runs.
      if (c.terminated) return { state: { terminated: terminatedJson(c.terminated) }, lastState: last };
      break;
    default:
      if (c.waiting) return { state: { waiting: { ...c.waiting } }, lastState: c.terminated ? { terminated: terminatedJson(c.terminated) } : last };
  }
  return { state: { waiting: { reason: hasInit ? 'PodInitializing' : 'ContainerCreating' } }, lastState: last };
}

interface SpecContainer {
  name: string;
  image?: string;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[];
}

function containerStatus(c: ContainerRec, spec: SpecContainer | undefined, hasInit: boolean): Record<string, unknown> & ContainerStatusShape {
  const { state, lastState } = containerState(c, hasInit);
  const running = c.phase === 'Running' || c.phase === 'Killing';
  const s: Record<string, unknown> = {};
  const res = spec?.resources;
  if (res && (res.requests || res.limits)) {
    if (res.requests) s.allocatedResources = { ...res.requests };
    s.resources = { ...(res.limits ? { limits: { ...res.limits } } : {}), ...(res.requests ? { requests: { ...res.requests } } : {}) };
  }
  if (c.containerId) s.containerID = `containerd://${c.containerId}`;
  s.image = c.imageRef ?? c.image;
  s.imageID = c.imageID ?? '';
  s.lastState = lastState;
  s.name = c.name;
  // A completed init container counts as ready (it will not run again).
  s.ready = c.init ? c.phase === 'Exited' && c.terminated?.exitCode === 0 : running;
  s.restartCount = c.restartCount;
  s.started = running;
  s.state = state;
  if (spec?.volumeMounts?.length) {
    s.volumeMounts = spec.volumeMounts.map((m) => ({ mountPath: m.mountPath, name: m.name, ...(m.readOnly ? { readOnly: true, recursiveReadOnly: 'Disabled' } : {}) }));
  }
  return s as Record<string, unknown> & ContainerStatusShape;
}

/** The full `status` to write for `pod`; also remembers the conditions in `rec`. */
export function buildStatus(pod: Stored, rec: PodRec, now: number): Record<string, unknown> {
  const spec = pod.spec ?? {};
  const hasInit = (spec.initContainers ?? []).length > 0;
  const specOf = (c: ContainerRec): SpecContainer | undefined =>
    ((c.init ? spec.initContainers : spec.containers) as SpecContainer[] | undefined)?.find((x) => x.name === c.name);
  const init = rec.containers.filter((c) => c.init).map((c) => containerStatus(c, specOf(c), hasInit));
  const main = rec.containers.filter((c) => !c.init).map((c) => containerStatus(c, specOf(c), hasInit));
  const allStopped = rec.containers.filter((c) => !c.init).every((c) => c.phase === 'Exited' || c.phase === 'Pending');
  const phase = podPhase(spec, init, main, (rec.deleting && allStopped) || rec.terminal);
  const generation = pod.metadata.generation;
  rec.conditions = podConditions({
    spec,
    phase,
    init,
    main,
    sandboxReady: rec.sandboxReady,
    previous: rec.conditions.length ? rec.conditions : ((pod.status?.conditions ?? []) as never[]),
    now: isoSeconds(now),
    generation,
  });
  const status: Record<string, unknown> = { conditions: rec.conditions, containerStatuses: main, hostIP: rec.hostIP, hostIPs: [{ ip: rec.hostIP }] };
  if (init.length) status.initContainerStatuses = init;
  if (generation !== undefined) status.observedGeneration = generation;
  status.phase = phase;
  if (rec.podIP) {
    status.podIP = rec.podIP;
    status.podIPs = [{ ip: rec.podIP }];
  }
  status.qosClass = qosClass(spec);
  if (rec.startTime) status.startTime = rec.startTime;
  return status;
}
