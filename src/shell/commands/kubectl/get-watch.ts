// `kubectl get -w` / `--watch-only` / `--output-watch-events` (get.go watch): print the current
// list (or object), then one more row per watch event through the same tab writer, whose
// RememberWidths keeps columns from shrinking; the header is printed once, with the first row.
// Selector watches turn objects that stop matching into DELETED events, as the watch cache does.
// Non-table formats print each object again (YAML with `---` between documents). Runs until
// Ctrl-C (io.signal); when stdout is not a terminal only the first listing is printed, since the
// sandbox cannot stream into a pipe.

import { keyOf } from '../../../engine/api/kind';
import { commonFields, matchesLabels } from '../../../engine/api/selectors';
import type { Stored, WatchEventType } from '../../../engine/api/types';
import { tablePrinterWriter } from '../../format/tabwriter';
import { toJson, toYaml } from '../../format/yaml-json';
import type { RunContext } from '../spec';
import type { KubectlApp, Session } from './context';
import { CliError } from './errors';
import { renderObjects, type TableOptions } from './get-print';
import { nameLine, printObjects, type OutputFormat } from './output';
import { parseResourceArgs, selectors } from './resources';

export async function runWatch(ctx: RunContext<KubectlApp>, s: Session, format: OutputFormat): Promise<number> {
  const { io, flags } = ctx;
  if (flags.strings('filename').length) throw new CliError('watch with -f is not supported in this simulation');
  const req = parseResourceArgs(s.registry, ctx.args);
  if (req.targets.length !== 1) throw new CliError('you may only specify a single resource type');
  const { def, names } = req.targets[0];
  if (names && names.length > 1) {
    throw new CliError('watch is only supported on individual resources and resource collections, but a list of resources is found');
  }
  const key = keyOf(def);
  const allNamespaces = flags.bool('all-namespaces');
  const namespace = def.namespaced && !allNamespaces ? s.namespace : undefined;
  const sel: ReturnType<typeof selectors> = names ? { labelSelector: undefined, fieldSelector: undefined } : selectors({ labelSelector: flags.string('selector'), fieldSelector: flags.string('field-selector') });
  const fromRevision = s.api.store.revision;
  const initial: Stored[] = names ? [s.api.get(key, def.namespaced ? s.namespace : undefined, names[0])] : s.api.list(key, { namespace, ...sel });

  const watchOnly = flags.bool('watch-only');
  const events = flags.bool('output-watch-events');
  const table: TableOptions = {
    wide: format.type === 'human' && format.wide,
    noHeaders: flags.bool('no-headers'),
    allNamespaces,
    withKind: flags.bool('show-kind'),
    showLabels: flags.bool('show-labels'),
    labelColumns: flags.strings('label-columns'),
    now: s.now(),
  };
  const writer = tablePrinterWriter();
  let headerDone = table.noHeaders;
  let printed = 0;
  const print = (objs: Stored[], type: WatchEventType) => {
    if (objs.length === 0) return;
    if (format.type === 'human') {
      table.now = s.now();
      io.out(renderObjects(def, objs, table, { writer, noHeaders: headerDone, watchEvents: events ? objs.map(() => type) : undefined }));
      headerDone = true;
      return;
    }
    for (const o of objs) {
      const shown = events ? { object: o, type } : o;
      if (format.type === 'yaml') io.out((printed++ > 0 ? '---\n' : '') + toYaml(shown));
      else if (format.type === 'json') io.out(toJson(shown));
      else if (format.type === 'name') io.out(nameLine(o));
      else io.out(printObjects(format, [o], { single: true, noHeaders: headerDone }));
      headerDone = true;
    }
  };
  if (!watchOnly) print(initial, 'ADDED');
  if (!io.tty) return 0;

  const matches = (o: Stored): boolean => {
    if (names) return o.metadata.name === names[0];
    if (sel.labelSelector && !matchesLabels(sel.labelSelector, o.metadata.labels)) return false;
    if (sel.fieldSelector) {
      const fields = { ...commonFields(o), ...(def.fields?.(o) ?? {}) };
      if (!sel.fieldSelector.every((r) => ((fields[r.field] ?? '') === r.value) === (r.op === '='))) return false;
    }
    return true;
  };
  const seen = new Set(initial.map((o) => o.metadata.uid));
  const stop = s.api.watch({ key, namespace, fromRevision }, (e) => {
    const uid = e.object.metadata.uid;
    const was = seen.has(uid);
    const now = e.type !== 'DELETED' && matches(e.object);
    if (now) seen.add(uid);
    else seen.delete(uid);
    if (!was && !now) return;
    const type: WatchEventType = e.type === 'DELETED' || !now ? 'DELETED' : was ? 'MODIFIED' : 'ADDED';
    print([e.object], type);
  });
  try {
    await new Promise<void>((resolve) => {
      if (io.signal.aborted) return resolve();
      io.signal.addEventListener('abort', () => resolve(), { once: true });
    });
  } finally {
    stop();
  }
  return 130;
}
