// A pod's QoS class (k8s pkg/apis/core/helper/qos ComputePodQOS, as kubectl's util/qos.GetPodQOS
// uses it): BestEffort with no cpu/memory requests or limits, Guaranteed when every container limits
// both and requests equal limits, else Burstable. GetPodQOS prefers status.qosClass when it is set.
// Simplified: pod-level resources (beta in 1.34) are not considered.

import type { Pod } from 'kubernetes-types/core/v1';
import { compareQuantity, isQuantity, parseQuantity, type Quantity } from '../validation/quantity';

export type QOSClass = 'Guaranteed' | 'Burstable' | 'BestEffort';

const SUPPORTED = new Set(['cpu', 'memory']);

const positive = (v: unknown): Quantity | undefined => {
  const q = parseQuantity(String(v));
  return isQuantity(q) && q.nanos > 0n ? q : undefined;
};

const add = (m: Map<string, Quantity>, k: string, q: Quantity) => {
  const cur = m.get(k);
  m.set(k, cur ? { nanos: cur.nanos + q.nanos, format: cur.format } : q);
};

/** ComputePodQOS over containers and init containers. */
export function computePodQOS(pod: Pod): QOSClass {
  const requests = new Map<string, Quantity>();
  const limits = new Map<string, Quantity>();
  let guaranteed = true;
  for (const c of [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])]) {
    for (const [k, v] of Object.entries(c.resources?.requests ?? {})) {
      const q = SUPPORTED.has(k) ? positive(v) : undefined;
      if (q) add(requests, k, q);
    }
    const found = new Set<string>();
    for (const [k, v] of Object.entries(c.resources?.limits ?? {})) {
      const q = SUPPORTED.has(k) ? positive(v) : undefined;
      if (q) {
        found.add(k);
        add(limits, k, q);
      }
    }
    if (!found.has('cpu') || !found.has('memory')) guaranteed = false;
  }
  if (requests.size === 0 && limits.size === 0) return 'BestEffort';
  if (guaranteed) {
    for (const [k, req] of requests) {
      const lim = limits.get(k);
      if (!lim || compareQuantity(lim, req) !== 0) {
        guaranteed = false;
        break;
      }
    }
  }
  return guaranteed && requests.size === limits.size ? 'Guaranteed' : 'Burstable';
}

/** GetPodQOS: status.qosClass when set, else computed. */
export function podQOSClass(pod: Pod): QOSClass {
  const s = pod.status?.qosClass;
  return s === 'Guaranteed' || s === 'Burstable' || s === 'BestEffort' ? s : computePodQOS(pod);
}
