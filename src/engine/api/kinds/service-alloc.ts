// Service IP and node port allocation as kube-apiserver's service REST storage does it
// (pkg/registry/core/service/ipallocator, portallocator, storage/alloc.go): ClusterIPs from
// 10.96.0.0/12 (kubeadm's default --service-cidr), dynamic picks from the upper band first
// (ServiceIPStaticSubrange), node ports from 30000-32767 likewise; values the user gives are checked
// for range and conflicts; on update, omitted allocated values are carried over (patchAllocatedValues).
// Randomness comes from the `ipam` stream. Simplified: IPv4 single-stack only.

import type { FieldError } from '../errors';
import type { AdmissionContext } from '../kind';
import type { KObject, Stored } from '../types';
import { DEFAULT_NODE_PORT_RANGE, nodePortError } from '../validation/service';

export const SERVICE_CIDR = '10.96.0.0/12';
const BASE = (10 << 24) | (96 << 16);
const SIZE = 1 << 20;
/** Offsets below this are the static band, used only when the upper band is full. */
const STATIC_BAND = 256;

export const [NODE_PORT_MIN, NODE_PORT_MAX] = DEFAULT_NODE_PORT_RANGE;
const NODE_PORT_STATIC_BAND = 86; // min(max(16, 2768/32), 128)

const ipToInt = (ip: string): number | undefined => {
  const m = ip.match(/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  return ((parts[0]! << 24) >>> 0) + (parts[1]! << 16) + (parts[2]! << 8) + parts[3]!;
};
const intToIp = (n: number): string => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');

/** True when the service type gets a ClusterIP (everything but ExternalName). */
export const needsClusterIP = (spec: any): boolean => spec?.type !== 'ExternalName';
/** True when the service type gets node ports. */
export const needsNodePort = (spec: any): boolean => spec?.type === 'NodePort' || spec?.type === 'LoadBalancer';

const others = (ctx: AdmissionContext, obj: KObject): Stored[] =>
  ctx.list('Service').filter((s) => !(s.metadata.namespace === obj.metadata.namespace && s.metadata.name === obj.metadata.name));

function usedIPs(ctx: AdmissionContext, obj: KObject): Set<string> {
  const used = new Set<string>();
  for (const s of others(ctx, obj)) for (const ip of s.spec?.clusterIPs ?? [s.spec?.clusterIP]) if (ip) used.add(ip);
  return used;
}

function usedNodePorts(ctx: AdmissionContext, obj: KObject): Set<number> {
  const used = new Set<number>();
  for (const s of others(ctx, obj)) for (const p of s.spec?.ports ?? []) if (p.nodePort) used.add(p.nodePort);
  return used;
}

function pick(ctx: AdmissionContext, lo: number, hi: number, taken: (n: number) => boolean): number | undefined {
  const r = ctx.rand('ipam');
  for (let i = 0; i < 64; i++) {
    const n = r.int(lo, hi);
    if (!taken(n)) return n;
  }
  for (let n = lo; n <= hi; n++) if (!taken(n)) return n;
  return undefined;
}

/** Carries allocated values the user left out over from the stored service (patchAllocatedValues). */
export function patchAllocatedValues(spec: any, old: Stored | undefined): void {
  if (!old) return;
  const os = old.spec ?? {};
  if (needsClusterIP(os) && needsClusterIP(spec)) {
    if (!spec.clusterIP && os.clusterIP) spec.clusterIP = os.clusterIP;
    if (!spec.clusterIPs?.length && os.clusterIPs?.length) spec.clusterIPs = [...os.clusterIPs];
    if (!spec.ipFamilies?.length && os.ipFamilies) spec.ipFamilies = [...os.ipFamilies];
    if (!spec.ipFamilyPolicy && os.ipFamilyPolicy) spec.ipFamilyPolicy = os.ipFamilyPolicy;
  }
  if (needsNodePort(os) && needsNodePort(spec)) {
    const byName = new Map<string, number>();
    for (const p of os.ports ?? []) byName.set(p.name ?? '', p.nodePort);
    const inNew = new Set<number>((spec.ports ?? []).map((p: any) => p.nodePort).filter(Boolean));
    for (const p of spec.ports ?? []) {
      if (p.nodePort) continue;
      const v = byName.get(p.name ?? '');
      if (v && !inNew.has(v)) p.nodePort = v;
    }
  }
}

/** Picks a free ClusterIP (upper band first). */
export function allocateClusterIP(ctx: AdmissionContext, obj: KObject): string | undefined {
  const used = usedIPs(ctx, obj);
  const taken = (off: number) => used.has(intToIp(BASE + off));
  const off = pick(ctx, STATIC_BAND, SIZE - 2, taken) ?? pick(ctx, 1, STATIC_BAND - 1, taken);
  return off === undefined ? undefined : intToIp(BASE + off);
}

/** Fills in missing node ports for NodePort / LoadBalancer services. */
export function allocateNodePorts(ctx: AdmissionContext, obj: KObject): void {
  const used = usedNodePorts(ctx, obj);
  for (const p of obj.spec?.ports ?? []) if (p.nodePort) used.add(p.nodePort);
  for (const p of obj.spec?.ports ?? []) {
    if (p.nodePort) continue;
    const lo = NODE_PORT_MIN + NODE_PORT_STATIC_BAND;
    const n = pick(ctx, lo, NODE_PORT_MAX, (x) => used.has(x)) ?? pick(ctx, NODE_PORT_MIN, lo - 1, (x) => used.has(x));
    if (n !== undefined) {
      p.nodePort = n;
      used.add(n);
    }
  }
}

/** Errors for user-chosen ClusterIPs and node ports: out of range, or already allocated. */
export function allocationErrors(ctx: AdmissionContext, obj: KObject, old?: Stored): FieldError[] {
  const errs: FieldError[] = [];
  const spec = obj.spec ?? {};
  const ips: string[] = spec.clusterIPs ?? [];
  // On update a kept ClusterIP needs no allocation, and a changed one is an immutability error.
  const keeps = !!old && needsClusterIP(old.spec);
  if (!keeps && needsClusterIP(spec) && ips.length && ips[0] !== 'None') {
    const ip = ips[0]!;
    const n = ipToInt(ip);
    const inRange = n !== undefined && n > BASE && n < BASE + SIZE - 1;
    let why: string | undefined;
    if (!inRange) why = `the provided IP (${ip}) is not in the valid range. The range of valid IPs is ${SERVICE_CIDR}`;
    else if (usedIPs(ctx, obj).has(ip)) why = 'provided IP is already allocated';
    if (why) errs.push({ type: 'Invalid value', field: 'spec.clusterIPs', badValue: ips, detail: `failed to allocate IP ${ip}: ${why}` });
  }
  const oldPorts = new Set<number>((old?.spec?.ports ?? []).map((p: any) => p.nodePort).filter(Boolean));
  const used = usedNodePorts(ctx, obj);
  (spec.ports ?? []).forEach((p: any, i: number) => {
    if (!p.nodePort || oldPorts.has(p.nodePort) || !needsNodePort(spec)) return;
    const e = nodePortError(p.nodePort, `spec.ports[${i}].nodePort`, used);
    if (e) errs.push(e);
  });
  return errs;
}
