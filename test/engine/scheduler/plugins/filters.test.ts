// Table-driven Filter plugin tests: one row per situation, the exact Status each plugin answers.
import { describe, expect, it } from 'vitest';
import type { KObject } from '../../../../src/engine/api/types';
import { CycleState, nodeInfo, type FilterPlugin, type Status } from '../../../../src/engine/scheduler/framework';
import { nodeAffinityFilter } from '../../../../src/engine/scheduler/plugins/node-affinity';
import { nodeNamePlugin } from '../../../../src/engine/scheduler/plugins/node-name';
import { nodeResourcesFitFilter, nodeResourcesFitPreFilter } from '../../../../src/engine/scheduler/plugins/node-resources-fit';
import { nodeUnschedulablePlugin } from '../../../../src/engine/scheduler/plugins/node-unschedulable';
import { taintTolerationFilter } from '../../../../src/engine/scheduler/plugins/taint-toleration';
import { CONTROL_PLANE_TAINT, node, pod } from '../builders';

interface Row {
  name: string;
  pod: KObject;
  node: KObject;
  on?: KObject[];
  want: Status;
}

const ok: Status = { code: 'Success', reasons: [] };
const unres = (...reasons: string[]): Status => ({ code: 'UnschedulableAndUnresolvable', reasons });
const unsched = (...reasons: string[]): Status => ({ code: 'Unschedulable', reasons });

function run(plugin: FilterPlugin, rows: Row[]) {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_n, r) => {
    const state = new CycleState();
    nodeResourcesFitPreFilter.preFilter(state, r.pod);
    expect(plugin.filter(state, r.pod, nodeInfo(r.node, r.on ?? []))).toEqual(r.want);
  });
}

describe('NodeName', () =>
  run(nodeNamePlugin, [
    { name: 'no nodeName fits anywhere', pod: pod('p'), node: node('n1'), want: ok },
    { name: 'matching nodeName', pod: pod('p', { nodeName: 'n1' }), node: node('n1'), want: ok },
    { name: 'other nodeName', pod: pod('p', { nodeName: 'n2' }), node: node('n1'), want: unres("node(s) didn't match the requested node name") },
  ]));

describe('NodeUnschedulable', () =>
  run(nodeUnschedulablePlugin, [
    { name: 'schedulable node', pod: pod('p'), node: node('n1'), want: ok },
    { name: 'cordoned node', pod: pod('p'), node: node('n1', { unschedulable: true }), want: unres('node(s) were unschedulable') },
    {
      name: 'cordoned node, pod tolerates the unschedulable taint',
      pod: pod('p', { tolerations: [{ key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' }] }),
      node: node('n1', { unschedulable: true }),
      want: ok,
    },
  ]));

describe('TaintToleration', () =>
  run(taintTolerationFilter, [
    { name: 'no taints', pod: pod('p'), node: node('n1'), want: ok },
    { name: 'control-plane taint untolerated', pod: pod('p'), node: node('cp', { taints: [CONTROL_PLANE_TAINT] }), want: unres('node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }') },
    {
      name: 'taint with a value',
      pod: pod('p'),
      node: node('n1', { taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoExecute' }] }),
      want: unres('node(s) had untolerated taint {dedicated: gpu}'),
    },
    { name: 'PreferNoSchedule does not filter', pod: pod('p'), node: node('n1', { taints: [{ key: 'k', effect: 'PreferNoSchedule' }] }), want: ok },
    {
      name: 'Exists toleration for the key',
      pod: pod('p', { tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }] }),
      node: node('cp', { taints: [CONTROL_PLANE_TAINT] }),
      want: ok,
    },
    { name: 'empty key Exists tolerates everything', pod: pod('p', { tolerations: [{ operator: 'Exists' }] }), node: node('n1', { taints: [{ key: 'a', value: 'b', effect: 'NoExecute' }] }), want: ok },
    {
      name: 'Equal with the wrong value',
      pod: pod('p', { tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'db', effect: 'NoSchedule' }] }),
      node: node('n1', { taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] }),
      want: unres('node(s) had untolerated taint {dedicated: gpu}'),
    },
    {
      name: 'toleration for another effect',
      pod: pod('p', { tolerations: [{ key: 'dedicated', operator: 'Exists', effect: 'NoExecute' }] }),
      node: node('n1', { taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] }),
      want: unres('node(s) had untolerated taint {dedicated: gpu}'),
    },
  ]));

describe('NodeAffinity', () => {
  const required = (key: string, operator: string, values?: string[]) => ({
    nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key, operator, ...(values ? { values } : {}) }] }] } },
  });
  const MISS = unres("node(s) didn't match Pod's node affinity/selector");
  run(nodeAffinityFilter, [
    { name: 'nodeSelector matches', pod: pod('p', { nodeSelector: { disktype: 'ssd' } }), node: node('n1', { labels: { disktype: 'ssd' } }), want: ok },
    { name: 'nodeSelector misses', pod: pod('p', { nodeSelector: { disktype: 'ssd' } }), node: node('n1'), want: MISS },
    { name: 'In', pod: pod('p', { affinity: required('zone', 'In', ['a', 'b']) }), node: node('n1', { labels: { zone: 'b' } }), want: ok },
    { name: 'NotIn', pod: pod('p', { affinity: required('zone', 'NotIn', ['a']) }), node: node('n1', { labels: { zone: 'a' } }), want: MISS },
    { name: 'Exists', pod: pod('p', { affinity: required('gpu', 'Exists') }), node: node('n1', { labels: { gpu: '' } }), want: ok },
    { name: 'DoesNotExist', pod: pod('p', { affinity: required('gpu', 'DoesNotExist') }), node: node('n1', { labels: { gpu: '' } }), want: MISS },
    { name: 'Gt', pod: pod('p', { affinity: required('cores', 'Gt', ['4']) }), node: node('n1', { labels: { cores: '8' } }), want: ok },
    { name: 'Lt', pod: pod('p', { affinity: required('cores', 'Lt', ['4']) }), node: node('n1', { labels: { cores: '8' } }), want: MISS },
    {
      name: 'matchFields on metadata.name (DaemonSet pods)',
      pod: pod('p', { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node01'] }] }] } } } }),
      node: node('controlplane'),
      want: MISS,
    },
  ]);
});

describe('NodeResourcesFit', () => {
  const small = node('n1', { cpu: '1', memory: '1Gi', pods: '2' });
  run(nodeResourcesFitFilter, [
    { name: 'fits', pod: pod('p', { requests: { cpu: '500m', memory: '256Mi' } }), node: small, want: ok },
    { name: 'requests nothing', pod: pod('p'), node: small, on: [pod('a', { requests: { cpu: '1' } })], want: ok },
    { name: 'cpu taken by others', pod: pod('p', { requests: { cpu: '600m' } }), node: small, on: [pod('a', { requests: { cpu: '500m' } })], want: unsched('Insufficient cpu') },
    { name: 'more cpu than the node has', pod: pod('p', { requests: { cpu: '100' } }), node: small, want: unres('Insufficient cpu') },
    {
      name: 'cpu and memory, reasons in upstream order',
      pod: pod('p', { requests: { memory: '2Gi', cpu: '2' } }),
      node: small,
      want: unres('Insufficient cpu', 'Insufficient memory'),
    },
    { name: 'too many pods', pod: pod('p'), node: small, on: [pod('a'), pod('b')], want: unsched('Too many pods') },
    { name: 'extended resource missing', pod: pod('p', { requests: { 'nvidia.com/gpu': '1' } }), node: small, want: unres('Insufficient nvidia.com/gpu') },
    { name: 'extended resource present', pod: pod('p', { requests: { 'nvidia.com/gpu': '1' } }), node: node('g', { extra: { 'nvidia.com/gpu': '2' } }), want: ok },
  ]);
});
