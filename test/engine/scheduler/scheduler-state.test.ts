// The scheduler's saved state: verdicts survive a save/restore and the 5-minute retry rhythm is kept.
import { describe, expect, it } from 'vitest';
import type { KObject } from '../../../src/engine/api/types';
import { Scheduler } from '../../../src/engine/scheduler/scheduler';
import { World } from '../../../src/engine/world';
import { node, pod } from './builders';

function addNode(w: World, n: KObject): void {
  w.api.create({ ...n, status: undefined });
  w.api.mutate('Node', undefined, n.metadata.name!, (o) => (o.status = n.status), { status: true });
}

// Emissions, summed: the EventRecorder's aggregation cache is in memory (as client-go's) and starts empty after a restore.
const failures = (w: World) => w.api.list('Event', { namespace: 'default' }).filter((e) => e.reason === 'FailedScheduling').reduce((n, e) => n + (e.count as number), 0);

describe('Scheduler state', () => {
  it('keeps verdicts and the retry schedule across save and restore', () => {
    const a = new World({ seed: 1 });
    a.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });
    addNode(a, node('node01', { cpu: '1' }));
    new Scheduler(a).start();
    const big = a.api.create({ ...pod('big', { requests: { cpu: '8' } }), metadata: { name: 'big', namespace: 'default' } });
    a.settle();
    a.advance(60_000);
    const snap = a.save();

    const b = new World({ seed: 1, startTime: snap.now });
    b.store.restore(snap.store);
    const s = new Scheduler(b);
    b['stateful'].get('scheduler')!.load(snap.parts.scheduler);
    s.start();
    b.settle();
    expect(s.verdicts(big.metadata.uid)?.result.message).toMatch(/^0\/1 nodes are available: 1 Insufficient cpu\./);
    expect(failures(b)).toBe(1);
    b.advance(3 * 60_000);
    expect(failures(b)).toBe(1);
    b.advance(60_000);
    expect(failures(b)).toBe(2);
  });
});
