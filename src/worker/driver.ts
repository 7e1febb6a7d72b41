// Paces simulated time with the wall clock: the only place in the app that reads it. Every tick (50 ms)
// the sandbox's clock advances by the wall time elapsed since the last tick times the speed (0 pauses,
// 1 follows real time, N fast-forwards), which fires the engine's timers in order. Updates for the page
// (time, cluster picture, course) are batched: at most one per 100 ms after a change, and one a second
// anyway so ages and the clock display move. A sink that has not answered yet gets no new update (the
// next tick sends the latest picture instead), so a slow page never builds a backlog. Simulated time
// moves in whole milliseconds; the fraction of a tick carries over to the next.
// Simplified: no cap on a catch-up after the tab slept; the engine fires the timers in between in order.

import type { CourseState } from '../course/course';
import type { ClusterView, Update, UpdateSink } from './protocol';

/** What the driver needs of the sandbox. */
export interface Paced {
  readonly clock: { now(): number; advanceTo(targetMs: number): void };
  clusterView(): ClusterView;
  courseState(): CourseState;
  onChange(fn: () => void): () => void;
}

/** The wall clock and a repeating timer; injectable so tests can drive time by hand. */
export interface WallClock {
  now(): number;
  every(ms: number, fn: () => void): () => void;
}

export const realWallClock: WallClock = {
  now: () => performance.now(),
  every: (ms, fn) => {
    const id = setInterval(fn, ms);
    return () => clearInterval(id);
  },
};

/** The wall clock as epoch ms: where the simulated clock of a new browser session starts. */
export function wallEpochNow(): number {
  return Date.now();
}

export const TICK_MS = 50;
/** Shortest gap between two updates (≤ 10 Hz). */
export const MIN_UPDATE_MS = 100;
/** Longest gap between two updates while nothing changes (ages, clock display). */
export const IDLE_UPDATE_MS = 1000;
/** Fastest speed accepted. */
export const MAX_SPEED = 600;

export class Driver {
  readonly #sandbox: Paced;
  readonly #sink: UpdateSink;
  readonly #wall: WallClock;
  #speed: number;
  #lastTick = 0;
  #carry = 0;
  #lastSent = -Infinity;
  #dirty = true;
  #inFlight = false;
  #stopTimer?: () => void;
  #unsubscribe?: () => void;

  constructor(sandbox: Paced, sink: UpdateSink, wall: WallClock = realWallClock, speed = 1) {
    this.#sandbox = sandbox;
    this.#sink = sink;
    this.#wall = wall;
    this.#speed = clampSpeed(speed);
  }

  get speed(): number {
    return this.#speed;
  }

  get running(): boolean {
    return this.#stopTimer !== undefined;
  }

  /** Starts pacing and sends the first update at once. */
  start(): void {
    if (this.#stopTimer) return;
    this.#lastTick = this.#wall.now();
    this.#unsubscribe = this.#sandbox.onChange(() => {
      this.#dirty = true;
    });
    this.#stopTimer = this.#wall.every(TICK_MS, () => this.tick());
    this.flush();
  }

  stop(): void {
    this.#stopTimer?.();
    this.#unsubscribe?.();
    this.#stopTimer = undefined;
    this.#unsubscribe = undefined;
  }

  /** Changes the speed; time elapsed so far is paid at the old speed. The page hears at once. */
  setSpeed(speed: number): void {
    if (this.#stopTimer) this.tick();
    this.#speed = clampSpeed(speed);
    this.flush();
  }

  /** Advances simulated time by the wall time since the last tick, then sends an update if one is due. */
  tick(): void {
    const now = this.#wall.now();
    const elapsed = now - this.#lastTick;
    this.#lastTick = now;
    if (this.#speed > 0 && elapsed > 0) {
      const clock = this.#sandbox.clock;
      // Simulated time moves in whole milliseconds (the engine relies on it); the fraction carries over.
      const target = clock.now() + elapsed * this.#speed + this.#carry;
      const whole = Math.floor(target);
      this.#carry = target - whole;
      try {
        clock.advanceTo(whole);
      } catch (err) {
        // A failing timer must not stop time for everything else; it is an engine bug to report.
        console.error('podlab: a simulated timer failed:', err);
      }
    }
    const since = now - this.#lastSent;
    if ((this.#dirty && since >= MIN_UPDATE_MS) || since >= IDLE_UPDATE_MS) this.flush();
  }

  /** Sends the current picture now (unless the previous one is still being delivered). */
  flush(): void {
    if (this.#inFlight) {
      this.#dirty = true;
      return;
    }
    this.#dirty = false;
    this.#lastSent = this.#wall.now();
    const s = this.#sandbox;
    const update: Update = {
      time: { now: s.clock.now(), speed: this.#speed },
      cluster: s.clusterView(),
      course: s.courseState(),
    };
    const r: unknown = this.#sink(update);
    if (isThenable(r)) {
      this.#inFlight = true;
      const done = () => {
        this.#inFlight = false;
      };
      r.then(done, done);
    }
  }
}

function clampSpeed(speed: number): number {
  if (!Number.isFinite(speed) || speed <= 0) return 0;
  return Math.min(speed, MAX_SPEED);
}

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';
}
