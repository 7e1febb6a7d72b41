import { describe, expect, it } from 'vitest';
import { podConditions, podPhase, type ContainerStatusShape } from '../../../../src/engine/kubelet/kernels/pod-status';
import { qosClass } from '../../../../src/engine/kubelet/kernels/qos';
import { bytes, milliCpu } from '../../../../src/engine/kubelet/kernels/quantity';

const running = (name: string): ContainerStatusShape => ({ name, ready: true, state: { running: {} }, lastState: {} });
const waiting = (name: string, restarted = false): ContainerStatusShape => ({
  name,
  ready: false,
  state: { waiting: { reason: 'CrashLoopBackOff' } },
  lastState: restarted ? { terminated: { exitCode: 1 } } : {},
});
const done = (name: string, exitCode: number): ContainerStatusShape => ({ name, ready: false, state: { terminated: { exitCode } }, lastState: {} });
const spec = (policy: string, names = ['a'], inits: string[] = []) => ({ restartPolicy: policy, containers: names.map((name) => ({ name })), initContainers: inits.map((name) => ({ name })) });

describe('pod phase (kubelet getPhase)', () => {
  it.each([
    ['no statuses yet', spec('Always'), [], [], 'Pending'],
    ['running', spec('Always'), [], [running('a')], 'Running'],
    ['never started', spec('Always'), [], [waiting('a')], 'Pending'],
    ['crash looping counts as Running', spec('Always'), [], [waiting('a', true)], 'Running'],
    ['Never + exit 0', spec('Never'), [], [done('a', 0)], 'Succeeded'],
    ['Never + exit 1', spec('Never'), [], [done('a', 1)], 'Failed'],
    ['OnFailure + exit 1 restarting', spec('OnFailure'), [], [done('a', 1)], 'Running'],
    ['Always + exit 0 restarting', spec('Always'), [], [done('a', 0)], 'Running'],
    ['init running', spec('Always', ['a'], ['i']), [running('i')], [waiting('a')], 'Pending'],
    ['init failed, Never', spec('Never', ['a'], ['i']), [done('i', 1)], [waiting('a')], 'Failed'],
  ] as const)('%s → %s', (_n, s, init, main, want) => {
    expect(podPhase(s, [...init], [...main], false)).toBe(want);
  });

  it('a terminal pod (deleted, all stopped) is Succeeded or Failed whatever the policy', () => {
    expect(podPhase(spec('Always'), [], [done('a', 0)], true)).toBe('Succeeded');
    expect(podPhase(spec('Always'), [], [done('a', 137)], true)).toBe('Failed');
  });
});

describe('pod conditions', () => {
  it('keeps lastTransitionTime while a status holds and lists unready containers', () => {
    const prev = podConditions({ spec: spec('Always', ['a', 'b']), phase: 'Pending', init: [], main: [waiting('a'), waiting('b')], sandboxReady: false, previous: [], now: 'T0' });
    const next = podConditions({ spec: spec('Always', ['a', 'b']), phase: 'Running', init: [], main: [running('a'), waiting('b')], sandboxReady: true, previous: prev, now: 'T1' });
    expect(next.map((c) => [c.type, c.status, c.lastTransitionTime, c.reason ?? '', c.message ?? ''])).toEqual([
      ['PodReadyToStartContainers', 'True', 'T1', '', ''],
      ['Initialized', 'True', 'T0', '', ''],
      ['Ready', 'False', 'T0', 'ContainersNotReady', 'containers with unready status: [b]'],
      ['ContainersReady', 'False', 'T0', 'ContainersNotReady', 'containers with unready status: [b]'],
      ['PodScheduled', 'True', 'T0', '', ''],
    ]);
  });
});

describe('QoS class and quantities', () => {
  it.each([
    [[{}], 'BestEffort'],
    [[{ resources: { requests: { cpu: '100m' } } }], 'Burstable'],
    [[{ resources: { limits: { cpu: '1', memory: '1Gi' } } }], 'Guaranteed'],
    [[{ resources: { limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '1000m', memory: '1024Mi' } } }], 'Guaranteed'],
    [[{ resources: { limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '500m' } } }], 'Burstable'],
    [[{ resources: { limits: { cpu: '1', memory: '1Gi' } } }, {}], 'Burstable'],
  ] as const)('%j → %s', (containers, want) => {
    expect(qosClass({ containers: containers as never })).toBe(want);
  });

  it('parses CPU and memory quantities', () => {
    expect([milliCpu('500m'), milliCpu('0.25'), milliCpu(2), bytes('128Mi'), bytes('1G'), bytes('1e3')]).toEqual([500, 250, 2000, 134217728, 1e9, 1000]);
  });
});
