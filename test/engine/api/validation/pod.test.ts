// PodSpec validation messages (pkg/apis/core/validation/validation.go, v1.34), on defaulted specs.
import { describe, it, expect } from 'vitest';
import { fieldErrorString } from '../../../../src/engine/api/errors';
import { validatePodSpec, type ContainerLike, type PodSpecLike } from '../../../../src/engine/api/validation/pod';
import { validateResourceRequirements } from '../../../../src/engine/api/validation/resources';

const c = (over: Partial<ContainerLike> = {}): ContainerLike => ({ name: 'web', image: 'nginx', imagePullPolicy: 'Always', terminationMessagePolicy: 'File', ...over });
const pod = (over: Partial<PodSpecLike> = {}): PodSpecLike => ({ containers: [c()], restartPolicy: 'Always', dnsPolicy: 'ClusterFirst', ...over });
const check = (spec: PodSpecLike, path?: string) => validatePodSpec(spec, path).map(fieldErrorString);

describe('validatePodSpec', () => {
  it('accepts a defaulted pod', () => {
    expect(check(pod({ volumes: [{ name: 'data', emptyDir: {} }], containers: [c({ volumeMounts: [{ name: 'data', mountPath: '/data' }] })] }))).toEqual([]);
  });

  const cases: [string, PodSpecLike, string[]][] = [
    ['no containers', pod({ containers: [] }), ['spec.containers: Required value']],
    ['a container without name and image', pod({ containers: [c({ name: '', image: '' })] }), ['spec.containers[0].name: Required value', 'spec.containers[0].image: Required value']],
    [
      'a bad container name',
      pod({ containers: [c({ name: 'Web_1' })] }),
      [
        "spec.containers[0].name: Invalid value: \"Web_1\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
      ],
    ],
    ['duplicate container names', pod({ containers: [c(), c()] }), ['spec.containers[1].name: Duplicate value: "web"']],
    [
      'ports out of range and a missing containerPort',
      pod({ containers: [c({ ports: [{ containerPort: 70000, protocol: 'TCP' }, { name: 'http', protocol: 'TCP' }, { containerPort: 80, hostPort: -1, protocol: 'HTTP' }] })] }),
      [
        'spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
        'spec.containers[0].ports[1].containerPort: Required value',
        'spec.containers[0].ports[2].hostPort: Invalid value: -1: must be between 1 and 65535, inclusive',
        'spec.containers[0].ports[2].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
      ],
    ],
    [
      'restartPolicy and dnsPolicy',
      pod({ restartPolicy: 'Sometimes', dnsPolicy: 'Google' }),
      [
        'spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"',
        'spec.dnsPolicy: Unsupported value: "Google": supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"',
      ],
    ],
    [
      'imagePullPolicy',
      pod({ containers: [c({ imagePullPolicy: 'IfMissing' })] }),
      ['spec.containers[0].imagePullPolicy: Unsupported value: "IfMissing": supported values: "Always", "IfNotPresent", "Never"'],
    ],
    [
      'a mount of a volume that does not exist',
      pod({ containers: [c({ volumeMounts: [{ name: 'data', mountPath: '/d' }, { name: 'data', mountPath: '/d' }] })] }),
      [
        'spec.containers[0].volumeMounts[0].name: Not found: "data"',
        'spec.containers[0].volumeMounts[1].name: Not found: "data"',
        'spec.containers[0].volumeMounts[1].mountPath: Invalid value: "/d": must be unique',
      ],
    ],
    [
      'volumes without a type, with two types, or without a configMap name',
      pod({ volumes: [{ name: 'a' }, { name: 'b', emptyDir: {}, hostPath: { path: '/x' } }, { name: 'c', configMap: {} }, { name: 'c', emptyDir: {} }] }),
      [
        'spec.volumes[0]: Required value: must specify a volume type',
        'spec.volumes[1].emptyDir: Forbidden: may not specify more than 1 volume type',
        'spec.volumes[2].configMap.name: Required value',
      ],
    ],
    ['an env var without a name', pod({ containers: [c({ env: [{ name: '' }, { name: 'A=B' }] })] }), [
      'spec.containers[0].env[0].name: Required value',
      "spec.containers[0].env[1].name: Invalid value: \"A=B\": a valid environment variable name must consist only of printable ASCII characters other than '='",
    ]],
    [
      'init containers share the name space and may not have probes unless sidecars',
      pod({ initContainers: [c({ livenessProbe: {} }), c({ name: 'side', restartPolicy: 'Always', livenessProbe: {} })] }),
      [
        'spec.initContainers[0].name: Duplicate value: "web"',
        'spec.initContainers[0].livenessProbe: Forbidden: may not be set for init containers without restartPolicy=Always',
      ],
    ],
    ['a restartPolicy on a regular container', pod({ containers: [c({ restartPolicy: 'Always' })] }), ['spec.containers[0].restartPolicy: Forbidden: may not be set for non-init containers']],
    ['activeDeadlineSeconds', pod({ activeDeadlineSeconds: 0 }), ['spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive']],
  ];
  it.each(cases)('%s', (_, spec, errs) => {
    expect(check(spec)).toEqual(errs);
  });

  it('prefixes paths for pod templates', () => {
    expect(check(pod({ containers: [] }), 'spec.template.spec')).toEqual(['spec.template.spec.containers: Required value']);
  });
});

describe('validateResourceRequirements', () => {
  const p = 'spec.containers[0].resources';
  const check = (r: Parameters<typeof validateResourceRequirements>[0]) => validateResourceRequirements(r, p).map(fieldErrorString);

  it('accepts sane requests and limits', () => {
    expect(check({ requests: { cpu: '250m', memory: '64Mi' }, limits: { cpu: 1, memory: '128Mi', 'nvidia.com/gpu': 1 }, })).toEqual([]);
  });

  it('requests above limits', () => {
    expect(check({ requests: { cpu: '2', memory: '1Gi' }, limits: { cpu: '1000m', memory: '512Mi' } })).toEqual([
      'spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1',
      'spec.containers[0].resources.requests: Invalid value: "1Gi": must be less than or equal to memory limit of 512Mi',
    ]);
  });

  it('negative and unknown resources', () => {
    expect(check({ requests: { cpu: '-1', gpu: '1' } })).toEqual([
      'spec.containers[0].resources.requests[cpu]: Invalid value: "-1": must be greater than or equal to 0',
      'spec.containers[0].resources.requests[gpu]: Invalid value: "gpu": must be a standard resource type or fully qualified',
      'spec.containers[0].resources.requests[gpu]: Invalid value: "gpu": must be a standard resource for containers',
    ]);
  });

  it('extended resources need equal whole-number limits', () => {
    expect(check({ requests: { 'example.com/foo': '500m' } })).toEqual([
      'spec.containers[0].resources.requests[example.com/foo]: Invalid value: "500m": must be an integer',
      'spec.containers[0].resources.limits: Required value: Limit must be set for non overcommitable resources',
    ]);
    expect(check({ requests: { 'example.com/foo': '1' }, limits: { 'example.com/foo': '2' } })).toEqual([
      'spec.containers[0].resources.requests: Invalid value: "1": must be equal to example.com/foo limit of 2',
    ]);
  });
});
