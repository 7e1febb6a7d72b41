// The kubelet's memory of the pods on its node: plain JSON (saved with the sandbox), from which
// the API status is rebuilt on every write. Timers are recorded as pending actions with absolute
// due times, so a loaded sandbox re-arms them exactly.

import type { BackoffEntry } from './kernels/backoff';
import type { PodCondition } from './kernels/pod-status';
import type { ContainerPhase } from './stages';

export interface TerminatedState {
  exitCode: number;
  reason: string;
  message?: string;
  /** ISO seconds. */
  startedAt?: string;
  finishedAt: string;
  containerID?: string;
  /** epoch ms, for back-off arithmetic. */
  finishedAtMs: number;
}

export interface ContainerRec {
  name: string;
  init: boolean;
  phase: ContainerPhase;
  /** The image as written in the spec (`nginx`), for events. */
  image: string;
  /** Normalised reference once known (`docker.io/library/nginx:latest`). */
  imageRef?: string;
  /** `docker.io/library/nginx@sha256:…` once pulled. */
  imageID?: string;
  waiting?: { reason: string; message?: string };
  /** Running since (ISO seconds). */
  startedAt?: string;
  terminated?: TerminatedState;
  lastTerminated?: TerminatedState;
  restartCount: number;
  /** Runtime container id of the current (or last) instance. */
  containerId?: string;
  /** Instances started so far (restartCount = started − 1 once running again). */
  starts: number;
  crashBackoff?: BackoffEntry;
  pullBackoff?: BackoffEntry;
  /** The last pull error, `ErrImagePull: rpc error: …`, shown in the ImagePullBackOff message. */
  lastPullError?: string;
  /** The pull in progress: when it was requested and how long the transfer itself takes. */
  pull?: { requestedAt: number; durationMs: number };
  /** An exit reported by the runtime, waiting for the PLEG relist to notice it. */
  exit?: { exitCode: number; reason: string; message?: string; startedAt?: number; finishedAt: number; id: string };
  /** The spec changed (image): restart at once with the new definition after this instance stops. */
  replace?: boolean;
}

export interface PendingAction {
  id: number;
  /** Due time, epoch ms. */
  at: number;
  action: string;
  container?: string;
}

export interface PodRec {
  uid: string;
  namespace: string;
  name: string;
  /** Status written yet (admitted). */
  admitted: boolean;
  sandboxReady: boolean;
  podIP?: string;
  hostIP: string;
  startTime?: string;
  containers: ContainerRec[];
  /** The container being brought up by the sequential start pipeline, if any. */
  starting?: string;
  /** Volumes whose source is missing, as of the last mount attempt. */
  mountRetries: number;
  deleting: boolean;
  /** The pod reached Succeeded/Failed: nothing restarts, the sandbox is gone. */
  terminal: boolean;
  conditions: PodCondition[];
  pending: PendingAction[];
}
