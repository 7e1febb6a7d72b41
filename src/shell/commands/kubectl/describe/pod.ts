// `kubectl describe pod` (describe.go describePod, kubectl v1.34): Name … QoS Class, Node-Selectors,
// Tolerations and Events, in upstream order, through the describe tabwriter.

import type { ApiServer } from '../../../../engine/api/server';
import type { Stored } from '../../../../engine/api/types';
import type { Pod } from 'kubernetes-types/core/v1';
import { translateTimestampSince } from '../../../../engine/api/printers/duration';
import { podQOSClass } from '../../../../engine/api/printers/qos';
import { describeContainers, describeResources, describeTopologySpreadConstraints } from './containers';
import { describeVolumes } from './volumes';
import { describeEvents, eventsFor } from './events';
import { printAnnotationsMultiline, printLabelsMultiline, printTolerationsMultiline, rfc1123z, tabbedString, type PrefixWriter } from './writer';


/** printController: `Kind/name` of the controlling owner, or ''. */
export function controllerOf(obj: Stored): string {
  const ref = (obj.metadata.ownerReferences ?? []).find((r) => r.controller);
  return ref ? `${ref.kind}/${ref.name}` : '';
}

function describePodIPs(w: PrefixWriter, pod: Stored): void {
  const ips: any[] = pod.status?.podIPs ?? [];
  if (ips.length === 0) {
    w.write(0, 'IPs:\t<none>\n');
    return;
  }
  w.write(0, 'IPs:\n');
  for (const ip of ips) w.write(1, `IP:\t${ip.ip}\n`);
}

function writeConditions(w: PrefixWriter, pod: Stored): void {
  const spec = pod.spec ?? {};
  const conds: any[] = pod.status?.conditions ?? [];
  if (spec.readinessGates?.length) {
    w.write(0, 'Readiness Gates:\n  Type\tStatus\n');
    for (const g of spec.readinessGates) {
      const c = conds.find((x) => x.type === g.conditionType);
      w.write(1, `${g.conditionType} \t${c ? c.status : '<none>'} \n`);
    }
  }
  if (conds.length) {
    w.write(0, 'Conditions:\n  Type\tStatus\n');
    for (const c of conds) w.write(1, `${c.type} \t${c.status} \n`);
  }
}

/** The text `kubectl describe pod <name>` prints for `pod` at simulated time `now`. */
export function describePod(ctx: { api: ApiServer; now: number }, pod: Stored): string {
  const spec = pod.spec ?? {};
  const status = pod.status ?? {};
  const events = eventsFor(ctx.api, pod);
  return tabbedString((w) => {
    w.write(0, `Name:\t${pod.metadata.name}\n`);
    w.write(0, `Namespace:\t${pod.metadata.namespace ?? ''}\n`);
    if (typeof spec.priority === 'number') w.write(0, `Priority:\t${spec.priority}\n`);
    if (spec.priorityClassName) w.write(0, `Priority Class Name:\t${spec.priorityClassName}\n`);
    if (spec.runtimeClassName) w.write(0, `Runtime Class Name:\t${spec.runtimeClassName}\n`);
    if (spec.serviceAccountName) w.write(0, `Service Account:\t${spec.serviceAccountName}\n`);
    w.write(0, spec.nodeName ? `Node:\t${spec.nodeName}/${status.hostIP ?? ''}\n` : 'Node:\t<none>\n');
    if (status.startTime) w.write(0, `Start Time:\t${rfc1123z(status.startTime)}\n`);
    printLabelsMultiline(w, 'Labels', pod.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', pod.metadata.annotations);
    if (pod.metadata.deletionTimestamp && status.phase !== 'Failed' && status.phase !== 'Succeeded') {
      w.write(0, `Status:\tTerminating (lasts ${translateTimestampSince(pod.metadata.deletionTimestamp, ctx.now)})\n`);
      w.write(0, `Termination Grace Period:\t${pod.metadata.deletionGracePeriodSeconds ?? 0}s\n`);
    } else {
      w.write(0, `Status:\t${status.phase ?? ''}\n`);
    }
    if (status.reason) w.write(0, `Reason:\t${status.reason}\n`);
    if (status.message) w.write(0, `Message:\t${status.message}\n`);
    const seccomp = spec.securityContext?.seccompProfile;
    if (seccomp) {
      w.write(0, `SeccompProfile:\t${seccomp.type}\n`);
      if (seccomp.type === 'Localhost') w.write(0, `LocalhostProfile:\t${seccomp.localhostProfile ?? ''}\n`);
    }
    w.write(0, `IP:\t${status.podIP ?? ''}\n`);
    describePodIPs(w, pod);
    const controlledBy = controllerOf(pod);
    if (controlledBy) w.write(0, `Controlled By:\t${controlledBy}\n`);
    if (status.nominatedNodeName) w.write(0, `NominatedNodeName:\t${status.nominatedNodeName}\n`);
    if (spec.resources) {
      w.write(0, 'Resources:\n');
      describeResources(w, spec.resources, 1);
    }
    if (spec.initContainers?.length) {
      describeContainers(w, 'Init Containers', spec.initContainers, status.initContainerStatuses ?? [], '', pod);
    }
    describeContainers(w, 'Containers', spec.containers, status.containerStatuses ?? [], '', pod);
    if (spec.ephemeralContainers?.length) {
      describeContainers(w, 'Ephemeral Containers', spec.ephemeralContainers, status.ephemeralContainerStatuses ?? [], '', pod);
    }
    writeConditions(w, pod);
    describeVolumes(w, spec.volumes, '');
    w.write(0, `QoS Class:\t${podQOSClass(pod as unknown as Pod)}\n`);
    printLabelsMultiline(w, 'Node-Selectors', spec.nodeSelector);
    printTolerationsMultiline(w, 'Tolerations', spec.tolerations);
    describeTopologySpreadConstraints(w, spec.topologySpreadConstraints, '');
    describeEvents(w, events, ctx.now);
  });
}
