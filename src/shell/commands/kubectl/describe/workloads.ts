// `kubectl describe` for apps/v1 workloads (describe.go describeDeployment, describeReplicaSet,
// describeDaemonSet, getPodStatusForController, printReplicaSetsByLabels; deploymentutil's
// FindNewReplicaSet / FindOldReplicaSets: owned ReplicaSets whose template equals the deployment's,
// ignoring the pod-template-hash label, is the new one; all others are old).

import type { ApiServer } from '../../../../engine/api/server';
import type { Stored } from '../../../../engine/api/types';
import { formatLabels, formatLabelSelector, selectorString } from '../../../../engine/api/printers/labels';
import { fromLabelSelector } from '../../../../engine/api/selectors';
import { describePodTemplate } from './containers';
import { describeEvents, eventsFor } from './events';
import { controllerOf } from './pod';
import { printAnnotationsMultiline, printLabelsMultiline, rfc1123z, tabbedString, type PrefixWriter } from './writer';

type Ctx = { api: ApiServer; now: number };

/** Pods selected by `sel` and controlled by `owner`. */
function ownedPods(api: ApiServer, owner: Stored): Stored[] {
  const sel = owner.spec?.selector;
  if (!sel) return [];
  return api
    .list('Pod', { namespace: owner.metadata.namespace, labelSelector: fromLabelSelector(sel) })
    .filter((p) => (p.metadata.ownerReferences ?? []).some((r) => r.controller && r.uid === owner.metadata.uid));
}

/** getPodStatusForController: `N Running / N Waiting / N Succeeded / N Failed`. */
function podsStatus(api: ApiServer, owner: Stored): string {
  const n = { Running: 0, Pending: 0, Succeeded: 0, Failed: 0 } as Record<string, number>;
  for (const p of ownedPods(api, owner)) if (p.status?.phase in n) n[p.status.phase]!++;
  return `${n.Running} Running / ${n.Pending} Waiting / ${n.Succeeded} Succeeded / ${n.Failed} Failed`;
}

function conditions(w: PrefixWriter, obj: Stored): void {
  const conds: any[] = obj.status?.conditions ?? [];
  if (!conds.length) return;
  w.write(0, 'Conditions:\n  Type\tStatus\tReason\n');
  w.write(1, '----\t------\t------\n');
  for (const c of conds) w.write(1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
}

const n = (v: unknown) => (typeof v === 'number' ? v : 0);

/** A template without the pod-template-hash label, for EqualIgnoreHash. */
function templateKey(t: any): string {
  const c = JSON.parse(JSON.stringify(t ?? {}));
  if (c.metadata?.labels) delete c.metadata.labels['pod-template-hash'];
  return JSON.stringify(c, Object.keys(flatKeys(c)).sort());
}

function flatKeys(o: any, acc: Record<string, true> = {}): Record<string, true> {
  if (o && typeof o === 'object') {
    for (const k of Object.keys(o)) {
      acc[k] = true;
      flatKeys(o[k], acc);
    }
  }
  return acc;
}

function replicaSetsOf(api: ApiServer, d: Stored): { oldRSs: Stored[]; newRS?: Stored } {
  const all = api
    .list('ReplicaSet.apps', { namespace: d.metadata.namespace })
    .filter((rs) => (rs.metadata.ownerReferences ?? []).some((r) => r.controller && r.uid === d.metadata.uid));
  const byAge = [...all].sort((a, b) => Date.parse(a.metadata.creationTimestamp) - Date.parse(b.metadata.creationTimestamp));
  const want = templateKey(d.spec?.template);
  const newRS = byAge.find((rs) => templateKey(rs.spec?.template) === want);
  return { oldRSs: all.filter((rs) => rs !== newRS), newRS };
}

const rsList = (list: Stored[]) =>
  list.map((rs) => `${rs.metadata.name} (${n(rs.status?.replicas)}/${n(rs.spec?.replicas)} replicas created)`).join(', ') || '<none>';

/** The text `kubectl describe deployment <name>` prints. */
export function describeDeployment(ctx: Ctx, d: Stored): string {
  const spec = d.spec ?? {};
  const st = d.status ?? {};
  const { oldRSs, newRS } = replicaSetsOf(ctx.api, d);
  return tabbedString((w) => {
    w.write(0, `Name:\t${d.metadata.name}\n`);
    w.write(0, `Namespace:\t${d.metadata.namespace}\n`);
    w.write(0, `CreationTimestamp:\t${rfc1123z(d.metadata.creationTimestamp)}\n`);
    printLabelsMultiline(w, 'Labels', d.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', d.metadata.annotations);
    w.write(0, `Selector:\t${selectorString(spec.selector)}\n`);
    w.write(
      0,
      `Replicas:\t${n(spec.replicas)} desired | ${n(st.updatedReplicas)} updated | ${n(st.replicas)} total | ${n(st.availableReplicas)} available | ${n(st.unavailableReplicas)} unavailable\n`,
    );
    w.write(0, `StrategyType:\t${spec.strategy?.type ?? ''}\n`);
    w.write(0, `MinReadySeconds:\t${n(spec.minReadySeconds)}\n`);
    const ru = spec.strategy?.rollingUpdate;
    if (ru) w.write(0, `RollingUpdateStrategy:\t${ru.maxUnavailable} max unavailable, ${ru.maxSurge} max surge\n`);
    describePodTemplate(w, spec.template);
    conditions(w, d);
    if (oldRSs.length || newRS) {
      w.write(0, `OldReplicaSets:\t${rsList(oldRSs)}\n`);
      w.write(0, `NewReplicaSet:\t${rsList(newRS ? [newRS] : [])}\n`);
    }
    describeEvents(w, eventsFor(ctx.api, d), ctx.now);
  });
}

/** The text `kubectl describe replicaset <name>` prints. */
export function describeReplicaSet(ctx: Ctx, rs: Stored): string {
  return tabbedString((w) => {
    w.write(0, `Name:\t${rs.metadata.name}\n`);
    w.write(0, `Namespace:\t${rs.metadata.namespace}\n`);
    w.write(0, `Selector:\t${formatLabelSelector(rs.spec?.selector)}\n`);
    printLabelsMultiline(w, 'Labels', rs.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', rs.metadata.annotations);
    const by = controllerOf(rs);
    if (by) w.write(0, `Controlled By:\t${by}\n`);
    w.write(0, `Replicas:\t${n(rs.status?.replicas)} current / ${n(rs.spec?.replicas)} desired\n`);
    w.write(0, `Pods Status:\t${podsStatus(ctx.api, rs)}\n`);
    describePodTemplate(w, rs.spec?.template);
    conditions(w, rs);
    describeEvents(w, eventsFor(ctx.api, rs), ctx.now);
  });
}

/** The text `kubectl describe daemonset <name>` prints. */
export function describeDaemonSet(ctx: Ctx, ds: Stored): string {
  const st = ds.status ?? {};
  return tabbedString((w) => {
    w.write(0, `Name:\t${ds.metadata.name}\n`);
    w.write(0, `Namespace:\t${ds.metadata.namespace}\n`);
    w.write(0, `Selector:\t${selectorString(ds.spec?.selector)}\n`);
    w.write(0, `Node-Selector:\t${formatLabels(ds.spec?.template?.spec?.nodeSelector)}\n`);
    printLabelsMultiline(w, 'Labels', ds.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', ds.metadata.annotations);
    w.write(0, `Desired Number of Nodes Scheduled: ${n(st.desiredNumberScheduled)}\n`);
    w.write(0, `Current Number of Nodes Scheduled: ${n(st.currentNumberScheduled)}\n`);
    w.write(0, `Number of Nodes Scheduled with Up-to-date Pods: ${n(st.updatedNumberScheduled)}\n`);
    w.write(0, `Number of Nodes Scheduled with Available Pods: ${n(st.numberAvailable)}\n`);
    w.write(0, `Number of Nodes Misscheduled: ${n(st.numberMisscheduled)}\n`);
    w.write(0, `Pods Status:\t${podsStatus(ctx.api, ds)}\n`);
    describePodTemplate(w, ds.spec?.template);
    describeEvents(w, eventsFor(ctx.api, ds), ctx.now);
  });
}
