// A wall clock driven by hand for driver and worker tests: `advance(ms)` moves it in 50 ms ticks,
// running the driver's interval at each, as setInterval would.
import type { WallClock } from '../../src/worker/driver';

export class ManualWall implements WallClock {
  t = 1000;
  private timers = new Map<number, { ms: number; fn: () => void; next: number }>();
  private seq = 0;

  now(): number {
    return this.t;
  }

  every(ms: number, fn: () => void): () => void {
    const id = ++this.seq;
    this.timers.set(id, { ms, fn, next: this.t + ms });
    return () => this.timers.delete(id);
  }

  /** Moves the wall clock forward, firing due interval callbacks in time order. */
  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      let due: { ms: number; fn: () => void; next: number } | undefined;
      for (const t of this.timers.values()) if (t.next <= end && (!due || t.next < due.next)) due = t;
      if (!due) break;
      this.t = due.next;
      due.next += due.ms;
      due.fn();
    }
    this.t = end;
  }

  get active(): number {
    return this.timers.size;
  }
}
