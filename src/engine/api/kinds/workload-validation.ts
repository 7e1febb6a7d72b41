// Validation shared by the apps/v1 workloads: the spec rules of k8s pkg/apis/apps/validation
// (ValidateDeploymentSpec, ValidateReplicaSetSpec, ValidateDaemonSetSpec, from ../validation/workload)
// plus what the Update variants add: the selector is immutable (`field is immutable`, the bad value
// rendered as JSON as in 1.34).

import type { FieldError } from '../errors';
import type { KObject, Stored } from '../types';
import { validateDaemonSetSpec, validateDeploymentSpec, validateReplicaSetSpec } from '../validation/workload';

export interface WorkloadKind {
  kind: 'Deployment' | 'ReplicaSet' | 'DaemonSet';
}

const json = (v: unknown) => JSON.stringify(v ?? null);

/** Spec errors for a workload (and, on update, its immutable selector). */
export function workloadErrors(obj: KObject, old: Stored | undefined, k: WorkloadKind): FieldError[] {
  const spec = obj.spec ?? {};
  const errs =
    k.kind === 'Deployment'
      ? validateDeploymentSpec(spec, 'spec')
      : k.kind === 'ReplicaSet'
        ? validateReplicaSetSpec(spec, 'spec')
        : validateDaemonSetSpec(spec, 'spec');
  if (old && json(old.spec?.selector) !== json(spec.selector)) {
    const sel = spec.selector ?? {};
    const badValue: Record<string, unknown> = {};
    if (sel.matchLabels && Object.keys(sel.matchLabels).length) {
      badValue.matchLabels = Object.fromEntries(Object.keys(sel.matchLabels).sort().map((key) => [key, sel.matchLabels[key]]));
    }
    if (sel.matchExpressions?.length) badValue.matchExpressions = sel.matchExpressions;
    errs.push({ type: 'Invalid value', field: 'spec.selector', badValue, detail: 'field is immutable' });
  }
  return errs;
}
