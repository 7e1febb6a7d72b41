// TaintToleration (framework/plugins/tainttoleration): Filter rejects a node with a NoSchedule or
// NoExecute taint the pod does not tolerate, naming the first such taint as v1.34.1 does
// (`node(s) had untolerated taint {key: value}`; later patch releases hide key and value);
// Score prefers nodes with fewer untolerated PreferNoSchedule taints (weight 3).
import { defaultNormalize, success, unresolvable, type FilterPlugin, type ScorePlugin } from '../framework';

export interface Taint {
  key: string;
  value?: string;
  effect: string;
}

export interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
  tolerationSeconds?: number;
}

/** v1.Toleration.ToleratesTaint. */
export function toleratesTaint(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  if (t.operator === 'Exists') return true;
  if (t.operator && t.operator !== 'Equal') return false;
  return (t.value ?? '') === (taint.value ?? '');
}

/** The first taint passing `filter` that no toleration tolerates (FindMatchingUntoleratedTaint). */
export function findUntoleratedTaint(taints: readonly Taint[], tolerations: readonly Toleration[], filter: (t: Taint) => boolean): Taint | undefined {
  return taints.find((taint) => filter(taint) && !tolerations.some((t) => toleratesTaint(t, taint)));
}

const doNotSchedule = (t: Taint) => t.effect === 'NoSchedule' || t.effect === 'NoExecute';

export const taintTolerationFilter: FilterPlugin = {
  name: 'TaintToleration',
  filter(_state, pod, node) {
    const taint = findUntoleratedTaint(node.node.spec?.taints ?? [], pod.spec?.tolerations ?? [], doNotSchedule);
    return taint ? unresolvable(`node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`) : success();
  },
};

export const taintTolerationScore: ScorePlugin = {
  name: 'TaintToleration',
  weight: 3,
  score(_state, pod, node) {
    const tolerations: Toleration[] = (pod.spec?.tolerations ?? []).filter((t: Toleration) => !t.effect || t.effect === 'PreferNoSchedule');
    const taints: Taint[] = node.node.spec?.taints ?? [];
    return taints.filter((taint) => taint.effect === 'PreferNoSchedule' && !tolerations.some((t) => toleratesTaint(t, taint))).length;
  },
  normalize: (scores) => defaultNormalize(scores, true),
};
