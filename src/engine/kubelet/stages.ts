// The kubelet's lifecycle as data (kwok-style stages): how long each step takes, how much it
// varies, which annotation overrides it, and which container-state transitions exist. The pod
// worker (lifecycle.ts) only moves a container along a row of TRANSITIONS and waits as STAGES says.
//
// Per-pod overrides (annotations on the Pod, in seconds, decimals allowed):
//   podlab.dev/sandbox-seconds  time from admission to the sandbox (pod IP) being ready
//   podlab.dev/pull-seconds     every image pull of the pod takes this long (including failures)
//   podlab.dev/create-seconds   time from image present to `Created`
//   podlab.dev/start-seconds    time from `Created` to `Started`
//   podlab.dev/jitter: "0"      no jitter for this pod (exact, repeatable timings for lessons)
// Delays draw their jitter from the seeded `kubelet` random stream.

import type { Rand } from '../sim/rand';

export interface Stage {
  description: string;
  /** Base delay, ms. */
  delayMs: number;
  /** Uniform jitter: ± this fraction of the base. */
  jitter: number;
  /** Annotation whose value (seconds) replaces the delay. */
  annotation?: string;
}

export const STAGES = {
  admit: { description: 'the kubelet sees the bound pod: Pending, ContainerCreating, hostIP and startTime', delayMs: 100, jitter: 0.5 },
  sandbox: { description: 'RunPodSandbox + CNI ADD: the pod gets its IP; PodReadyToStartContainers', delayMs: 800, jitter: 0.4, annotation: 'podlab.dev/sandbox-seconds' },
  pullResolve: { description: 'registry round trip before the layers (and the time a failing pull takes)', delayMs: 900, jitter: 0.5, annotation: 'podlab.dev/pull-seconds' },
  pullCached: { description: 'a pull of an image already on the node (policy Always): manifest check only', delayMs: 700, jitter: 0.4 },
  pullBackOffStatus: { description: 'the next sync after a failed pull reports ImagePullBackOff', delayMs: 1500, jitter: 0.5 },
  mountRetry: { description: 'retry of a volume whose ConfigMap/Secret is missing (FailedMount)', delayMs: 2000, jitter: 0.2 },
  configRetry: { description: 'retry of a container whose env references are missing (CreateContainerConfigError)', delayMs: 10_000, jitter: 0.3 },
  create: { description: 'CreateContainer: the `Created` event', delayMs: 150, jitter: 0.5, annotation: 'podlab.dev/create-seconds' },
  start: { description: 'StartContainer: the `Started` event, state running, ready (no probes)', delayMs: 300, jitter: 0.5, annotation: 'podlab.dev/start-seconds' },
  exitObserved: { description: 'PLEG relist notices a container started or exited (status written then)', delayMs: 500, jitter: 1 },
  crashBackOffStatus: { description: 'the sync after an exit that is held back reports CrashLoopBackOff', delayMs: 800, jitter: 0.5 },
  deleteAfterStop: { description: 'the status manager deletes a terminated pod (grace 0)', delayMs: 300, jitter: 0.5 },
} satisfies Record<string, Stage>;

export type StageName = keyof typeof STAGES;

/** Pull throughput range (bytes/s) for a fresh pull; nginx (72 MB) takes 3–6 s. */
export const PULL_BYTES_PER_SECOND: [number, number] = [12_000_000, 24_000_000];

/** A container as the pod worker sees it. */
export type ContainerPhase =
  | 'Pending' // not reached yet: waiting ContainerCreating / PodInitializing
  | 'Pulling'
  | 'PullFailed' // ErrImagePull
  | 'PullBackOff' // ImagePullBackOff
  | 'ConfigError' // CreateContainerConfigError
  | 'InvalidImage' // InvalidImageName
  | 'Creating'
  | 'Starting'
  | 'Running'
  | 'Exited'
  | 'CrashBackOff' // CrashLoopBackOff
  | 'Killing';

/** Allowed transitions; the pod worker throws on anything else (a bug, not a user error). */
export const TRANSITIONS: Record<ContainerPhase, ContainerPhase[]> = {
  Pending: ['Pulling', 'Creating', 'ConfigError', 'InvalidImage', 'Killing', 'Exited'],
  Pulling: ['Creating', 'PullFailed', 'Pulling', 'InvalidImage', 'Killing'],
  PullFailed: ['PullBackOff', 'Pulling', 'InvalidImage', 'Creating', 'ConfigError', 'Killing'],
  PullBackOff: ['Pulling', 'InvalidImage', 'Creating', 'ConfigError', 'Killing'],
  ConfigError: ['Creating', 'Pulling', 'ConfigError', 'InvalidImage', 'Killing'],
  InvalidImage: ['Pulling', 'Creating', 'ConfigError', 'InvalidImage', 'Killing'],
  Creating: ['Starting', 'ConfigError', 'Killing'],
  Starting: ['Running', 'Exited', 'Killing'],
  Running: ['Exited', 'Killing'],
  Exited: ['Pulling', 'Creating', 'CrashBackOff', 'ConfigError', 'InvalidImage', 'PullFailed', 'Killing', 'Exited'],
  CrashBackOff: ['Pulling', 'Creating', 'ConfigError', 'InvalidImage', 'PullFailed', 'Killing'],
  Killing: ['Exited'],
};

export type PodAnnotations = Record<string, string> | undefined;

/** The delay of `stage` for a pod: its annotation override, else the base with seeded jitter. */
export function stageDelay(stage: StageName, annotations: PodAnnotations, rand: Rand): number {
  const s: Stage = STAGES[stage];
  const o = s.annotation && annotations?.[s.annotation];
  if (o !== undefined && o !== '' && !Number.isNaN(Number(o))) return Math.round(Number(o) * 1000);
  if (annotations?.['podlab.dev/jitter'] === '0') return s.delayMs;
  return Math.max(0, rand.jitter(s.delayMs, s.jitter));
}

/** Time to pull `size` bytes fresh: resolve + transfer, or the pod's pull-seconds override. */
export function pullDelay(size: number, annotations: PodAnnotations, rand: Rand): number {
  const o = annotations?.['podlab.dev/pull-seconds'];
  if (o !== undefined && o !== '' && !Number.isNaN(Number(o))) return Math.round(Number(o) * 1000);
  const noJitter = annotations?.['podlab.dev/jitter'] === '0';
  const [lo, hi] = PULL_BYTES_PER_SECOND;
  const rate = noJitter ? (lo + hi) / 2 : lo + rand.next() * (hi - lo);
  const resolve = noJitter ? STAGES.pullResolve.delayMs / 2 : rand.int(200, 600);
  return Math.round(resolve + (size / rate) * 1000);
}
