// Service validation as kube-apiserver v1.34 words it (pkg/apis/core/validation: ValidateService,
// validateServicePort, ValidatePortNumOrName) and the NodePort allocator's errors
// (pkg/registry/core/service/portallocator: "provided port is not in the valid range. The range of
// valid ports is 30000-32767", "provided port is already allocated"). Expects defaulted input
// (type, protocol, sessionAffinity, targetPort). Not modelled: clusterIP(s)/ipFamilies checks,
// load-balancer fields, traffic policies, appProtocol.

import type { FieldError } from '../errors';
import { validateLabels } from './labels';
import { isDNS1123Subdomain, isValidPortName, isValidPortNum, validateDNS1123Label } from './names';

export interface ServicePortLike {
  name?: string;
  protocol?: string;
  port?: number;
  targetPort?: number | string;
  nodePort?: number;
}

export interface ServiceSpecLike {
  type?: string;
  clusterIP?: string;
  ports?: ServicePortLike[];
  selector?: Record<string, string>;
  sessionAffinity?: string;
  externalName?: string;
}

/** Service types, sorted as sets.List sorts them for the `supported values` list. */
export const SERVICE_TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
/** kube-apiserver --service-node-port-range default. */
export const DEFAULT_NODE_PORT_RANGE: readonly [number, number] = [30000, 32767];

const invalid = (field: string, badValue: unknown, detail: string): FieldError => ({ type: 'Invalid value', field, badValue, detail });

/** validateServicePort: name (required when several ports), port range, protocol, targetPort. */
function validateServicePort(sp: ServicePortLike, requireName: boolean, names: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (requireName && !sp.name) {
    errs.push({ type: 'Required value', field: `${path}.name` });
  } else if (sp.name) {
    errs.push(...validateDNS1123Label(sp.name, `${path}.name`));
    if (names.has(sp.name)) errs.push({ type: 'Duplicate value', field: `${path}.name`, badValue: sp.name });
    else names.add(sp.name);
  }
  errs.push(...isValidPortNum(sp.port ?? 0).map((m) => invalid(`${path}.port`, sp.port ?? 0, m)));
  if (sp.protocol !== undefined && !PROTOCOLS.includes(sp.protocol)) {
    errs.push({ type: 'Unsupported value', field: `${path}.protocol`, badValue: sp.protocol, supported: PROTOCOLS });
  }
  const tp = sp.targetPort;
  if (typeof tp === 'number') errs.push(...isValidPortNum(tp).map((m) => invalid(`${path}.targetPort`, tp, m)));
  else if (typeof tp === 'string') errs.push(...isValidPortName(tp).map((m) => invalid(`${path}.targetPort`, tp, m)));
  return errs;
}

/**
 * ValidateService's spec part at `path` (default `spec`), in the API server's order: ports
 * required (unless headless or ExternalName), externalName, each port, selector labels,
 * sessionAffinity, type, nodePort forbidden on ClusterIP, duplicate nodePorts, duplicate ports.
 */
export function validateServiceSpec(spec: ServiceSpecLike | undefined, path = 'spec'): FieldError[] {
  const s = spec ?? {};
  const errs: FieldError[] = [];
  const ports = s.ports ?? [];
  const headless = s.clusterIP === 'None';
  if (ports.length === 0 && !headless && s.type !== 'ExternalName') errs.push({ type: 'Required value', field: `${path}.ports` });
  if (s.type === 'ExternalName') {
    const cname = (s.externalName ?? '').replace(/\.$/, '');
    if (cname) errs.push(...isDNS1123Subdomain(cname).map((m) => invalid(`${path}.externalName`, cname, m)));
    else errs.push({ type: 'Required value', field: `${path}.externalName` });
  }
  const names = new Set<string>();
  ports.forEach((p, i) => errs.push(...validateServicePort(p, ports.length > 1, names, `${path}.ports[${i}]`)));
  if (s.selector) errs.push(...validateLabels(s.selector, `${path}.selector`));
  if (s.sessionAffinity !== undefined && !['ClientIP', 'None'].includes(s.sessionAffinity)) {
    errs.push({ type: 'Unsupported value', field: `${path}.sessionAffinity`, badValue: s.sessionAffinity, supported: ['ClientIP', 'None'] });
  }
  if (s.type !== undefined && !SERVICE_TYPES.includes(s.type)) {
    errs.push({ type: 'Unsupported value', field: `${path}.type`, badValue: s.type, supported: SERVICE_TYPES });
  }
  if (s.type === 'ClusterIP') {
    ports.forEach((p, i) => {
      if (p.nodePort) errs.push({ type: 'Forbidden', field: `${path}.ports[${i}].nodePort`, detail: "may not be used when `type` is 'ClusterIP'" });
    });
  }
  const seenNodePorts = new Set<string>();
  ports.forEach((p, i) => {
    if (!p.nodePort) return;
    const key = `${p.protocol ?? ''}/${p.nodePort}`;
    if (seenNodePorts.has(key)) errs.push({ type: 'Duplicate value', field: `${path}.ports[${i}].nodePort`, badValue: p.nodePort });
    seenNodePorts.add(key);
  });
  const seenPorts = new Set<string>();
  ports.forEach((p, i) => {
    const key = `${p.protocol ?? ''}/${p.port ?? 0}`;
    // Upstream reports its (protocol, port) key, an internal core.ServicePort without JSON tags,
    // which 1.34 renders as JSON with Go field names (unverified against a live server).
    const badValue = { Name: '', Protocol: p.protocol ?? '', AppProtocol: null, Port: p.port ?? 0, TargetPort: 0, NodePort: 0 };
    if (seenPorts.has(key)) errs.push({ type: 'Duplicate value', field: `${path}.ports[${i}]`, badValue });
    seenPorts.add(key);
  });
  return errs;
}

/**
 * The NodePort allocator's verdict on an explicit `nodePort` at `path`
 * (`spec.ports[0].nodePort`): out of range, already allocated, or undefined when it is free.
 */
export function nodePortError(
  port: number,
  path: string,
  allocated: ReadonlySet<number> = new Set(),
  range: readonly [number, number] = DEFAULT_NODE_PORT_RANGE,
): FieldError | undefined {
  if (port < range[0] || port > range[1]) {
    return invalid(path, port, `provided port is not in the valid range. The range of valid ports is ${range[0]}-${range[1]}`);
  }
  if (allocated.has(port)) return invalid(path, port, 'provided port is already allocated');
  return undefined;
}
