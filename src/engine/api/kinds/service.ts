// core/v1 Service (printers.go printService): NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE, wide
// SELECTOR. Defaults per SetDefaults_Service (type ClusterIP, sessionAffinity None, port protocol TCP,
// targetPort = port, internal/external traffic policies, allocateLoadBalancerNodePorts) plus the
// REST storage's IP family fields and allocations (kinds/service-alloc.ts) and `status.loadBalancer: {}`.
// Names are RFC 1035 labels. ClusterIPs may not change once set.

import type { FieldError } from '../errors';
import type { PrintColumn } from '../kind';
import type { Stored } from '../types';
import { formatLabels } from '../printers/labels';
import { validateServiceSpec } from '../validation/service';
import { ageColumn, defineKind, nameColumn } from './define';
import { metaErrors } from './meta-validation';
import {
  allocateClusterIP,
  allocateNodePorts,
  allocationErrors,
  needsClusterIP,
  needsNodePort,
  patchAllocatedValues,
} from './service-alloc';

const LOAD_BALANCER_WIDTH = 16;

/** loadBalancerStatusStringer: unique ingress IPs (or hostnames), sorted, cut to 16 chars unless wide. */
function loadBalancerIngress(svc: Stored, wide: boolean): string {
  const set = new Set<string>();
  for (const i of svc.status?.loadBalancer?.ingress ?? []) {
    if (i.ip) set.add(i.ip);
    else if (i.hostname) set.add(i.hostname);
  }
  let r = [...set].sort().join(',');
  if (!wide && r.length > LOAD_BALANCER_WIDTH) r = r.slice(0, LOAD_BALANCER_WIDTH - 3) + '...';
  return r;
}

/** getServiceExternalIP: the EXTERNAL-IP cell. */
export function serviceExternalIP(svc: Stored, wide: boolean): string {
  const spec = svc.spec ?? {};
  const ext: string[] = spec.externalIPs ?? [];
  switch (spec.type) {
    case 'ClusterIP':
    case 'NodePort':
      return ext.length ? ext.join(',') : '<none>';
    case 'LoadBalancer': {
      const lb = loadBalancerIngress(svc, wide);
      if (ext.length) return [...(lb ? lb.split(',') : []), ...ext].join(',');
      return lb || '<pending>';
    }
    case 'ExternalName':
      return spec.externalName ?? '';
  }
  return '<unknown>';
}

/** makePortString: `80/TCP`, `80:31234/TCP`, joined by `,`. */
export function servicePorts(svc: Stored): string {
  return ((svc.spec?.ports ?? []) as any[])
    .map((p) => (p.nodePort > 0 ? `${p.port}:${p.nodePort}/${p.protocol}` : `${p.port}/${p.protocol}`))
    .join(',');
}

const columns: PrintColumn[] = [
  nameColumn,
  { name: 'Type', cell: (o) => String(o.spec?.type ?? '') },
  { name: 'Cluster-IP', cell: (o) => o.spec?.clusterIPs?.[0] ?? o.spec?.clusterIP ?? '<none>' },
  { name: 'External-IP', cell: (o, c) => serviceExternalIP(o, c.wide) },
  { name: 'Port(s)', cell: (o) => servicePorts(o) || '<none>' },
  ageColumn,
  { name: 'Selector', priority: 1, cell: (o) => formatLabels(o.spec?.selector) },
];

export const serviceKind = defineKind({
  kind: 'Service',
  group: '',
  version: 'v1',
  plural: 'services',
  namespaced: true,
  shortNames: ['svc'],
  categories: ['all'],
  columns,
  fields: (o) => ({ 'spec.clusterIP': o.spec?.clusterIP ?? '', 'spec.type': o.spec?.type ?? '' }),
  defaults(obj, ctx) {
    const spec = (obj.spec = obj.spec ?? {});
    if (!spec.type) spec.type = 'ClusterIP';
    if (!spec.sessionAffinity) spec.sessionAffinity = 'None';
    for (const p of spec.ports ?? []) {
      if (!p.protocol) p.protocol = 'TCP';
      if (p.targetPort === undefined || p.targetPort === 0 || p.targetPort === '') p.targetPort = p.port;
    }
    if (needsNodePort(spec) && !spec.externalTrafficPolicy) spec.externalTrafficPolicy = 'Cluster';
    if (spec.type === 'LoadBalancer' && spec.allocateLoadBalancerNodePorts === undefined) spec.allocateLoadBalancerNodePorts = true;
    patchAllocatedValues(spec, ctx.get('Service', obj.metadata.namespace || 'default', obj.metadata.name ?? ''));
    if (needsClusterIP(spec)) {
      if (spec.clusterIP === 'None' || spec.clusterIPs?.[0] === 'None') {
        spec.clusterIP = 'None';
        spec.clusterIPs = ['None'];
      } else if (spec.clusterIP && !spec.clusterIPs?.length) {
        spec.clusterIPs = [spec.clusterIP];
      } else if (!spec.clusterIP && spec.clusterIPs?.length) {
        spec.clusterIP = spec.clusterIPs[0];
      } else if (!spec.clusterIP) {
        const ip = allocateClusterIP(ctx, obj);
        if (ip) {
          spec.clusterIP = ip;
          spec.clusterIPs = [ip];
        }
      }
      if (!spec.ipFamilies?.length) spec.ipFamilies = ['IPv4'];
      if (!spec.ipFamilyPolicy) spec.ipFamilyPolicy = 'SingleStack';
      if (!spec.internalTrafficPolicy) spec.internalTrafficPolicy = 'Cluster';
    }
    if (needsNodePort(spec)) allocateNodePorts(ctx, obj);
    if (obj.status === undefined) obj.status = { loadBalancer: {} };
    return obj;
  },
  validate(obj, ctx, old) {
    const errs: FieldError[] = [...metaErrors(obj, 'rfc1035'), ...validateServiceSpec(obj.spec ?? {}, 'spec')];
    if (old && needsClusterIP(old.spec) && needsClusterIP(obj.spec)) {
      const now: string[] = obj.spec?.clusterIPs ?? [];
      if ((now[0] ?? '') !== (old.spec?.clusterIPs?.[0] ?? '')) {
        errs.push({ type: 'Invalid value', field: 'spec.clusterIPs[0]', badValue: now, detail: 'may not change once set' });
      }
    }
    errs.push(...allocationErrors(ctx, obj, old));
    return errs;
  },
});
