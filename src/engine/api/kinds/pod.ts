// core/v1 Pod (printers.go printPod): NAME READY STATUS RESTARTS AGE, wide IP NODE NOMINATED NODE
// READINESS GATES. Defaults per SetDefaults_PodSpec/SetDefaults_Pod (kinds/podspec.ts) and the pod
// strategy's PrepareForCreate (`status: {phase: Pending, qosClass}`). Validation: DNS-1123 subdomain
// names, the pod spec (validation/pod), and ValidatePodUpdate's rule that only images,
// activeDeadlineSeconds, added tolerations and a negative terminationGracePeriodSeconds may change.
// Simplified: the go-cmp diff upstream appends to that Forbidden message is not reproduced; setting
// spec.nodeName on an unscheduled pod is allowed, standing in for the pods/binding subresource.

import type { Pod } from 'kubernetes-types/core/v1';
import type { FieldError } from '../errors';
import type { PrintColumn } from '../kind';
import type { KObject, Stored } from '../types';
import { podStatusCells, readinessGatesCell } from '../printers/pod-status';
import { podQOSClass } from '../printers/qos';
import { validatePodSpec } from '../validation/pod';
import { ageColumn, defineKind, nameColumn } from './define';
import { metaErrors } from './meta-validation';
import { defaultPodOnly, defaultPodSpec } from './podspec';

const asPod = (o: Stored | KObject): Pod => o as unknown as Pod;

const columns: PrintColumn[] = [
  nameColumn,
  { name: 'Ready', cell: (o, c) => podStatusCells(asPod(o), c.now).ready },
  { name: 'Status', cell: (o, c) => podStatusCells(asPod(o), c.now).status },
  { name: 'Restarts', cell: (o, c) => podStatusCells(asPod(o), c.now).restarts },
  ageColumn,
  { name: 'IP', priority: 1, cell: (o) => o.status?.podIPs?.[0]?.ip || '<none>' },
  { name: 'Node', priority: 1, cell: (o) => o.spec?.nodeName || '<none>' },
  { name: 'Nominated Node', priority: 1, cell: (o) => o.status?.nominatedNodeName || '<none>' },
  { name: 'Readiness Gates', priority: 1, cell: (o) => readinessGatesCell(asPod(o)) },
];

export const POD_UPDATE_FORBIDDEN =
  'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';

const json = (v: unknown) => JSON.stringify(v ?? null);

/** ValidatePodUpdate's spec rule: blank out what may change, then the rest must be equal. */
function podSpecUpdateErrors(spec: any, oldSpec: any): FieldError[] {
  const errs: FieldError[] = [];
  const a = JSON.parse(JSON.stringify(spec ?? {}));
  const b = JSON.parse(JSON.stringify(oldSpec ?? {}));
  for (const key of ['containers', 'initContainers'] as const) {
    const na: any[] = a[key] ?? [];
    const nb: any[] = b[key] ?? [];
    if (na.length === nb.length) na.forEach((c, i) => (c.image = nb[i]?.image));
  }
  // activeDeadlineSeconds may be set, or lowered, but not removed.
  const newAds = a.activeDeadlineSeconds;
  const oldAds = b.activeDeadlineSeconds;
  if (newAds === undefined && oldAds !== undefined) {
    errs.push({ type: 'Invalid value', field: 'spec.activeDeadlineSeconds', badValue: null, detail: 'must not update from a positive integer to nil value' });
  } else if (oldAds !== undefined && newAds > oldAds) {
    errs.push({ type: 'Invalid value', field: 'spec.activeDeadlineSeconds', badValue: newAds, detail: 'must be less than or equal to previous value' });
  }
  a.activeDeadlineSeconds = b.activeDeadlineSeconds;
  // Tolerations: only additions (every old toleration must still be there).
  const newTol: any[] = a.tolerations ?? [];
  const oldTol: any[] = b.tolerations ?? [];
  if (oldTol.every((t) => newTol.some((n) => json(n) === json(t)))) a.tolerations = b.tolerations;
  if ((b.terminationGracePeriodSeconds ?? 0) < 0 && a.terminationGracePeriodSeconds === 1) {
    a.terminationGracePeriodSeconds = b.terminationGracePeriodSeconds;
  }
  // Scheduling gates may only be removed.
  const gates: any[] = a.schedulingGates ?? [];
  if (gates.every((g) => (b.schedulingGates ?? []).some((o: any) => json(o) === json(g)))) a.schedulingGates = b.schedulingGates;
  // Binding an unscheduled pod (the pods/binding subresource upstream).
  if (!b.nodeName && a.nodeName) a.nodeName = b.nodeName;
  if (json(a) !== json(b)) errs.push({ type: 'Forbidden', field: 'spec', detail: POD_UPDATE_FORBIDDEN });
  return errs;
}

/** How long a pod may take to terminate when deleted (pod strategy CheckGracefulDelete). */
export function podGracePeriodSeconds(pod: Stored, requested?: number): number {
  if (!pod.spec?.nodeName) return 0; // never scheduled: nothing to stop, whatever the client asked
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') return 0;
  if (requested !== undefined) return Math.max(requested, 0);
  const g = pod.spec?.terminationGracePeriodSeconds;
  return typeof g === 'number' ? Math.max(g, 0) : 30;
}

export const podKind = defineKind({
  kind: 'Pod',
  group: '',
  version: 'v1',
  plural: 'pods',
  namespaced: true,
  shortNames: ['po'],
  categories: ['all'],
  columns,
  fields: (o) => ({
    'spec.nodeName': o.spec?.nodeName ?? '',
    'spec.restartPolicy': o.spec?.restartPolicy ?? '',
    'spec.schedulerName': o.spec?.schedulerName ?? '',
    'spec.serviceAccountName': o.spec?.serviceAccountName ?? '',
    'spec.hostNetwork': o.spec?.hostNetwork ? 'true' : 'false',
    'status.phase': o.status?.phase ?? '',
    'status.podIP': o.status?.podIPs?.[0]?.ip ?? o.status?.podIP ?? '',
    'status.nominatedNodeName': o.status?.nominatedNodeName ?? '',
  }),
  defaults(obj) {
    obj.spec = obj.spec ?? {};
    defaultPodSpec(obj.spec);
    defaultPodOnly(obj.spec);
    // PrepareForCreate: a new pod starts Pending with its QoS class (kept from the stored pod on update).
    if (obj.status === undefined) obj.status = { phase: 'Pending', qosClass: podQOSClass(asPod(obj)) };
    return obj;
  },
  validate(obj, _ctx, old) {
    const errs = [...metaErrors(obj, 'subdomain'), ...validatePodSpec(obj.spec ?? {}, 'spec')];
    if (old) errs.push(...podSpecUpdateErrors(obj.spec, old.spec));
    return errs;
  },
  gracePeriodSeconds: podGracePeriodSeconds,
});
