// The kube-scheduler framework in miniature (pkg/scheduler/framework): plugin interfaces for the
// PreFilter, Filter and Score extension points, the Status codes plugins answer with, the per-cycle
// state they share, and NodeInfo (a node with the pods on it and the sums of their requests).
// Simplified: no Reserve/Permit/Bind extension points, no nominated pods in filters, no
// pod overhead, no image or volume state.

import type { KObject } from '../api/types';
import { intValue, milliValue } from './quantity';

/** Status codes as framework.Code. */
export type Code = 'Success' | 'Unschedulable' | 'UnschedulableAndUnresolvable' | 'Error';

/** A plugin's answer: a code and the reasons shown in FailedScheduling messages. */
export interface Status {
  code: Code;
  reasons: string[];
  /** The plugin that answered (filled in by the framework). */
  plugin?: string;
}

export const success = (): Status => ({ code: 'Success', reasons: [] });
export const unschedulable = (...reasons: string[]): Status => ({ code: 'Unschedulable', reasons });
export const unresolvable = (...reasons: string[]): Status => ({ code: 'UnschedulableAndUnresolvable', reasons });
export const isRejected = (s: Status): boolean => s.code === 'Unschedulable' || s.code === 'UnschedulableAndUnresolvable';

/** Data plugins compute once per scheduling cycle (e.g. the pod's requests) and read back later. */
export class CycleState {
  private data = new Map<string, unknown>();
  read<T>(key: string): T | undefined {
    return this.data.get(key) as T | undefined;
  }
  write(key: string, value: unknown): void {
    this.data.set(key, value);
  }
}

/** Resource amounts as the scheduler counts them: milli-CPU, bytes, pods, extended resources. */
export interface Resources {
  milliCPU: number;
  memory: number;
  ephemeralStorage: number;
  pods: number;
  scalar: Record<string, number>;
}

export const emptyResources = (): Resources => ({ milliCPU: 0, memory: 0, ephemeralStorage: 0, pods: 0, scalar: {} });

/** A node and what is already placed on it (terminal pods excluded, as the scheduler cache does). */
export interface NodeInfo {
  name: string;
  node: KObject;
  pods: KObject[];
  allocatable: Resources;
  requested: Resources;
  /** Requests with the scheduler's defaults for containers that request nothing (for scoring). */
  nonZeroRequested: Resources;
}

export interface Plugin {
  name: string;
}

export interface PreFilterPlugin extends Plugin {
  preFilter(state: CycleState, pod: KObject): Status | void;
}

export interface FilterPlugin extends Plugin {
  filter(state: CycleState, pod: KObject, node: NodeInfo): Status;
}

export interface ScorePlugin extends Plugin {
  /** Multiplies the normalized score (TaintToleration 3, NodeAffinity 2, …, as the default profile). */
  weight: number;
  score(state: CycleState, pod: KObject, node: NodeInfo): number;
  /** Maps raw scores to 0‥100 in place (NormalizeScore); absent when scores are already 0‥100. */
  normalize?(scores: Map<string, number>): void;
}

/** The plugins of a scheduling profile, in the order the default profile runs them. */
export interface Profile {
  preFilter: PreFilterPlugin[];
  filter: FilterPlugin[];
  score: ScorePlugin[];
}

const MAX_NODE_SCORE = 100;

/** DefaultNormalizeScore: scales to 0‥100 by the maximum; `reverse` turns "fewer is better" around. */
export function defaultNormalize(scores: Map<string, number>, reverse: boolean): void {
  let max = 0;
  for (const v of scores.values()) max = Math.max(max, v);
  for (const [k, v] of scores) {
    let s = max === 0 ? 0 : Math.floor((MAX_NODE_SCORE * v) / max);
    if (reverse) s = max === 0 ? MAX_NODE_SCORE : MAX_NODE_SCORE - s;
    scores.set(k, s);
  }
}

/** Scheduler defaults for containers without requests (schedutil.DefaultMilliCPURequest / DefaultMemoryRequest). */
export const DEFAULT_MILLI_CPU_REQUEST = 100;
export const DEFAULT_MEMORY_REQUEST = 200 * 1024 * 1024;

type ResourceList = Record<string, string | number> | undefined;

function addList(r: Resources, list: ResourceList, nonZero: boolean): void {
  const l = list ?? {};
  for (const [name, q] of Object.entries(l)) {
    if (name === 'cpu') r.milliCPU += milliValue(q);
    else if (name === 'memory') r.memory += intValue(q);
    else if (name === 'ephemeral-storage') r.ephemeralStorage += intValue(q);
    else if (name === 'pods') r.pods += intValue(q);
    else if (name.includes('/') || name.startsWith('hugepages-')) r.scalar[name] = (r.scalar[name] ?? 0) + intValue(q);
  }
  if (nonZero) {
    if (l.cpu === undefined) r.milliCPU += DEFAULT_MILLI_CPU_REQUEST;
    if (l.memory === undefined) r.memory += DEFAULT_MEMORY_REQUEST;
  }
}

function maxInto(r: Resources, o: Resources): void {
  r.milliCPU = Math.max(r.milliCPU, o.milliCPU);
  r.memory = Math.max(r.memory, o.memory);
  r.ephemeralStorage = Math.max(r.ephemeralStorage, o.ephemeralStorage);
  for (const [k, v] of Object.entries(o.scalar)) r.scalar[k] = Math.max(r.scalar[k] ?? 0, v);
}

function sumInto(r: Resources, o: Resources): void {
  r.milliCPU += o.milliCPU;
  r.memory += o.memory;
  r.ephemeralStorage += o.ephemeralStorage;
  r.pods += o.pods;
  for (const [k, v] of Object.entries(o.scalar)) r.scalar[k] = (r.scalar[k] ?? 0) + v;
}

/**
 * A pod's effective requests (resourcehelper.PodRequests): the sum over containers and sidecar
 * (restartPolicy Always) init containers, or the largest regular init container if that is larger.
 * With `nonZero`, containers without a cpu/memory request count the scheduler's defaults.
 */
export function podRequests(pod: KObject, nonZero = false): Resources {
  // A stored pod's spec never changes in place (writes replace the object), so its requests are
  // computed once per spec: every scheduling cycle sums all pods of every node.
  const spec = pod.spec as object | undefined;
  if (!spec) return computePodRequests(pod, nonZero);
  let cached = REQUESTS.get(spec);
  if (!cached) REQUESTS.set(spec, (cached = {}));
  const key = nonZero ? 'nonZero' : 'plain';
  return (cached[key] ??= Object.freeze(computePodRequests(pod, nonZero)) as Resources);
}

const REQUESTS = new WeakMap<object, { plain?: Resources; nonZero?: Resources }>();

function computePodRequests(pod: KObject, nonZero: boolean): Resources {
  const sum = emptyResources();
  for (const c of pod.spec?.containers ?? []) addList(sum, c.resources?.requests, nonZero);
  const init = emptyResources();
  const sidecars = emptyResources();
  for (const c of pod.spec?.initContainers ?? []) {
    const one = emptyResources();
    addList(one, c.resources?.requests, nonZero);
    if (c.restartPolicy === 'Always') {
      sumInto(sidecars, one);
    } else {
      sumInto(one, sidecars);
      maxInto(init, one);
    }
  }
  sumInto(sum, sidecars);
  maxInto(sum, init);
  return sum;
}

/** Node allocatable as Resources. */
export function allocatableOf(node: KObject): Resources {
  const r = emptyResources();
  addList(r, node.status?.allocatable, false);
  return r;
}

const TERMINAL = new Set(['Succeeded', 'Failed']);

/** Pods that occupy their node in the scheduler's eyes: bound and not terminal. */
export function occupiesNode(pod: KObject): boolean {
  return !!pod.spec?.nodeName && !TERMINAL.has(pod.status?.phase);
}

/** Groups pods by the node they are bound to, leaving out terminal ones. */
export function groupPodsByNode(pods: readonly KObject[]): Map<string, KObject[]> {
  const m = new Map<string, KObject[]>();
  for (const p of pods) {
    if (!occupiesNode(p)) continue;
    const n = p.spec.nodeName as string;
    const list = m.get(n);
    if (list) list.push(p);
    else m.set(n, [p]);
  }
  return m;
}

/** Builds the NodeInfo of `node` with `pods` on it. */
export function nodeInfo(node: KObject, pods: readonly KObject[]): NodeInfo {
  const requested = emptyResources();
  const nonZeroRequested = emptyResources();
  for (const p of pods) {
    sumInto(requested, podRequests(p));
    sumInto(nonZeroRequested, podRequests(p, true));
  }
  return { name: node.metadata.name ?? '', node, pods: [...pods], allocatable: allocatableOf(node), requested, nonZeroRequested };
}
