// resource.Builder as the per-object commands use it (label, annotate, wait: ContinueOnError,
// Latest, ResourceTypeOrNameArgs(all, …), FilenameParam, LocalParam): the objects in visiting order
// with each missing name's NotFound error in its place, so output and errors interleave as
// kubectl's do. `TYPE` alone needs -l, --field-selector or --all (`resource(s) were provided, but
// no name was specified`); names with a selector are an error; --local reads the -f files only.

import type { Stored } from '../../../engine/api/types';
import type { FlagValues } from '../spec';
import type { Session } from './context';
import { CliError } from './errors';
import { gather, mapKind, type Info } from './infos';
import { readManifests } from './manifests';
import { fetchTarget, parseResourceArgs } from './resources';

export interface VisitOptions {
  filenames: string[];
  recursive: boolean;
  selector: string;
  fieldSelector: string;
  all: boolean;
  allNamespaces: boolean;
  /** --local: objects come from the -f files as written; the server is not asked. */
  local?: boolean;
}

/** The resource-builder flags every per-object command reads (-f, -R, -l, --field-selector, --all, -A, --local). */
export function visitOptionsFromFlags(flags: FlagValues): VisitOptions {
  return {
    filenames: flags.strings('filename'),
    recursive: flags.bool('recursive'),
    selector: flags.string('selector'),
    fieldSelector: flags.string('field-selector'),
    all: flags.bool('all'),
    allNamespaces: flags.bool('all-namespaces'),
    local: flags.bool('local'),
  };
}

/** One visited item: an object, or the error fetching it. */
export type Visited = { info: Info; error?: undefined } | { info?: undefined; error: unknown };

export interface Visit {
  items: Visited[];
  /** IntoSingleItemImplied: exactly one object was named (or one file given). */
  single: boolean;
}

/** Finds the objects for `args` / -f; argument errors (unknown type, bad form) throw. */
export async function visitObjects(s: Session, args: string[], o: VisitOptions): Promise<Visit> {
  if (o.local || o.filenames.length) {
    const items: Visited[] = [];
    if (o.local) {
      for (const m of await readManifests(s.io, o.filenames, o.recursive)) {
        if (m.error) items.push({ error: m.error });
        else {
          try {
            items.push({ info: { def: mapKind(s, m.obj, m.source), obj: m.obj as Stored, source: m.source } });
          } catch (e) {
            items.push({ error: e });
          }
        }
      }
    } else {
      const g = await gather(s, args, {
        filenames: o.filenames,
        recursive: o.recursive,
        labelSelector: o.selector,
        fieldSelector: o.fieldSelector,
        allNamespaces: o.allNamespaces,
      });
      items.push(...g.infos.map((info) => ({ info })), ...g.errors.map((error) => ({ error })));
    }
    return { items, single: o.filenames.length === 1 && !o.recursive };
  }
  const req = parseResourceArgs(s.registry, args);
  const selecting = o.selector !== '' || o.fieldSelector !== '';
  if (req.targets.some((t) => t.names) && selecting) throw new CliError('name cannot be provided when a selector is specified');
  if (req.targets.some((t) => !t.names) && !selecting && !o.all) throw new CliError('resource(s) were provided, but no name was specified');
  const fetch = { labelSelector: o.selector, fieldSelector: o.fieldSelector, allNamespaces: o.allNamespaces };
  const items: Visited[] = [];
  for (const t of req.targets) {
    for (const name of t.names ?? [undefined]) {
      const r = fetchTarget(s, { def: t.def, names: name === undefined ? undefined : [name] }, fetch);
      items.push(...r.objects.map((obj) => ({ info: { def: t.def, obj } })), ...r.errors.map((error) => ({ error })));
    }
  }
  return { items, single: req.singleItemImplied };
}
