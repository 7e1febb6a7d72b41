// NodeUnschedulable filter (framework/plugins/nodeunschedulable): a cordoned node
// (spec.unschedulable) takes only pods tolerating node.kubernetes.io/unschedulable:NoSchedule.
import { success, unresolvable, type FilterPlugin } from '../framework';
import { toleratesTaint, type Taint, type Toleration } from './taint-toleration';

export const ERR_UNSCHEDULABLE = 'node(s) were unschedulable';

const UNSCHEDULABLE_TAINT: Taint = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' };

export const nodeUnschedulablePlugin: FilterPlugin = {
  name: 'NodeUnschedulable',
  filter(_state, pod, node) {
    if (!node.node.spec?.unschedulable) return success();
    const tolerations: Toleration[] = pod.spec?.tolerations ?? [];
    return tolerations.some((t) => toleratesTaint(t, UNSCHEDULABLE_TAINT)) ? success() : unresolvable(ERR_UNSCHEDULABLE);
  },
};
