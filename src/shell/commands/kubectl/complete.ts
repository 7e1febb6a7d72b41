// Completion of kubectl's positional arguments and flag values (what `kubectl __complete` offers):
// resource types as `kubectl api-resources -o name` prints them (`pods`, `deployments.apps`), then
// object names of that type in the namespace (-n, else the kubeconfig's), `TYPE/NAME` forms, and
// namespace names for -n. Reads the store directly; never writes.

import { keyOf, type KindDef } from '../../../engine/api/kind';
import type { CompleteContext } from '../spec';
import type { KubectlApp } from './context';

const typeName = (d: KindDef) => (d.group ? `${d.plural}.${d.group}` : d.plural);

/** The namespace completion looks in: -n, else the app's default (from the kubeconfig). */
function namespaceOf(ctx: CompleteContext<KubectlApp>): string {
  return ctx.flags.string('namespace') || ctx.app.completionNamespace || 'default';
}

function namesOf(ctx: CompleteContext<KubectlApp>, def: KindDef): string[] {
  const api = ctx.app.cluster.api;
  const ns = def.namespaced && !ctx.flags.bool('all-namespaces') ? namespaceOf(ctx) : undefined;
  return api.list(keyOf(def), { namespace: ns }).map((o) => o.metadata.name);
}

/** Resource types, then names; `TYPE/NAME` when the word has a slash. */
export function completeResources(ctx: CompleteContext<KubectlApp>): string[] {
  const registry = ctx.app.cluster.api.registry;
  if (ctx.prefix.includes('/')) {
    const type = ctx.prefix.slice(0, ctx.prefix.indexOf('/'));
    const def = registry.resolve(type);
    return def ? namesOf(ctx, def).map((n) => `${type}/${n}`) : [];
  }
  if (ctx.args.length === 0) {
    return registry
      .all()
      .map(typeName)
      .sort();
  }
  const def = registry.resolve(ctx.args[0].split(',')[0]);
  return def && !ctx.args[0].includes('/') ? namesOf(ctx, def) : [];
}

/** Pod names (logs, exec). */
export function completePods(ctx: CompleteContext<KubectlApp>): string[] {
  if (ctx.args.length > 0) return [];
  const def = ctx.app.cluster.api.registry.get('Pod');
  return def ? namesOf(ctx, def) : [];
}

/** Namespace names (-n). */
export function completeNamespaces(ctx: CompleteContext<unknown>): string[] {
  const app = ctx.app as KubectlApp;
  return app.cluster.api.list('Namespace').map((o) => o.metadata.name);
}
