// `kubectl delete` (kubectl pkg/cmd/delete/delete.go): by TYPE NAME…, TYPE/NAME, -f, -l, --all;
// prints `pod "web" deleted from default namespace` (v1.34; cluster-scoped kinds have no suffix,
// `force deleted` with --grace-period=0 --force, `(dry run)` with --dry-run=client, `pod/web` with
// -o name) right after each API call, then with --wait (default) blocks until the objects are gone
// — a pod takes its graceful termination in simulated time. `No resources found` (stdout) when a
// selector matched nothing. Errors (`error when deleting "<file>"`) are collected and printed last;
// then kubectl does not wait. Simplified: --cascade is accepted but the garbage collector decides.

import { keyOf } from '../../../engine/api/kind';
import type { CommandSpec, RunContext } from '../spec';
import { completeResources } from './complete';
import { session, type KubectlApp } from './context';
import { addSourceToErr, CliError, guard, isReason, printErrors } from './errors';
import { f } from './flags';
import { manifestNamespace, mapKind, type Info } from './infos';
import { readManifests } from './manifests';
import { fetchTarget, kindPrefix, parseResourceArgs } from './resources';
import { waitGone } from './wait-gone';

const LONG = `Delete resources by file names, stdin, resources and names, or by resources and label selector.

 JSON and YAML formats are accepted. Only one type of argument may be specified: file names, resources and names, or resources and label selector.

 Some resources, such as pods, support graceful deletion. These resources define a default period before they are forcibly terminated (the grace period) but you may override that value with the --grace-period flag, or pass --now to set a grace-period of 1. Because these resources often represent entities in the cluster, deletion may not be acknowledged immediately. If the node hosting a pod is down or cannot reach the API server, termination may take significantly longer than the grace period. To force delete a resource, you must specify the --force flag. Note: only a subset of resources support graceful deletion. In absence of the support, the --grace-period flag is ignored.

 IMPORTANT: Force deleting pods does not wait for confirmation that the pod's processes have been terminated, which can leave those processes running until the node detects the deletion and completes graceful deletion. If your processes use shared storage or talk to a remote API and depend on the name of the pod to identify themselves, force deleting those pods may result in multiple processes running on different machines using the same identification which may lead to data corruption or inconsistency. Only force delete pods when you are sure the pod is terminated, or if your application can tolerate multiple copies of the same pod running at once. Also, if you force delete pods, the scheduler may place new pods on those nodes before the node has released those resources and causing those pods to be evicted immediately.

 Note that the delete command does NOT do resource version checks, so if someone submits an update to a resource right when you submit a delete, their update will be lost along with the rest of the resource.

 After a CustomResourceDefinition is deleted, invalidation of discovery cache may take up to 6 hours. If you don't want to wait, you might want to run "kubectl api-resources" to refresh the discovery cache.`;

const EXAMPLES = `  # Delete a pod using the type and name specified in pod.json
  kubectl delete -f ./pod.json
  
  # Delete resources from a directory containing kustomization.yaml - e.g. dir/kustomization.yaml
  kubectl delete -k dir
  
  # Delete resources from all files that end with '.json'
  kubectl delete -f '*.json'
  
  # Delete a pod based on the type and name in the JSON passed into stdin
  cat pod.json | kubectl delete -f -
  
  # Delete pods and services with same names "baz" and "foo"
  kubectl delete pod,service baz foo
  
  # Delete pods and services with label name=myLabel
  kubectl delete pods,services -l name=myLabel
  
  # Delete a pod with minimal delay
  kubectl delete pod foo --now
  
  # Force delete a pod on a dead node
  kubectl delete pod foo --force
  
  # Delete all pods
  kubectl delete pods --all`;

const NO_RESOURCES = `You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'`;

/** A deletion to make: the kind, namespace and name (and the manifest it came from). */
interface Target {
  info?: Info;
  def: Info['def'];
  namespace?: string;
  name: string;
  source?: string;
}

async function runDelete(ctx: RunContext<KubectlApp>): Promise<number> {
  const { io, flags, args } = ctx;
  const output = flags.string('output');
  if (output !== '' && output !== 'name') throw new CliError(`unexpected -o output mode: ${output}. We only support '-o name'`);
  const all = flags.bool('all');
  const selector = flags.string('selector');
  const fieldSelector = flags.string('field-selector');
  if (all && selector) throw new CliError('cannot set --all and --selector at the same time');
  if (all && fieldSelector) throw new CliError('cannot set --all and --field-selector at the same time');
  let grace = flags.int('grace-period');
  const force = flags.bool('force');
  if (flags.bool('now')) {
    if (grace !== -1) throw new CliError('--now and --grace-period cannot be specified together');
    grace = 1;
  }
  if (grace === 0 && !force) grace = 1; // --grace-period=0 without --force means 1 (backwards compatibility)
  if (force && grace < 0) grace = 0;
  if (grace > 0 && force) throw new CliError('--force and --grace-period greater than 0 cannot be specified together');
  const dryRun = flags.string('dry-run');
  if (!['none', 'client', 'server', 'unchanged'].includes(dryRun)) {
    throw new CliError(`Invalid dry-run value (${dryRun}). Must be "none", "server", or "client".`);
  }
  const filenames = flags.strings('filename');
  if (args.length === 0 && filenames.length === 0) throw new CliError(NO_RESOURCES);
  const s = await session(ctx);
  if (grace === 0 && force) {
    io.err('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n');
  }

  // Resolve what to delete (argument errors abort before anything is deleted).
  const errors: unknown[] = [];
  const targets: Target[] = [];
  if (filenames.length) {
    for (const item of await readManifests(io, filenames, flags.bool('recursive'))) {
      if (item.error) {
        errors.push(item.error);
        continue;
      }
      try {
        const def = mapKind(s, item.obj, item.source);
        targets.push({ def, namespace: manifestNamespace(s, def, item.obj), name: item.obj.metadata.name ?? '', source: item.source });
      } catch (e) {
        errors.push(e);
      }
    }
  } else {
    const req = parseResourceArgs(s.registry, args);
    const selecting = all || selector !== '' || fieldSelector !== '';
    if (req.targets.some((t) => !t.names) && !selecting) throw new CliError('resource(s) were provided, but no name was specified');
    if (req.targets.some((t) => t.names) && selecting) throw new CliError('name cannot be provided when a selector is specified');
    for (const t of req.targets) {
      if (t.names) {
        for (const name of t.names) targets.push({ def: t.def, namespace: t.def.namespaced ? s.namespace : undefined, name });
      } else {
        const allNs = flags.bool('all-namespaces');
        for (const obj of fetchTarget(s, t, { labelSelector: selector, fieldSelector, allNamespaces: allNs }).objects) {
          targets.push({ def: t.def, namespace: obj.metadata.namespace, name: obj.metadata.name });
        }
      }
    }
  }
  const ignoreNotFound = flags.changed('ignore-not-found') ? flags.bool('ignore-not-found') : all;
  let warnClusterScope = s.explicitNamespace && !flags.bool('all-namespaces');
  const deleted: Info[] = [];
  for (const t of targets) {
    if (warnClusterScope && !t.def.namespaced) {
      io.err('warning: deleting cluster-scoped resources, not scoped to the provided namespace\n');
      warnClusterScope = false;
    }
    let operation = grace === 0 ? 'force deleted' : 'deleted';
    try {
      if (dryRun === 'client') {
        s.api.get(keyOf(t.def), t.namespace, t.name);
        operation += ' (dry run)';
      } else if (dryRun === 'server') {
        s.api.get(keyOf(t.def), t.namespace, t.name);
        operation += ' (server dry run)';
      } else {
        const r = s.api.delete(keyOf(t.def), t.namespace, t.name, grace >= 0 ? { gracePeriodSeconds: grace } : {});
        deleted.push({ def: t.def, obj: r.object });
      }
    } catch (e) {
      if (!(ignoreNotFound && isReason(e, 'NotFound'))) errors.push(addSourceToErr('deleting', t.source ?? '', e));
      continue;
    }
    const kind = kindPrefix(t.def);
    if (output === 'name') io.out(`${kind}/${t.name}\n`);
    else if (t.def.namespaced) io.out(`${kind} "${t.name}" ${operation} from ${t.namespace} namespace\n`);
    else io.out(`${kind} "${t.name}" ${operation}\n`);
  }
  if (errors.length) return printErrors(io, errors);
  if (targets.length === 0 || (deleted.length === 0 && dryRun === 'none')) {
    if (targets.length === 0) io.out('No resources found\n');
    return 0;
  }
  if (flags.bool('wait') && dryRun === 'none') {
    const timeout = flags.duration('timeout') || 168 * 3_600_000;
    await waitGone(s, deleted, timeout);
  }
  return 0;
}

export const deleteCommand: CommandSpec<KubectlApp> = {
  name: 'delete',
  short: 'Delete resources by file names, stdin, resources and names, or by resources and label selector',
  long: LONG,
  usage: 'delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)])',
  examples: EXAMPLES,
  suggestFor: ['rm'],
  flags: [
    { name: 'all', type: 'bool', usage: 'Delete all resources, in the namespace of the specified resource types.' },
    f.allNamespaces(),
    f.cascade(),
    f.dryRun(),
    f.fieldSelector(),
    f.filename('containing the resource to delete.'),
    f.force(),
    f.gracePeriod(),
    {
      name: 'ignore-not-found',
      type: 'bool',
      usage: 'Treat "resource not found" as a successful delete. Defaults to "true" when --all is specified.',
    },
    { name: 'interactive', shorthand: 'i', type: 'bool', usage: 'If true, delete resource only when user confirms.' },
    f.kustomize('a'),
    { name: 'now', type: 'bool', usage: 'If true, resources are signaled for immediate shutdown (same as --grace-period=1).' },
    f.output('Output mode. Use "-o name" for shorter output (resource/name).'),
    { name: 'raw', type: 'string', usage: 'Raw URI to DELETE to the server.  Uses the transport specified by the kubeconfig file.' },
    f.recursive(),
    f.selector(
      "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.",
    ),
    f.timeout(),
    f.wait(true),
  ],
  complete: completeResources,
  run: (ctx) => guard(ctx.io, () => runDelete(ctx)),
};
