// PodSpec validation as kube-apiserver v1.34 words it (pkg/apis/core/validation/validation.go:
// ValidatePodSpec → ValidateVolumes, validateContainers / validateInitContainers →
// validateContainerCommon, validateContainerPorts, ValidateEnv, ValidateVolumeMounts,
// validatePullPolicy, ValidateContainerResourceRequirements; validateRestartPolicy,
// validateDNSPolicy). Expects defaulted input (protocol, policies): absent defaulted fields are not
// reported. Not modelled: security contexts, probes' handlers, affinity, tolerations, volume
// source details beyond the required name of configMap/secret/persistentVolumeClaim/hostPath.

import type { FieldError } from '../errors';
import { validateLabels } from './labels';
import { inclusiveRangeError, isDNS1123Subdomain, isValidPortName, isValidPortNum, validateDNS1123Label } from './names';
import { validateResourceRequirements } from './resources';

export interface ContainerLike {
  name?: string;
  image?: string;
  ports?: { name?: string; containerPort?: number; hostPort?: number; protocol?: string }[];
  env?: { name?: string }[];
  volumeMounts?: { name?: string; mountPath?: string }[];
  resources?: { limits?: Record<string, unknown>; requests?: Record<string, unknown> };
  imagePullPolicy?: string;
  terminationMessagePolicy?: string;
  restartPolicy?: string;
  lifecycle?: unknown;
  livenessProbe?: unknown;
  readinessProbe?: unknown;
  startupProbe?: unknown;
}

export interface PodSpecLike {
  volumes?: ({ name?: string } & Record<string, unknown>)[];
  containers?: ContainerLike[];
  initContainers?: ContainerLike[];
  restartPolicy?: string;
  dnsPolicy?: string;
  nodeSelector?: Record<string, string>;
  serviceAccountName?: string;
  activeDeadlineSeconds?: number;
  hostname?: string;
}

const req = (field: string, detail?: string): FieldError => ({ type: 'Required value', field, ...(detail ? { detail } : {}) });
const invalid = (field: string, badValue: unknown, detail: string): FieldError => ({ type: 'Invalid value', field, badValue, detail });
const unsupported = (field: string, badValue: string, supported: string[]): FieldError => ({ type: 'Unsupported value', field, badValue, supported });

/** Volume sources in the order validateVolumeSource tries them. */
const VOLUME_TYPES = [
  'hostPath', 'emptyDir', 'gitRepo', 'gcePersistentDisk', 'awsElasticBlockStore', 'secret', 'nfs', 'iscsi', 'glusterfs',
  'flocker', 'persistentVolumeClaim', 'rbd', 'quobyte', 'downwardAPI', 'fc', 'azureFile', 'vsphereVolume',
  'photonPersistentDisk', 'portworxVolume', 'azureDisk', 'csi', 'ephemeral', 'scaleIO', 'configMap', 'projected',
  'cinder', 'cephfs', 'flexVolume', 'storageos', 'image',
]; // prettier-ignore

/** Fields a volume source must name (validateConfigMapVolumeSource & co.). */
const SOURCE_REQUIRED: Record<string, string> = {
  configMap: 'name',
  secret: 'secretName',
  persistentVolumeClaim: 'claimName',
  hostPath: 'path',
};

/** ValidateVolumes: returns the errors and the names that validated (what mounts may refer to). */
export function validateVolumes(volumes: PodSpecLike['volumes'], path: string): { errs: FieldError[]; names: Set<string> } {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  (volumes ?? []).forEach((vol, i) => {
    const p = `${path}[${i}]`;
    const el: FieldError[] = [];
    let count = 0;
    for (const t of VOLUME_TYPES) {
      const src = vol[t];
      if (src === undefined || src === null) continue;
      if (count++ > 0) {
        el.push({ type: 'Forbidden', field: `${p}.${t}`, detail: 'may not specify more than 1 volume type' });
        continue;
      }
      const need = SOURCE_REQUIRED[t];
      if (need && !(src as Record<string, unknown>)[need]) el.push(req(`${p}.${t}.${need}`));
    }
    if (count === 0) el.push(req(p, 'must specify a volume type'));
    const name = vol.name ?? '';
    if (!name) el.push(req(`${p}.name`));
    else el.push(...validateDNS1123Label(name, `${p}.name`));
    if (names.has(name)) el.push({ type: 'Duplicate value', field: `${p}.name`, badValue: name });
    if (el.length === 0) names.add(name);
    else errs.push(...el);
  });
  return { errs, names };
}

/** validateContainerPorts. */
function validatePorts(ports: ContainerLike['ports'], path: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  (ports ?? []).forEach((port, i) => {
    const p = `${path}[${i}]`;
    if (port.name) {
      const msgs = isValidPortName(port.name);
      if (msgs.length) errs.push(...msgs.map((m) => invalid(`${p}.name`, port.name, m)));
      else if (names.has(port.name)) errs.push({ type: 'Duplicate value', field: `${p}.name`, badValue: port.name });
      else names.add(port.name);
    }
    if (!port.containerPort) errs.push(req(`${p}.containerPort`));
    else errs.push(...isValidPortNum(port.containerPort).map((m) => invalid(`${p}.containerPort`, port.containerPort, m)));
    if (port.hostPort) errs.push(...isValidPortNum(port.hostPort).map((m) => invalid(`${p}.hostPort`, port.hostPort, m)));
    if (port.protocol && !['SCTP', 'TCP', 'UDP'].includes(port.protocol)) {
      errs.push(unsupported(`${p}.protocol`, port.protocol, ['SCTP', 'TCP', 'UDP']));
    }
  });
  return errs;
}

/** validateContainerCommon: name, image, termination message policy, ports, env, mounts, pull policy, resources. */
function validateContainerCommon(c: ContainerLike, volumes: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!c.name) errs.push(req(`${path}.name`));
  else errs.push(...validateDNS1123Label(c.name, `${path}.name`));
  if (!c.image) errs.push(req(`${path}.image`));
  const tmp = c.terminationMessagePolicy;
  if (tmp && tmp !== 'File' && tmp !== 'FallbackToLogsOnError') {
    errs.push(unsupported(`${path}.terminationMessagePolicy`, tmp, ['File', 'FallbackToLogsOnError']));
  }
  errs.push(...validatePorts(c.ports, `${path}.ports`));
  (c.env ?? []).forEach((e, i) => {
    const p = `${path}.env[${i}].name`;
    if (!e.name) errs.push(req(p));
    // RelaxedEnvironmentVariableValidation (GA in v1.34): printable ASCII other than '='.
    else if (!/^[\x20-\x3c\x3e-\x7e]+$/.test(e.name)) {
      errs.push(invalid(p, e.name, "a valid environment variable name must consist only of printable ASCII characters other than '='"));
    }
  });
  const mountPaths = new Set<string>();
  (c.volumeMounts ?? []).forEach((m, i) => {
    const p = `${path}.volumeMounts[${i}]`;
    const name = m.name ?? '';
    if (!name) errs.push(req(`${p}.name`));
    if (!volumes.has(name)) errs.push({ type: 'Not found', field: `${p}.name`, badValue: name });
    const mp = m.mountPath ?? '';
    if (!mp) errs.push(req(`${p}.mountPath`));
    if (mountPaths.has(mp)) errs.push(invalid(`${p}.mountPath`, mp, 'must be unique'));
    mountPaths.add(mp);
  });
  const pull = c.imagePullPolicy;
  if (pull && !['Always', 'IfNotPresent', 'Never'].includes(pull)) {
    errs.push(unsupported(`${path}.imagePullPolicy`, pull, ['Always', 'IfNotPresent', 'Never']));
  }
  errs.push(...validateResourceRequirements(c.resources, `${path}.resources`));
  return errs;
}

/** validateContainers: `Required value` when empty, each container, unique names. */
export function validateContainers(containers: ContainerLike[] | undefined, volumes: Set<string>, path: string): FieldError[] {
  if (!containers || containers.length === 0) return [req(path)];
  const errs: FieldError[] = [];
  const names = new Set<string>();
  containers.forEach((c, i) => {
    const p = `${path}[${i}]`;
    errs.push(...validateContainerCommon(c, volumes, p));
    const name = c.name ?? '';
    if (names.has(name)) errs.push({ type: 'Duplicate value', field: `${p}.name`, badValue: name });
    else names.add(name);
    if (c.restartPolicy !== undefined) {
      errs.push({ type: 'Forbidden', field: `${p}.restartPolicy`, detail: 'may not be set for non-init containers' });
    }
  });
  return errs;
}

/** validateInitContainers: common checks, names unique across init and regular containers, probes only for sidecars. */
export function validateInitContainers(spec: PodSpecLike, volumes: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set((spec.containers ?? []).map((c) => c.name ?? ''));
  (spec.initContainers ?? []).forEach((c, i) => {
    const p = `${path}[${i}]`;
    errs.push(...validateContainerCommon(c, volumes, p));
    const sidecar = c.restartPolicy === 'Always';
    if (c.restartPolicy !== undefined && !sidecar) {
      errs.push(unsupported(`${p}.restartPolicy`, c.restartPolicy, ['Always']));
    }
    const name = c.name ?? '';
    if (names.has(name)) errs.push({ type: 'Duplicate value', field: `${p}.name`, badValue: name });
    else if (name) names.add(name);
    if (!sidecar) {
      for (const f of ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe'] as const) {
        if (c[f] !== undefined) errs.push({ type: 'Forbidden', field: `${p}.${f}`, detail: 'may not be set for init containers without restartPolicy=Always' });
      }
    }
  });
  return errs;
}

/**
 * ValidatePodSpec at `path` (`spec` for a Pod, `spec.template.spec` in a Deployment): volumes,
 * containers, init containers, restartPolicy, dnsPolicy, nodeSelector, serviceAccountName,
 * activeDeadlineSeconds, hostname — in the API server's order.
 */
export function validatePodSpec(spec: PodSpecLike | undefined, path = 'spec'): FieldError[] {
  const s = spec ?? {};
  const { errs, names } = validateVolumes(s.volumes, `${path}.volumes`);
  errs.push(...validateContainers(s.containers, names, `${path}.containers`));
  errs.push(...validateInitContainers(s, names, `${path}.initContainers`));
  if (s.restartPolicy && !['Always', 'OnFailure', 'Never'].includes(s.restartPolicy)) {
    errs.push(unsupported(`${path}.restartPolicy`, s.restartPolicy, ['Always', 'OnFailure', 'Never']));
  }
  const dns = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
  if (s.dnsPolicy && !dns.includes(s.dnsPolicy)) errs.push(unsupported(`${path}.dnsPolicy`, s.dnsPolicy, dns));
  errs.push(...validateLabels(s.nodeSelector, `${path}.nodeSelector`));
  if (s.serviceAccountName) {
    errs.push(...isDNS1123Subdomain(s.serviceAccountName).map((m) => invalid(`${path}.serviceAccountName`, s.serviceAccountName, m)));
  }
  const ads = s.activeDeadlineSeconds;
  if (ads !== undefined && ads !== null && (ads < 1 || ads > 2147483647)) {
    errs.push(invalid(`${path}.activeDeadlineSeconds`, ads, inclusiveRangeError(1, 2147483647)));
  }
  if (s.hostname) errs.push(...validateDNS1123Label(s.hostname, `${path}.hostname`));
  return errs;
}
