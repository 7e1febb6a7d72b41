// Instant mode with a wall clock (bin/podlab): sleeps take no wall time, but a command that follows
// events keeps simulated time in step with the wall clock until it is interrupted.
import { describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox';
import { run, sandbox } from '../helpers/sandbox';

describe('instant mode pacing', () => {
  it('follows logs at wall-clock pace and jumps through sleeps', async () => {
    let wall = 0;
    const holder: { sb?: Sandbox } = {};
    let waits = 0;
    const sb = await sandbox({
      pace: {
        now: () => wall,
        wait: async (ms) => {
          waits++;
          wall += ms;
          if (wall >= 5_000) holder.sb!.interrupt();
        },
      },
    });
    holder.sb = sb;
    await run(sb, 'kubectl run b --image=busybox -- sh -c "while true; do echo tick; sleep 1; done"');
    await run(sb, 'sleep 30');
    expect(waits).toBe(0); // a sleep never waits on the wall clock
    const t0 = sb.clock.now();
    const r = await run(sb, 'kubectl logs -f b --tail=1');
    const simulated = sb.clock.now() - t0;
    expect(r.code).toBe(130);
    expect(simulated).toBeGreaterThanOrEqual(4_900);
    expect(simulated).toBeLessThanOrEqual(5_300);
    expect(r.out.split('\n').filter((l) => l === 'tick').length).toBeGreaterThanOrEqual(5);
  });

  it('paces watch the same way: a watch loop does not race through simulated time', async () => {
    let wall = 0;
    const holder: { sb?: Sandbox } = {};
    const sb = await sandbox({
      pace: {
        now: () => wall,
        wait: async (ms) => {
          wall += ms;
          if (wall >= 3_000) holder.sb!.interrupt();
        },
      },
    });
    holder.sb = sb;
    const t0 = sb.clock.now();
    const r = await run(sb, 'watch -n 1 date');
    expect(r.code).toBe(130);
    const simulated = sb.clock.now() - t0;
    expect(simulated).toBeGreaterThanOrEqual(2_900);
    expect(simulated).toBeLessThanOrEqual(3_300);
  });
});
