// NodeAffinity (framework/plugins/nodeaffinity): Filter requires spec.nodeSelector and the required
// node affinity terms (matchExpressions on labels, matchFields on metadata.name; terms ORed) to
// match; Score sums the weights of matching preferred terms, normalized to 0‥100 (weight 2).
import type { KObject } from '../../api/types';
import { defaultNormalize, success, unresolvable, type FilterPlugin, type ScorePlugin } from '../framework';

export const ERR_NODE_AFFINITY = "node(s) didn't match Pod's node affinity/selector";

interface Requirement {
  key: string;
  operator: string;
  values?: string[];
}
interface Term {
  matchExpressions?: Requirement[];
  matchFields?: Requirement[];
}

function matchesRequirement(r: Requirement, value: string | undefined): boolean {
  const vals = r.values ?? [];
  switch (r.operator) {
    case 'In':
      return value !== undefined && vals.includes(value);
    case 'NotIn':
      return value === undefined || !vals.includes(value);
    case 'Exists':
      return value !== undefined;
    case 'DoesNotExist':
      return value === undefined;
    case 'Gt':
    case 'Lt': {
      if (value === undefined || vals.length !== 1) return false;
      const a = Number.parseInt(value, 10);
      const b = Number.parseInt(vals[0], 10);
      if (Number.isNaN(a) || Number.isNaN(b)) return false;
      return r.operator === 'Gt' ? a > b : a < b;
    }
    default:
      return false;
  }
}

/** A node selector term: every expression and field requirement holds; an empty term matches nothing. */
export function matchesTerm(term: Term, node: KObject): boolean {
  const exprs = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (exprs.length === 0 && fields.length === 0) return false;
  const labels = node.metadata.labels ?? {};
  const label = (k: string) => (Object.prototype.hasOwnProperty.call(labels, k) ? labels[k] : undefined);
  return (
    exprs.every((r) => matchesRequirement(r, label(r.key))) &&
    fields.every((r) => r.key === 'metadata.name' && matchesRequirement(r, node.metadata.name))
  );
}

/** Whether the pod's nodeSelector and required node affinity both accept the node. */
export function podMatchesNode(pod: KObject, node: KObject): boolean {
  const labels = node.metadata.labels ?? {};
  for (const [k, v] of Object.entries((pod.spec?.nodeSelector ?? {}) as Record<string, string>)) if (labels[k] !== v) return false;
  const terms: Term[] | undefined = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  if (terms === undefined) return true;
  return terms.some((t) => matchesTerm(t, node));
}

export const nodeAffinityFilter: FilterPlugin = {
  name: 'NodeAffinity',
  filter(_state, pod, node) {
    return podMatchesNode(pod, node.node) ? success() : unresolvable(ERR_NODE_AFFINITY);
  },
};

export const nodeAffinityScore: ScorePlugin = {
  name: 'NodeAffinity',
  weight: 2,
  score(_state, pod, node) {
    const prefs: { weight: number; preference: Term }[] = pod.spec?.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? [];
    return prefs.reduce((sum, p) => (matchesTerm(p.preference, node.node) ? sum + p.weight : sum), 0);
  },
  normalize: (scores) => defaultNormalize(scores, false),
};
