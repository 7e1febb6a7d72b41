// `kubectl describe` (kubectl pkg/cmd/describe/describe.go): objects by type, name, TYPE/NAME,
// selector or -f, each rendered by describeObject (describe/), separated by two blank lines
// (`"\n\n%s"` after a text that ends in a newline); a name that is not found is retried as a
// name prefix (DescribeMatchingResources: each match followed by one blank line); `No resources
// found in <ns> namespace.` when nothing matched. Simplified: --show-events=false is accepted but
// events are always shown; --chunk-size is ignored.

import type { CommandSpec, RunContext } from '../spec';
import { completeResources } from './complete';
import { session, type KubectlApp } from './context';
import { describeObject } from './describe/index';
import { CliError, guard, isReason, printErrors } from './errors';
import { f } from './flags';
import { gather } from './infos';
import { fetchTarget, parseResourceArgs } from './resources';

const LONG = `Show details of a specific resource or group of resources.

 Print a detailed description of the selected resources, including related resources such as events or controllers. You may select a single object by name, all objects of that type, provide a name prefix, or label selector. For example:

        $ kubectl describe TYPE NAME_PREFIX
        
 will first check for an exact match on TYPE and NAME_PREFIX. If no such resource exists, it will output details for every resource that has a name prefixed with NAME_PREFIX.

Use "kubectl api-resources" for a complete list of supported resources.`;

const EXAMPLES = `  # Describe a node
  kubectl describe nodes kubernetes-node-emt8.c.myproject.internal
  
  # Describe a pod
  kubectl describe pods/nginx
  
  # Describe a pod identified by type and name in "pod.json"
  kubectl describe -f pod.json
  
  # Describe all pods
  kubectl describe pods
  
  # Describe pods by label name=myLabel
  kubectl describe pods -l name=myLabel
  
  # Describe all pods managed by the 'frontend' replication controller
  # (rc-created pods get the name of the rc as a prefix in the pod name)
  kubectl describe pods frontend`;

async function runDescribe(ctx: RunContext<KubectlApp>): Promise<number> {
  const { io, flags, args } = ctx;
  const filenames = flags.strings('filename');
  if (args.length === 0 && filenames.length === 0) {
    throw new CliError('You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n');
  }
  const s = await session(ctx);
  const allNamespaces = flags.bool('all-namespaces');
  const g = await gather(s, args, {
    filenames,
    recursive: flags.bool('recursive'),
    labelSelector: flags.string('selector'),
    allNamespaces,
  });
  const dctx = { api: s.api, now: s.now() };

  // `describe TYPE PREFIX`: a missing name is retried as a prefix.
  if (g.infos.length === 0 && g.errors.length === 1 && isReason(g.errors[0], 'NotFound') && args.length === 2 && !args[0].includes('/')) {
    const [t] = parseResourceArgs(s.registry, [args[0]]).targets;
    const matches = fetchTarget(s, t, {}).objects.filter((o) => o.metadata.name.startsWith(args[1]));
    if (matches.length === 0) return printErrors(io, g.errors);
    io.out(matches.map((o) => describeObject(dctx, o) + '\n').join(''));
    return 0;
  }

  io.out(g.infos.map((i) => describeObject(dctx, i.obj)).join('\n\n'));
  if (g.infos.length === 0 && g.errors.length === 0) {
    io.err(allNamespaces ? 'No resources found\n' : `No resources found in ${s.namespace} namespace.\n`);
  }
  return printErrors(io, g.errors);
}

export const describeCommand: CommandSpec<KubectlApp> = {
  name: 'describe',
  short: 'Show details of a specific resource or group of resources',
  long: LONG,
  usage: 'describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME)',
  examples: EXAMPLES,
  flags: [
    f.allNamespaces(),
    f.chunkSize(),
    f.filename('Filename, directory, or URL to files containing the resource to describe'),
    f.kustomize('the'),
    f.recursive(),
    f.selector(),
    { name: 'show-events', type: 'bool', default: true, usage: 'If true, display events related to the described object.' },
  ],
  complete: completeResources,
  run: (ctx) => guard(ctx.io, () => runDescribe(ctx)),
};
