// core/v1 Event (printers.go printEvent): LAST SEEN, TYPE, REASON, OBJECT, MESSAGE, and with -o wide
// SUBOBJECT, SOURCE (between OBJECT and MESSAGE), FIRST SEEN, COUNT, NAME. Field selectors as the
// events registry offers them (involvedObject.*, reason, type, source, reportingComponent).
// Events expire after 1 h (kube-apiserver --event-ttl).

import type { PrintColumn } from '../kind';
import type { Stored } from '../types';
import { translateTimestampSince } from '../printers/duration';
import { defineKind } from './define';
import { metaErrors } from './meta-validation';

const involved = (o: Stored): Record<string, any> => (o.involvedObject ?? {}) as Record<string, any>;
const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

function firstSeen(o: Stored, now: number): string {
  if (o.firstTimestamp) return translateTimestampSince(str(o.firstTimestamp), now);
  return translateTimestampSince(o.eventTime ? str(o.eventTime) : undefined, now);
}

function lastSeen(o: Stored, now: number): string {
  const series = o.series as { lastObservedTime?: string } | undefined;
  if (series) return translateTimestampSince(series.lastObservedTime, now);
  if (o.lastTimestamp) return translateTimestampSince(str(o.lastTimestamp), now);
  return firstSeen(o, now);
}

function count(o: Stored): number {
  const series = o.series as { count?: number } | undefined;
  if (series) return series.count ?? 0;
  const c = Number(o.count ?? 0);
  return c === 0 ? 1 : c; // singleton events of the new API carry no count
}

/** `kind/name`, kind lower-cased (or just the kind when the object has no name). */
export function eventTarget(o: Stored): string {
  const io = involved(o);
  const kind = str(io.kind).toLowerCase();
  return io.name ? `${kind}/${io.name}` : kind;
}

/** formatEventSource: `component, host` (falling back to reportingController / reportingInstance). */
export function eventSource(o: Stored): string {
  const src = (o.source ?? {}) as { component?: string; host?: string };
  const component = src.component || str(o.reportingComponent);
  const instance = src.host || str(o.reportingInstance);
  return instance ? `${component}, ${instance}` : component;
}

const columns: PrintColumn[] = [
  { name: 'Last Seen', cell: (o, c) => lastSeen(o, c.now) },
  { name: 'Type', cell: (o) => str(o.type) },
  { name: 'Reason', cell: (o) => str(o.reason) },
  { name: 'Object', cell: eventTarget },
  { name: 'Subobject', priority: 1, cell: (o) => str(involved(o).fieldPath) },
  { name: 'Source', priority: 1, cell: eventSource },
  { name: 'Message', cell: (o) => str(o.message).trim() },
  { name: 'First Seen', priority: 1, cell: (o, c) => firstSeen(o, c.now) },
  { name: 'Count', priority: 1, cell: (o) => String(count(o)) },
  { name: 'Name', priority: 1, cell: (o) => o.metadata.name },
];

export const eventKind = defineKind({
  kind: 'Event',
  group: '',
  version: 'v1',
  plural: 'events',
  namespaced: true,
  shortNames: ['ev'],
  statusSubresource: false,
  ttlMs: 3_600_000,
  columns,
  fields: (o) => {
    const io = involved(o);
    return {
      'involvedObject.kind': str(io.kind),
      'involvedObject.namespace': str(io.namespace),
      'involvedObject.name': str(io.name),
      'involvedObject.uid': str(io.uid),
      'involvedObject.apiVersion': str(io.apiVersion),
      'involvedObject.resourceVersion': str(io.resourceVersion),
      'involvedObject.fieldPath': str(io.fieldPath),
      reason: str(o.reason),
      reportingComponent: str(o.reportingComponent),
      source: str((o.source as { component?: string } | undefined)?.component),
      type: str(o.type),
    };
  },
  validate: (obj) => metaErrors(obj, 'subdomain'),
});
