// schedulePod end to end on values: chosen node, tie-breaking, and the FailedScheduling message
// exactly as v1.34.1 words it (FitError.Error + DynamicResources and DefaultPreemption PostFilter).
import { describe, expect, it } from 'vitest';
import type { KObject } from '../../../src/engine/api/types';
import { groupPodsByNode } from '../../../src/engine/scheduler/framework';
import { defaultProfile } from '../../../src/engine/scheduler/plugins';
import { schedulePod } from '../../../src/engine/scheduler/schedule';
import { Rand } from '../../../src/engine/sim/rand';
import { CONTROL_PLANE_TAINT, node, pod } from './builders';

const cluster = () => [node('controlplane', { cpu: '1', taints: [CONTROL_PLANE_TAINT] }), node('node01', { cpu: '1' })];
const run = (p: KObject, nodes: KObject[], pods: KObject[] = [], seed = 's') => schedulePod(p, nodes, groupPodsByNode(pods), defaultProfile(), new Rand(seed));

describe('schedulePod', () => {
  it('places a plain pod on the only untainted node and records each plugin verdict', () => {
    const r = run(pod('web'), cluster());
    expect(r.node).toBe('node01');
    expect(r.message).toBeUndefined();
    expect(Object.keys(r.verdicts.controlplane)).toEqual(['NodeUnschedulable', 'NodeName', 'TaintToleration']);
    expect(r.verdicts.controlplane.TaintToleration.reasons).toEqual(['node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }']);
    expect(Object.keys(r.verdicts.node01)).toEqual(['NodeUnschedulable', 'NodeName', 'TaintToleration', 'NodeAffinity', 'NodeResourcesFit']);
  });

  it('(a) a pod requesting 100 cpus: preemption cannot help anywhere', () => {
    const r = run(pod('big', { requests: { cpu: '100' } }), cluster());
    expect(r.node).toBeUndefined();
    expect(r.message).toBe(
      '0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.',
    );
  });

  it('a pod that would fit an empty node01 but equal-priority pods hold it: no victims', () => {
    const busy = pod('busy', { nodeName: 'node01', requests: { cpu: '800m' } });
    const r = run(pod('web', { requests: { cpu: '500m' } }), cluster(), [busy]);
    expect(r.message).toBe(
      '0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. no new claims to deallocate, preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling.',
    );
  });

  it('(b) a nodeSelector that matches nothing', () => {
    const r = run(pod('web', { nodeSelector: { disktype: 'ssd' } }), cluster());
    expect(r.message).toBe(
      "0/2 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.",
    );
  });

  it('counts reasons per node and sorts the histogram as strings', () => {
    const nodes = [node('a', { cpu: '1', memory: '1Gi' }), node('b', { cpu: '1', memory: '1Gi' }), node('c', { cpu: '1', taints: [CONTROL_PLANE_TAINT] })];
    const r = run(pod('p', { requests: { cpu: '2', memory: '2Gi' } }), nodes);
    expect(r.message).toBe(
      '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu, 2 Insufficient memory. no new claims to deallocate, preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.',
    );
  });

  it('preemptionPolicy Never is not eligible', () => {
    const r = run(pod('p', { requests: { cpu: '100' }, preemptionPolicy: 'Never' }), cluster());
    expect(r.message).toMatch(/\. no new claims to deallocate, preemption: not eligible due to preemptionPolicy=Never\.$/);
  });

  it('a higher-priority pod nominates a node and picks the fewest victims', () => {
    const low1 = pod('low1', { nodeName: 'node01', requests: { cpu: '400m' } });
    const low2 = pod('low2', { nodeName: 'node01', requests: { cpu: '400m' } });
    const r = run(pod('vip', { requests: { cpu: '500m' }, priority: 1000 }), cluster(), [low1, low2]);
    expect(r.node).toBeUndefined();
    expect(r.nominate?.node).toBe('node01');
    expect(r.nominate?.victims.map((v) => v.metadata.name)).toHaveLength(1);
    // When preemption succeeds the PostFilter message is empty.
    expect(r.message).toBe('0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }.');
  });

  it('victims that cannot make room leave the filter reason in the preemption histogram', () => {
    const low = pod('low', { nodeName: 'node01', requests: { cpu: '100m' } });
    const peer = pod('peer', { nodeName: 'node01', requests: { cpu: '800m' }, priority: 1000 });
    const r = run(pod('vip', { requests: { cpu: '500m' }, priority: 1000 }), cluster(), [low, peer]);
    expect(r.message).toBe(
      '0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. no new claims to deallocate, preemption: 0/2 nodes are available: 1 Insufficient cpu, 1 Preemption is not helpful for scheduling.',
    );
  });

  it('terminal pods do not hold resources', () => {
    const done = pod('done', { nodeName: 'node01', requests: { cpu: '1' }, phase: 'Succeeded' });
    expect(run(pod('web', { requests: { cpu: '500m' } }), cluster(), [done]).node).toBe('node01');
  });

  it('prefers the less allocated node and breaks ties with the seeded stream', () => {
    const nodes = [node('a'), node('b'), node('c')];
    const busy = pod('x', { nodeName: 'a', requests: { cpu: '1', memory: '1Gi' } });
    const r = run(pod('web'), nodes, [busy]);
    expect(r.node).not.toBe('a');
    expect(r.scores?.b.total).toBe(r.scores?.c.total);
    const picks = new Set(['s1', 's2', 's3', 's4', 's5', 's6'].map((seed) => run(pod('web'), nodes, [busy], seed).node));
    expect(picks).toEqual(new Set(['b', 'c']));
    expect(run(pod('web'), nodes, [busy], 'same').node).toBe(run(pod('web'), nodes, [busy], 'same').node);
  });

  it('no nodes at all', () => {
    expect(run(pod('web'), []).message).toBe('no nodes available to schedule pods');
  });
});
