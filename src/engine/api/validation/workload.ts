// Deployment / ReplicaSet / DaemonSet spec validation as kube-apiserver v1.34 words it
// (pkg/apis/apps/validation/validation.go: ValidateDeploymentSpec, ValidateReplicaSetSpec,
// ValidateDaemonSetSpec, ValidatePodTemplateSpecForReplicaSet, ValidateDeploymentStrategy,
// ValidateRollingUpdateDeployment; core ValidatePodTemplateSpec). Selector semantics follow
// metav1.LabelSelectorAsSelector: nil matches nothing, {} matches everything. Expects defaulted input.
// Not modelled: DaemonSet update strategy, rollbackTo, read-only persistent disk checks.

import type { FieldError } from '../errors';
import { fromLabelSelector, matchesLabels } from '../selectors';
import { validateAnnotations, validateLabels, validateLabelSelector, type LabelSelectorSpec } from './labels';
import { IS_NEGATIVE_ERROR, regexError } from './names';
import { validatePodSpec, type PodSpecLike } from './pod';

export interface PodTemplateLike {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: PodSpecLike;
}

export interface WorkloadSpecLike {
  replicas?: number;
  minReadySeconds?: number;
  revisionHistoryLimit?: number;
  progressDeadlineSeconds?: number;
  selector?: LabelSelectorSpec | null;
  template?: PodTemplateLike;
  strategy?: { type?: string; rollingUpdate?: { maxSurge?: number | string; maxUnavailable?: number | string } | null };
}

const invalid = (field: string, badValue: unknown, detail: string): FieldError => ({ type: 'Invalid value', field, badValue, detail });

/** ValidateNonnegativeField (only when the field is set). */
function nonNegative(v: number | undefined, path: string): FieldError[] {
  return v !== undefined && v !== null && v < 0 ? [invalid(path, v, IS_NEGATIVE_ERROR)] : [];
}

/** A map as Go's JSON encoder writes it (sorted keys), for bad values. */
function sortedMap(m: Record<string, string> | undefined): Record<string, string> | null {
  if (!m) return null;
  return Object.fromEntries(Object.keys(m).sort().map((k) => [k, m[k]]));
}

/** A LabelSelector as Go's JSON encoder writes it (struct order, omitempty), for bad values. */
function selectorValue(sel: LabelSelectorSpec): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (sel.matchLabels && Object.keys(sel.matchLabels).length) out.matchLabels = sortedMap(sel.matchLabels);
  if (sel.matchExpressions?.length) out.matchExpressions = sel.matchExpressions;
  return out;
}

/** ValidatePodTemplateSpec: labels and annotations (at `<path>.labels`, as upstream), then the pod spec. */
export function validatePodTemplateSpec(t: PodTemplateLike | undefined, path: string): FieldError[] {
  return [
    ...validateLabels(t?.metadata?.labels, `${path}.labels`),
    ...validateAnnotations(t?.metadata?.annotations, `${path}.annotations`),
    ...validatePodSpec(t?.spec, `${path}.spec`),
  ];
}

/** `selector` checks shared by ReplicaSet and Deployment; returns whether the selector converts. */
function validateSelector(sel: LabelSelectorSpec | null | undefined, path: string, errs: FieldError[]): boolean {
  if (!sel) {
    errs.push({ type: 'Required value', field: `${path}.selector` });
    return true;
  }
  const selErrs = validateLabelSelector(sel, `${path}.selector`);
  errs.push(...selErrs);
  if (Object.keys(sel.matchLabels ?? {}).length + (sel.matchExpressions?.length ?? 0) === 0) {
    errs.push(invalid(`${path}.selector`, selectorValue(sel), 'empty selector is invalid for deployment'));
  }
  if (selErrs.length) errs.push(invalid(`${path}.selector`, selectorValue(sel), 'invalid label selector'));
  return selErrs.length === 0;
}

/** ValidatePodTemplateSpecForReplicaSet: selector matches labels, template valid, restartPolicy Always. */
function validateTemplateForReplicaSet(spec: WorkloadSpecLike, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const t = spec.template;
  const labels = t?.metadata?.labels;
  const sel = spec.selector;
  const empty = !!sel && Object.keys(sel.matchLabels ?? {}).length + (sel.matchExpressions?.length ?? 0) === 0;
  if (!empty && !(sel && matchesLabels(fromLabelSelector(sel), labels))) {
    errs.push(invalid(`${path}.template.metadata.labels`, sortedMap(labels), '`selector` does not match template `labels`'));
  }
  errs.push(...validatePodTemplateSpec(t, `${path}.template`));
  const rp = t?.spec?.restartPolicy;
  if (rp !== undefined && rp !== 'Always') {
    errs.push({ type: 'Unsupported value', field: `${path}.template.spec.restartPolicy`, badValue: rp, supported: ['Always'] });
  }
  const ads = t?.spec?.activeDeadlineSeconds;
  if (ads !== undefined && ads !== null) {
    errs.push(invalid(`${path}.template.spec.activeDeadlineSeconds`, ads, 'activeDeadlineSeconds in ReplicaSet is not Supported'));
  }
  return errs;
}

/** ValidatePositiveIntOrPercent. */
function intOrPercent(v: number | string | undefined, path: string): FieldError[] {
  if (typeof v === 'string') {
    return /^[0-9]+%$/.test(v)
      ? []
      : [invalid(path, v, regexError("a valid percent string must be a numeric string followed by an ending '%'", '[0-9]+%', '1%', '93%'))];
  }
  return nonNegative(v, path);
}

const intOrPercentValue = (v: number | string | undefined): number =>
  typeof v === 'string' ? (/^[0-9]+%?$/.test(v) ? parseInt(v, 10) : 0) : (v ?? 0);

/** ValidateDeploymentStrategy (+ ValidateRollingUpdateDeployment). */
function validateStrategy(s: WorkloadSpecLike['strategy'], path: string): FieldError[] {
  if (!s || s.type === undefined) return [];
  if (s.type === 'Recreate') {
    return s.rollingUpdate ? [{ type: 'Forbidden', field: `${path}.rollingUpdate`, detail: "may not be specified when strategy `type` is 'Recreate'" }] : [];
  }
  if (s.type !== 'RollingUpdate') {
    // Upstream reports the whole internal strategy struct (Go field names).
    return [{ type: 'Unsupported value', field: path, badValue: { Type: s.type, RollingUpdate: s.rollingUpdate ?? null }, supported: ['Recreate', 'RollingUpdate'] }];
  }
  const ru = s.rollingUpdate;
  if (!ru) return [{ type: 'Required value', field: `${path}.rollingUpdate`, detail: 'this should be defaulted and never be nil' }];
  const p = `${path}.rollingUpdate`;
  const errs = [...intOrPercent(ru.maxUnavailable, `${p}.maxUnavailable`), ...intOrPercent(ru.maxSurge, `${p}.maxSurge`)];
  if (intOrPercentValue(ru.maxUnavailable) === 0 && intOrPercentValue(ru.maxSurge) === 0) {
    errs.push(invalid(`${p}.maxUnavailable`, ru.maxUnavailable ?? 0, 'may not be 0 when `maxSurge` is 0'));
  }
  const mu = ru.maxUnavailable;
  if (typeof mu === 'string' && /^[0-9]+%$/.test(mu) && parseInt(mu, 10) > 100) {
    errs.push(invalid(`${p}.maxUnavailable`, mu, 'must not be greater than 100%'));
  }
  return errs;
}

/** ValidateDeploymentSpec at `path` (default `spec`). */
export function validateDeploymentSpec(spec: WorkloadSpecLike | undefined, path = 'spec'): FieldError[] {
  const s = spec ?? {};
  const errs = nonNegative(s.replicas, `${path}.replicas`);
  const converts = validateSelector(s.selector, path, errs);
  if (converts) errs.push(...validateTemplateForReplicaSet(s, path));
  errs.push(...validateStrategy(s.strategy, `${path}.strategy`));
  errs.push(...nonNegative(s.minReadySeconds, `${path}.minReadySeconds`));
  errs.push(...nonNegative(s.revisionHistoryLimit, `${path}.revisionHistoryLimit`));
  const pds = s.progressDeadlineSeconds;
  if (pds !== undefined && pds !== null) {
    errs.push(...nonNegative(pds, `${path}.progressDeadlineSeconds`));
    if (pds <= (s.minReadySeconds ?? 0)) errs.push(invalid(`${path}.progressDeadlineSeconds`, pds, 'must be greater than minReadySeconds'));
  }
  return errs;
}

/** ValidateReplicaSetSpec at `path` (default `spec`). */
export function validateReplicaSetSpec(spec: WorkloadSpecLike | undefined, path = 'spec'): FieldError[] {
  const s = spec ?? {};
  const errs = [...nonNegative(s.replicas, `${path}.replicas`), ...nonNegative(s.minReadySeconds, `${path}.minReadySeconds`)];
  if (validateSelector(s.selector, path, errs)) errs.push(...validateTemplateForReplicaSet(s, path));
  return errs;
}

/** ValidateDaemonSetSpec at `path` (default `spec`): no replicas; a nil selector only fails to match. */
export function validateDaemonSetSpec(spec: WorkloadSpecLike | undefined, path = 'spec'): FieldError[] {
  const s = spec ?? {};
  const sel = s.selector;
  const selErrs = validateLabelSelector(sel, `${path}.selector`);
  const errs = [...selErrs];
  const labels = s.template?.metadata?.labels;
  if (selErrs.length === 0 && !(sel && matchesLabels(fromLabelSelector(sel), labels))) {
    errs.push(invalid(`${path}.template.metadata.labels`, sortedMap(labels), '`selector` does not match template `labels`'));
  }
  if (sel && Object.keys(sel.matchLabels ?? {}).length + (sel.matchExpressions?.length ?? 0) === 0) {
    errs.push(invalid(`${path}.selector`, selectorValue(sel), 'empty selector is invalid for daemonset'));
  }
  errs.push(...validatePodTemplateSpec(s.template, `${path}.template`));
  const rp = s.template?.spec?.restartPolicy;
  if (rp !== undefined && rp !== 'Always') {
    errs.push({ type: 'Unsupported value', field: `${path}.template.spec.restartPolicy`, badValue: rp, supported: ['Always'] });
  }
  if (s.template?.spec?.activeDeadlineSeconds != null) {
    errs.push({ type: 'Forbidden', field: `${path}.template.spec.activeDeadlineSeconds`, detail: 'activeDeadlineSeconds in DaemonSet is not Supported' });
  }
  errs.push(...nonNegative(s.minReadySeconds, `${path}.minReadySeconds`));
  errs.push(...nonNegative(s.revisionHistoryLimit, `${path}.revisionHistoryLimit`));
  return errs;
}
