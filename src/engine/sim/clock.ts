// Simulated time. The only time source of engine, shell and course code: nothing there reads the wall
// clock. Timers fire in (time, insertion) order when the owner advances the clock; in the browser the
// worker's driver advances it with the wall clock, in Node it advances only through waits.

export type TimerId = number;

interface Timer {
  id: TimerId;
  at: number;
  seq: number;
  cb: () => void;
}

/** A binary min-heap keyed on (at, seq), so thousands of pod timers stay cheap. */
class TimerHeap {
  private items: Timer[] = [];
  get size(): number {
    return this.items.length;
  }
  peek(): Timer | undefined {
    return this.items[0];
  }
  push(t: Timer): void {
    const a = this.items;
    a.push(t);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(a[i], a[p])) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }
  pop(): Timer | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && less(a[l], a[m])) m = l;
        if (r < a.length && less(a[r], a[m])) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}

const less = (x: Timer, y: Timer) => x.at < y.at || (x.at === y.at && x.seq < y.seq);

export class SimClock {
  private t: number;
  private seq = 0;
  private heap = new TimerHeap();
  private cancelled = new Set<TimerId>();
  private listeners = new Set<(now: number) => void>();
  /** Errors thrown by timer callbacks (newest last), kept for diagnosis instead of stopping time. */
  readonly failures: string[] = [];

  /** @param startMs epoch milliseconds the simulation starts at. */
  constructor(startMs: number) {
    // Whole milliseconds only: timestamps, event names and jitter all assume integers.
    this.t = Math.floor(startMs);
  }

  /** Current simulated time in epoch milliseconds. */
  now(): number {
    return this.t;
  }

  /** Runs `cb` once `delayMs` of simulated time have passed (0 = at the next advance). */
  setTimer(delayMs: number, cb: () => void): TimerId {
    return this.setTimerAt(this.t + Math.max(0, delayMs), cb);
  }

  setTimerAt(atMs: number, cb: () => void): TimerId {
    const id = ++this.seq;
    this.heap.push({ id, at: Math.max(Math.ceil(atMs), this.t), seq: id, cb });
    return id;
  }

  clearTimer(id: TimerId | undefined): void {
    if (id !== undefined) this.cancelled.add(id);
  }

  /** Time of the earliest pending timer, if any. */
  nextTimerAt(): number | undefined {
    this.dropCancelled();
    return this.heap.peek()?.at;
  }

  /** Fires every timer due up to `targetMs` in order, then sets the time to `targetMs`. */
  advanceTo(targetMs: number): void {
    targetMs = Math.floor(targetMs);
    for (;;) {
      this.dropCancelled();
      const next = this.heap.peek();
      if (!next || next.at > targetMs) break;
      this.heap.pop();
      this.t = Math.max(this.t, next.at);
      try {
        next.cb();
      } catch (e) {
        // A failing timer is a bug in one subsystem; time (and every other subsystem) goes on.
        this.failures.push(e instanceof Error ? (e.stack ?? e.message) : String(e));
        if (this.failures.length > 50) this.failures.shift();
      }
    }
    if (targetMs > this.t) this.t = targetMs;
    for (const l of this.listeners) l(this.t);
  }

  advanceBy(ms: number): void {
    this.advanceTo(this.t + ms);
  }

  /** Jumps to the earliest pending timer and fires everything due then; false when none is pending. */
  advanceToNext(): boolean {
    const at = this.nextTimerAt();
    if (at === undefined) return false;
    this.advanceTo(at);
    return true;
  }

  /** Resolves after `ms` of simulated time; rejects with an AbortError when `signal` aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(abortError());
      const id = this.setTimer(ms, () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      });
      const onAbort = () => {
        this.clearTimer(id);
        reject(abortError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Called after every advance with the new time (the UI uses it to refresh ages). */
  onAdvance(fn: (now: number) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private dropCancelled(): void {
    for (;;) {
      const top = this.heap.peek();
      if (!top || !this.cancelled.has(top.id)) return;
      this.heap.pop();
      this.cancelled.delete(top.id);
    }
  }
}

export function abortError(): Error {
  const e = new Error('aborted');
  e.name = 'AbortError';
  return e;
}
