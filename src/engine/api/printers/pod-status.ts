// The READY, STATUS and RESTARTS cells of `kubectl get pods`: printers.go printPod (k8s v1.34),
// ported as a pure function of the pod and the simulated now. Includes sidecar (restartable init
// container) counting, Init:<reason>/Init:i/n, the Completed→Running/NotReady correction,
// Terminating/Unknown, and the `5 (2m10s ago)` restarts suffix (only when restarts ≠ 0).
// Nothing simplified: the table row "conditions" (Succeeded/Failed) are not cells and are omitted.

import type { Container, ContainerStatus, Pod, PodCondition } from 'kubernetes-types/core/v1';
import { translateTimestampSince } from './duration';

/** The three computed cells of a pod row. */
export interface PodStatusCells {
  /** `ready/total`, e.g. `1/1`, `0/2`. */
  ready: string;
  /** The STATUS cell: `Running`, `ContainerCreating`, `Init:0/1`, `CrashLoopBackOff`, `Terminating`, … */
  status: string;
  /** `0`, `3`, or `5 (2m10s ago)`. */
  restarts: string;
}

/** The pod's node was lost (node lifecycle controller); printers.go shows such deleting pods as Unknown. */
const NODE_UNREACHABLE_REASON = 'NodeLost';

const isRestartableInit = (c: Container | undefined): boolean => c?.restartPolicy === 'Always';

const conditionTrue = (conds: readonly PodCondition[] | undefined, type: string): boolean => {
  for (const c of conds ?? []) if (c.type === type) return c.status === 'True';
  return false;
};

const hasReadyCondition = (conds: readonly PodCondition[] | undefined): boolean =>
  (conds ?? []).some((c) => c.type === 'Ready' && c.status === 'True');

/** Latest of two RFC 3339 times (either may be missing). */
const later = (a: string | undefined, b: string | undefined): string | undefined => {
  if (!b) return a;
  if (!a) return b;
  return Date.parse(b) > Date.parse(a) ? b : a;
};

const lastFinished = (s: ContainerStatus): string | undefined => s.lastState?.terminated?.finishedAt;

/** Computes READY, STATUS and RESTARTS for a pod at `nowMs`, exactly as printPod does. */
export function podStatusCells(pod: Pod, nowMs: number): PodStatusCells {
  const spec = pod.spec;
  const status = pod.status ?? {};
  let restarts = 0;
  let sidecarRestarts = 0;
  let totalContainers = spec?.containers?.length ?? 0;
  let readyContainers = 0;
  let lastRestart: string | undefined;
  let lastSidecarRestart: string | undefined;

  const phase = status.phase ?? '';
  let reason: string = status.reason ? status.reason : phase;

  for (const c of status.conditions ?? []) {
    if (c.type === 'PodScheduled' && c.reason === 'SchedulingGated') reason = 'SchedulingGated';
  }

  const initByName = new Map<string, Container>();
  for (const c of spec?.initContainers ?? []) {
    initByName.set(c.name, c);
    if (isRestartableInit(c)) totalContainers++;
  }

  let initializing = false;
  const initStatuses = status.initContainerStatuses ?? [];
  for (let i = 0; i < initStatuses.length; i++) {
    const c = initStatuses[i]!;
    const sidecar = isRestartableInit(initByName.get(c.name));
    restarts += c.restartCount ?? 0;
    lastRestart = later(lastRestart, lastFinished(c));
    if (sidecar) {
      sidecarRestarts += c.restartCount ?? 0;
      lastSidecarRestart = later(lastSidecarRestart, lastFinished(c));
    }
    const term = c.state?.terminated;
    const waiting = c.state?.waiting;
    if (term && (term.exitCode ?? 0) === 0) continue;
    if (sidecar && c.started === true) {
      if (c.ready) readyContainers++;
      continue;
    }
    if (term) {
      // initialization failed
      if (!term.reason) {
        reason = term.signal ? `Init:Signal:${term.signal}` : `Init:ExitCode:${term.exitCode ?? 0}`;
      } else {
        reason = `Init:${term.reason}`;
      }
    } else if (waiting && waiting.reason && waiting.reason !== 'PodInitializing') {
      reason = `Init:${waiting.reason}`;
    } else {
      reason = `Init:${i}/${spec?.initContainers?.length ?? 0}`;
    }
    initializing = true;
    break;
  }

  if (!initializing || conditionTrue(status.conditions, 'Initialized')) {
    restarts = sidecarRestarts;
    lastRestart = lastSidecarRestart;
    let hasRunning = false;
    const statuses = status.containerStatuses ?? [];
    // Last to first, so the first container's state wins.
    for (let i = statuses.length - 1; i >= 0; i--) {
      const c = statuses[i]!;
      restarts += c.restartCount ?? 0;
      lastRestart = later(lastRestart, lastFinished(c));
      const waiting = c.state?.waiting;
      const term = c.state?.terminated;
      if (waiting && waiting.reason) {
        reason = waiting.reason;
      } else if (term && term.reason) {
        reason = term.reason;
      } else if (term) {
        reason = term.signal ? `Signal:${term.signal}` : `ExitCode:${term.exitCode ?? 0}`;
      } else if (c.ready && c.state?.running) {
        hasRunning = true;
        readyContainers++;
      }
    }
    // A container is still running: the pod is not Completed yet.
    if (reason === 'Completed' && hasRunning) {
      reason = hasReadyCondition(status.conditions) ? 'Running' : 'NotReady';
    }
  }

  const deleting = !!pod.metadata?.deletionTimestamp;
  if (deleting && status.reason === NODE_UNREACHABLE_REASON) {
    reason = 'Unknown';
  } else if (deleting && phase !== 'Succeeded' && phase !== 'Failed') {
    reason = 'Terminating';
  }

  let restartsCell = String(restarts);
  if (restarts !== 0 && lastRestart) {
    restartsCell = `${restarts} (${translateTimestampSince(lastRestart, nowMs)} ago)`;
  }
  return { ready: `${readyContainers}/${totalContainers}`, status: reason, restarts: restartsCell };
}

/** The wide READINESS GATES cell: `<none>` or `trueCount/total`. */
export function readinessGatesCell(pod: Pod): string {
  const gates = pod.spec?.readinessGates ?? [];
  if (gates.length === 0) return '<none>';
  let ok = 0;
  for (const g of gates) {
    const c = (pod.status?.conditions ?? []).find((x) => x.type === g.conditionType);
    if (c?.status === 'True') ok++;
  }
  return `${ok}/${gates.length}`;
}
