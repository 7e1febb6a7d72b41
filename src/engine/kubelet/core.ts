// What the pod-worker steps (lifecycle.ts, exits.ts) need from the Kubelet: its world, node,
// runtime and network, the seeded `kubelet` random stream, timers recorded as pending actions,
// events and status writes. Kept as an interface so the steps stay plain functions.

import type { Stored } from '../api/types';
import type { Network } from '../net';
import type { ContainerRuntime } from '../runtime';
import type { Rand } from '../sim/rand';
import type { World } from '../world';
import type { ContainerRec, PodRec } from './records';

export interface KubeletCore {
  readonly world: World;
  readonly node: string;
  readonly runtime: ContainerRuntime;
  readonly net: Network;
  readonly rand: Rand;
  /** The pod as currently stored, if it still exists. */
  pod(rec: PodRec): Stored | undefined;
  /** Runs `action` for the pod (and container) after `delayMs`. */
  schedule(rec: PodRec, delayMs: number, action: string, container?: string): void;
  /** Cancels pending actions of the pod, optionally only those of one container. */
  cancel(rec: PodRec, container?: string): void;
  /** Records a kubelet event on the pod (with the container's fieldPath when given). */
  event(rec: PodRec, type: 'Normal' | 'Warning', reason: string, message: string, c?: ContainerRec): void;
  /** Writes the pod's status from the records. */
  writeStatus(rec: PodRec): void;
  /** Serialised image pulls on this node: when the puller is free. */
  pullQueue: { busyUntil: number; inflight: Record<string, number> };
}

/** `spec.containers{nginx}` / `spec.initContainers{init}`. */
export const fieldPath = (c: ContainerRec): string => `${c.init ? 'spec.initContainers' : 'spec.containers'}{${c.name}}`;
