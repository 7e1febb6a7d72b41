// NodeName filter (framework/plugins/nodename): a pod that names a node fits only that node.
import { success, unresolvable, type FilterPlugin } from '../framework';

export const ERR_NODE_NAME = "node(s) didn't match the requested node name";

export const nodeNamePlugin: FilterPlugin = {
  name: 'NodeName',
  filter(_state, pod, node) {
    const want = pod.spec?.nodeName;
    return !want || want === node.name ? success() : unresolvable(ERR_NODE_NAME);
  },
};
