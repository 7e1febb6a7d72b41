// The simulated world's parts and how they are wired: clock, seeded randomness, the kind registry,
// the store and API server, event recording and the controller manager. Subsystems (scheduler,
// kubelets, runtime, network) attach to a World; createWorld() in index.ts assembles a cluster.

import { EventRecorder } from './api/events';
import { KindRegistry } from './api/kind';
import { registerBuiltinKinds } from './api/kinds';
import { ApiServer, type SchemaCheck } from './api/server';
import { Store } from './api/store';
import { ControllerManager } from './controllers/manager';
import { SimClock } from './sim/clock';
import { RandStreams } from './sim/rand';

export interface CoreOptions {
  /** Seed of every random stream (names, uids, IPs, jitter). Same seed → same world. */
  seed?: number | string;
  /** Simulated start time, epoch ms. */
  startTime?: number;
  /** Deep-freeze stored objects (default true; the benchmark measures both). */
  freeze?: boolean;
  /** Schema check used for strict decoding (the generated Kubernetes schema). */
  schema?: SchemaCheck;
}

/** Default simulated start: a fixed instant, so transcripts are reproducible. */
export const DEFAULT_START = Date.UTC(2026, 0, 15, 9, 0, 0);

export class World {
  readonly clock: SimClock;
  readonly rand: RandStreams;
  readonly registry = new KindRegistry();
  readonly store: Store;
  readonly api: ApiServer;
  readonly events: EventRecorder;
  readonly controllers: ControllerManager;
  /** Subsystems register here so saving and restoring the sandbox reaches them. */
  private readonly stateful = new Map<string, { save(): unknown; load(s: unknown): void }>();

  constructor(o: CoreOptions = {}) {
    this.clock = new SimClock(o.startTime ?? DEFAULT_START);
    this.rand = new RandStreams(o.seed ?? 1);
    registerBuiltinKinds(this.registry);
    this.store = new Store({
      clock: this.clock,
      registry: this.registry,
      uids: this.rand.stream('uids'),
      names: this.rand.stream('names'),
      freeze: o.freeze,
    });
    this.api = new ApiServer(this.store, this.registry, this.clock, this.rand, o.schema);
    this.events = new EventRecorder(this.api, this.clock);
    this.controllers = new ControllerManager(this.api, this.clock);
    this.registerState('events', this.events);
  }

  /** Fires every timer already due (controllers' queued work), without moving time. */
  settle(): void {
    this.clock.advanceTo(this.clock.now());
  }

  /** Advances simulated time by `ms`, running everything that happens meanwhile. */
  advance(ms: number): void {
    this.clock.advanceBy(ms);
  }

  registerState(name: string, s: { save(): unknown; load(s: unknown): void }): void {
    this.stateful.set(name, s);
  }

  /**
   * Hands saved parts to the subsystems registered so far; returns the names it loaded, so a caller
   * can load parts registered later (while starting) in a second pass.
   */
  loadParts(parts: Record<string, unknown>, skip: ReadonlySet<string> = new Set()): string[] {
    const loaded: string[] = [];
    for (const [name, s] of this.stateful) {
      if (skip.has(name) || !(name in parts)) continue;
      s.load(parts[name]);
      loaded.push(name);
    }
    return loaded;
  }

  save(): WorldSnapshot {
    const parts: Record<string, unknown> = {};
    for (const [k, s] of this.stateful) parts[k] = s.save();
    return { now: this.clock.now(), rand: this.rand.snapshot(), store: this.store.snapshot(), parts };
  }
}

export interface WorldSnapshot {
  now: number;
  rand: ReturnType<RandStreams['snapshot']>;
  store: ReturnType<Store['snapshot']>;
  parts: Record<string, unknown>;
}
