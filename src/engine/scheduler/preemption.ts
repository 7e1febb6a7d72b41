// DefaultPreemption's PostFilter (framework/preemption, plugins/defaultpreemption), pure: decides
// whether evicting lower-priority pods lets the pod fit somewhere. Nodes that failed with
// UnschedulableAndUnresolvable are "not helpful"; a node without lower-priority pods has "No
// preemption victims found for incoming pod"; otherwise all lower-priority pods are removed, the
// filters re-run, and victims are reprieved from the most important down while the pod still fits.
// The candidate is the node whose most important victim matters least, then the fewest victims.
// Simplified: no PodDisruptionBudgets, no nominated pods, no extenders.
import type { KObject } from '../api/types';
import { CycleState, nodeInfo, unresolvable, type NodeInfo, type Profile, type Status } from './framework';
import { fitErrorMessage } from './fit-error';

export const NOT_HELPFUL = 'Preemption is not helpful for scheduling';
export const NO_VICTIMS = 'No preemption victims found for incoming pod';

export type PreemptionResult =
  | { node: string; victims: KObject[]; statuses: Map<string, Status> }
  | { node?: undefined; message: string; statuses: Map<string, Status> };

export const podPriority = (p: KObject): number => (typeof p.spec?.priority === 'number' ? p.spec.priority : 0);

const isTerminatingByPreemption = (p: KObject) =>
  !!p.metadata.deletionTimestamp && (p.status?.conditions ?? []).some((c: { type: string; reason?: string }) => c.type === 'DisruptionTarget' && c.reason === 'PreemptionByScheduler');

/** Runs the filter plugins for one node, stopping at the first rejection. */
export function runFilters(state: CycleState, pod: KObject, info: NodeInfo, profile: Profile, record?: Record<string, Status>): Status {
  for (const p of profile.filter) {
    const s = p.filter(state, pod, info);
    if (record) record[p.name] = s;
    if (s.code !== 'Success') return { ...s, plugin: p.name };
  }
  return { code: 'Success', reasons: [] };
}

function selectVictims(state: CycleState, pod: KObject, info: NodeInfo, profile: Profile): { victims: KObject[] } | { status: Status } {
  const prio = podPriority(pod);
  const lower = info.pods.filter((p) => podPriority(p) < prio);
  if (lower.length === 0) return { status: unresolvable(NO_VICTIMS) };
  let kept = info.pods.filter((p) => podPriority(p) >= prio);
  const fits = (pods: KObject[]) => runFilters(state, pod, nodeInfo(info.node, pods), profile);
  const s = fits(kept);
  if (s.code !== 'Success') return { status: s };
  // Reprieve the most important first (higher priority, then earlier start).
  const ordered = [...lower].sort((a, b) => podPriority(b) - podPriority(a) || startTime(a).localeCompare(startTime(b)));
  const victims: KObject[] = [];
  for (const p of ordered) {
    if (fits([...kept, p]).code === 'Success') kept = [...kept, p];
    else victims.push(p);
  }
  return { victims };
}

const startTime = (p: KObject): string => p.status?.startTime ?? p.metadata.creationTimestamp ?? '';

/** PostFilter: a node and victims to evict, or the `0/N nodes are available: …` text of why not. */
export function preempt(pod: KObject, infos: readonly NodeInfo[], failed: ReadonlyMap<string, Status>, profile: Profile): PreemptionResult {
  const statuses = new Map<string, Status>();
  if (pod.spec?.preemptionPolicy === 'Never') return { message: 'not eligible due to preemptionPolicy=Never.', statuses };
  const nominated = pod.status?.nominatedNodeName as string | undefined;
  if (nominated && failed.get(nominated)?.code !== 'UnschedulableAndUnresolvable') {
    const onNode = infos.find((i) => i.name === nominated)?.pods ?? [];
    if (onNode.some((p) => podPriority(p) < podPriority(pod) && isTerminatingByPreemption(p))) {
      return { message: 'not eligible due to a terminating pod on the nominated node.', statuses };
    }
  }
  const candidates: { node: string; victims: KObject[] }[] = [];
  for (const info of infos) {
    const f = failed.get(info.name);
    if (!f || f.code === 'UnschedulableAndUnresolvable') {
      statuses.set(info.name, unresolvable(NOT_HELPFUL));
      continue;
    }
    const r = selectVictims(new CycleState(), pod, info, profile);
    if ('victims' in r) candidates.push({ node: info.name, victims: r.victims });
    else statuses.set(info.name, r.status);
  }
  if (candidates.length === 0) return { message: fitErrorMessage(infos.length, statuses.values()), statuses };
  const highest = (v: KObject[]) => Math.max(...v.map(podPriority), -Infinity);
  const sum = (v: KObject[]) => v.reduce((s, p) => s + podPriority(p), 0);
  candidates.sort((a, b) => highest(a.victims) - highest(b.victims) || sum(a.victims) - sum(b.victims) || a.victims.length - b.victims.length);
  return { ...candidates[0], statuses };
}
