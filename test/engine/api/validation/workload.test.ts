// Deployment / ReplicaSet / DaemonSet validation (pkg/apis/apps/validation, v1.34), including the
// multi-cause message of fidelity.md §1.13.
import { describe, it, expect } from 'vitest';
import { fieldErrorString, invalid } from '../../../../src/engine/api/errors';
import { validateDaemonSetSpec, validateDeploymentSpec, validateReplicaSetSpec, type WorkloadSpecLike } from '../../../../src/engine/api/validation/workload';

const template = (labels: Record<string, string> = { app: 'web' }) => ({
  metadata: { labels } as { labels?: Record<string, string> },
  spec: { containers: [{ name: 'web', image: 'nginx', imagePullPolicy: 'Always', terminationMessagePolicy: 'File' }], restartPolicy: 'Always', dnsPolicy: 'ClusterFirst' },
});
const deploy = (over: Partial<WorkloadSpecLike> = {}): WorkloadSpecLike => ({
  replicas: 1,
  selector: { matchLabels: { app: 'web' } },
  template: template(),
  strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
  revisionHistoryLimit: 10,
  progressDeadlineSeconds: 600,
  ...over,
});
const check = (s: WorkloadSpecLike) => validateDeploymentSpec(s).map(fieldErrorString);

describe('validateDeploymentSpec', () => {
  it('accepts a defaulted Deployment', () => {
    expect(check(deploy())).toEqual([]);
    expect(check(deploy({ selector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['web', 'api'] }] } }))).toEqual([]);
  });

  it('renders the selector/labels mismatch as kubectl shows it', () => {
    const errs = validateDeploymentSpec(deploy({ template: template({ app: 'x' }) }));
    expect(invalid('Deployment', 'web', errs).message).toBe(
      'Deployment "web" is invalid: spec.template.metadata.labels: Invalid value: {"app":"x"}: `selector` does not match template `labels`',
    );
  });

  const cases: [string, WorkloadSpecLike, string[]][] = [
    ['negative replicas', deploy({ replicas: -1 }), ['spec.replicas: Invalid value: -1: must be greater than or equal to 0']],
    [
      'no selector',
      deploy({ selector: undefined }),
      ['spec.selector: Required value', 'spec.template.metadata.labels: Invalid value: {"app":"web"}: `selector` does not match template `labels`'],
    ],
    ['an empty selector', deploy({ selector: {} }), ['spec.selector: Invalid value: {}: empty selector is invalid for deployment']],
    [
      'a template without labels',
      deploy({ template: { ...template(), metadata: {} } }),
      ['spec.template.metadata.labels: Invalid value: null: `selector` does not match template `labels`'],
    ],
    [
      'a bad operator stops template validation',
      deploy({ selector: { matchExpressions: [{ key: 'app', operator: 'Equals', values: ['web'] }] } }),
      [
        'spec.selector.matchExpressions[0].operator: Invalid value: "Equals": not a valid selector operator',
        'spec.selector: Invalid value: {"matchExpressions":[{"key":"app","operator":"Equals","values":["web"]}]}: invalid label selector',
      ],
    ],
    [
      'restartPolicy other than Always',
      deploy({ template: { ...template(), spec: { ...template().spec, restartPolicy: 'Never' } } }),
      ['spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"'],
    ],
    [
      'template label and container errors',
      deploy({ selector: { matchLabels: { 'app ': 'web' } }, template: { metadata: { labels: { 'app ': 'web' } }, spec: { containers: [] } } }),
      [
        "spec.selector.matchLabels: Invalid value: \"app \": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
        'spec.selector: Invalid value: {"matchLabels":{"app ":"web"}}: invalid label selector',
      ],
    ],
    [
      'both rolling-update bounds zero',
      deploy({ strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: '0%' } } }),
      ['spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "0%": may not be 0 when `maxSurge` is 0'],
    ],
    [
      'bad rolling-update values',
      deploy({ strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25', maxUnavailable: '150%' } } }),
      [
        "spec.strategy.rollingUpdate.maxSurge: Invalid value: \"25\": a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')",
        'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "150%": must not be greater than 100%',
      ],
    ],
    [
      'rollingUpdate with Recreate',
      deploy({ strategy: { type: 'Recreate', rollingUpdate: { maxSurge: 1 } } }),
      ["spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'"],
    ],
    ['a short progress deadline', deploy({ minReadySeconds: 30, progressDeadlineSeconds: 10 }), ['spec.progressDeadlineSeconds: Invalid value: 10: must be greater than minReadySeconds']],
  ];
  it.each(cases)('%s', (_, spec, errs) => {
    expect(check(spec)).toEqual(errs);
  });

  it('validates the pod template at spec.template (labels at spec.template.labels, as upstream)', () => {
    const t = { metadata: { labels: { app: 'web', v: 'a b' } }, spec: { ...template().spec, containers: [] } };
    expect(check(deploy({ template: t }))).toEqual([
      "spec.template.labels: Invalid value: \"a b\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
      'spec.template.spec.containers: Required value',
    ]);
  });
});

describe('validateReplicaSetSpec and validateDaemonSetSpec', () => {
  it('ReplicaSet: like a Deployment without strategy', () => {
    expect(validateReplicaSetSpec({ replicas: 3, selector: { matchLabels: { app: 'web' } }, template: template() })).toEqual([]);
    expect(validateReplicaSetSpec({ replicas: -2, minReadySeconds: -1, selector: { matchLabels: { app: 'web' } }, template: template() }).map(fieldErrorString)).toEqual([
      'spec.replicas: Invalid value: -2: must be greater than or equal to 0',
      'spec.minReadySeconds: Invalid value: -1: must be greater than or equal to 0',
    ]);
  });

  it('DaemonSet: mismatch, empty selector and restart policy', () => {
    expect(validateDaemonSetSpec({ selector: { matchLabels: { app: 'web' } }, template: template() })).toEqual([]);
    expect(validateDaemonSetSpec({ selector: { matchLabels: { app: 'agent' } }, template: template() }).map(fieldErrorString)).toEqual([
      'spec.template.metadata.labels: Invalid value: {"app":"web"}: `selector` does not match template `labels`',
    ]);
    expect(validateDaemonSetSpec({ selector: {}, template: { ...template(), spec: { ...template().spec, restartPolicy: 'OnFailure' } } }).map(fieldErrorString)).toEqual([
      'spec.selector: Invalid value: {}: empty selector is invalid for daemonset',
      'spec.template.spec.restartPolicy: Unsupported value: "OnFailure": supported values: "Always"',
    ]);
  });
});
