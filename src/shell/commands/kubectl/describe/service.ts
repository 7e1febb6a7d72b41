// `kubectl describe service` (describe.go describeService, buildIngressString, formatEndpointSlices):
// selector, type, IP families, IPs, one Port/TargetPort/NodePort/Endpoints group per port, traffic
// policies and Events. Endpoints come from EndpointSlices labelled kubernetes.io/service-name when
// that kind is registered; otherwise they are derived from the ready pods the selector matches.

import type { ApiServer } from '../../../../engine/api/server';
import type { Stored } from '../../../../engine/api/types';
import { formatLabels } from '../../../../engine/api/printers/labels';
import { describeEvents, eventsFor } from './events';
import { printAnnotationsMultiline, printLabelsMultiline, tabbedString } from './writer';

type Ctx = { api: ApiServer; now: number };

/** EndpointSlices of a service, from the API when the kind exists, else derived from ready pods. */
function endpointSlices(api: ApiServer, svc: Stored): any[] | undefined {
  const ns = svc.metadata.namespace;
  if (api.registry.get('EndpointSlice.discovery.k8s.io')) {
    return api
      .list('EndpointSlice.discovery.k8s.io', { namespace: ns })
      .filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === svc.metadata.name);
  }
  const sel = svc.spec?.selector;
  if (!sel || !Object.keys(sel).length) return undefined;
  const pods = api.list('Pod', { namespace: ns }).filter((p) => {
    const labels = p.metadata.labels ?? {};
    const ready = (p.status?.conditions ?? []).some((c: any) => c.type === 'Ready' && c.status === 'True');
    return Object.entries(sel).every(([k, v]) => labels[k] === v) && ready && p.status?.podIP && !p.metadata.deletionTimestamp;
  });
  const ports = (svc.spec?.ports ?? []).map((sp: any) => {
    let port = sp.targetPort;
    if (typeof port === 'string') {
      for (const p of pods) for (const c of p.spec?.containers ?? []) for (const cp of c.ports ?? []) if (cp.name === port) port = cp.containerPort;
    }
    return { name: sp.name ?? '', port, protocol: sp.protocol };
  });
  return [{ ports, endpoints: pods.map((p) => ({ addresses: [p.status.podIP], conditions: { ready: true } })) }];
}

/** formatEndpointSlices: `ip:port` list for the given port name, at most 3 then ` + N more...`. */
function formatEndpoints(slices: any[] | undefined, portName: string): string {
  if (!slices || slices.length === 0) return '<none>';
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  for (const s of slices) {
    const ports: any[] = s.ports ?? [];
    const groups = ports.length === 0 ? [undefined] : ports.filter((p) => (p.name ?? '') === portName);
    for (const p of groups) {
      for (const e of s.endpoints ?? []) {
        if (list.length === max) more = true;
        if (e.conditions?.ready === false) continue;
        if (!more) list.push(p === undefined ? e.addresses[0] : `${e.addresses[0]}:${p.port}`);
        count++;
      }
    }
  }
  const ret = list.join(',');
  return more ? `${ret} + ${count - max} more...` : ret;
}

export function describeService(ctx: Ctx, svc: Stored): string {
  const spec = svc.spec ?? {};
  const slices = endpointSlices(ctx.api, svc);
  return tabbedString((w) => {
    w.write(0, `Name:\t${svc.metadata.name}\n`);
    w.write(0, `Namespace:\t${svc.metadata.namespace}\n`);
    printLabelsMultiline(w, 'Labels', svc.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', svc.metadata.annotations);
    w.write(0, `Selector:\t${formatLabels(spec.selector)}\n`);
    w.write(0, `Type:\t${spec.type ?? ''}\n`);
    if (spec.ipFamilyPolicy) w.write(0, `IP Family Policy:\t${spec.ipFamilyPolicy}\n`);
    w.write(0, `IP Families:\t${spec.ipFamilies?.length ? spec.ipFamilies.join(',') : '<none>'}\n`);
    w.write(0, `IP:\t${spec.clusterIP ?? ''}\n`);
    w.write(0, `IPs:\t${spec.clusterIPs?.length ? spec.clusterIPs.join(',') : '<none>'}\n`);
    if (spec.externalIPs?.length) w.write(0, `External IPs:\t${spec.externalIPs.join(',')}\n`);
    if (spec.loadBalancerIP) w.write(0, `Desired LoadBalancer IP:\t${spec.loadBalancerIP}\n`);
    if (spec.externalName) w.write(0, `External Name:\t${spec.externalName}\n`);
    const ingress: any[] = svc.status?.loadBalancer?.ingress ?? [];
    if (ingress.length) {
      const list = ingress.map((i) => (i.ip ? `${i.ip}${i.ipMode ? ` (${i.ipMode})` : ''}` : i.hostname)).join(', ');
      w.write(0, `LoadBalancer Ingress:\t${list}\n`);
    }
    for (const sp of spec.ports ?? []) {
      const name = sp.name || '<unset>';
      w.write(0, `Port:\t${name}\t${sp.port}/${sp.protocol}\n`);
      w.write(0, `TargetPort:\t${sp.targetPort}/${sp.protocol}\n`);
      if (sp.nodePort) w.write(0, `NodePort:\t${name}\t${sp.nodePort}/${sp.protocol}\n`);
      w.write(0, `Endpoints:\t${formatEndpoints(slices, sp.name ?? '')}\n`);
    }
    w.write(0, `Session Affinity:\t${spec.sessionAffinity ?? ''}\n`);
    if (spec.externalTrafficPolicy) w.write(0, `External Traffic Policy:\t${spec.externalTrafficPolicy}\n`);
    if (spec.internalTrafficPolicy) w.write(0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy}\n`);
    if (spec.healthCheckNodePort) w.write(0, `HealthCheck NodePort:\t${spec.healthCheckNodePort}\n`);
    if (spec.loadBalancerSourceRanges?.length) w.write(0, `LoadBalancer Source Ranges:\t${spec.loadBalancerSourceRanges.join(',')}\n`);
    if (spec.trafficDistribution) w.write(0, `Traffic Distribution:\t${spec.trafficDistribution}\n`);
    describeEvents(w, eventsFor(ctx.api, svc), ctx.now);
  });
}
