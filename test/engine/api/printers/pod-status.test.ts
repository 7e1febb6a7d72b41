// The READY / STATUS / RESTARTS kernel against pod-status fixtures, each a situation a learner meets
// (fidelity.md §1.3 and §1.5; printers.go printPod in k8s v1.34).
import { describe, expect, it } from 'vitest';
import type { Container, ContainerStatus, Pod } from 'kubernetes-types/core/v1';
import { podStatusCells, readinessGatesCell } from '../../../../src/engine/api/printers/pod-status';

const NOW = Date.UTC(2026, 0, 15, 10, 0, 0);
const ago = (ms: number) => new Date(NOW - ms).toISOString().replace('.000Z', 'Z');
const S = 1000;
const M = 60 * S;

const running = (name: string, ready = true, extra: Partial<ContainerStatus> = {}): ContainerStatus => ({
  name,
  image: 'nginx',
  imageID: '',
  ready,
  restartCount: 0,
  started: true,
  state: { running: { startedAt: ago(5 * M) } },
  ...extra,
});
const waiting = (name: string, reason: string, extra: Partial<ContainerStatus> = {}): ContainerStatus => ({
  name,
  image: 'nginx',
  imageID: '',
  ready: false,
  restartCount: 0,
  state: { waiting: { reason } },
  ...extra,
});
const terminated = (name: string, exitCode: number, reason?: string, extra: Partial<ContainerStatus> = {}): ContainerStatus => ({
  name,
  image: 'busybox',
  imageID: '',
  ready: false,
  restartCount: 0,
  state: { terminated: { exitCode, reason, startedAt: ago(2 * M), finishedAt: ago(M) } },
  ...extra,
});

interface Fixture {
  story: string;
  containers?: string[];
  init?: Container[];
  phase?: string;
  statuses?: ContainerStatus[];
  initStatuses?: ContainerStatus[];
  conditions?: { type: string; status: string; reason?: string }[];
  deleting?: boolean;
  reason?: string;
  want: [ready: string, status: string, restarts: string];
}

function pod(f: Fixture): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p', creationTimestamp: ago(10 * M), ...(f.deleting ? { deletionTimestamp: ago(-30 * S) } : {}) },
    spec: { containers: (f.containers ?? ['app']).map((name) => ({ name, image: 'nginx' })), initContainers: f.init },
    status: {
      phase: f.phase ?? 'Running',
      reason: f.reason,
      conditions: f.conditions as NonNullable<Pod['status']>['conditions'],
      containerStatuses: f.statuses,
      initContainerStatuses: f.initStatuses,
    },
  };
}

const lastDied = (msAgo: number, restartCount: number): Partial<ContainerStatus> => ({
  restartCount,
  lastState: { terminated: { exitCode: 1, reason: 'Error', startedAt: ago(msAgo + 5 * S), finishedAt: ago(msAgo) } },
});

const fixtures: Fixture[] = [
  { story: 'a new pod before scheduling has no statuses', phase: 'Pending', want: ['0/1', 'Pending', '0'] },
  {
    story: 'an image being pulled',
    phase: 'Pending',
    statuses: [waiting('app', 'ContainerCreating')],
    want: ['0/1', 'ContainerCreating', '0'],
  },
  { story: 'a running, ready pod', statuses: [running('app')], want: ['1/1', 'Running', '0'] },
  { story: 'a running pod that is not ready yet', statuses: [running('app', false)], want: ['0/1', 'Running', '0'] },
  {
    story: 'a bad image',
    phase: 'Pending',
    statuses: [waiting('app', 'ImagePullBackOff')],
    want: ['0/1', 'ImagePullBackOff', '0'],
  },
  {
    story: 'a crash loop shows restarts with the age of the last death',
    statuses: [waiting('app', 'CrashLoopBackOff', lastDied(2 * M + 10 * S, 5))],
    want: ['0/1', 'CrashLoopBackOff', '5 (2m10s ago)'],
  },
  {
    story: 'restarts without a last-termination time have no suffix',
    statuses: [running('app', true, { restartCount: 2 })],
    want: ['1/1', 'Running', '2'],
  },
  { story: 'a finished job pod', phase: 'Succeeded', statuses: [terminated('app', 0, 'Completed')], want: ['0/1', 'Completed', '0'] },
  { story: 'a failed container with a reason', phase: 'Failed', statuses: [terminated('app', 1, 'Error')], want: ['0/1', 'Error', '0'] },
  { story: 'OOMKilled', statuses: [terminated('app', 137, 'OOMKilled')], want: ['0/1', 'OOMKilled', '0'] },
  { story: 'terminated without a reason shows the exit code', statuses: [terminated('app', 3)], want: ['0/1', 'ExitCode:3', '0'] },
  {
    story: 'terminated by a signal without a reason',
    statuses: [{ ...terminated('app', 137), state: { terminated: { exitCode: 137, signal: 9 } } }],
    want: ['0/1', 'Signal:9', '0'],
  },
  {
    story: 'the first container wins when several report a state',
    containers: ['a', 'b'],
    statuses: [waiting('a', 'ErrImagePull'), waiting('b', 'CrashLoopBackOff')],
    want: ['0/2', 'ErrImagePull', '0'],
  },
  {
    story: 'Completed with another container still running and the pod Ready → Running',
    containers: ['job', 'sidecar'],
    statuses: [terminated('job', 0, 'Completed'), running('sidecar')],
    conditions: [{ type: 'Ready', status: 'True' }],
    want: ['1/2', 'Running', '0'],
  },
  {
    story: 'Completed with another container still running, pod not Ready → NotReady',
    containers: ['job', 'sidecar'],
    statuses: [terminated('job', 0, 'Completed'), running('sidecar')],
    conditions: [{ type: 'Ready', status: 'False' }],
    want: ['1/2', 'NotReady', '0'],
  },
  {
    story: 'waiting for the first of one init container',
    phase: 'Pending',
    init: [{ name: 'init', image: 'busybox' }],
    initStatuses: [waiting('init', 'PodInitializing')],
    statuses: [waiting('app', 'PodInitializing')],
    want: ['0/1', 'Init:0/1', '0'],
  },
  {
    story: 'the second init container of two is running',
    phase: 'Pending',
    init: [{ name: 'i1', image: 'busybox' }, { name: 'i2', image: 'busybox' }],
    initStatuses: [terminated('i1', 0, 'Completed'), running('i2', false)],
    want: ['0/1', 'Init:1/2', '0'],
  },
  {
    story: 'a failing init container',
    phase: 'Pending',
    init: [{ name: 'init', image: 'busybox' }],
    initStatuses: [terminated('init', 1, 'Error', { restartCount: 3 })],
    want: ['0/1', 'Init:Error', '3'],
  },
  {
    story: 'an init container in back-off',
    phase: 'Pending',
    init: [{ name: 'init', image: 'busybox' }],
    initStatuses: [waiting('init', 'CrashLoopBackOff', lastDied(40 * S, 4))],
    want: ['0/1', 'Init:CrashLoopBackOff', '4 (40s ago)'],
  },
  {
    story: 'an init container killed without a reason',
    phase: 'Pending',
    init: [{ name: 'init', image: 'busybox' }],
    initStatuses: [{ ...terminated('init', 2), state: { terminated: { exitCode: 2 } } }],
    want: ['0/1', 'Init:ExitCode:2', '0'],
  },
  {
    story: 'a started sidecar counts toward READY',
    init: [{ name: 'proxy', image: 'envoy', restartPolicy: 'Always' }],
    initStatuses: [running('proxy')],
    statuses: [running('app')],
    conditions: [{ type: 'Initialized', status: 'True' }],
    want: ['2/2', 'Running', '0'],
  },
  {
    story: 'sidecar restarts count after initialization',
    init: [{ name: 'proxy', image: 'envoy', restartPolicy: 'Always' }],
    initStatuses: [running('proxy', true, lastDied(3 * M, 1))],
    statuses: [running('app')],
    want: ['2/2', 'Running', '1 (3m ago)'],
  },
  {
    story: 'a deleted running pod is Terminating',
    statuses: [running('app')],
    deleting: true,
    want: ['1/1', 'Terminating', '0'],
  },
  {
    story: 'a deleted finished pod keeps its status',
    phase: 'Succeeded',
    statuses: [terminated('app', 0, 'Completed')],
    deleting: true,
    want: ['0/1', 'Completed', '0'],
  },
  {
    story: 'a deleted pod on a lost node is Unknown',
    reason: 'NodeLost',
    statuses: [running('app')],
    deleting: true,
    want: ['1/1', 'Unknown', '0'],
  },
  { story: 'an evicted pod shows the reason', phase: 'Failed', reason: 'Evicted', want: ['0/1', 'Evicted', '0'] },
  {
    story: 'a scheduling-gated pod',
    phase: 'Pending',
    conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }],
    want: ['0/1', 'SchedulingGated', '0'],
  },
];

describe('podStatusCells', () => {
  for (const f of fixtures) {
    it(f.story, () => {
      const c = podStatusCells(pod(f), NOW);
      expect([c.ready, c.status, c.restarts]).toEqual(f.want);
    });
  }
});

describe('readinessGatesCell', () => {
  it('is <none> without gates and true/total with them', () => {
    const p = pod({ story: '', statuses: [running('app')], want: ['', '', ''] });
    expect(readinessGatesCell(p)).toBe('<none>');
    p.spec!.readinessGates = [{ conditionType: 'example.com/lb' }, { conditionType: 'example.com/db' }];
    p.status!.conditions = [{ type: 'example.com/lb', status: 'True' }];
    expect(readinessGatesCell(p)).toBe('1/2');
  });
});
