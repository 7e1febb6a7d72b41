// Namespace, ConfigMap, Secret, ServiceAccount, Node and Event: defaults, validation and columns.
import { describe, expect, it } from 'vitest';
import { parseFieldSelector } from '../../../../src/engine/api/selectors';
import { errorOf, pod, table, world } from './helpers';

describe('Namespace', () => {
  it('starts Active with the kubernetes finalizer and its name label', () => {
    const w = world();
    const ns = w.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'dev' } });
    expect(ns.spec).toEqual({ finalizers: ['kubernetes'] });
    expect(ns.status).toEqual({ phase: 'Active' });
    expect(ns.metadata.labels).toEqual({ 'kubernetes.io/metadata.name': 'dev' });
    w.advance(5_000);
    expect(table(w, 'Namespace')).toBe('NAME      STATUS   AGE\ndefault   Active   5s\ndev       Active   5s\n');
    expect(w.api.list('Namespace', { fieldSelector: parseFieldSelector('status.phase=Active') }).length).toBe(2);
  });

  it('must be a DNS-1123 label (no dots)', () => {
    const w = world();
    expect(errorOf(() => w.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a.b' } }))).toBe(
      'Namespace "a.b" is invalid: metadata.name: Invalid value: "a.b": must not contain dots',
    );
  });
});

describe('ConfigMap', () => {
  it('counts data and binaryData keys', () => {
    const w = world();
    w.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'app', namespace: 'default' }, data: { a: '1', b: '2' }, binaryData: { c: 'AAE=' } });
    expect(table(w, 'ConfigMap')).toBe('NAME   DATA   AGE\napp    3      0s\n');
  });

  it('rejects bad keys and changes to an immutable config map', () => {
    const w = world();
    expect(errorOf(() => w.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'bad' }, data: { 'a b': 'x' } }))).toBe(
      `ConfigMap "bad" is invalid: data[a b]: Invalid value: "a b": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`,
    );
    w.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'frozen' }, data: { a: '1' }, immutable: true });
    expect(errorOf(() => w.api.mutate('ConfigMap', 'default', 'frozen', (o) => (o.data = { a: '2' })))).toBe(
      'ConfigMap "frozen" is invalid: data: Forbidden: field is immutable when `immutable` is set',
    );
  });
});

describe('Secret', () => {
  it('defaults the type and merges stringData into base64 data', () => {
    const w = world();
    const s = w.api.create({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'db', namespace: 'default' },
      data: { user: 'YWRtaW4=' },
      stringData: { password: 'pässwörd', user: 'root' },
    });
    expect(s.type).toBe('Opaque');
    expect(s.stringData).toBeUndefined();
    expect(s.data).toEqual({ user: 'cm9vdA==', password: 'cMOkc3N3w7ZyZA==' });
    expect(table(w, 'Secret')).toBe('NAME   TYPE     DATA   AGE\ndb     Opaque   2      0s\n');
    expect(w.api.list('Secret', { fieldSelector: parseFieldSelector('type=Opaque') }).length).toBe(1);
  });

  it('requires the keys of a TLS secret and keeps the type immutable', () => {
    const w = world();
    expect(errorOf(() => w.api.create({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'tls' }, type: 'kubernetes.io/tls', data: {} }))).toBe(
      'Secret "tls" is invalid: [data[tls.key]: Required value, data[tls.crt]: Required value]',
    );
    w.api.create({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'x' }, data: {} });
    expect(errorOf(() => w.api.mutate('Secret', 'default', 'x', (o) => (o.type = 'kubernetes.io/basic-auth')))).toContain(
      'type: Invalid value: "kubernetes.io/basic-auth": field is immutable',
    );
  });
});

describe('ServiceAccount', () => {
  it('prints SECRETS as the number of listed secrets', () => {
    const w = world();
    w.api.create({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'ci' }, secrets: [{ name: 'ci-token' }] });
    expect(table(w, 'ServiceAccount')).toBe('NAME      SECRETS   AGE\nci        1         0s\ndefault   0         0s\n');
  });
});

describe('Node', () => {
  it('prints status, roles and the wide system columns', () => {
    const w = world();
    for (const [name, roleLabels] of [['controlplane', { 'node-role.kubernetes.io/control-plane': '' }], ['node01', {}]] as const) {
      w.api.create({ apiVersion: 'v1', kind: 'Node', metadata: { name, labels: roleLabels } });
      w.api.mutate(
        'Node',
        undefined,
        name,
        (o) =>
          (o.status = {
            conditions: [{ type: 'Ready', status: 'True' }],
            addresses: [{ type: 'InternalIP', address: name === 'node01' ? '172.30.2.2' : '172.30.1.2' }],
            nodeInfo: { kubeletVersion: 'v1.34.1', osImage: 'Ubuntu 24.04.1 LTS', kernelVersion: '6.8.0-45-generic', containerRuntimeVersion: 'containerd://1.7.27' },
          }),
        { status: true },
      );
    }
    w.api.mutate('Node', undefined, 'node01', (o) => (o.spec.unschedulable = true));
    w.advance(15 * 60_000);
    expect(table(w, 'Node', { wide: true })).toBe(
      'NAME           STATUS                     ROLES           AGE   VERSION   INTERNAL-IP   EXTERNAL-IP   OS-IMAGE             KERNEL-VERSION     CONTAINER-RUNTIME\n' +
        'controlplane   Ready                      control-plane   15m   v1.34.1   172.30.1.2    <none>        Ubuntu 24.04.1 LTS   6.8.0-45-generic   containerd://1.7.27\n' +
        'node01         Ready,SchedulingDisabled   <none>          15m   v1.34.1   172.30.2.2    <none>        Ubuntu 24.04.1 LTS   6.8.0-45-generic   containerd://1.7.27\n',
    );
    expect(w.api.list('Node', { fieldSelector: parseFieldSelector('spec.unschedulable=true') }).map((n) => n.metadata.name)).toEqual(['node01']);
  });
});

describe('Event', () => {
  it('prints LAST SEEN, TYPE, REASON, OBJECT, MESSAGE and the wide columns in kubectl order', () => {
    const w = world();
    const p = w.api.create(pod('nginx'));
    w.events.record(p, 'Normal', 'Scheduled', 'Successfully assigned default/nginx to node01', { component: 'default-scheduler' });
    w.advance(2_000);
    w.events.record(p, 'Warning', 'BackOff', 'Back-off restarting failed container nginx in pod nginx_default(x)', { component: 'kubelet', host: 'node01' }, 'spec.containers{nginx}');
    w.advance(30_000);
    w.events.record(p, 'Warning', 'BackOff', 'Back-off restarting failed container nginx in pod nginx_default(x)', { component: 'kubelet', host: 'node01' }, 'spec.containers{nginx}');
    w.advance(3_000);
    expect(table(w, 'Event')).toBe(
      'LAST SEEN   TYPE      REASON      OBJECT      MESSAGE\n' +
        '35s         Normal    Scheduled   pod/nginx   Successfully assigned default/nginx to node01\n' +
        '3s          Warning   BackOff     pod/nginx   Back-off restarting failed container nginx in pod nginx_default(x)\n',
    );
    const wide = table(w, 'Event', { wide: true }).split('\n');
    expect(wide[0]).toBe('LAST SEEN   TYPE      REASON      OBJECT      SUBOBJECT                SOURCE              MESSAGE                                                              FIRST SEEN   COUNT   NAME');
    expect(wide[2]).toMatch(/^3s {10}Warning {3}BackOff {5}pod\/nginx {3}spec\.containers\{nginx\} {3}kubelet, node01 {5}Back-off .* {3}33s {10}2 {7}nginx\.[0-9a-f]+$/);
    const sel = parseFieldSelector('involvedObject.name=nginx,reason=BackOff,type=Warning,source=kubelet');
    expect(w.api.list('Event', { fieldSelector: sel }).length).toBe(1);
  });
});
