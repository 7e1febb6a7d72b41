// Pod QoS class (pkg/apis/core/v1/helper/qos GetPodQOS): BestEffort when no container (init
// containers included) requests or limits CPU or memory; Guaranteed when every container has CPU
// and memory limits and its requests equal them (a missing request defaults to the limit);
// Burstable otherwise. Only cpu and memory count, as upstream (hugepages ignored here).

import { parseQuantity } from './quantity';

interface Resources {
  requests?: Record<string, string | number>;
  limits?: Record<string, string | number>;
}
interface ContainerLike {
  resources?: Resources;
}

export type QosClass = 'BestEffort' | 'Burstable' | 'Guaranteed';

export function qosClass(spec: { containers?: ContainerLike[]; initContainers?: ContainerLike[] }): QosClass {
  const all = [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
  let any = false;
  let guaranteed = true;
  for (const c of all) {
    const req = c.resources?.requests ?? {};
    const lim = c.resources?.limits ?? {};
    for (const r of ['cpu', 'memory']) {
      const hasReq = req[r] !== undefined && parseQuantity(req[r]) !== 0;
      const hasLim = lim[r] !== undefined && parseQuantity(lim[r]) !== 0;
      if (hasReq || hasLim) any = true;
      if (!hasLim) guaranteed = false;
      else if (hasReq && parseQuantity(req[r]) !== parseQuantity(lim[r])) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}
