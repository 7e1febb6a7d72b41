// The driver paces a real sandbox's simulated clock with a hand-driven wall clock and batches updates.
import { describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../src/sandbox';
import { Driver, IDLE_UPDATE_MS } from '../../src/worker/driver';
import type { Update } from '../../src/worker/protocol';
import { ManualWall } from './wall';

const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);

async function setup(speed = 1, sink?: (u: Update) => unknown) {
  const sb: Sandbox = await createSandbox({ seed: 1, startTime: T0, mode: 'paced' });
  const wall = new ManualWall();
  const updates: Update[] = [];
  const driver = new Driver(sb, (u) => (sink ? sink(u) : void updates.push(u)), wall, speed);
  return { sb, wall, updates, driver };
}

describe('Driver pacing', () => {
  it('advances simulated time with the wall clock at 1×', async () => {
    const { sb, wall, driver } = await setup(1);
    driver.start();
    wall.advance(2000);
    expect(sb.clock.now()).toBe(T0 + 2000);
  });

  it('fast-forwards at N× and stands still when paused', async () => {
    const { sb, wall, driver } = await setup(60);
    driver.start();
    wall.advance(1000);
    expect(sb.clock.now()).toBe(T0 + 60_000);
    driver.setSpeed(0);
    wall.advance(5000);
    expect(sb.clock.now()).toBe(T0 + 60_000);
    expect(driver.speed).toBe(0);
  });

  it('pays the time elapsed before a speed change at the old speed', async () => {
    const { sb, wall, driver } = await setup(1);
    driver.start();
    wall.advance(1020); // 20 ticks, then 20 ms not yet ticked
    driver.setSpeed(10);
    expect(sb.clock.now()).toBe(T0 + 1020);
    wall.advance(1000); // the next ticks at 50 ms steps pay 980 ms of it so far
    expect(sb.clock.now()).toBe(T0 + 1020 + 9800);
  });

  it('moves simulated time in whole milliseconds, carrying fractions over', async () => {
    const { sb, wall, driver } = await setup(1.5);
    wall.t = 1000.3;
    driver.start();
    for (let i = 0; i < 7; i++) {
      wall.advance(33.3);
      expect(Number.isInteger(sb.clock.now())).toBe(true);
    }
    // 7 × 33.3 ms = 233.1 ms of wall time, of which the ticks (every 50 ms) have paid 200 ms: 300 ms at 1.5×.
    expect(sb.clock.now()).toBe(T0 + 300);
    wall.advance(50 * 20);
    expect(sb.clock.now()).toBe(T0 + Math.floor(1200 * 1.5));
  });

  it('treats negative, NaN and infinite speeds as paused, and caps huge ones', async () => {
    const { driver } = await setup(1);
    for (const s of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      driver.setSpeed(s);
      expect(driver.speed).toBe(0);
    }
    driver.setSpeed(1e9);
    expect(driver.speed).toBe(600);
  });

  it('runs the cluster: a pod created at once is Running after simulated seconds pass', async () => {
    const { sb, wall, driver } = await setup(10);
    driver.start();
    const r = await sb.run('kubectl run web --image=nginx', () => {});
    expect(r.exitCode).toBe(0);
    wall.advance(3000); // 30 simulated seconds
    const pod = sb.clusterView().nodes.flatMap((n) => n.pods).find((p) => p.name === 'web');
    expect(pod).toMatchObject({ status: 'Running', ready: '1/1', tone: 'ok' });
  });

  it('stops ticking when stopped', async () => {
    const { sb, wall, driver } = await setup(1);
    driver.start();
    expect(wall.active).toBe(1);
    driver.stop();
    expect(wall.active).toBe(0);
    wall.advance(1000);
    expect(sb.clock.now()).toBe(T0);
  });
});

describe('Driver updates', () => {
  it('sends one update at start with time, cluster and course', async () => {
    const { updates, driver } = await setup(1);
    driver.start();
    expect(updates).toHaveLength(1);
    expect(updates[0]!.time).toEqual({ now: T0, speed: 1 });
    expect(updates[0]!.cluster.nodes.map((n) => n.name)).toEqual(['controlplane', 'node01']);
    expect(updates[0]!.course).toEqual({ lessons: [] });
  });

  it('sends one update a second while nothing changes (ages, clock)', async () => {
    const { updates, wall, driver } = await setup(0);
    driver.start();
    wall.advance(3 * IDLE_UPDATE_MS);
    expect(updates).toHaveLength(4);
  });

  it('sends a change within 100 ms but never more than 10 a second', async () => {
    const { sb, updates, wall, driver } = await setup(0);
    driver.start();
    updates.length = 0;
    await sb.run('kubectl run a --image=nginx', () => {});
    wall.advance(100);
    expect(updates).toHaveLength(1);
    expect(updates[0]!.cluster.unscheduled.map((p) => p.name).concat(updates[0]!.cluster.nodes.flatMap((n) => n.pods.map((p) => p.name)))).toContain('a');
    // A change on every tick for a second: at most 10 updates.
    updates.length = 0;
    for (let i = 0; i < 20; i++) {
      await sb.run(`kubectl run p${i} --image=nginx`, () => {});
      wall.advance(50);
    }
    expect(updates.length).toBeGreaterThanOrEqual(9);
    expect(updates.length).toBeLessThanOrEqual(10);
  });

  it('sends nothing new while the page has not taken the last update', async () => {
    let release!: () => void;
    const seen: Update[] = [];
    const { wall, driver } = await setup(1, (u) => {
      seen.push(u);
      return new Promise<void>((r) => (release = r));
    });
    driver.start();
    wall.advance(5000);
    expect(seen).toHaveLength(1);
    release();
    await Promise.resolve();
    await Promise.resolve();
    wall.advance(100);
    expect(seen).toHaveLength(2);
    expect(seen[1]!.time.now).toBe(T0 + 5050);
  });
});
