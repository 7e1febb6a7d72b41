// -o yaml / -o json. Goldens: a real `kubectl get pod -o yaml` transcript and a sigs.k8s.io/yaml
// CRD golden (see fixtures/README.md) are parsed, printed again and compared byte for byte. The
// scalar cases follow go-yaml v2's resolve/encode/emitter rules (see goyaml-scalar.ts).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { toYaml, toJson, toListYaml, toListJson, goYamlKeyLess, goJson } from '../../../src/shell/format/yaml-json';
import { goYamlStringStyle, resolvesToNonString } from '../../../src/shell/format/goyaml-scalar';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('toYaml goldens', () => {
  it.each(['kubectl-get-pod-purple.yaml', 'sigs-yaml-crd-memcached.yaml'])('re-prints %s byte for byte', (name) => {
    const text = fixture(name);
    expect(toYaml(parse(text))).toBe(text);
  });

  it('folds a long plain string at the first space past column 80, continuation at key indent + 2', () => {
    const obj = {
      spec: {
        versions: [
          {
            schema: {
              openAPIV3Schema: {
                description:
                  "VolumeGroupSnapshot is a user's request for creating either a point-in-time group snapshot or binding to a pre-existing group snapshot.",
              },
            },
          },
        ],
      },
    };
    // as printed in kubernetes-csi/external-snapshotter's CRD (sigs.k8s.io/yaml)
    expect(toYaml(obj)).toBe(
      'spec:\n' +
        '  versions:\n' +
        '  - schema:\n' +
        '      openAPIV3Schema:\n' +
        "        description: VolumeGroupSnapshot is a user's request for creating either a\n" +
        '          point-in-time group snapshot or binding to a pre-existing group snapshot.\n',
    );
  });

  it('folds a single-quoted condition message inside a list item (real kubectl -o yaml excerpt)', () => {
    const message =
      '0/7 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, ' +
      '1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 5 Insufficient memory. preemption: ' +
      '0/7 nodes are available: 2 Preemption is not helpful for scheduling, 5 No preemption victims found for incoming pod.';
    const pod = { status: { conditions: [{ lastProbeTime: null, message, reason: 'Unschedulable', status: 'False', type: 'PodScheduled' }] } };
    expect(toYaml(pod)).toBe(
      'status:\n' +
        '  conditions:\n' +
        '  - lastProbeTime: null\n' +
        "    message: '0/7 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane:\n" +
        '      }, 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 5 Insufficient\n' +
        '      memory. preemption: 0/7 nodes are available: 2 Preemption is not helpful for\n' +
        "      scheduling, 5 No preemption victims found for incoming pod.'\n" +
        '    reason: Unschedulable\n' +
        '    status: "False"\n' +
        '    type: PodScheduled\n',
    );
  });

  it('folds double-quoted strings, escaping a space that would start the next line', () => {
    const words = 'abcdefghi '.repeat(8);
    expect(toYaml({ k: `\t${words}abcdefghi end` })).toBe(`k: "\\t${words.trimEnd()}\n  abcdefghi end"\n`);
    expect(toYaml({ k: `\t${words} x` })).toBe(`k: "\\t${words.trimEnd()}\n  \\ x"\n`);
  });

  it('never folds literal blocks or keys', () => {
    const long = 'word '.repeat(30).trim();
    expect(toYaml({ script: `${long}\n` })).toBe(`script: |\n  ${long}\n`);
  });
});

describe('toYaml layout', () => {
  it('prints kubectl-style YAML: sorted keys, unindented sequences, {} and []', () => {
    const deploy = {
      kind: 'Deployment',
      apiVersion: 'apps/v1',
      metadata: { name: 'web', labels: { app: 'web' }, annotations: { 'deployment.kubernetes.io/revision': '1' }, generation: 1 },
      spec: {
        replicas: 3,
        selector: { matchLabels: { app: 'web' } },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
        template: { metadata: { creationTimestamp: null, labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', ports: [{ containerPort: 80 }], resources: {} }], tolerations: [] } },
      },
    };
    expect(toYaml(deploy)).toBe(`apiVersion: apps/v1
kind: Deployment
metadata:
  annotations:
    deployment.kubernetes.io/revision: "1"
  generation: 1
  labels:
    app: web
  name: web
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  strategy:
    rollingUpdate:
      maxSurge: 25%
      maxUnavailable: 25%
    type: RollingUpdate
  template:
    metadata:
      creationTimestamp: null
      labels:
        app: web
    spec:
      containers:
      - image: nginx:1.27
        name: nginx
        ports:
        - containerPort: 80
        resources: {}
      tolerations: []
`);
  });

  it('writes nested lists as "- - a" and multi-line strings as literal blocks with chomping', () => {
    expect(toYaml({ m: [['a', 'b'], []], a: 'x\ny\n', b: 'x\ny', c: 'x\n\n', d: '  indented\nblock' })).toBe(
      'a: |\n  x\n  y\nb: |-\n  x\n  y\nc: |+\n  x\n\nd: |2-\n    indented\n  block\nm:\n- - a\n  - b\n- []\n',
    );
  });

  it('prints numbers, booleans and null as go-yaml does', () => {
    expect(toYaml({ i: 420, f: 0.5, big: 1234567.5, tiny: 0.00001, t: true, nil: null })).toBe(
      'big: 1.2345675e+06\nf: 0.5\ni: 420\nnil: null\nt: true\ntiny: 1e-05\n',
    );
  });

  it('orders keys the go-yaml way: digit runs as numbers, non-letters before letters', () => {
    expect(goYamlKeyLess('item9', 'item10')).toBe(true);
    expect(goYamlKeyLess('APP_MODE', 'APPLE')).toBe(true);
    expect(goYamlKeyLess('app', 'app.kubernetes.io/name')).toBe(true);
    const data = { item10: '1', item9: '1', APPLE: '1', APP_MODE: '1', a: '1', B: '1' };
    expect(toYaml(data)).toBe('APP_MODE: "1"\nAPPLE: "1"\nB: "1"\na: "1"\nitem9: "1"\nitem10: "1"\n');
  });

  it('wraps several objects in a List', () => {
    expect(toListYaml([])).toBe('apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: ""\n');
    expect(toListYaml([{ kind: 'Pod', metadata: { name: 'a' } }])).toBe(
      'apiVersion: v1\nitems:\n- kind: Pod\n  metadata:\n    name: a\nkind: List\nmetadata:\n  resourceVersion: ""\n',
    );
  });
});

describe('go-yaml string styles', () => {
  const cases: [string, string][] = [
    ['nginx', 'nginx'],
    ['80', '"80"'],
    ['true', '"true"'],
    ['yes', '"yes"'],
    ['y', '"y"'],
    ['Off', '"Off"'],
    ['~', '"~"'],
    ['null', '"null"'],
    ['', '""'],
    ['1e3', '"1e3"'],
    ['0x1F', '"0x1F"'],
    ['0o17', '"0o17"'],
    ['1_000', '"1_000"'],
    ['.5', '".5"'],
    ['1:20', '"1:20"'],
    ['8080:80', '8080:80'],
    ['2026-01-01', '"2026-01-01"'],
    ['2026-01-01T00:00:00Z', '"2026-01-01T00:00:00Z"'],
    ['2026-13-01', '2026-13-01'],
    ['v1.34.1', 'v1.34.1'],
    ['10.244.1.5', '10.244.1.5'],
    ['-', "'-'"],
    ['-c', '-c'],
    ['- a', "'- a'"],
    ['key: value', "'key: value'"],
    ['http://x:80/a', 'http://x:80/a'],
    ['a #b', "'a #b'"],
    ['a#b', 'a#b'],
    ['*x', "'*x'"],
    ['&x', "'&x'"],
    ['!x', "'!x'"],
    ['%x', "'%x'"],
    ['@x', "'@x'"],
    ['{x}', "'{x}'"],
    ['[x]', "'[x]'"],
    ['x]', 'x]'],
    ['---', "'---'"],
    [' lead', "' lead'"],
    ['trail ', "'trail '"],
    ["it's", "it's"],
    ["'q'", "'''q'''"],
    ['a\tb', '"a\\tb"'],
    ['😀', '"\\U0001F600"'],
    ['naïve', 'naïve'],
    ['a \nb', '"a \\nb"'],
    ['25%', '25%'],
  ];
  it.each(cases)('%j → %s', (input, want) => {
    expect(toYaml({ k: input })).toBe(`k: ${want}\n`);
  });

  it('quotes keys that would resolve to something else', () => {
    expect(toYaml({ '80': 'http', y: 1, '': 2 })).toBe('"": 2\n"80": http\n"y": 1\n');
  });

  it('styles: literal only where a block is allowed', () => {
    expect(goYamlStringStyle('a\nb')).toBe('literal');
    expect(goYamlStringStyle('a\nb', true)).toBe('double');
    expect(goYamlStringStyle('a\nb ')).toBe('double');
    expect(resolvesToNonString('0b101')).toBe(true);
    expect(resolvesToNonString('+')).toBe(false);
    expect(resolvesToNonString('123456789012345678901234567890')).toBe(true);
  });
});

describe('toJson', () => {
  it('indents 4 spaces, sorts keys, escapes <>& like Go and ends with a newline', () => {
    expect(toJson({ b: { z: 1, a: [1, 'x'] }, a: 'a<b>&c', e: {}, l: [] })).toBe(
      '{\n    "a": "a\\u003cb\\u003e\\u0026c",\n    "b": {\n        "a": [\n            1,\n            "x"\n        ],\n        "z": 1\n    },\n    "e": {},\n    "l": []\n}\n',
    );
  });

  it('sorts keys by bytes, not as JS orders integer-like keys', () => {
    expect(goJson({ '9': 1, '10': 2, b: 3, B: 4 })).toBe('{"10":2,"9":1,"B":4,"b":3}');
  });

  it('wraps several objects in a List', () => {
    expect(toListJson([])).toBe('{\n    "apiVersion": "v1",\n    "items": [],\n    "kind": "List",\n    "metadata": {\n        "resourceVersion": ""\n    }\n}\n');
  });
});
