// resource.Builder's output for commands that act on existing objects (get, describe, delete):
// "infos" — the kind and the live object — from resource arguments or from `-f` manifests (each
// manifest object looked up by kind, namespace and name), with errors collected per object as
// ContinueOnError does. Also the manifest → kind mapping and the namespace rules
// (`the namespace from the provided object "dev" does not match …`) shared with create/apply.

import { keyOf, type KindDef } from '../../../engine/api/kind';
import type { KObject, Stored } from '../../../engine/api/types';
import type { Session } from './context';
import { CliError } from './errors';
import { readManifests, type ManifestItem } from './manifests';
import { fetchTarget, parseResourceArgs, type FetchOptions, type ResourceRequest } from './resources';

export interface Info {
  def: KindDef;
  obj: Stored;
  /** The manifest it came from (for `error when … "<source>"` messages). */
  source?: string;
}

/** The kind of a manifest object, or kubectl's "resource mapping not found" error. */
export function mapKind(s: Session, obj: KObject, source: string): KindDef {
  const def = s.registry.byGVK(obj.apiVersion ?? '', obj.kind);
  if (def) return def;
  const ns = obj.metadata?.namespace ?? '';
  throw new CliError(
    `resource mapping not found for name: ${JSON.stringify(obj.metadata?.name ?? '')} namespace: ${JSON.stringify(ns)} from ${JSON.stringify(source)}: no matches for kind ${JSON.stringify(obj.kind)} in version ${JSON.stringify(obj.apiVersion ?? '')}\nensure CRDs are installed first`,
  );
}

/** The namespace a manifest object lands in (object's own, else the request's), checked against -n. */
export function manifestNamespace(s: Session, def: KindDef, obj: KObject): string | undefined {
  if (!def.namespaced) return undefined;
  const own = obj.metadata?.namespace;
  if (own && s.explicitNamespace && own !== s.namespace) {
    throw new CliError(
      `the namespace from the provided object ${JSON.stringify(own)} does not match the namespace ${JSON.stringify(s.namespace)}. You must pass '--namespace=${own}' to perform this operation.`,
    );
  }
  return own || s.namespace;
}

export interface GatherOptions extends FetchOptions {
  filenames?: string[];
  recursive?: boolean;
}

export interface Gathered {
  infos: Info[];
  errors: unknown[];
  /** The parsed resource arguments (undefined for -f). */
  request?: ResourceRequest;
  /** True when the request named exactly one object (TYPE NAME, TYPE/NAME, or one manifest object). */
  singleItemImplied: boolean;
}

/** Manifest items → live objects (for get/describe/delete -f). */
async function fromManifests(s: Session, items: ManifestItem[], o: GatherOptions): Promise<Gathered> {
  const infos: Info[] = [];
  const errors: unknown[] = [];
  for (const item of items) {
    if (item.error) {
      errors.push(item.error);
      continue;
    }
    try {
      const def = mapKind(s, item.obj, item.source);
      const ns = manifestNamespace(s, def, item.obj);
      const obj = s.api.get(keyOf(def), ns, item.obj.metadata.name ?? '');
      if (o.labelSelector) {
        const { objects } = fetchTarget({ ...s, namespace: ns ?? s.namespace }, { def }, { labelSelector: o.labelSelector });
        if (!objects.some((x) => x.metadata.uid === obj.metadata.uid)) continue;
      }
      infos.push({ def, obj, source: item.source });
    } catch (e) {
      errors.push(e);
    }
  }
  return { infos, errors, singleItemImplied: items.length === 1 };
}

/** Resolves args or -f into infos. Argument errors (unknown type, bad form) throw. */
export async function gather(s: Session, args: string[], o: GatherOptions): Promise<Gathered> {
  if (o.filenames?.length) {
    if (args.length) throw new CliError('Unexpected args: ' + `[${args.join(' ')}]`);
    return fromManifests(s, await readManifests(s.io, o.filenames, o.recursive), o);
  }
  const request = parseResourceArgs(s.registry, args);
  const named = request.targets.some((t) => t.names);
  if (named && (o.labelSelector || o.fieldSelector)) {
    throw new CliError('name cannot be provided when a selector is specified');
  }
  const infos: Info[] = [];
  const errors: unknown[] = [];
  for (const t of request.targets) {
    const r = fetchTarget(s, t, o);
    infos.push(...r.objects.map((obj) => ({ def: t.def, obj })));
    errors.push(...r.errors);
  }
  return { infos, errors, request, singleItemImplied: request.singleItemImplied };
}

/** resource.MultipleTypesRequested: `all`, several comma-separated types, or TYPE/NAME of several types. */
export function multipleTypesRequested(args: string[]): boolean {
  if (args.length === 1 && args[0] === 'all') return true;
  const types = new Set<string>();
  for (const a of args) {
    if (a.includes('/')) types.add(a.slice(0, a.indexOf('/')));
  }
  if (types.size > 1) return true;
  return args.length > 0 && !args[0].includes('/') && args[0].split(',').filter((x) => x).length > 1;
}
