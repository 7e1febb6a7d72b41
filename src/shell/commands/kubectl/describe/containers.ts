// Container and pod-template sections of kubectl describe (describe.go describeContainers,
// describeContainerBasicInfo/Command/State/Probe/EnvVars/EnvFrom/Volumes, describeResources,
// DescribeProbe, DescribePodTemplate, describeTopologySpreadConstraints).
// Ports print with their name (`80/TCP (http)`) as recent kubectl does.

import type { Stored } from '../../../../engine/api/types';
import { formatLabelSelector } from '../../../../engine/api/printers/labels';
import { isQuantity, milliValue, parseQuantity, quantityValue } from '../../../../engine/api/validation/quantity';
import { printAnnotationsMultiline, printBool, printLabelsMultiline, printTolerationsMultiline, quantityString, rfc1123z, stringOrNone, type PrefixWriter } from './writer';
import { describeVolumes } from './volumes';

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);


/** The value a fieldRef env var resolves to for this pod (EnvValueRetriever); '' when unknown. */
function fieldPathValue(pod: Stored | undefined, path: string): string {
  if (!pod) return '';
  const m = path.match(/^metadata\.(labels|annotations)\['(.*)'\]$/);
  if (m) return (pod.metadata as any)[m[1]!]?.[m[2]!] ?? '';
  switch (path) {
    case 'metadata.name':
      return pod.metadata.name;
    case 'metadata.namespace':
      return pod.metadata.namespace ?? '';
    case 'metadata.uid':
      return pod.metadata.uid;
    case 'spec.nodeName':
      return pod.spec?.nodeName ?? '';
    case 'spec.serviceAccountName':
      return pod.spec?.serviceAccountName ?? '';
    case 'status.hostIP':
      return pod.status?.hostIP ?? '';
    case 'status.hostIPs':
      return (pod.status?.hostIPs ?? []).map((x: any) => x.ip).join(',');
    case 'status.podIP':
      return pod.status?.podIP ?? '';
    case 'status.podIPs':
      return (pod.status?.podIPs ?? []).map((x: any) => x.ip).join(',');
  }
  return '';
}

/** ExtractContainerResourceValue: `limits.cpu` etc. in divisor units, rounded up. */
function resourceFieldValue(ref: any, c: any): string {
  const [kind, name] = String(ref.resource).split('.') as [string, string];
  const raw = c.resources?.[kind]?.[name];
  const q = parseQuantity(String(raw ?? '0'));
  const d = parseQuantity(String(ref.divisor ?? '1'));
  if (!isQuantity(q) || !isQuantity(d) || d.nanos === 0n) return '';
  const v = name === 'cpu' ? Math.ceil(milliValue(q) / milliValue(d)) : Math.ceil(quantityValue(q) / quantityValue(d));
  return String(v);
}

const portList = (ports: any[], key: 'containerPort' | 'hostPort') =>
  ports.map((p) => `${p[key] ?? 0}/${p.protocol ?? 'TCP'}${p.name ? ` (${p.name})` : ''}`).join(', ');

function describeContainerBasicInfo(w: PrefixWriter, c: any, status: any, space: string): void {
  w.write(1, `${space ? ' ' : ''}${c.name}:\n`);
  if (status) w.write(2, `Container ID:\t${status.containerID ?? ''}\n`);
  w.write(2, `Image:\t${c.image ?? ''}\n`);
  if (status) w.write(2, `Image ID:\t${status.imageID ?? ''}\n`);
  const ports = portList(c.ports ?? [], 'containerPort');
  w.write(2, ports.includes(',') ? `Ports:\t${ports}\n` : `Port:\t${stringOrNone(ports)}\n`);
  const hostPorts = portList(c.ports ?? [], 'hostPort');
  w.write(2, hostPorts.includes(',') ? `Host Ports:\t${hostPorts}\n` : `Host Port:\t${stringOrNone(hostPorts)}\n`);
  const sp = c.securityContext?.seccompProfile;
  if (sp) {
    w.write(2, `SeccompProfile:\t${sp.type}\n`);
    if (sp.type === 'Localhost') w.write(3, `LocalhostProfile:\t${sp.localhostProfile ?? ''}\n`);
  }
}

function describeContainerCommand(w: PrefixWriter, c: any): void {
  for (const [title, list] of [['Command', c.command], ['Args', c.args]] as const) {
    if (!Array.isArray(list) || list.length === 0) continue;
    w.write(2, `${title}:\n`);
    for (const item of list) for (const s of String(item).split('\n')) w.write(3, `${s}\n`);
  }
}

function describeStatus(w: PrefixWriter, name: string, state: any): void {
  if (state?.running) {
    w.write(2, `${name}:\tRunning\n`);
    w.write(3, `Started:\t${rfc1123z(state.running.startedAt)}\n`);
  } else if (state?.waiting) {
    w.write(2, `${name}:\tWaiting\n`);
    if (state.waiting.reason) w.write(3, `Reason:\t${state.waiting.reason}\n`);
  } else if (state?.terminated) {
    const t = state.terminated;
    w.write(2, `${name}:\tTerminated\n`);
    if (t.reason) w.write(3, `Reason:\t${t.reason}\n`);
    if (t.message) w.write(3, `Message:\t${t.message}\n`);
    w.write(3, `Exit Code:\t${t.exitCode ?? 0}\n`);
    if (t.signal > 0) w.write(3, `Signal:\t${t.signal}\n`);
    w.write(3, `Started:\t${rfc1123z(t.startedAt)}\n`);
    w.write(3, `Finished:\t${rfc1123z(t.finishedAt)}\n`);
  } else {
    w.write(2, `${name}:\tWaiting\n`);
  }
}

/** describeResources: `Limits:` / `Requests:` with sorted resource names. */
export function describeResources(w: PrefixWriter, resources: any, level: number): void {
  if (!resources) return;
  for (const [title, list] of [['Limits', resources.limits], ['Requests', resources.requests]] as const) {
    const keys = Object.keys(list ?? {}).sort(byCodeUnit);
    if (keys.length) w.write(level, `${title}:\n`);
    for (const k of keys) w.write(level + 1, `${k}:\t${quantityString(list[k])}\n`);
  }
}

const intOrString = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** DescribeProbe (v1.34 wording: `#success=1 #failure=3`). */
export function describeProbe(p: any): string {
  const attrs = `delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 0}s period=${p.periodSeconds ?? 0}s #success=${p.successThreshold ?? 0} #failure=${p.failureThreshold ?? 0}`;
  if (p.exec) return `exec [${(p.exec.command ?? []).join(' ')}] ${attrs}`;
  if (p.httpGet) {
    const h = p.httpGet;
    const port = intOrString(h.port);
    const host = h.host ?? '';
    const hostPort = port ? `${host.includes(':') ? `[${host}]` : host}:${port}` : host;
    return `http-get ${String(h.scheme ?? '').toLowerCase()}://${hostPort}${h.path ?? ''} ${attrs}`;
  }
  if (p.tcpSocket) return `tcp-socket ${p.tcpSocket.host ?? ''}:${intOrString(p.tcpSocket.port)} ${attrs}`;
  if (p.grpc) return `grpc <pod>:${p.grpc.port} ${p.grpc.service ?? ''} ${attrs}`;
  return `unknown ${attrs}`;
}

function describeContainerProbes(w: PrefixWriter, c: any): void {
  if (c.livenessProbe) w.write(2, `Liveness:\t${describeProbe(c.livenessProbe)}\n`);
  if (c.readinessProbe) w.write(2, `Readiness:\t${describeProbe(c.readinessProbe)}\n`);
  if (c.startupProbe) w.write(2, `Startup:\t${describeProbe(c.startupProbe)}\n`);
}

function describeEnvFrom(w: PrefixWriter, c: any): void {
  w.write(2, 'Environment Variables from:\n');
  for (const e of c.envFrom) {
    const ref = e.configMapRef ?? e.secretRef;
    const from = e.configMapRef ? 'ConfigMap' : e.secretRef ? 'Secret' : '';
    const optional = ref?.optional === true;
    const what = e.prefix ? `${from} with prefix '${e.prefix}'` : from;
    w.write(3, `${ref?.name ?? ''}\t${what}\tOptional: ${optional}\n`);
  }
}

function describeEnv(w: PrefixWriter, c: any, pod: Stored | undefined): void {
  const env: any[] = c.env ?? [];
  w.write(2, `Environment:${env.length ? '' : '\t<none>'}\n`);
  for (const e of env) {
    const vf = e.valueFrom;
    if (!vf) {
      String(e.value ?? '')
        .split('\n')
        .forEach((s, i) => w.write(3, i === 0 ? `${e.name}:\t${s}\n` : `\t${s}\n`));
    } else if (vf.fieldRef) {
      w.write(3, `${e.name}:\t${fieldPathValue(pod, vf.fieldRef.fieldPath)} (${vf.fieldRef.apiVersion ?? ''}:${vf.fieldRef.fieldPath})\n`);
    } else if (vf.resourceFieldRef) {
      let v = resourceFieldValue(vf.resourceFieldRef, c);
      const r = vf.resourceFieldRef.resource;
      if (v === '0' && (r === 'limits.cpu' || r === 'limits.memory')) v = 'node allocatable';
      w.write(3, `${e.name}:\t${v} (${r})\n`);
    } else if (vf.secretKeyRef) {
      const k = vf.secretKeyRef;
      w.write(3, `${e.name}:\t<set to the key '${k.key}' in secret '${k.name}'>\tOptional: ${k.optional === true}\n`);
    } else if (vf.configMapKeyRef) {
      const k = vf.configMapKeyRef;
      w.write(3, `${e.name}:\t<set to the key '${k.key}' of config map '${k.name}'>\tOptional: ${k.optional === true}\n`);
    }
  }
}

function describeMounts(w: PrefixWriter, c: any): void {
  const mounts: any[] = [...(c.volumeMounts ?? [])].sort((a, b) => byCodeUnit(a.mountPath ?? '', b.mountPath ?? ''));
  w.write(2, `Mounts:${mounts.length ? '' : '\t<none>'}\n`);
  for (const m of mounts) {
    const flags = [m.readOnly ? 'ro' : 'rw'];
    if (m.subPath) flags.push(`path=${JSON.stringify(m.subPath)}`);
    w.write(3, `${m.mountPath} from ${m.name} (${flags.join(',')})\n`);
  }
  const devices: any[] = c.volumeDevices ?? [];
  if (devices.length) {
    w.write(2, 'Devices:\n');
    for (const d of [...devices].sort((a, b) => byCodeUnit(a.devicePath, b.devicePath))) w.write(3, `${d.devicePath} from ${d.name}\n`);
  }
}

/** describeContainers: `<label>:` then each container block; `pod` resolves fieldRef env values. */
export function describeContainers(
  w: PrefixWriter,
  label: string,
  containers: readonly any[] | undefined,
  statuses: readonly any[] | undefined,
  space: string,
  pod?: Stored,
): void {
  const list = containers ?? [];
  w.write(0, `${space}${label}:${list.length ? '' : ' <none>'}\n`);
  const byName = new Map<string, any>((statuses ?? []).map((s) => [s.name, s]));
  for (const c of list) {
    const status = statuses ? byName.get(c.name) : undefined;
    describeContainerBasicInfo(w, c, status, space);
    describeContainerCommand(w, c);
    if (status) {
      describeStatus(w, 'State', status.state);
      if (status.lastState?.terminated) describeStatus(w, 'Last State', status.lastState);
      w.write(2, `Ready:\t${printBool(status.ready)}\n`);
      w.write(2, `Restart Count:\t${status.restartCount ?? 0}\n`);
    }
    describeResources(w, c.resources, 2);
    describeContainerProbes(w, c);
    if (c.envFrom?.length) describeEnvFrom(w, c);
    describeEnv(w, c, pod);
    describeMounts(w, c);
  }
}

/** describeTopologySpreadConstraints: sorted by topologyKey, nothing when there are none. */
export function describeTopologySpreadConstraints(w: PrefixWriter, tscs: readonly any[] | undefined, space: string): void {
  const list = [...(tscs ?? [])].sort((a, b) => byCodeUnit(a.topologyKey, b.topologyKey));
  if (list.length === 0) return;
  w.write(0, `${space}Topology Spread Constraints:\t`);
  list.forEach((t, i) => {
    if (i !== 0) w.write(0, `${space}\t`);
    let s = `${t.topologyKey}:${t.whenUnsatisfiable} when max skew ${t.maxSkew} is exceeded`;
    if (t.labelSelector) s += ` for selector ${formatLabelSelector(t.labelSelector)}`;
    w.write(0, `${s}\n`);
  });
}

/** DescribePodTemplate: the `Pod Template:` section of workloads. */
export function describePodTemplate(w: PrefixWriter, template: any): void {
  w.write(0, 'Pod Template:\n');
  if (!template) {
    w.write(1, '<unset>');
    return;
  }
  const md = template.metadata ?? {};
  const spec = template.spec ?? {};
  printLabelsMultiline(w, '  Labels', md.labels);
  if (Object.keys(md.annotations ?? {}).length) printAnnotationsMultiline(w, '  Annotations', md.annotations);
  if (spec.serviceAccountName) w.write(1, `Service Account:\t${spec.serviceAccountName}\n`);
  if (spec.initContainers?.length) describeContainers(w, 'Init Containers', spec.initContainers, undefined, '  ');
  describeContainers(w, 'Containers', spec.containers, undefined, '  ');
  describeVolumes(w, spec.volumes, '  ');
  describeTopologySpreadConstraints(w, spec.topologySpreadConstraints, '  ');
  if (spec.priorityClassName) w.write(1, `Priority Class Name:\t${spec.priorityClassName}\n`);
  printLabelsMultiline(w, '  Node-Selectors', spec.nodeSelector);
  printTolerationsMultiline(w, '  Tolerations', spec.tolerations);
}
