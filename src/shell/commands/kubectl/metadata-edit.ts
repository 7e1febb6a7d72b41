// What `kubectl label` and `kubectl annotate` share (kubectl pkg/cmd/label/label.go,
// pkg/cmd/annotate/annotate.go, cmdutil.GetResourcesAndPairs): splitting the arguments into
// resources and `KEY=VALUE` / `KEY-` pairs, their flags, writing the new labels/annotations map
// through the API server (the merge patch's effect: only that map changes, the resourceVersion is a
// precondition only when --resource-version was given, and the kind's validation runs), and
// `--list`. Simplified: the patch is an update of the fetched object (nothing else can interleave
// in the simulation); --field-manager is accepted but no managedFields are kept.

import { conflict } from '../../../engine/api/errors';
import { clone } from '../../../engine/api/freeze';
import { keyOf, resourceName } from '../../../engine/api/kind';
import { parseApiVersion, type KObject, type Stored } from '../../../engine/api/types';
import type { FlagSpec } from '../spec';
import type { Session } from './context';
import { CliError } from './errors';
import { f, OBJECT_OUTPUT_USAGE } from './flags';
import type { Info } from './infos';

/** Which metadata map a command edits. */
export type MetaField = 'labels' | 'annotations';

/**
 * cmdutil.GetResourcesAndPairs: arguments up to the first pair are resources; a pair is a word with
 * `=` not at its start, or ending in `-` (but not `-` alone). A resource after a pair is an error.
 */
export function splitResourcesAndPairs(args: string[], pairType: string): { resources: string[]; pairs: string[] } {
  const resources: string[] = [];
  const pairs: string[] = [];
  for (const s of args) {
    const isPair = (s.includes('=') && s[0] !== '=') || (s.endsWith('-') && s !== '-');
    if (isPair) pairs.push(s);
    else if (pairs.length === 0) resources.push(s);
    else throw new CliError(`all resources must be specified before ${pairType} changes: ${s}`);
  }
  return { resources, pairs };
}

/** A mutable copy of a fetched object to edit locally (kubectl edits info.Object in place). */
export function editableCopy(obj: KObject, resourceVersion: string): KObject {
  const o = clone(obj) as KObject;
  // --resource-version: kubectl clears the fetched one so the patch always carries the given one.
  if (resourceVersion) delete o.metadata.resourceVersion;
  return o;
}

/**
 * labelFunc / updateAnnotations: sets and removes keys of `obj`'s `field` map in place (a missing
 * map becomes `{}`, as accessor.SetLabels/SetAnnotations leave it), then sets --resource-version.
 */
export function editMap(obj: KObject, field: MetaField, set: Record<string, string>, remove: string[], resourceVersion: string): void {
  const map: Record<string, string> = { ...(obj.metadata[field] ?? {}) };
  for (const [k, v] of Object.entries(set)) map[k] = v;
  for (const k of remove) delete map[k];
  obj.metadata[field] = map;
  if (resourceVersion) obj.metadata.resourceVersion = resourceVersion;
}

/**
 * Writes `field` of `edited` to the server (the merge patch kubectl sends): an empty map is dropped
 * as the typed object would drop it; a no-op write keeps the resourceVersion. `dryRun` is
 * --dry-run=server: the whole pipeline runs, nothing is stored, the current object comes back.
 */
export function writeMeta(s: Session, info: Info, field: MetaField, edited: KObject, resourceVersion: string, dryRun: boolean): Stored {
  const cur = s.api.get(keyOf(info.def), info.obj.metadata.namespace, info.obj.metadata.name);
  const next = clone(cur) as KObject;
  const map = edited.metadata[field] ?? {};
  if (Object.keys(map).length) next.metadata[field] = { ...map };
  else delete next.metadata[field];
  if (resourceVersion) {
    if (dryRun && resourceVersion !== cur.metadata.resourceVersion) throw conflict(resourceName(info.def), cur.metadata.name);
    next.metadata.resourceVersion = resourceVersion;
  } else {
    delete next.metadata.resourceVersion;
  }
  const out = s.api.update(next, { dryRun });
  if (!dryRun) return out;
  return { ...out, metadata: { ...out.metadata, resourceVersion: cur.metadata.resourceVersion } } as Stored;
}

/**
 * `--list`: `key=value` lines (keys sorted where Go's map order is random); with several objects
 * each is headed `Listing <what> for <Kind>.<group>/<name>:` and its lines are indented by a space.
 */
export function listText(obj: KObject, field: MetaField, single: boolean, what: string): string {
  const map = obj.metadata[field] ?? {};
  let out = '';
  let indent = '';
  if (!single) {
    out += `Listing ${what} for ${obj.kind}.${parseApiVersion(obj.apiVersion ?? '').group}/${obj.metadata.name}:\n`;
    indent = ' ';
  }
  for (const k of Object.keys(map).sort()) out += `${indent}${k}=${map[k]}\n`;
  return out;
}

/** Flags label and annotate share (their usages differ only in the word). */
export function metadataEditFlags(what: 'label' | 'annotation', allUsage: string): FlagSpec[] {
  const plural = what === 'label' ? 'labels' : 'annotations';
  return [
    { name: 'all', type: 'bool', usage: allUsage },
    { name: 'all-namespaces', shorthand: 'A', type: 'bool', usage: 'If true, check the specified action in all namespaces.' },
    f.allowMissingTemplateKeys(),
    f.dryRun(),
    f.fieldManager(`kubectl-${what === 'label' ? 'label' : 'annotate'}`),
    f.fieldSelector(),
    f.filename(`Filename, directory, or URL to files identifying the resource to update the ${what === 'label' ? 'labels' : 'annotation'}`),
    f.kustomize('the'),
    { name: 'list', type: 'bool', usage: `If true, display the ${plural} for a given resource.` },
    { name: 'local', type: 'bool', usage: `If true, ${what} will NOT contact api-server but run locally.` },
    f.output(OBJECT_OUTPUT_USAGE),
    {
      name: 'overwrite',
      type: 'bool',
      usage: `If true, allow ${plural} to be overwritten, otherwise reject ${what} updates that overwrite existing ${plural}.`,
    },
    f.recursive(),
    {
      name: 'resource-version',
      type: 'string',
      usage: `If non-empty, the ${what === 'label' ? 'labels' : 'annotation'} update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource.`,
    },
    f.selector(),
    f.showManagedFields(),
    f.template(),
  ];
}
