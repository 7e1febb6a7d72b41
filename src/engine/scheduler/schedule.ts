// One scheduling cycle, pure (schedule_one.go schedulePod + findNodesThatFitPod + prioritizeNodes +
// selectHost, then RunPostFilterPlugins on failure): filter every node, score the feasible ones,
// pick the highest total (ties broken with the seeded `scheduler` stream), or explain the failure
// exactly as the FailedScheduling event words it. Each plugin's verdict for each node is returned
// so the UI can answer "why is my pod Pending?".
import type { KObject } from '../api/types';
import type { Rand } from '../sim/rand';
import { fitErrorMessage, NO_NODES_MESSAGE } from './fit-error';
import { CycleState, nodeInfo, type NodeInfo, type Profile, type Status } from './framework';
import { preempt, runFilters } from './preemption';

/**
 * v1.34 runs the DynamicResources PostFilter (DRA is on by default since 1.34) before
 * DefaultPreemption; for a pod without ResourceClaims it answers this, which the scheduler joins
 * with the preemption text: `… no new claims to deallocate, preemption: 0/2 nodes are available: …`.
 */
export const DRA_POSTFILTER_NOTE = 'no new claims to deallocate';

/** Node name → plugin name → that plugin's status (filters run until the first rejection). */
export type Verdicts = Record<string, Record<string, Status>>;

export interface ScheduleResult {
  /** The chosen node; absent when the pod does not fit anywhere. */
  node?: string;
  verdicts: Verdicts;
  /** Feasible node → score plugin → weighted score, and `total`. */
  scores?: Record<string, Record<string, number>>;
  /** The FailedScheduling message (and PodScheduled condition message) when unschedulable. */
  message?: string;
  /** When preemption found room: the node to nominate and the pods to evict (namespace/name). */
  nominate?: { node: string; victims: KObject[] };
  /** Per-node outcome of the preemption dry run. */
  preemption?: Record<string, Status>;
}

function scoreNodes(state: CycleState, pod: KObject, feasible: NodeInfo[], profile: Profile): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const n of feasible) out[n.name] = { total: 0 };
  for (const p of profile.score) {
    const raw = new Map(feasible.map((n) => [n.name, p.score(state, pod, n)]));
    p.normalize?.(raw);
    for (const [name, s] of raw) {
      out[name][p.name] = s * p.weight;
      out[name].total += s * p.weight;
    }
  }
  return out;
}

/**
 * Schedules `pod` onto one of `nodes`. `podsOnNodes` maps node name → non-terminal pods bound there
 * (see groupPodsByNode). `rand` breaks ties between equally scored nodes.
 */
export function schedulePod(pod: KObject, nodes: readonly KObject[], podsOnNodes: ReadonlyMap<string, readonly KObject[]>, profile: Profile, rand: Rand): ScheduleResult {
  if (nodes.length === 0) return { verdicts: {}, message: NO_NODES_MESSAGE };
  const state = new CycleState();
  for (const p of profile.preFilter) p.preFilter(state, pod);
  const infos = nodes.map((n) => nodeInfo(n, podsOnNodes.get(n.metadata.name ?? '') ?? []));
  const verdicts: Verdicts = {};
  const failed = new Map<string, Status>();
  const feasible: NodeInfo[] = [];
  for (const info of infos) {
    const record: Record<string, Status> = {};
    verdicts[info.name] = record;
    const s = runFilters(state, pod, info, profile, record);
    if (s.code === 'Success') feasible.push(info);
    else failed.set(info.name, s);
  }
  if (feasible.length === 1) return { node: feasible[0].name, verdicts };
  if (feasible.length > 1) {
    const scores = scoreNodes(state, pod, feasible, profile);
    const best = Math.max(...feasible.map((n) => scores[n.name].total));
    const top = feasible.filter((n) => scores[n.name].total === best);
    const node = top.length === 1 ? top[0] : top[rand.int(0, top.length - 1)];
    return { node: node.name, verdicts, scores };
  }
  const pre = preempt(pod, infos, failed, profile);
  const preemption = Object.fromEntries(pre.statuses);
  if (pre.node !== undefined) {
    return { verdicts, message: fitErrorMessage(nodes.length, failed.values()), nominate: { node: pre.node, victims: pre.victims }, preemption };
  }
  const post = `${DRA_POSTFILTER_NOTE}, preemption: ${pre.message}`;
  return { verdicts, message: fitErrorMessage(nodes.length, failed.values(), post), preemption };
}
