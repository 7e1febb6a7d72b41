import { describe, expect, it } from 'vitest';
import { SimClock } from '../../../src/engine/sim/clock';

describe('SimClock', () => {
  it('fires timers in time order, then insertion order, only when advanced', () => {
    const c = new SimClock(1000);
    const seen: string[] = [];
    c.setTimer(20, () => seen.push('b'));
    c.setTimer(10, () => seen.push('a'));
    c.setTimer(20, () => seen.push('c'));
    expect(seen).toEqual([]);
    c.advanceBy(15);
    expect(seen).toEqual(['a']);
    expect(c.now()).toBe(1015);
    c.advanceTo(1020);
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('runs timers scheduled by timers when they fall due within the same advance', () => {
    const c = new SimClock(0);
    const seen: number[] = [];
    c.setTimer(5, () => {
      seen.push(c.now());
      c.setTimer(0, () => seen.push(c.now()));
      c.setTimer(10, () => seen.push(c.now()));
    });
    c.advanceTo(100);
    expect(seen).toEqual([5, 5, 15]);
  });

  it('cancels timers, jumps to the next one, and reports the next due time', () => {
    const c = new SimClock(0);
    const id = c.setTimer(5, () => expect.unreachable());
    c.setTimer(7, () => {});
    c.clearTimer(id);
    expect(c.nextTimerAt()).toBe(7);
    expect(c.advanceToNext()).toBe(true);
    expect(c.now()).toBe(7);
    expect(c.advanceToNext()).toBe(false);
  });

  it('sleeps in simulated time and rejects with AbortError when aborted', async () => {
    const c = new SimClock(0);
    const done = c.sleep(1000);
    c.advanceBy(1000);
    await expect(done).resolves.toBeUndefined();
    const ac = new AbortController();
    const p = c.sleep(1000, ac.signal);
    ac.abort();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(c.nextTimerAt()).toBeUndefined();
  });

  it('keeps whole milliseconds and keeps going when a timer throws', () => {
    const c = new SimClock(10.7);
    expect(c.now()).toBe(10);
    const seen: string[] = [];
    c.setTimer(1, () => {
      throw new Error('boom');
    });
    c.setTimer(2, () => seen.push('after'));
    c.advanceTo(20.9);
    expect(c.now()).toBe(20);
    expect(seen).toEqual(['after']);
    expect(c.failures[0]).toMatch(/boom/);
  });
});
