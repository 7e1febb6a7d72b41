// NodeResourcesFit (framework/plugins/noderesources/fit.go): Filter compares the pod's requests with
// the node's allocatable minus what pods already there request (reasons `Too many pods`,
// `Insufficient cpu`, `Insufficient memory`, `Insufficient ephemeral-storage`, `Insufficient <name>`;
// UnschedulableAndUnresolvable when the request exceeds the node's whole allocatable, so preemption
// is not tried). Score is the default LeastAllocated strategy over cpu and memory (weights 1 and 1),
// using the scheduler's non-zero defaults for containers that request nothing.
import type { KObject } from '../../api/types';
import { podRequests, success, type CycleState, type FilterPlugin, type NodeInfo, type PreFilterPlugin, type Resources, type ScorePlugin, type Status } from '../framework';

const STATE_KEY = 'PreFilterNodeResourcesFit';

const requestsOf = (state: CycleState, pod: KObject): Resources => state.read<Resources>(STATE_KEY) ?? podRequests(pod);

export const nodeResourcesFitPreFilter: PreFilterPlugin = {
  name: 'NodeResourcesFit',
  preFilter(state, pod) {
    state.write(STATE_KEY, podRequests(pod));
  },
};

interface Insufficient {
  reason: string;
  unresolvable: boolean;
}

/** fitsRequest: every resource the pod cannot get on this node. */
export function insufficientResources(req: Resources, node: NodeInfo): Insufficient[] {
  const out: Insufficient[] = [];
  const a = node.allocatable;
  const used = node.requested;
  if (node.pods.length + 1 > a.pods) out.push({ reason: 'Too many pods', unresolvable: false });
  const scalars = Object.entries(req.scalar).filter(([, v]) => v > 0);
  if (req.milliCPU === 0 && req.memory === 0 && req.ephemeralStorage === 0 && scalars.length === 0) return out;
  const check = (want: number, alloc: number, inUse: number, name: string) => {
    if (want > 0 && want > alloc - inUse) out.push({ reason: `Insufficient ${name}`, unresolvable: want > alloc });
  };
  check(req.milliCPU, a.milliCPU, used.milliCPU, 'cpu');
  check(req.memory, a.memory, used.memory, 'memory');
  check(req.ephemeralStorage, a.ephemeralStorage, used.ephemeralStorage, 'ephemeral-storage');
  for (const [name, want] of scalars) check(want, a.scalar[name] ?? 0, used.scalar[name] ?? 0, name);
  return out;
}

export const nodeResourcesFitFilter: FilterPlugin = {
  name: 'NodeResourcesFit',
  filter(state, pod, node): Status {
    const missing = insufficientResources(requestsOf(state, pod), node);
    if (missing.length === 0) return success();
    const code = missing.some((m) => m.unresolvable) ? 'UnschedulableAndUnresolvable' : 'Unschedulable';
    return { code, reasons: missing.map((m) => m.reason) };
  },
};

/** LeastAllocated for one resource: the share left free after placing the pod, 0‥100. */
function leastAllocated(requested: number, capacity: number): number {
  if (capacity === 0 || requested > capacity) return 0;
  return Math.floor(((capacity - requested) * 100) / capacity);
}

export const nodeResourcesFitScore: ScorePlugin = {
  name: 'NodeResourcesFit',
  weight: 1,
  score(_state, pod, node) {
    const want = podRequests(pod, true);
    const cpu = leastAllocated(node.nonZeroRequested.milliCPU + want.milliCPU, node.allocatable.milliCPU);
    const mem = leastAllocated(node.nonZeroRequested.memory + want.memory, node.allocatable.memory);
    return Math.floor((cpu + mem) / 2);
  },
};

/** NodeResourcesBalancedAllocation: prefers nodes whose cpu and memory fractions stay close (weight 1). */
export const balancedAllocationScore: ScorePlugin = {
  name: 'NodeResourcesBalancedAllocation',
  weight: 1,
  score(_state, pod, node) {
    const want = podRequests(pod, true);
    const frac = (used: number, cap: number) => (cap === 0 ? 1 : Math.min(1, used / cap));
    const c = frac(node.nonZeroRequested.milliCPU + want.milliCPU, node.allocatable.milliCPU);
    const m = frac(node.nonZeroRequested.memory + want.memory, node.allocatable.memory);
    const std = Math.abs(c - m) / 2;
    return Math.floor((1 - std) * 100);
  },
};
