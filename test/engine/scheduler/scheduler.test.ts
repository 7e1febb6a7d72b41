// The default-scheduler controller on a real World: binding, events, PodScheduled conditions,
// retries when the cluster changes, and pods it must leave alone.
import { describe, expect, it } from 'vitest';
import type { KObject } from '../../../src/engine/api/types';
import { Scheduler } from '../../../src/engine/scheduler/scheduler';
import { World } from '../../../src/engine/world';
import { CONTROL_PLANE_TAINT, node, pod } from './builders';

function addNode(w: World, n: KObject): void {
  w.api.create({ ...n, status: undefined });
  w.api.mutate('Node', undefined, n.metadata.name!, (o) => (o.status = n.status), { status: true });
}

function setup() {
  const w = new World({ seed: 7 });
  w.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });
  addNode(w, node('controlplane', { cpu: '1', taints: [CONTROL_PLANE_TAINT] }));
  addNode(w, node('node01', { cpu: '1' }));
  const s = new Scheduler(w);
  s.start();
  w.settle();
  return { w, s };
}

const create = (w: World, p: KObject) => w.api.create({ ...p, metadata: { ...p.metadata, uid: undefined } });
const events = (w: World, name: string) =>
  w.api.list('Event', { namespace: 'default' }).filter((e) => (e.involvedObject as { name: string }).name === name).map((e) => [e.type, e.reason, e.message, e.count, (e.source as { component: string }).component]);
const scheduledCond = (w: World, name: string) => w.api.get('Pod', 'default', name).status?.conditions?.find((c: { type: string }) => c.type === 'PodScheduled');

describe('Scheduler', () => {
  it('binds a pod, sets PodScheduled=True and records Scheduled', () => {
    const { w } = setup();
    create(w, pod('web'));
    w.settle();
    const p = w.api.get('Pod', 'default', 'web');
    expect(p.spec.nodeName).toBe('node01');
    expect(scheduledCond(w, 'web')).toEqual({ type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: '2026-01-15T09:00:00Z' });
    expect(events(w, 'web')).toEqual([['Normal', 'Scheduled', 'Successfully assigned default/web to node01', 1, 'default-scheduler']]);
  });

  it('reports FailedScheduling, keeps the verdicts, and retries every 5 minutes without rewriting the pod', () => {
    const { w, s } = setup();
    const created = create(w, pod('big', { requests: { cpu: '100' } }));
    w.settle();
    const msg =
      '0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.';
    expect(events(w, 'big')).toEqual([['Warning', 'FailedScheduling', msg, 1, 'default-scheduler']]);
    expect(scheduledCond(w, 'big')).toEqual({ type: 'PodScheduled', status: 'False', lastProbeTime: null, lastTransitionTime: '2026-01-15T09:00:00Z', reason: 'Unschedulable', message: msg });
    expect(s.verdicts(created.metadata.uid)?.result.verdicts.node01.NodeResourcesFit).toEqual({ code: 'UnschedulableAndUnresolvable', reasons: ['Insufficient cpu'] });

    const rev = w.store.revision;
    w.settle();
    w.advance(60_000);
    expect(w.store.revision).toBe(rev);

    w.advance(4 * 60_000);
    expect(events(w, 'big')).toEqual([['Warning', 'FailedScheduling', msg, 2, 'default-scheduler']]);
    expect(w.api.get('Pod', 'default', 'big').status.conditions.length).toBe(1);
  });

  it('retries after its back-off when a node that fits joins', () => {
    const { w } = setup();
    create(w, pod('big', { requests: { cpu: '4' } }));
    w.settle();
    addNode(w, node('node02', { cpu: '8' }));
    w.settle();
    expect(w.api.get('Pod', 'default', 'big').spec.nodeName).toBeUndefined();
    w.advance(1_000);
    expect(w.api.get('Pod', 'default', 'big').spec.nodeName).toBe('node02');
    expect(events(w, 'big').map((e) => e[1])).toEqual(['FailedScheduling', 'Scheduled']);
  });

  it('retries when a pod holding the resources is deleted', () => {
    const { w } = setup();
    create(w, pod('first', { requests: { cpu: '800m' } }));
    w.settle();
    create(w, pod('second', { requests: { cpu: '800m' } }));
    w.settle();
    expect(scheduledCond(w, 'second').reason).toBe('Unschedulable');
    w.api.delete('Pod', 'default', 'first', { gracePeriodSeconds: 0 });
    w.advance(1_000);
    expect(w.api.get('Pod', 'default', 'second').spec.nodeName).toBe('node01');
  });

  it('(c) leaves a pod with spec.nodeName alone (no Scheduled event), even on a tainted node', () => {
    const { w } = setup();
    create(w, pod('pinned', { nodeName: 'controlplane', requests: { cpu: '100' } }));
    w.settle();
    expect(w.api.get('Pod', 'default', 'pinned').spec.nodeName).toBe('controlplane');
    expect(events(w, 'pinned')).toEqual([]);
    expect(scheduledCond(w, 'pinned')).toBeUndefined();
  });

  it('ignores pods for another scheduler and holds gated pods', () => {
    const { w } = setup();
    create(w, pod('other', { schedulerName: 'my-scheduler' }));
    create(w, pod('gated', { gates: ['example.com/wait'] }));
    w.settle();
    expect(w.api.get('Pod', 'default', 'other').spec.nodeName).toBeUndefined();
    expect(events(w, 'other')).toEqual([]);
    expect(scheduledCond(w, 'gated')).toMatchObject({ status: 'False', reason: 'SchedulingGated', message: 'Scheduling is blocked due to non-empty scheduling gates' });
  });

  it('preempts a lower-priority pod: DisruptionTarget, Preempted event, nominatedNodeName', () => {
    const { w } = setup();
    create(w, pod('low', { requests: { cpu: '800m' } }));
    w.settle();
    const vip = create(w, pod('vip', { requests: { cpu: '800m' }, priority: 1000 }));
    w.settle();
    expect(w.api.get('Pod', 'default', 'vip').status.nominatedNodeName).toBe('node01');
    expect(events(w, 'low').find((e) => e[1] === 'Preempted')).toEqual(['Normal', 'Preempted', `Preempted by pod ${vip.metadata.uid} on node node01`, 1, 'default-scheduler']);
    // Pod deletion without a kubelet: finish it the way a kubelet would.
    w.api.delete('Pod', 'default', 'low', { gracePeriodSeconds: 0 });
    w.advance(1_000);
    expect(w.api.get('Pod', 'default', 'vip').spec.nodeName).toBe('node01');
    expect(w.api.get('Pod', 'default', 'vip').status.nominatedNodeName).toBeUndefined();
  });
});
