// Strict decoding against the generated schema. Expected texts come from kube-apiserver itself:
// test/integration/apiserver/field_validation_test.go (unknown-field paths and order) and
// error reports quoted in public issues (Go-json type errors, quantity and base64 errors).
import { describe, it, expect } from 'vitest';
import { decodeStrict, schemaKnows } from '../../../../src/engine/api/schema';

const container = { name: 'nginx', image: 'nginx:1.25', ports: [{ containerPort: 80 }], resources: { limits: { cpu: '500m', memory: '128Mi' } } };
const spec = (over: Record<string, unknown> = {}) => ({
  replicas: 2,
  selector: { matchLabels: { app: 'web' } },
  template: { metadata: { labels: { app: 'web' } }, spec: { containers: [container] } },
  ...over,
});
const deployment = (s: unknown, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', labels: { app: 'web' } },
  spec: s,
  ...extra,
});
const decodeDeploy = (o: unknown, keyOrder?: 'document') => decodeStrict(o, 'apps/v1', 'Deployment', keyOrder ? { keyOrder } : {});
const podWith = (c: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p' },
  spec: { containers: [{ name: 'c', image: 'busybox', ...c }], ...extra },
});
const decodePod = (o: unknown) => decodeStrict(o, 'v1', 'Pod');

describe('decodeStrict: unknown fields', () => {
  it('accepts a well-formed Deployment, status and nulls included', () => {
    const o = deployment(spec(), { status: { replicas: 2, conditions: [{ type: 'Available', status: 'True' }] } });
    (o.metadata as Record<string, unknown>).creationTimestamp = null;
    expect(decodeDeploy(o)).toEqual({ unknownFields: [] });
  });

  it('reports a typo in a container with its list index', () => {
    const o = podWith({ imagee: 'nginx' });
    expect(decodePod(o)).toEqual({ unknownFields: ['spec.containers[0].imagee'] });
  });

  it('reports top-level, template and metadata typos, sorted as kubectl re-encodes the body', () => {
    const s = spec({ specs: 1 });
    (s.template as Record<string, unknown>).specs = {};
    const o = deployment(s, { zzz: true, metadata: { name: 'web', labelz: { a: 'b' } } });
    expect(decodeDeploy(o).unknownFields).toEqual(['metadata.labelz', 'spec.specs', 'spec.template.specs', 'zzz']);
  });

  it('walks the document order on request (the upstream integration test body, minus duplicate keys)', () => {
    const o = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'x', unknownMeta: 'metaVal', labels: { app: 'nginx' } },
      spec: {
        unknown1: 'val1',
        unknownDupe: 'valDupe2',
        paused: false,
        selector: { matchLabels: { app: 'nginx' } },
        template: {
          metadata: { labels: { app: 'nginx' } },
          spec: { containers: [{ name: 'nginx', image: 'nginx:latest', unknownNested: 'val1', imagePullPolicy: 'Never' }] },
        },
      },
    };
    expect(decodeDeploy(o, 'document').unknownFields).toEqual([
      'metadata.unknownMeta',
      'spec.unknown1',
      'spec.unknownDupe',
      'spec.template.spec.containers[0].unknownNested',
    ]);
  });

  it('matches keys case-sensitively and does not look inside unknown fields', () => {
    expect(decodePod(podWith({ Image: 'x', extra: { deeper: 1 } })).unknownFields).toEqual(['spec.containers[0].Image', 'spec.containers[0].extra']);
  });

  it('knows fields added after kubernetes-types 1.30 (the v1.31–v1.34 overlay)', () => {
    const o = podWith(
      { lifecycle: { stopSignal: 'SIGUSR1' }, restartPolicyRules: [{ action: 'Restart', exitCodes: { operator: 'In', values: [42] } }] },
      { resources: { limits: { cpu: '1' } }, hostnameOverride: 'h', volumes: [{ name: 'img', image: { reference: 'busybox', pullPolicy: 'IfNotPresent' } }] },
    );
    expect(decodePod(o)).toEqual({ unknownFields: [] });
  });

  it('ignores kinds the schema does not cover', () => {
    expect(schemaKnows('example.com/v1', 'Widget')).toBe(false);
    expect(schemaKnows('apps/v1', 'Deployment')).toBe(true);
    expect(decodeStrict({ anything: 1 }, 'example.com/v1', 'Widget')).toEqual({ unknownFields: [] });
  });
});

describe('decodeStrict: Go-json type errors', () => {
  const cases: [string, unknown, string][] = [
    ['replicas as a word', deployment(spec({ replicas: 'two' })), 'json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32'],
    ['replicas with a fraction', deployment(spec({ replicas: 2.5 })), 'json: cannot unmarshal number 2.5 into Go struct field DeploymentSpec.spec.replicas of type int32'],
    ['replicas beyond int32', deployment(spec({ replicas: 3000000000 })), 'json: cannot unmarshal number 3000000000 into Go struct field DeploymentSpec.spec.replicas of type int32'],
    ['paused as a string', deployment(spec({ paused: 'true' })), 'json: cannot unmarshal string into Go struct field DeploymentSpec.spec.paused of type bool'],
    ['spec as a string', deployment('x'), 'json: cannot unmarshal string into Go struct field Deployment.spec of type v1.DeploymentSpec'],
    [
      'a numeric label value',
      { ...deployment(spec()), metadata: { name: 'web', labels: { version: 2 } } },
      'json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string',
    ],
    [
      'a numeric matchLabels value',
      deployment(spec({ selector: { matchLabels: { app: 1 } } })),
      'json: cannot unmarshal number into Go struct field LabelSelector.spec.selector.matchLabels of type string',
    ],
    [
      'containers as a map',
      deployment(spec({ template: { spec: { containers: { name: 'x' } } } })),
      'json: cannot unmarshal object into Go struct field PodSpec.spec.template.spec.containers of type []v1.Container',
    ],
    [
      'a numeric env value',
      deployment(spec({ template: { spec: { containers: [{ name: 'a', image: 'b', env: [{ name: 'PORT', value: 8080 }] }] } } })),
      'json: cannot unmarshal number into Go struct field EnvVar.spec.template.spec.containers.env.value of type string',
    ],
  ];
  it.each(cases)('%s', (_, obj, msg) => {
    expect(decodeDeploy(obj).typeError).toBe(msg);
  });

  it('names Go named types and pointers as reflect prints them', () => {
    const pvc = { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'd' }, spec: { accessModes: 'ReadWriteOnce' } };
    expect(decodeStrict(pvc, 'v1', 'PersistentVolumeClaim').typeError).toBe(
      'json: cannot unmarshal string into Go struct field PersistentVolumeClaimSpec.spec.accessModes of type []v1.PersistentVolumeAccessMode',
    );
    expect(decodePod(podWith({ command: 'sleep 3600' })).typeError).toBe(
      'json: cannot unmarshal string into Go struct field Container.spec.containers.command of type []string',
    );
    expect(decodePod(podWith({ imagePullPolicy: 1 })).typeError).toBe(
      'json: cannot unmarshal number into Go struct field Container.spec.containers.imagePullPolicy of type v1.PullPolicy',
    );
    expect(decodePod(podWith({}, { terminationGracePeriodSeconds: '30' })).typeError).toBe(
      'json: cannot unmarshal string into Go struct field PodSpec.spec.terminationGracePeriodSeconds of type int64',
    );
    expect(decodePod(podWith({ resources: { limits: 'lots' } })).typeError).toBe(
      'json: cannot unmarshal string into Go struct field ResourceRequirements.spec.containers.resources.limits of type v1.ResourceList',
    );
  });

  it('uses the Go value form when the body itself has the wrong shape', () => {
    expect(decodeDeploy([1, 2]).typeError).toBe('json: cannot unmarshal array into Go value of type v1.Deployment');
  });

  it('keeps reporting unknown fields beside a type error (the server answers with the type error)', () => {
    expect(decodeDeploy(deployment(spec({ replicas: 'two', specs: 1 })))).toEqual({
      unknownFields: ['spec.specs'],
      typeError: 'json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32',
    });
  });
});

describe('decodeStrict: custom unmarshalers', () => {
  const svc = (port: Record<string, unknown>) => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { ports: [port] } });
  const decodeSvc = (o: unknown) => decodeStrict(o, 'v1', 'Service');

  it('IntOrString takes numbers and names, and rejects the rest as int32', () => {
    expect(decodeSvc(svc({ port: 80, targetPort: 8080 }))).toEqual({ unknownFields: [] });
    expect(decodeSvc(svc({ port: 80, targetPort: 'http' }))).toEqual({ unknownFields: [] });
    expect(decodeSvc(svc({ port: 80, targetPort: true })).typeError).toBe(
      'json: cannot unmarshal bool into Go struct field ServicePort.spec.ports.targetPort of type int32',
    );
    expect(decodeDeploy(deployment(spec({ strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 } } })))).toEqual({ unknownFields: [] });
  });

  it('Quantity takes numbers and strings and reports ParseQuantity errors verbatim', () => {
    expect(decodePod(podWith({ resources: { requests: { cpu: 0.5, memory: '64Mi' } } }))).toEqual({ unknownFields: [] });
    expect(decodePod(podWith({ resources: { requests: { memory: '1Gb' } } })).typeError).toBe(
      "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
    );
    expect(decodePod(podWith({ resources: { requests: { memory: '1mi' } } })).typeError).toBe("unable to parse quantity's suffix");
  });

  it('a Quantity error aborts decoding and wins over an earlier type error', () => {
    const o = podWith({ resources: { requests: { cpu: 'lots' } } });
    (o.metadata as Record<string, unknown>).labels = { v: 1 };
    expect(decodePod(o).typeError).toBe("quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
  });

  it('Time accepts RFC 3339 and null and reports time.Parse errors', () => {
    const ns = (ts: unknown) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'n', creationTimestamp: ts } });
    expect(decodeStrict(ns('2025-01-02T03:04:05Z'), 'v1', 'Namespace')).toEqual({ unknownFields: [] });
    expect(decodeStrict(ns(null), 'v1', 'Namespace')).toEqual({ unknownFields: [] });
    expect(decodeStrict(ns('yesterday'), 'v1', 'Namespace').typeError).toBe(
      'parsing time "yesterday" as "2006-01-02T15:04:05Z07:00": cannot parse "yesterday" as "2006"',
    );
    expect(decodeStrict(ns(5), 'v1', 'Namespace').typeError).toBe(
      'json: cannot unmarshal number into Go struct field ObjectMeta.metadata.creationTimestamp of type string',
    );
  });

  it('Secret data must be base64 (stringData need not be)', () => {
    const secret = (data: Record<string, unknown>) => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, ...data });
    expect(decodeStrict(secret({ data: { password: 'YWRtaW4=' }, stringData: { user: 'admin' } }), 'v1', 'Secret')).toEqual({ unknownFields: [] });
    expect(decodeStrict(secret({ data: { password: 'admin' } }), 'v1', 'Secret').typeError).toBe('illegal base64 data at input byte 4');
    expect(decodeStrict(secret({ data: { password: 'my-password' } }), 'v1', 'Secret').typeError).toBe('illegal base64 data at input byte 2');
  });
});

describe('decodeStrict: speed', () => {
  it('decodes 1,000 Deployments well within budget', () => {
    const o = deployment(spec());
    for (let i = 0; i < 200; i++) decodeDeploy(o); // warm up the JIT
    const t0 = performance.now();
    for (let i = 0; i < 1000; i++) decodeDeploy(o);
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(250); // typically ~5 ms once warm; loose for shared CI machines
  });
});
