// Event recording as client-go's record.EventRecorder does it: one core/v1 Event per
// (object, reason, message, source), repeated emissions aggregated into `count` and `lastTimestamp`.
// Events expire after an hour (the Event kind's ttlMs), as with kube-apiserver --event-ttl=1h.

import type { SimClock } from '../sim/clock';
import type { ApiServer } from './server';
import type { KObject, Stored } from './types';

export type EventType = 'Normal' | 'Warning';

export interface EventSource {
  /** `default-scheduler`, `kubelet`, `replicaset-controller`, … */
  component: string;
  /** The node, for kubelet events. */
  host?: string;
}

export class EventRecorder {
  private seq = 0;
  /** aggregation key → event name */
  private index = new Map<string, string>();

  constructor(
    private readonly api: ApiServer,
    private readonly clock: SimClock,
  ) {}

  /**
   * Records an event. Best effort, as client-go's recorder is: a rejected event (its namespace is
   * being terminated, say) is dropped and never fails the component that emitted it.
   */
  record(obj: KObject, type: EventType, reason: string, message: string, source: EventSource, fieldPath?: string): void {
    try {
      this.write(obj, type, reason, message, source, fieldPath);
    } catch {
      this.dropped++;
    }
  }

  /** Events that could not be written. */
  dropped = 0;

  private write(obj: KObject, type: EventType, reason: string, message: string, source: EventSource, fieldPath?: string): void {
    const ns = obj.metadata.namespace || 'default';
    const now = isoSeconds(this.clock.now());
    const aggKey = [obj.metadata.uid, fieldPath ?? '', reason, message, source.component, source.host ?? ''].join('\u0000');
    const existing = this.index.get(aggKey);
    if (existing) {
      const cur = this.api.tryGet('Event', ns, existing);
      if (cur) {
        this.api.mutate('Event', ns, existing, (e) => {
          e.count = ((e.count as number) ?? 1) + 1;
          e.lastTimestamp = now;
        });
        return;
      }
    }
    const name = `${obj.metadata.name}.${this.suffix()}`;
    this.index.set(aggKey, name);
    const involved: Record<string, unknown> = {
      apiVersion: obj.apiVersion,
      kind: obj.kind,
      name: obj.metadata.name,
      namespace: obj.metadata.namespace,
      uid: obj.metadata.uid,
      resourceVersion: (obj as Stored).metadata.resourceVersion,
    };
    if (fieldPath) involved.fieldPath = fieldPath;
    if (!obj.metadata.namespace) delete involved.namespace;
    this.api.create({
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name, namespace: ns },
      involvedObject: involved,
      reason,
      message,
      type,
      count: 1,
      firstTimestamp: now,
      lastTimestamp: now,
      source: source.host ? { component: source.component, host: source.host } : { component: source.component },
      reportingComponent: source.component === 'kubelet' ? 'kubelet' : source.component,
      reportingInstance: source.host ?? '',
      eventTime: null,
    });
  }

  save(): unknown {
    return { seq: this.seq, index: [...this.index] };
  }

  load(s: unknown): void {
    const st = s as { seq: number; index: [string, string][] };
    this.seq = st.seq;
    this.index = new Map(st.index);
  }

  /** Event names end in the emission time in hex nanoseconds, as client-go names them. */
  private suffix(): string {
    const ns = BigInt(this.clock.now()) * 1_000_000n + BigInt(++this.seq % 1_000_000);
    return ns.toString(16);
  }
}

const isoSeconds = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
