// Level-triggered controllers as controller-runtime runs them: a controller names the kind it is
// `for`, the kinds it `owns` (events map to the controlling owner) and other `watches`; changes
// enqueue keys, never events. The work queue behaves like client-go's: repeated adds of a key
// collapse, a key is never reconciled twice at once, `requeueAfterMs` re-adds it later and a throw
// backs off exponentially (5 ms doubling, capped at 1000 s, as the default rate limiter).

import type { ApiServer } from '../api/server';
import type { KindKey, KObject, WatchEvent } from '../api/types';
import type { SimClock } from '../sim/clock';

/** A reconcile request: the object's kind, namespace and name. */
export interface Request {
  namespace?: string;
  name: string;
}

export interface ReconcileResult {
  /** Reconcile again after this much simulated time (for anything time-based). */
  requeueAfterMs?: number;
}

export interface Controller {
  name: string;
  /** The kind whose objects are reconciled. */
  for: KindKey;
  /** Kinds whose changes re-queue their controlling owner (of kind `for`). */
  owns?: KindKey[];
  /** Other kinds whose changes map to requests. */
  watches?: { key: KindKey; map(obj: KObject, e: WatchEvent): Request[] }[];
  /** Only objects for which this returns true are queued (e.g. a kubelet's own pods). */
  filter?(obj: KObject): boolean;
  reconcile(req: Request): ReconcileResult | void;
}

/** Delay before a queued key is processed: controllers react almost at once, but not synchronously. */
const QUEUE_DELAY_MS = 0;

class WorkQueue {
  private dirty = new Map<string, Request>();
  private scheduled = false;
  private failures = new Map<string, number>();

  constructor(
    private readonly clock: SimClock,
    private readonly process: (r: Request) => ReconcileResult | void,
    private readonly onError: (r: Request, e: unknown) => void,
  ) {}

  add(r: Request): void {
    const k = reqKey(r);
    if (this.dirty.has(k)) return;
    this.dirty.set(k, r);
    if (!this.scheduled) {
      this.scheduled = true;
      this.clock.setTimer(QUEUE_DELAY_MS, () => this.drain());
    }
  }

  addAfter(r: Request, ms: number): void {
    this.clock.setTimer(ms, () => this.add(r));
  }

  get length(): number {
    return this.dirty.size;
  }

  private drain(): void {
    this.scheduled = false;
    const batch = [...this.dirty.values()];
    this.dirty.clear();
    for (const r of batch) {
      const k = reqKey(r);
      try {
        const res = this.process(r);
        this.failures.delete(k);
        if (res?.requeueAfterMs !== undefined) this.addAfter(r, res.requeueAfterMs);
      } catch (e) {
        const n = (this.failures.get(k) ?? 0) + 1;
        this.failures.set(k, n);
        this.onError(r, e);
        this.addAfter(r, Math.min(5 * 2 ** (n - 1), 1_000_000));
      }
    }
  }
}

const reqKey = (r: Request) => `${r.namespace ?? ''}/${r.name}`;

/** Runs controllers against the API server's watch. */
export class ControllerManager {
  private queues = new Map<string, WorkQueue>();
  readonly errors: { controller: string; request: Request; error: string }[] = [];

  constructor(
    private readonly api: ApiServer,
    private readonly clock: SimClock,
  ) {}

  add(c: Controller): void {
    const q = new WorkQueue(this.clock, (r) => c.reconcile(r), (r, e) => {
      this.errors.push({ controller: c.name, request: r, error: String(e instanceof Error ? e.message : e) });
      if (this.errors.length > 100) this.errors.shift();
    });
    this.queues.set(c.name, q);
    const enqueue = (o: KObject) => {
      if (!c.filter || c.filter(o)) q.add({ namespace: o.metadata.namespace, name: o.metadata.name ?? '' });
    };
    this.api.watch({ key: c.for }, (e) => enqueue(e.object));
    for (const owned of c.owns ?? []) {
      this.api.watch({ key: owned }, (e) => {
        const ref = e.object.metadata.ownerReferences?.find((r) => r.controller);
        const ownerDef = this.api.registry.get(c.for);
        if (ref && ownerDef && ref.kind === ownerDef.kind) q.add({ namespace: e.object.metadata.namespace, name: ref.name });
      });
    }
    for (const w of c.watches ?? []) {
      this.api.watch({ key: w.key }, (e) => {
        for (const r of w.map(e.object, e)) q.add(r);
      });
    }
    // Start level-triggered: everything that exists now is reconciled once.
    for (const o of this.api.list(c.for)) enqueue(o);
  }
}
