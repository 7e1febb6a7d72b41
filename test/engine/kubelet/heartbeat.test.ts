import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../src/engine/index';

const ready = (c: ReturnType<typeof createCluster>, node: string) =>
  (c.api.get('Node', undefined, node).status.conditions as { type: string; lastHeartbeatTime: string; lastTransitionTime: string }[]);

describe('node status heartbeat', () => {
  it('re-posts the kubelet-owned conditions every 5 minutes, leaving transitions and the CNI condition alone', () => {
    const c = createCluster({ seed: 1, startTime: Date.UTC(2026, 0, 15, 9, 0, 0) });
    const at = (n: string, t: string) => ready(c, 'node01').find((x) => x.type === t)![n as 'lastHeartbeatTime'];
    expect(at('lastHeartbeatTime', 'Ready')).toBe('2026-01-15T09:00:00Z');
    c.advance(5 * 60_000 - 1);
    expect(at('lastHeartbeatTime', 'Ready')).toBe('2026-01-15T09:00:00Z');
    c.advance(1);
    expect(at('lastHeartbeatTime', 'Ready')).toBe('2026-01-15T09:05:00Z');
    expect(at('lastHeartbeatTime', 'MemoryPressure')).toBe('2026-01-15T09:05:00Z');
    expect(at('lastTransitionTime', 'Ready')).toBe('2026-01-12T08:50:50Z');
    expect(at('lastHeartbeatTime', 'NetworkUnavailable')).toBe('2026-01-12T08:50:50Z');
  });
});
