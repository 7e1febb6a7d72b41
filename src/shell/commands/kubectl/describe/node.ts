// `kubectl describe node` (describe.go describeNode, describeNodeLease, describeNodeResource,
// getPodsTotalRequestsAndLimits; resourcehelper.PodRequestsAndLimits): roles, labels, taints, lease,
// conditions, addresses, capacity, system info, the non-terminated pods table with percentages of
// allocatable, and the allocated-resources summary. Simplified: without a Lease object in
// kube-node-lease the lease is shown from the Ready condition's heartbeat; pod overhead is ignored.

import type { ApiServer } from '../../../../engine/api/server';
import type { Stored } from '../../../../engine/api/types';
import { nodeRoles } from '../../../../engine/api/kinds/node';
import { translateTimestampSince } from '../../../../engine/api/printers/duration';
import { formatQuantity, isQuantity, milliValue, parseQuantity, quantityValue, type Quantity } from '../../../../engine/api/validation/quantity';
import { describeEvents, eventsFor } from './events';
import { printAnnotationsMultiline, printLabelsMultiline, printTaintsMultiline, rfc1123z, tabbedString, type PrefixWriter } from './writer';

type ResourceList = Map<string, Quantity>;

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const ZERO: Quantity = { nanos: 0n, format: 'DecimalSI' };

const q = (v: unknown): Quantity | undefined => {
  const r = parseQuantity(String(v));
  return isQuantity(r) ? r : undefined;
};

function addInto(m: ResourceList, list: Record<string, unknown> | undefined): void {
  for (const [k, v] of Object.entries(list ?? {})) {
    const x = q(v);
    if (!x) continue;
    const cur = m.get(k);
    m.set(k, cur ? { nanos: cur.nanos + x.nanos, format: cur.format } : x);
  }
}

function maxInto(m: ResourceList, list: Record<string, unknown> | undefined): void {
  for (const [k, v] of Object.entries(list ?? {})) {
    const x = q(v);
    if (!x) continue;
    const cur = m.get(k);
    if (!cur || x.nanos > cur.nanos) m.set(k, x);
  }
}

/** PodRequestsAndLimits: containers (and sidecars) summed, regular init containers as a floor. */
export function podRequestsAndLimits(pod: Stored): { requests: ResourceList; limits: ResourceList } {
  const requests: ResourceList = new Map();
  const limits: ResourceList = new Map();
  for (const c of pod.spec?.containers ?? []) {
    addInto(requests, c.resources?.requests);
    addInto(limits, c.resources?.limits);
  }
  for (const c of pod.spec?.initContainers ?? []) {
    if (c.restartPolicy === 'Always') {
      addInto(requests, c.resources?.requests);
      addInto(limits, c.resources?.limits);
    } else {
      maxInto(requests, c.resources?.requests);
      maxInto(limits, c.resources?.limits);
    }
  }
  return { requests, limits };
}

const str = (x: Quantity | undefined) => formatQuantity(x ?? ZERO);
/** int64(float64(a) / float64(b) * 100), Go's truncation. */
const pct = (a: number, b: number) => (b === 0 ? 0 : Math.trunc((a / b) * 100));

function describeNodeResource(w: PrefixWriter, pods: Stored[], node: Stored, now: number): void {
  w.write(0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  const alloc = new Map<string, Quantity>();
  const allocSrc = Object.keys(node.status?.allocatable ?? {}).length ? node.status.allocatable : node.status?.capacity;
  addInto(alloc, allocSrc);
  const allocCpu = milliValue(alloc.get('cpu') ?? ZERO);
  const allocMem = quantityValue(alloc.get('memory') ?? ZERO);
  const totalReq: ResourceList = new Map();
  const totalLim: ResourceList = new Map();
  for (const pod of pods) {
    const { requests, limits } = podRequestsAndLimits(pod);
    const cr = requests.get('cpu');
    const cl = limits.get('cpu');
    const mr = requests.get('memory');
    const ml = limits.get('memory');
    const cell = (x: Quantity | undefined, total: number, f: (q: Quantity) => number) => `${str(x)} (${pct(f(x ?? ZERO), total)}%)`;
    w.write(
      1,
      `${pod.metadata.namespace}\t${pod.metadata.name}\t\t${cell(cr, allocCpu, milliValue)}\t${cell(cl, allocCpu, milliValue)}\t` +
        `${cell(mr, allocMem, quantityValue)}\t${cell(ml, allocMem, quantityValue)}\t${translateTimestampSince(pod.metadata.creationTimestamp, now)}\n`,
    );
    for (const [k, v] of requests) totalReq.set(k, totalReq.has(k) ? { ...totalReq.get(k)!, nanos: totalReq.get(k)!.nanos + v.nanos } : v);
    for (const [k, v] of limits) totalLim.set(k, totalLim.has(k) ? { ...totalLim.get(k)!, nanos: totalLim.get(k)!.nanos + v.nanos } : v);
  }
  w.write(0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(1, 'Resource\tRequests\tLimits\n');
  w.write(1, '--------\t--------\t------\n');
  const row = (name: string, total: Quantity | undefined, f: (q: Quantity) => number) => {
    const r = totalReq.get(name);
    const l = totalLim.get(name);
    const t = total ? f(total) : 0;
    w.write(1, `${name}\t${str(r)} (${pct(f(r ?? ZERO), t)}%)\t${str(l)} (${pct(f(l ?? ZERO), t)}%)\n`);
  };
  row('cpu', alloc.get('cpu'), milliValue);
  row('memory', alloc.get('memory'), quantityValue);
  row('ephemeral-storage', alloc.get('ephemeral-storage'), quantityValue);
  const names = [...alloc.keys()].sort(byCodeUnit);
  for (const n of names) if (n.startsWith('hugepages-')) row(n, alloc.get(n), quantityValue);
  const standard = new Set(['cpu', 'memory', 'ephemeral-storage', 'pods']);
  for (const n of names) {
    if (standard.has(n) || n.startsWith('hugepages-')) continue;
    w.write(1, `${n}\t${str(totalReq.get(n))}\t${str(totalLim.get(n))}\n`);
  }
}

function describeLease(w: PrefixWriter, api: ApiServer, node: Stored): void {
  const lease = api.registry.get('Lease.coordination.k8s.io') ? api.tryGet('Lease.coordination.k8s.io', 'kube-node-lease', node.metadata.name) : undefined;
  const ready = ((node.status?.conditions ?? []) as any[]).find((c) => c.type === 'Ready');
  const holder = lease ? lease.spec?.holderIdentity : node.metadata.name;
  const acquire = lease?.spec?.acquireTime;
  const renew = lease ? lease.spec?.renewTime : ready?.lastHeartbeatTime;
  w.write(0, 'Lease:\n');
  w.write(1, `HolderIdentity:\t${holder ?? '<unset>'}\n`);
  w.write(1, `AcquireTime:\t${acquire ? rfc1123z(acquire) : '<unset>'}\n`);
  w.write(1, `RenewTime:\t${renew ? rfc1123z(renew) : '<unset>'}\n`);
}

function resourceList(w: PrefixWriter, title: string, list: Record<string, unknown> | undefined): void {
  const keys = Object.keys(list ?? {}).sort(byCodeUnit);
  if (keys.length === 0) return;
  w.write(0, `${title}:\n`);
  for (const k of keys) {
    const x = q(list![k]);
    w.write(0, `  ${k}:\t${x ? formatQuantity(x) : String(list![k])}\n`);
  }
}

/** The text `kubectl describe node <name>` prints. */
export function describeNode(ctx: { api: ApiServer; now: number }, node: Stored): string {
  const name = node.metadata.name;
  const pods = ctx.api
    .list('Pod')
    .filter((p) => p.spec?.nodeName === name && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed');
  const events = eventsFor(ctx.api, node);
  const info = node.status?.nodeInfo ?? {};
  return tabbedString((w) => {
    w.write(0, `Name:\t${name}\n`);
    w.write(0, `Roles:\t${nodeRoles(node).join(',') || '<none>'}\n`);
    printLabelsMultiline(w, 'Labels', node.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', node.metadata.annotations);
    w.write(0, `CreationTimestamp:\t${rfc1123z(node.metadata.creationTimestamp)}\n`);
    printTaintsMultiline(w, 'Taints', node.spec?.taints);
    w.write(0, `Unschedulable:\t${node.spec?.unschedulable === true}\n`);
    describeLease(w, ctx.api, node);
    const conds: any[] = node.status?.conditions ?? [];
    if (conds.length) {
      w.write(0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
      w.write(1, '----\t------\t-----------------\t------------------\t------\t-------\n');
      for (const c of conds) {
        w.write(1, `${c.type} \t${c.status} \t${rfc1123z(c.lastHeartbeatTime)} \t${rfc1123z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`);
      }
    }
    w.write(0, 'Addresses:\n');
    for (const a of node.status?.addresses ?? []) w.write(1, `${a.type}:\t${a.address}\n`);
    resourceList(w, 'Capacity', node.status?.capacity);
    resourceList(w, 'Allocatable', node.status?.allocatable);
    w.write(0, 'System Info:\n');
    const sys: [string, string][] = [
      ['Machine ID', 'machineID'],
      ['System UUID', 'systemUUID'],
      ['Boot ID', 'bootID'],
      ['Kernel Version', 'kernelVersion'],
      ['OS Image', 'osImage'],
      ['Operating System', 'operatingSystem'],
      ['Architecture', 'architecture'],
      ['Container Runtime Version', 'containerRuntimeVersion'],
      ['Kubelet Version', 'kubeletVersion'],
      ['Kube-Proxy Version', 'kubeProxyVersion'],
    ];
    for (const [label, key] of sys) w.write(0, `  ${label}:\t${info[key] ?? ''}\n`);
    if (node.spec?.podCIDR) w.write(0, `PodCIDR:\t${node.spec.podCIDR}\n`);
    if (node.spec?.podCIDRs?.length) w.write(0, `PodCIDRs:\t${node.spec.podCIDRs.join(',')}\n`);
    if (node.spec?.providerID) w.write(0, `ProviderID:\t${node.spec.providerID}\n`);
    describeNodeResource(w, pods, node, ctx.now);
    describeEvents(w, events, ctx.now);
  });
}
