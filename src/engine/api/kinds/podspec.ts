// Pod spec defaulting shared by Pod and the pod templates of workloads: k8s.io/kubernetes
// pkg/apis/core/v1/defaults.go (SetDefaults_PodSpec, SetDefaults_Container, SetDefaults_Probe,
// SetDefaults_HTTPGetAction, volume source defaults, ObjectFieldSelector). Pod-only defaults
// (enableServiceLinks, requests from limits, host-network ports) live in SetDefaults_Pod: defaultPodOnly.
// Works on plain JSON objects (mutated in place), as the API server does on its decoded copy.

type Obj = Record<string, any>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** parsers.ParseImageName's tag: '' with a digest, `latest` when neither tag nor digest is given. */
export function imageTag(image: string): string {
  if (image.includes('@')) {
    const before = image.slice(0, image.indexOf('@'));
    const last = before.slice(before.lastIndexOf('/') + 1);
    const i = last.indexOf(':');
    return i < 0 ? '' : last.slice(i + 1);
  }
  const last = image.slice(image.lastIndexOf('/') + 1);
  const i = last.indexOf(':');
  return i < 0 ? 'latest' : last.slice(i + 1);
}

function defaultProbe(p: unknown): void {
  if (!isObj(p)) return;
  p.timeoutSeconds ??= 1;
  p.periodSeconds ??= 10;
  p.successThreshold ??= 1;
  p.failureThreshold ??= 3;
  if (isObj(p.httpGet)) {
    if (!p.httpGet.path) p.httpGet.path = '/';
    if (!p.httpGet.scheme) p.httpGet.scheme = 'HTTP';
  }
}

/** SetDefaults_Container (+ ports, probes, env fieldRefs). */
export function defaultContainer(c: Obj): void {
  if (!c.imagePullPolicy) c.imagePullPolicy = imageTag(String(c.image ?? '')) === 'latest' ? 'Always' : 'IfNotPresent';
  if (!c.terminationMessagePath) c.terminationMessagePath = '/dev/termination-log';
  if (!c.terminationMessagePolicy) c.terminationMessagePolicy = 'File';
  // ResourceRequirements is a struct, not a pointer: it always serializes, as `resources: {}`.
  if (!isObj(c.resources)) c.resources = {};
  for (const p of Array.isArray(c.ports) ? c.ports : []) if (isObj(p) && !p.protocol) p.protocol = 'TCP';
  for (const e of Array.isArray(c.env) ? c.env : []) {
    const ref = isObj(e) && isObj(e.valueFrom) ? e.valueFrom.fieldRef : undefined;
    if (isObj(ref) && !ref.apiVersion) ref.apiVersion = 'v1';
  }
  defaultProbe(c.livenessProbe);
  defaultProbe(c.readinessProbe);
  defaultProbe(c.startupProbe);
}

const VOLUME_SOURCES = [
  'hostPath', 'emptyDir', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'secret', 'nfs', 'iscsi',
  'glusterfs', 'persistentVolumeClaim', 'rbd', 'flexVolume', 'cinder', 'cephfs', 'flocker', 'downwardAPI', 'fc',
  'azureFile', 'configMap', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'projected',
  'portworxVolume', 'scaleIO', 'storageos', 'csi', 'ephemeral', 'image',
];

/** SetDefaults_Volume and the per-source defaults (defaultMode 0644 = 420, hostPath type ""). */
export function defaultVolume(v: Obj): void {
  if (!VOLUME_SOURCES.some((k) => v[k] !== undefined && v[k] !== null)) v.emptyDir = {};
  for (const k of ['secret', 'configMap', 'downwardAPI', 'projected']) {
    if (isObj(v[k]) && v[k].defaultMode === undefined) v[k].defaultMode = 420;
  }
  if (isObj(v.hostPath) && v.hostPath.type === undefined) v.hostPath.type = '';
  if (isObj(v.downwardAPI)) {
    for (const it of Array.isArray(v.downwardAPI.items) ? v.downwardAPI.items : []) {
      if (isObj(it) && isObj(it.fieldRef) && !it.fieldRef.apiVersion) it.fieldRef.apiVersion = 'v1';
    }
  }
}

/** SetDefaults_PodSpec and what it reaches (containers, init containers, volumes). */
export function defaultPodSpec(spec: Obj): void {
  if (!spec.dnsPolicy) spec.dnsPolicy = 'ClusterFirst';
  if (!spec.restartPolicy) spec.restartPolicy = 'Always';
  if (!isObj(spec.securityContext)) spec.securityContext = {};
  if (spec.terminationGracePeriodSeconds === undefined || spec.terminationGracePeriodSeconds === null) {
    spec.terminationGracePeriodSeconds = 30;
  }
  if (!spec.schedulerName) spec.schedulerName = 'default-scheduler';
  for (const c of Array.isArray(spec.containers) ? spec.containers : []) if (isObj(c)) defaultContainer(c);
  for (const c of Array.isArray(spec.initContainers) ? spec.initContainers : []) if (isObj(c)) defaultContainer(c);
  for (const v of Array.isArray(spec.volumes) ? spec.volumes : []) if (isObj(v)) defaultVolume(v);
  // The deprecated serviceAccount field mirrors serviceAccountName (v1 conversion).
  if (spec.serviceAccountName && !spec.serviceAccount) spec.serviceAccount = spec.serviceAccountName;
  if (spec.serviceAccount && !spec.serviceAccountName) spec.serviceAccountName = spec.serviceAccount;
}

/** SetDefaults_Pod: pods only, not templates. */
export function defaultPodOnly(spec: Obj): void {
  for (const list of [spec.containers, spec.initContainers]) {
    for (const c of Array.isArray(list) ? list : []) {
      if (!isObj(c) || !isObj(c.resources) || !isObj(c.resources.limits)) continue;
      // Requests default to limits when not given.
      c.resources.requests = { ...c.resources.limits, ...(isObj(c.resources.requests) ? c.resources.requests : {}) };
    }
    if (spec.hostNetwork) {
      for (const c of Array.isArray(list) ? list : []) {
        for (const p of isObj(c) && Array.isArray(c.ports) ? c.ports : []) if (isObj(p) && !p.hostPort) p.hostPort = p.containerPort;
      }
    }
  }
  if (spec.enableServiceLinks === undefined || spec.enableServiceLinks === null) spec.enableServiceLinks = true;
}

/** Defaults a workload's `spec.template` (its spec via SetDefaults_PodSpec). */
export function defaultPodTemplate(template: unknown): void {
  if (!isObj(template)) return;
  if (isObj(template.spec)) defaultPodSpec(template.spec);
}
