// QoS classes as ComputePodQOS assigns them.
import { describe, expect, it } from 'vitest';
import type { Pod } from 'kubernetes-types/core/v1';
import { computePodQOS, podQOSClass } from '../../../../src/engine/api/printers/qos';

const pod = (...resources: Record<string, Record<string, string>>[]): Pod => ({
  spec: { containers: resources.map((r, i) => ({ name: `c${i}`, image: 'nginx', resources: r })) },
});

describe('computePodQOS', () => {
  it('is BestEffort without cpu/memory requests or limits', () => {
    expect(computePodQOS(pod({}))).toBe('BestEffort');
    expect(computePodQOS(pod({ requests: { 'ephemeral-storage': '1Gi' } }))).toBe('BestEffort');
  });
  it('is Guaranteed when every container limits cpu and memory and requests equal limits', () => {
    const r = { requests: { cpu: '500m', memory: '128Mi' }, limits: { cpu: '0.5', memory: '128Mi' } };
    expect(computePodQOS(pod(r, r))).toBe('Guaranteed');
  });
  it('is Burstable otherwise', () => {
    expect(computePodQOS(pod({ requests: { cpu: '100m' } }))).toBe('Burstable');
    expect(computePodQOS(pod({ requests: { cpu: '100m', memory: '64Mi' }, limits: { cpu: '200m', memory: '64Mi' } }))).toBe('Burstable');
    expect(computePodQOS(pod({ limits: { cpu: '1', memory: '1Gi' } }, {}))).toBe('Burstable');
  });
  it('prefers status.qosClass', () => {
    expect(podQOSClass({ ...pod({}), status: { qosClass: 'Guaranteed' } })).toBe('Guaranteed');
  });
});
