// The default scheduling profile (pkg/scheduler/apis/config/v1/default_plugins.go), restricted to the
// plugins the simulation models, in upstream order: Filter NodeUnschedulable, NodeName,
// TaintToleration, NodeAffinity, NodeResourcesFit; Score TaintToleration (3), NodeAffinity (2),
// NodeResourcesFit (1), NodeResourcesBalancedAllocation (1).
import type { Profile } from '../framework';
import { nodeAffinityFilter, nodeAffinityScore } from './node-affinity';
import { nodeNamePlugin } from './node-name';
import { balancedAllocationScore, nodeResourcesFitFilter, nodeResourcesFitPreFilter, nodeResourcesFitScore } from './node-resources-fit';
import { nodeUnschedulablePlugin } from './node-unschedulable';
import { taintTolerationFilter, taintTolerationScore } from './taint-toleration';

export function defaultProfile(): Profile {
  return {
    preFilter: [nodeResourcesFitPreFilter],
    filter: [nodeUnschedulablePlugin, nodeNamePlugin, taintTolerationFilter, nodeAffinityFilter, nodeResourcesFitFilter],
    score: [taintTolerationScore, nodeAffinityScore, nodeResourcesFitScore, balancedAllocationScore],
  };
}
