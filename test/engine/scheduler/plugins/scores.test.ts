// Score plugins: LeastAllocated, balanced allocation, taint and affinity preferences.
import { describe, expect, it } from 'vitest';
import { CycleState, defaultNormalize, nodeInfo } from '../../../../src/engine/scheduler/framework';
import { nodeAffinityScore } from '../../../../src/engine/scheduler/plugins/node-affinity';
import { balancedAllocationScore, nodeResourcesFitScore } from '../../../../src/engine/scheduler/plugins/node-resources-fit';
import { taintTolerationScore } from '../../../../src/engine/scheduler/plugins/taint-toleration';
import { node, pod } from '../builders';

const s = new CycleState();

describe('NodeResourcesFit LeastAllocated', () => {
  it.each([
    ['empty node, 1 cpu of 2, 1Gi of 2Gi', pod('p', { requests: { cpu: '1', memory: '1Gi' } }), [], 50],
    ['empty node, nothing requested: defaults 100m/200Mi', pod('p'), [], Math.floor((95 + 90) / 2)],
    ['half the node already requested', pod('p', { requests: { cpu: '500m', memory: '512Mi' } }), [pod('a', { requests: { cpu: '1', memory: '1Gi' } })], 25],
  ])('%s', (_n, p, on, want) => expect(nodeResourcesFitScore.score(s, p, nodeInfo(node('n'), on))).toBe(want));
});

describe('NodeResourcesBalancedAllocation', () => {
  it('prefers equal cpu and memory fractions', () => {
    const p = pod('p', { requests: { cpu: '1', memory: '1Gi' } });
    expect(balancedAllocationScore.score(s, p, nodeInfo(node('n'), []))).toBe(100);
    expect(balancedAllocationScore.score(s, p, nodeInfo(node('n', { memory: '8Gi' }), []))).toBe(81);
  });
});

describe('TaintToleration score', () => {
  it('counts untolerated PreferNoSchedule taints, fewer is better after normalizing', () => {
    const p = pod('p');
    const a = nodeInfo(node('a', { taints: [{ key: 'x', effect: 'PreferNoSchedule' }, { key: 'y', effect: 'PreferNoSchedule' }] }), []);
    const b = nodeInfo(node('b'), []);
    const scores = new Map([
      ['a', taintTolerationScore.score(s, p, a)],
      ['b', taintTolerationScore.score(s, p, b)],
    ]);
    expect([...scores.values()]).toEqual([2, 0]);
    taintTolerationScore.normalize!(scores);
    expect(Object.fromEntries(scores)).toEqual({ a: 0, b: 100 });
  });
});

describe('NodeAffinity score', () => {
  it('sums weights of matching preferred terms', () => {
    const p = pod('p', {
      affinity: {
        nodeAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            { weight: 10, preference: { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] } },
            { weight: 5, preference: { matchExpressions: [{ key: 'ssd', operator: 'Exists' }] } },
          ],
        },
      },
    });
    expect(nodeAffinityScore.score(s, p, nodeInfo(node('n', { labels: { zone: 'a', ssd: '' } }), []))).toBe(15);
    expect(nodeAffinityScore.score(s, p, nodeInfo(node('n', { labels: { ssd: '' } }), []))).toBe(5);
  });

  it('defaultNormalize scales by the maximum', () => {
    const m = new Map([['a', 15], ['b', 5], ['c', 0]]);
    defaultNormalize(m, false);
    expect(Object.fromEntries(m)).toEqual({ a: 100, b: 33, c: 0 });
  });
});
