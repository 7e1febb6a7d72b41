import { describe, expect, it } from 'vitest';
import { Ipam } from '../../../src/engine/net/ipam';
import { World } from '../../../src/engine/world';

describe('IPAM', () => {
  it('hands out pod IPs per node from .2 on, round-robin like host-local', () => {
    const ipam = new Ipam(new World({ seed: 1 }));
    expect([ipam.podIp('node01', '10.244.1.0/24'), ipam.podIp('node01', '10.244.1.0/24'), ipam.podIp('controlplane', '10.244.0.0/24')]).toEqual([
      '10.244.1.2',
      '10.244.1.3',
      '10.244.0.2',
    ]);
    ipam.release('10.244.1.2');
    expect(ipam.podIp('node01', '10.244.1.0/24')).toBe('10.244.1.4'); // not the freed one at once
  });

  it('wraps around and reports exhaustion as host-local does', () => {
    const ipam = new Ipam(new World({ seed: 1 }));
    const got = Array.from({ length: 5 }, () => ipam.podIp('n', '10.0.0.0/29'));
    expect(got).toEqual(['10.0.0.2', '10.0.0.3', '10.0.0.4', '10.0.0.5', '10.0.0.6']);
    expect(() => ipam.podIp('n', '10.0.0.0/29')).toThrow('failed to allocate for range 0: no IP addresses available in range set: 10.0.0.2-10.0.0.6');
    ipam.release('10.0.0.3');
    expect(ipam.podIp('n', '10.0.0.0/29')).toBe('10.0.0.3');
  });

  it('draws Service IPs from 10.96.0.0/12, deterministically, never the reserved ones', () => {
    const a = new Ipam(new World({ seed: 42 }));
    const b = new Ipam(new World({ seed: 42 }));
    const ips = Array.from({ length: 50 }, () => a.serviceIp());
    expect(ips).toEqual(Array.from({ length: 50 }, () => b.serviceIp()));
    for (const ip of ips) {
      const [o1, o2] = ip.split('.').map(Number);
      expect(o1).toBe(10);
      expect(o2).toBeGreaterThanOrEqual(96);
      expect(o2).toBeLessThanOrEqual(111);
      expect(['10.96.0.1', '10.96.0.10']).not.toContain(ip);
    }
    expect(new Set(ips).size).toBe(50);
    expect(a.reserveServiceIp('10.96.0.1')).toBe(true);
    expect(a.reserveServiceIp(ips[0])).toBe(false);
  });

  it('saves and loads its allocations', () => {
    const w = new World({ seed: 1 });
    const ipam = new Ipam(w);
    ipam.podIp('node01', '10.244.1.0/24');
    const snap = w.save().parts.ipam;
    const w2 = new World({ seed: 1 });
    const again = new Ipam(w2);
    (w2 as unknown as { stateful: Map<string, { load(s: unknown): void }> }).stateful.get('ipam')!.load(snap);
    expect(again.podIp('node01', '10.244.1.0/24')).toBe('10.244.1.3');
    expect(again.podIpOwner('10.244.1.2')).toBe('node01');
  });
});
