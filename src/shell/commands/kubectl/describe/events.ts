// The Events section of kubectl describe (describe.go DescribeEvents + searchEvents): events whose
// involvedObject names the described object (name, namespace, uid; kind too except for pods), sorted
// by time, as `Type Reason Age From Message` with `33s (x70 over 15m)` for repeated events, or
// `Events:  <none>`. v1.34 prints the bare message (the `spec.containers{x}: ` prefix is 1.35+).

import type { ApiServer } from '../../../../engine/api/server';
import type { Stored } from '../../../../engine/api/types';
import { translateTimestampSince } from '../../../../engine/api/printers/duration';
import type { PrefixWriter } from './writer';

export interface EventQuery {
  name: string;
  /** '' for cluster-scoped objects: events from every namespace are searched. */
  namespace: string;
  uid: string;
  kind?: string;
}

/** searchEvents: the Event list filtered the way the field selector does it. */
export function searchEvents(api: ApiServer, q: EventQuery): Stored[] {
  const all = api.list('Event', q.namespace ? { namespace: q.namespace } : {});
  return all.filter((e) => {
    const io = (e.involvedObject ?? {}) as any;
    return (
      io.name === q.name &&
      (io.namespace ?? '') === q.namespace &&
      (io.uid ?? '') === q.uid &&
      (q.kind === undefined || io.kind === q.kind)
    );
  });
}

/** The events of `obj`, as the describer for its kind looks them up. */
export function eventsFor(api: ApiServer, obj: Stored): Stored[] {
  const ns = obj.metadata.namespace ?? '';
  if (obj.kind === 'Pod') {
    // The pod reference has no kind; a mirror pod's events carry the static pod's uid.
    const mirror = obj.metadata.annotations?.['kubernetes.io/config.mirror'];
    return searchEvents(api, { name: obj.metadata.name, namespace: ns, uid: mirror ?? obj.metadata.uid });
  }
  if (obj.kind === 'Node') {
    // Controllers use the node's uid, the kubelet its name: both are merged.
    return [
      ...searchEvents(api, { name: obj.metadata.name, namespace: ns, uid: obj.metadata.uid, kind: 'Node' }),
      ...searchEvents(api, { name: obj.metadata.name, namespace: ns, uid: obj.metadata.name, kind: 'Node' }),
    ];
  }
  return searchEvents(api, { name: obj.metadata.name, namespace: ns, uid: obj.metadata.uid, kind: obj.kind });
}

/** The time SortableEvents sorts by: series last observed, else lastTimestamp, else eventTime. */
function sortTime(e: Stored): number {
  const t = (e.series as any)?.lastObservedTime ?? e.lastTimestamp ?? e.eventTime;
  const ms = typeof t === 'string' ? Date.parse(t) : NaN;
  return Number.isNaN(ms) ? 0 : ms;
}

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** DescribeEvents: writes the Events section. */
export function describeEvents(w: PrefixWriter, events: readonly Stored[], now: number): void {
  if (events.length === 0) {
    w.write(0, 'Events:\t<none>\n');
    return;
  }
  w.flush();
  const sorted = [...events].sort((a, b) => sortTime(a) - sortTime(b));
  w.write(0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(1, '----\t------\t----\t----\t-------\n');
  for (const e of sorted) {
    const first = e.eventTime ? translateTimestampSince(str(e.eventTime), now) : translateTimestampSince(str(e.firstTimestamp), now);
    const series = e.series as any;
    const count = Number(e.count ?? 0);
    let interval: string;
    if (series) interval = `${translateTimestampSince(series.lastObservedTime, now)} (x${series.count} over ${first})`;
    else if (count > 1) interval = `${translateTimestampSince(str(e.lastTimestamp), now)} (x${count} over ${first})`;
    else interval = first;
    const source = (e.source as any)?.component || str(e.reportingController ?? e.reportingComponent);
    w.write(1, `${str(e.type)}\t${str(e.reason)}\t${interval}\t${source}\t${str(e.message).trim()}\n`);
  }
}
