// Resource arguments as cli-runtime's resource.Builder reads them: `TYPE`, `TYPE1,TYPE2`,
// `TYPE NAME…` (every type × every name), `TYPE/NAME…`, and the `all` category; types by plural,
// singular, short name or kind, optionally `.group` / `.version.group` qualified. Then fetching:
// a list (namespace or all namespaces, label and field selectors) or named gets (NotFound errors
// collected, not thrown, so the found objects still print). Error texts are kubectl's.

import { type KindDef, keyOf, type KindRegistry } from '../../../engine/api/kind';
import { parseFieldSelector, parseLabelSelector, SelectorParseError } from '../../../engine/api/selectors';
import type { Stored } from '../../../engine/api/types';
import type { Session } from './context';
import { CliError } from './errors';

/** One requested type and, unless listing, the names asked for. */
export interface ResourceTarget {
  def: KindDef;
  names?: string[];
}

export interface ResourceRequest {
  targets: ResourceTarget[];
  /** Exactly one object was named (kubectl prints it bare rather than as a List). */
  singleItemImplied: boolean;
  /** Arguments were given in TYPE/NAME form. */
  slashForm: boolean;
}

/** API group order of the kube-apiserver's discovery (used to order category expansion). */
const GROUP_PRIORITY = ['', 'apps', 'events.k8s.io', 'autoscaling', 'batch'];
const groupRank = (g: string) => {
  const i = GROUP_PRIORITY.indexOf(g);
  return i < 0 ? GROUP_PRIORITY.length : i;
};

/** The kinds of a category (`all`) in discovery order: group priority, then resource name. */
export function expandCategory(registry: KindRegistry, category: string): KindDef[] {
  return registry
    .all()
    .filter((d) => (d.categories ?? []).includes(category))
    .sort((a, b) => groupRank(a.group) - groupRank(b.group) || a.group.localeCompare(b.group) || (a.plural < b.plural ? -1 : 1));
}

/** One type word → kinds; `the server doesn't have a resource type` when unknown. */
export function resolveType(registry: KindRegistry, word: string): KindDef[] {
  if (word === 'all') {
    const all = expandCategory(registry, 'all');
    if (all.length) return all;
  }
  const def = registry.resolve(word);
  if (def) return [def];
  const cat = expandCategory(registry, word.toLowerCase());
  if (cat.length) return cat;
  throw noResourceType(word);
}

function noResourceType(word: string): CliError {
  const parts = word.split('.');
  if (parts.length > 1) {
    const [res, ...rest] = parts;
    return new CliError(`the server doesn't have a resource type ${JSON.stringify(res)} in group ${JSON.stringify(rest.join('.'))}`);
  }
  return new CliError(`the server doesn't have a resource type ${JSON.stringify(word)}`);
}

/** Reads `args` as resource.Builder's ResourceTypeOrNameArgs does. */
export function parseResourceArgs(registry: KindRegistry, args: string[]): ResourceRequest {
  if (args.length === 0) return { targets: [], singleItemImplied: false, slashForm: false };
  const slashed = args.filter((a) => a.includes('/'));
  if (slashed.length > 0) {
    if (slashed.length !== args.length) {
      throw new CliError(
        "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
      );
    }
    const targets: ResourceTarget[] = [];
    for (const a of args) {
      const i = a.indexOf('/');
      const type = a.slice(0, i);
      const name = a.slice(i + 1);
      if (!type || !name || name.includes('/')) throw new CliError('arguments in resource/name form must have a single resource and name');
      const [def] = resolveType(registry, type);
      const last = targets[targets.length - 1];
      if (last && keyOf(last.def) === keyOf(def)) last.names!.push(name);
      else targets.push({ def, names: [name] });
    }
    return { targets, singleItemImplied: args.length === 1, slashForm: true };
  }
  const [types, ...names] = args;
  const words = types.split(',').filter((t) => t !== '');
  if (words.length === 0) throw new CliError(`resource(s) were provided, but no name was specified`);
  const defs: KindDef[] = [];
  for (const w of words) for (const d of resolveType(registry, w)) if (!defs.includes(d)) defs.push(d);
  const targets = defs.map((def) => ({ def, names: names.length ? [...names] : undefined }));
  return { targets, singleItemImplied: defs.length === 1 && names.length === 1 && words[0] !== 'all', slashForm: false };
}

export interface FetchOptions {
  allNamespaces?: boolean;
  labelSelector?: string;
  fieldSelector?: string;
}

/** Parses -l / --field-selector, wording failures as kubectl does. */
export function selectors(o: FetchOptions) {
  try {
    return {
      labelSelector: o.labelSelector ? parseLabelSelector(o.labelSelector) : undefined,
      fieldSelector: o.fieldSelector ? parseFieldSelector(o.fieldSelector) : undefined,
    };
  } catch (e) {
    if (e instanceof SelectorParseError) throw new CliError(e.message);
    throw e;
  }
}

/** The objects of one target, plus the errors of names that were not found. */
export function fetchTarget(s: Session, t: ResourceTarget, o: FetchOptions): { objects: Stored[]; errors: unknown[] } {
  const key = keyOf(t.def);
  const ns = t.def.namespaced ? s.namespace : undefined;
  if (!t.names) {
    const sel = selectors(o);
    const namespace = t.def.namespaced && !o.allNamespaces ? s.namespace : undefined;
    return { objects: s.api.list(key, { namespace, ...sel }), errors: [] };
  }
  const objects: Stored[] = [];
  const errors: unknown[] = [];
  for (const name of t.names) {
    try {
      objects.push(s.api.get(key, ns, name));
    } catch (e) {
      errors.push(e);
    }
  }
  return { objects, errors };
}

/** `pod`, `deployment.apps`: the kind as the name printer and multi-type tables prefix it. */
export const kindPrefix = (d: KindDef) => (d.group ? `${d.kind.toLowerCase()}.${d.group}` : d.kind.toLowerCase());

/** `pods`, `deployments.apps`: the resource as API messages name it. */
export const resourceString = (d: KindDef) => (d.group ? `${d.plural}.${d.group}` : d.plural);
