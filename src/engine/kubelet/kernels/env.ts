// A container's environment as the kubelet builds it (kubelet_pods.go makeEnvironmentVariables):
// envFrom (ConfigMaps/Secrets, with prefix), env (values with $(VAR) expansion, configMapKeyRef,
// secretKeyRef, fieldRef, resourceFieldRef), then Docker-link-style Service variables for the
// pod's namespace (enableServiceLinks) and always for the `kubernetes` Service. A missing
// non-optional ConfigMap/Secret/key is the CreateContainerConfigError message upstream gives.

import { bytes, parseQuantity } from './quantity';

export interface ServiceLike {
  name: string;
  clusterIP?: string;
  ports: { name?: string; port: number; protocol?: string }[];
}

export interface EnvSources {
  configMap(namespace: string, name: string): Record<string, string> | undefined;
  /** Decoded secret data. */
  secret(namespace: string, name: string): Record<string, string> | undefined;
  /** Services visible to the pod (its namespace), plus `kubernetes` from default. */
  services: ServiceLike[];
  podIP?: string;
  hostIP?: string;
  nodeName: string;
  /** Node allocatable, for resourceFieldRef without limits. */
  nodeCpu?: string;
  nodeMemory?: string;
}

type Pod = { metadata: { name?: string; namespace?: string; uid?: string; labels?: Record<string, string>; annotations?: Record<string, string> }; spec?: any };
type Container = { name: string; env?: any[]; envFrom?: any[]; resources?: any };

export type EnvResult = { ok: true; env: Record<string, string> } | { ok: false; message: string };

/** Service link variables for one Service (`WEB_SERVICE_HOST`, `WEB_PORT_80_TCP_ADDR`, …). */
export function serviceEnv(s: ServiceLike): Record<string, string> {
  const out: Record<string, string> = {};
  if (!s.clusterIP || s.clusterIP === 'None' || !s.ports.length) return out;
  const n = s.name.toUpperCase().replace(/-/g, '_');
  const first = s.ports[0];
  out[`${n}_SERVICE_HOST`] = s.clusterIP;
  out[`${n}_SERVICE_PORT`] = String(first.port);
  for (const p of s.ports) if (p.name) out[`${n}_SERVICE_PORT_${p.name.toUpperCase().replace(/-/g, '_')}`] = String(p.port);
  out[`${n}_PORT`] = `${(first.protocol ?? 'TCP').toLowerCase()}://${s.clusterIP}:${first.port}`;
  for (const p of s.ports) {
    const proto = (p.protocol ?? 'TCP').toLowerCase();
    const base = `${n}_PORT_${p.port}_${proto.toUpperCase()}`;
    out[base] = `${proto}://${s.clusterIP}:${p.port}`;
    out[`${base}_PROTO`] = proto;
    out[`${base}_PORT`] = String(p.port);
    out[`${base}_ADDR`] = s.clusterIP;
  }
  return out;
}

function fieldValue(pod: Pod, path: string, src: EnvSources): string | undefined {
  const m = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(path);
  if (m) return (m[1] === 'labels' ? pod.metadata.labels : pod.metadata.annotations)?.[m[2]] ?? '';
  switch (path) {
    case 'metadata.name': return pod.metadata.name;
    case 'metadata.namespace': return pod.metadata.namespace;
    case 'metadata.uid': return pod.metadata.uid;
    case 'spec.nodeName': return src.nodeName;
    case 'spec.serviceAccountName': return pod.spec?.serviceAccountName ?? 'default';
    case 'status.podIP': case 'status.podIPs': return src.podIP ?? '';
    case 'status.hostIP': case 'status.hostIPs': return src.hostIP ?? '';
  }
  return undefined;
}

function resourceValue(c: Container, ref: { resource: string; divisor?: string }, src: EnvSources): string {
  const [kind, res] = ref.resource.split('.');
  const raw = c.resources?.[kind]?.[res] ?? c.resources?.limits?.[res] ?? (res === 'cpu' ? src.nodeCpu ?? '2' : src.nodeMemory ?? '4Gi');
  const div = ref.divisor ? parseQuantity(ref.divisor) : 1;
  const v = res === 'memory' ? bytes(raw) / div : parseQuantity(raw) / div;
  return String(Math.ceil(v));
}

/** $(VAR) expansion as in the kubelet's expansion package: defined names expand, `$$` escapes. */
function expand(value: string, vars: Record<string, string>): string {
  return value.replace(/\$\$|\$\(([A-Za-z_][\w.-]*)\)/g, (m, name) => (m === '$$' ? '$' : name in vars ? vars[name] : m));
}

export function containerEnv(pod: Pod, c: Container, src: EnvSources): EnvResult {
  const ns = pod.metadata.namespace ?? 'default';
  const svc: Record<string, string> = {};
  const links = pod.spec?.enableServiceLinks !== false;
  for (const s of src.services) if (links || s.name === 'kubernetes') Object.assign(svc, serviceEnv(s));
  const env: Record<string, string> = {};
  for (const f of c.envFrom ?? []) {
    const ref = f.configMapRef ?? f.secretRef;
    const isCm = !!f.configMapRef;
    const data = isCm ? src.configMap(ns, ref.name) : src.secret(ns, ref.name);
    if (!data) {
      if (ref.optional) continue;
      return { ok: false, message: `${isCm ? 'configmap' : 'secret'} "${ref.name}" not found` };
    }
    for (const [k, v] of Object.entries(data)) env[`${f.prefix ?? ''}${k}`] = v;
  }
  for (const e of c.env ?? []) {
    if (e.valueFrom === undefined) {
      env[e.name] = expand(e.value ?? '', { ...svc, ...env });
      continue;
    }
    const vf = e.valueFrom;
    if (vf.configMapKeyRef || vf.secretKeyRef) {
      const isCm = !!vf.configMapKeyRef;
      const ref = vf.configMapKeyRef ?? vf.secretKeyRef;
      const data = isCm ? src.configMap(ns, ref.name) : src.secret(ns, ref.name);
      if (!data) {
        if (ref.optional) continue;
        return { ok: false, message: `${isCm ? 'configmap' : 'secret'} "${ref.name}" not found` };
      }
      if (!(ref.key in data)) {
        if (ref.optional) continue;
        return { ok: false, message: `couldn't find key ${ref.key} in ${isCm ? 'ConfigMap' : 'Secret'} ${ns}/${ref.name}` };
      }
      env[e.name] = data[ref.key];
    } else if (vf.fieldRef) {
      env[e.name] = fieldValue(pod, vf.fieldRef.fieldPath, src) ?? '';
    } else if (vf.resourceFieldRef) {
      env[e.name] = resourceValue(c, vf.resourceFieldRef, src);
    }
  }
  for (const k of Object.keys(svc).sort()) if (!(k in env)) env[k] = svc[k];
  return { ok: true, env };
}
