// Generates src/engine/api/schema/k8s-schema.json: the field tree of every built-in kind podlab
// serves, for strict decoding (unknown fields, Go-json type errors) and later `kubectl explain`.
// Source: the `kubernetes-types` 1.30 declarations (read with the TypeScript compiler API), plus the
// hand-written overlay below for what those types cannot say: Go scalar widths (TS only has
// `number`), Go named types (`v1.Protocol`, ...), []byte maps, and fields added in v1.31–v1.34.
//
// Run: node --import tsx scripts/gen-schema.ts
//
// Output shape (compact, ~40 KB): { roots: { "<apiVersion>/<Kind>": "Def" },
//                                   defs: { Def: { "<field>": "[!]typeRef", "@"?: "<go type>" } } }
// A leading "!" marks a required field (`+required` / non-optional in the OpenAPI schema).
// typeRef: s string, i int32, l int64, f float64, b bool, n IntOrString, q Quantity, t Time,
// m MicroTime, y []byte (base64), * anything (RawExtension, FieldsV1); [T] slice, {T} map[string]T,
// or a Def name; a suffix "@<go type>" names a Go named type (`s@v1.Protocol`, `{q}@v1.ResourceList`).
// A def's Go type (for Go-json error messages) is `v1.<Def>` unless its "@" key says otherwise.

import ts from 'typescript';
import { writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const typesDir = join(repo, 'node_modules/kubernetes-types');
const outFile = join(repo, 'src/engine/api/schema/k8s-schema.json');

/** apiVersion, Kind, module (folder/version under kubernetes-types). */
const ROOTS: [string, string, string][] = [
  ['v1', 'Namespace', 'core/v1'],
  ['v1', 'Node', 'core/v1'],
  ['v1', 'Pod', 'core/v1'],
  ['v1', 'Event', 'core/v1'],
  ['v1', 'ServiceAccount', 'core/v1'],
  ['v1', 'ConfigMap', 'core/v1'],
  ['v1', 'Secret', 'core/v1'],
  ['v1', 'Service', 'core/v1'],
  ['v1', 'Endpoints', 'core/v1'],
  ['v1', 'PersistentVolume', 'core/v1'],
  ['v1', 'PersistentVolumeClaim', 'core/v1'],
  ['v1', 'LimitRange', 'core/v1'],
  ['v1', 'ResourceQuota', 'core/v1'],
  ['apps/v1', 'ReplicaSet', 'apps/v1'],
  ['apps/v1', 'Deployment', 'apps/v1'],
  ['apps/v1', 'DaemonSet', 'apps/v1'],
  ['apps/v1', 'StatefulSet', 'apps/v1'],
  ['apps/v1', 'ControllerRevision', 'apps/v1'],
  ['batch/v1', 'Job', 'batch/v1'],
  ['batch/v1', 'CronJob', 'batch/v1'],
  ['networking.k8s.io/v1', 'Ingress', 'networking/v1'],
  ['networking.k8s.io/v1', 'NetworkPolicy', 'networking/v1'],
  ['rbac.authorization.k8s.io/v1', 'Role', 'rbac/v1'],
  ['rbac.authorization.k8s.io/v1', 'RoleBinding', 'rbac/v1'],
  ['rbac.authorization.k8s.io/v1', 'ClusterRole', 'rbac/v1'],
  ['rbac.authorization.k8s.io/v1', 'ClusterRoleBinding', 'rbac/v1'],
  ['autoscaling/v2', 'HorizontalPodAutoscaler', 'autoscaling/v2'],
  ['policy/v1', 'PodDisruptionBudget', 'policy/v1'],
  ['storage.k8s.io/v1', 'StorageClass', 'storage/v1'],
  ['events.k8s.io/v1', 'Event', 'events/v1'],
];

/** Type aliases and opaque types that map to scalar codes. */
const SPECIAL: Record<string, string> = { Quantity: 'q', Time: 't', MicroTime: 'm', RawExtension: '*', FieldsV1: '*', JSON: '*' };

/** Go int64 fields (everything else numeric is int32; these APIs have no float fields). */
const INT64 = new Set([
  'ObjectMeta.deletionGracePeriodSeconds',
  'PodSpec.terminationGracePeriodSeconds',
  'PodSpec.activeDeadlineSeconds',
  'Probe.terminationGracePeriodSeconds',
  'SleepAction.seconds',
  'Toleration.tolerationSeconds',
  'PodSecurityContext.runAsUser',
  'PodSecurityContext.runAsGroup',
  'PodSecurityContext.fsGroup',
  'PodSecurityContext.supplementalGroups',
  'SecurityContext.runAsUser',
  'SecurityContext.runAsGroup',
  'ServiceAccountTokenProjection.expirationSeconds',
  'ContainerImage.sizeBytes',
  'ControllerRevision.revision',
  'JobSpec.activeDeadlineSeconds',
  'CronJobSpec.startingDeadlineSeconds',
]);
/** Field names that are int64 wherever they appear. */
const INT64_NAMES = new Set(['generation', 'observedGeneration']);

/** Go named types (reflect's Type.String()), for type-error messages. */
const GO_NAMED: Record<string, string> = {
  'Container.imagePullPolicy': 'v1.PullPolicy',
  'Container.terminationMessagePolicy': 'v1.TerminationMessagePolicy',
  'Container.restartPolicy': 'v1.ContainerRestartPolicy',
  'EphemeralContainer.imagePullPolicy': 'v1.PullPolicy',
  'EphemeralContainer.terminationMessagePolicy': 'v1.TerminationMessagePolicy',
  'EphemeralContainer.restartPolicy': 'v1.ContainerRestartPolicy',
  'ContainerPort.protocol': 'v1.Protocol',
  'ServicePort.protocol': 'v1.Protocol',
  'EndpointPort.protocol': 'v1.Protocol',
  'NetworkPolicyPort.protocol': 'v1.Protocol',
  'PodSpec.restartPolicy': 'v1.RestartPolicy',
  'PodSpec.dnsPolicy': 'v1.DNSPolicy',
  'PodSpec.preemptionPolicy': 'v1.PreemptionPolicy',
  'ServiceSpec.type': 'v1.ServiceType',
  'ServiceSpec.sessionAffinity': 'v1.ServiceAffinity',
  'ServiceSpec.externalTrafficPolicy': 'v1.ServiceExternalTrafficPolicy',
  'ServiceSpec.internalTrafficPolicy': 'v1.ServiceInternalTrafficPolicy',
  'ServiceSpec.ipFamilies': 'v1.IPFamily',
  'ServiceSpec.ipFamilyPolicy': 'v1.IPFamilyPolicy',
  'Toleration.operator': 'v1.TolerationOperator',
  'Toleration.effect': 'v1.TaintEffect',
  'Taint.effect': 'v1.TaintEffect',
  'NodeSelectorRequirement.operator': 'v1.NodeSelectorOperator',
  'HTTPGetAction.scheme': 'v1.URIScheme',
  'PersistentVolumeClaimSpec.accessModes': 'v1.PersistentVolumeAccessMode',
  'PersistentVolumeClaimSpec.volumeMode': 'v1.PersistentVolumeMode',
  'PersistentVolumeSpec.accessModes': 'v1.PersistentVolumeAccessMode',
  'PersistentVolumeSpec.volumeMode': 'v1.PersistentVolumeMode',
  'PersistentVolumeSpec.persistentVolumeReclaimPolicy': 'v1.PersistentVolumeReclaimPolicy',
  'HostPathVolumeSource.type': 'v1.HostPathType',
  'EmptyDirVolumeSource.medium': 'v1.StorageMedium',
  'Capabilities.add': 'v1.Capability',
  'Capabilities.drop': 'v1.Capability',
  'Secret.type': 'v1.SecretType',
  'NamespaceSpec.finalizers': 'v1.FinalizerName',
  'LimitRangeItem.type': 'v1.LimitType',
  'ResourceQuotaSpec.scopes': 'v1.ResourceQuotaScope',
  'TopologySpreadConstraint.whenUnsatisfiable': 'v1.UnsatisfiableConstraintAction',
  'VolumeMount.mountPropagation': 'v1.MountPropagationMode',
  'SeccompProfile.type': 'v1.SeccompProfileType',
  'PodOS.name': 'v1.OSName',
  'PodStatus.phase': 'v1.PodPhase',
  'PodStatus.qosClass': 'v1.PodQOSClass',
  'PodCondition.type': 'v1.PodConditionType',
  'PodCondition.status': 'v1.ConditionStatus',
  'NodeCondition.type': 'v1.NodeConditionType',
  'NodeCondition.status': 'v1.ConditionStatus',
  'NodeAddress.type': 'v1.NodeAddressType',
  'NamespaceStatus.phase': 'v1.NamespacePhase',
  'ObjectMeta.uid': 'types.UID',
  'OwnerReference.uid': 'types.UID',
  'ObjectReference.uid': 'types.UID',
  'LabelSelectorRequirement.operator': 'v1.LabelSelectorOperator',
  'DeploymentStrategy.type': 'v1.DeploymentStrategyType',
  'StatefulSetSpec.podManagementPolicy': 'v1.PodManagementPolicyType',
  'StatefulSetUpdateStrategy.type': 'v1.StatefulSetUpdateStrategyType',
  'DaemonSetUpdateStrategy.type': 'v1.DaemonSetUpdateStrategyType',
  'CronJobSpec.concurrencyPolicy': 'v1.ConcurrencyPolicy',
  'JobSpec.completionMode': 'v1.CompletionMode',
  'JobSpec.podReplacementPolicy': 'v1.PodReplacementPolicy',
  'HTTPIngressPath.pathType': 'v1.PathType',
  'NetworkPolicySpec.policyTypes': 'v1.PolicyType',
  'StorageClass.reclaimPolicy': 'v1.PersistentVolumeReclaimPolicy',
  'StorageClass.volumeBindingMode': 'v1.VolumeBindingMode',
  'MetricSpec.type': 'v2.MetricSourceType',
  'MetricTarget.type': 'v2.MetricTargetType',
  'HPAScalingRules.selectPolicy': 'v2.ScalingPolicySelect',
  'HPAScalingPolicy.type': 'v2.HPAScalingPolicyType',
  'PodDisruptionBudgetSpec.unhealthyPodEvictionPolicy': 'v1.UnhealthyPodEvictionPolicyType',
};

/** map[string][]byte fields (TS says string values). */
const BYTES_MAPS = new Set(['Secret.data', 'ConfigMap.binaryData']);

/**
 * Fields added after kubernetes-types 1.30, up to v1.34 (checked against core/v1 types.go via the
 * search tool). Alpha fields are included: the server decodes them even when their gate is off.
 */
const ADDED_FIELDS: [def: string, field: string, type: string][] = [
  ['Lifecycle', 'stopSignal', 's@v1.Signal'], // 1.33 ContainerStopSignals
  ['PodSpec', 'resources', 'ResourceRequirements'], // 1.32 PodLevelResources
  ['PodSpec', 'hostnameOverride', 's'], // 1.34 HostnameOverride
  ['PodSecurityContext', 'supplementalGroupsPolicy', 's@v1.SupplementalGroupsPolicy'], // 1.31
  ['PodSecurityContext', 'seLinuxChangePolicy', 's@v1.PodSELinuxChangePolicy'], // 1.32
  ['Volume', 'image', 'ImageVolumeSource'], // 1.31 ImageVolume
  ['Container', 'restartPolicyRules', '[ContainerRestartRule]'], // 1.34 ContainerRestartRules
  ['EphemeralContainer', 'restartPolicyRules', '[ContainerRestartRule]'],
  ['EnvVarSource', 'fileKeyRef', 'FileKeySelector'], // 1.34 EnvFiles
  ['PodResourceClaim', 'resourceClaimName', 's'], // 1.31 replaced `source`
  ['PodResourceClaim', 'resourceClaimTemplateName', 's'],
  ['PodStatus', 'observedGeneration', 'l'], // 1.33 PodObservedGenerationTracking
  ['PodCondition', 'observedGeneration', 'l'],
  ['ContainerStatus', 'user', 'ContainerUser'], // 1.31
  ['ContainerStatus', 'allocatedResourcesStatus', '[ResourceStatus]'], // 1.31
  ['ContainerStatus', 'stopSignal', 's@v1.Signal'], // 1.33
  ['NodeStatus', 'features', 'NodeFeatures'], // 1.31
  ['NodeSystemInfo', 'swap', 'NodeSwapStatus'], // 1.32
  ['DeploymentStatus', 'terminatingReplicas', 'i'], // 1.33
  ['ReplicaSetStatus', 'terminatingReplicas', 'i'], // 1.33
  ['HPAScalingRules', 'tolerance', 'q'], // 1.33 HPAConfigurableTolerance
];
const ADDED_DEFS: Record<string, { fields: Record<string, string>; required?: string[] }> = {
  ImageVolumeSource: { fields: { pullPolicy: 's@v1.PullPolicy', reference: 's' } },
  ContainerRestartRule: {
    fields: { action: 's@v1.ContainerRestartRuleAction', exitCodes: 'ContainerRestartRuleOnExitCodes' },
    required: ['action'],
  },
  ContainerRestartRuleOnExitCodes: {
    fields: { operator: 's@v1.ContainerRestartRuleOnExitCodesOperator', values: '[i]' },
    required: ['operator'],
  },
  FileKeySelector: { fields: { key: 's', optional: 'b', path: 's', volumeName: 's' }, required: ['key', 'path', 'volumeName'] },
  ContainerUser: { fields: { linux: 'LinuxContainerUser' } },
  LinuxContainerUser: { fields: { gid: 'l', supplementalGroups: '[l]', uid: 'l' }, required: ['gid', 'uid'] },
  ResourceStatus: { fields: { name: 's@v1.ResourceName', resources: '[ResourceHealth]' }, required: ['name'] },
  ResourceHealth: { fields: { health: 's@v1.ResourceHealthStatus', resourceID: 's@v1.ResourceID' }, required: ['resourceID'] },
  NodeFeatures: { fields: { supplementalGroupsPolicy: 'b' } },
  NodeSwapStatus: { fields: { capacity: 'l' } },
};
/** Fields removed after 1.30: PodResourceClaim.source was tombstoned in 1.31. */
const REMOVED_FIELDS = new Set(['PodResourceClaim.source']);

interface Def {
  fields: Record<string, string>;
  required?: string[];
  go?: string;
}

const modules = [...new Set(ROOTS.map((r) => r[2]))];
const program = ts.createProgram(
  modules.map((m) => join(typesDir, `${m}.d.ts`)),
  { noEmit: true, skipLibCheck: true },
);
const checker = program.getTypeChecker();
const defs: Record<string, Def> = {};
/** declaration → def key, so a name used by two modules gets two keys. */
const keys = new Map<ts.InterfaceDeclaration, string>();

function moduleOf(node: ts.Node): string {
  return relative(typesDir, node.getSourceFile().fileName).replace(/\.d\.ts$/, '');
}

function findInterface(module: string, name: string): ts.InterfaceDeclaration {
  const sf = program.getSourceFile(join(typesDir, `${module}.d.ts`));
  const decl = sf?.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === name);
  if (!decl) throw new Error(`no interface ${name} in ${module}`);
  return decl;
}

/** Def key for an interface: its name, or `<group>.<version>.<Name>` when the name is taken. */
function defFor(decl: ts.InterfaceDeclaration): string {
  const known = keys.get(decl);
  if (known) return known;
  const name = decl.name.text;
  const module = moduleOf(decl);
  const taken = [...keys.entries()].some(([d, k]) => k === name && d !== decl);
  const key = taken ? `${module.replace('/', '.')}.${name}` : name;
  keys.set(decl, key);
  const def: Def = { fields: {} };
  defs[key] = def;
  const pkg = module.split('/')[1];
  if (pkg !== 'v1' || key !== name) def.go = `${pkg}.${name}`;
  const required: string[] = [];
  for (const m of decl.members) {
    if (!ts.isPropertySignature(m) || !m.type) continue;
    const field = (m.name as ts.Identifier | ts.StringLiteral).text;
    if (REMOVED_FIELDS.has(`${name}.${field}`)) continue;
    def.fields[field] = typeRef(m.type, name, field);
    if (!m.questionToken) required.push(field);
  }
  if (required.length) def.required = required;
  return key;
}

/** Overlay keys that matched a field; any other key is a typo and fails the run. */
const matched = new Set<string>();

function typeRef(node: ts.TypeNode, owner: string, field: string): string {
  const path = `${owner}.${field}`;
  if (GO_NAMED[path] || INT64.has(path) || BYTES_MAPS.has(path)) matched.add(path);
  const named = GO_NAMED[path];
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
    case ts.SyntaxKind.LiteralType:
      return named ? `s@${named}` : 's';
    case ts.SyntaxKind.BooleanKeyword:
      return 'b';
    case ts.SyntaxKind.NumberKeyword:
      return INT64.has(path) || INT64_NAMES.has(field) ? 'l' : 'i';
    case ts.SyntaxKind.UnionType:
      return 'n'; // only `number | string` occurs: IntOrString
    case ts.SyntaxKind.ArrayType:
      return `[${typeRef((node as ts.ArrayTypeNode).elementType, owner, field)}]`;
    case ts.SyntaxKind.TypeLiteral: {
      const sig = (node as ts.TypeLiteralNode).members.find(ts.isIndexSignatureDeclaration);
      if (!sig) return '*';
      if (BYTES_MAPS.has(path)) return '{y}';
      const elem = typeRef(sig.type, owner, field);
      return elem === 'q' ? '{q}@v1.ResourceList' : `{${elem}}`;
    }
    case ts.SyntaxKind.TypeReference: {
      const ref = node as ts.TypeReferenceNode;
      const id = ref.typeName.getText();
      if (id === 'Array' && ref.typeArguments?.length === 1) return `[${typeRef(ref.typeArguments[0], owner, field)}]`;
      if (SPECIAL[id]) return SPECIAL[id];
      let sym = checker.getSymbolAtLocation(ref.typeName);
      if (sym && sym.flags & ts.SymbolFlags.Alias) sym = checker.getAliasedSymbol(sym);
      const decl = sym?.declarations?.find(ts.isInterfaceDeclaration);
      if (!decl) throw new Error(`cannot resolve ${id} at ${path}`);
      return defFor(decl);
    }
  }
  throw new Error(`unsupported type ${ts.SyntaxKind[node.kind]} at ${path}`);
}

const roots: Record<string, string> = {};
for (const [apiVersion, kind, module] of ROOTS) roots[`${apiVersion}/${kind}`] = defFor(findInterface(module, kind));
const unmatched = [...Object.keys(GO_NAMED), ...INT64, ...BYTES_MAPS].filter((k) => !matched.has(k));
if (unmatched.length) throw new Error(`overlay entries match no field: ${unmatched.join(', ')}`);

for (const [name, def] of Object.entries(ADDED_DEFS)) defs[name] = { ...def };
for (const [def, field, type] of ADDED_FIELDS) {
  const d = defs[def];
  if (!d) throw new Error(`overlay: no def ${def}`);
  if (d.fields[field]) throw new Error(`overlay: ${def}.${field} already exists`);
  d.fields[field] = type;
  d.fields = Object.fromEntries(Object.entries(d.fields).sort(([a], [b]) => (a < b ? -1 : 1)));
}
// A def referenced only by a removed field (ClaimSource) is dropped.
const used = new Set(Object.values(roots));
const walk = (t: string): void => {
  const base = t.replace(/@.*$/, '');
  if (base.startsWith('[') || base.startsWith('{')) return walk(base.slice(1, -1));
  if (defs[base] && !used.has(base)) {
    used.add(base);
    for (const f of Object.values(defs[base].fields)) walk(f);
  }
};
for (const r of Object.values(roots)) for (const f of Object.values(defs[r].fields)) walk(f);
/** The compact on-disk form: required fields get a "!" prefix, the Go type goes under "@". */
function compact(d: Def): Record<string, string> {
  const req = new Set(d.required ?? []);
  const out: Record<string, string> = d.go ? { '@': d.go } : {};
  for (const [f, t] of Object.entries(d.fields)) out[f] = req.has(f) ? `!${t}` : t;
  return out;
}
const sorted = Object.fromEntries(Object.keys(defs).filter((k) => used.has(k)).sort().map((k) => [k, compact(defs[k])]));

const json = JSON.stringify({ roots, defs: sorted });
writeFileSync(outFile, json + '\n');
console.log(`wrote ${relative(repo, outFile)}: ${Object.keys(sorted).length} defs, ${json.length} bytes`);
