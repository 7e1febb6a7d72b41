// `kubectl get` (kubectl pkg/cmd/get/get.go): resources by type, name, TYPE/NAME, `-f`, selectors;
// the human-readable tables (get-print.ts), `-o wide|yaml|json|name|jsonpath|custom-columns`
// (several objects become one List unless exactly one was named), `No resources found in <ns>
// namespace.` on stderr when nothing printed, per-name NotFound errors after the output, and
// `-w`/`--watch-only` streaming (get-watch.ts). Flags and help text as kubectl v1.34.
// Simplified: --raw, --subresource, --chunk-size and --server-print are accepted and ignored.

import type { CommandSpec, RunContext } from '../spec';
import { completeResources } from './complete';
import { session, type KubectlApp } from './context';
import { guard, isReason, printErrors } from './errors';
import { f } from './flags';
import { renderInfos, sortByField } from './get-print';
import { runWatch } from './get-watch';
import { gather, multipleTypesRequested } from './infos';
import { parseOutput, printObjects } from './output';

const LONG = `Display one or many resources.

 Prints a table of the most important information about the specified resources. You can filter the list using a label selector and the --selector flag. If the desired resource type is namespaced you will only see results in the current namespace if you don't specify any namespace.

 By specifying the output as 'template' and providing a Go template as the value of the --template flag, you can filter the attributes of the fetched resources.

Use "kubectl api-resources" for a complete list of supported resources.`;

const EXAMPLES = `  # List all pods in ps output format
  kubectl get pods
  
  # List all pods in ps output format with more information (such as node name)
  kubectl get pods -o wide
  
  # List a single replication controller with specified NAME in ps output format
  kubectl get replicationcontroller web
  
  # List deployments in JSON output format, in the "v1" version of the "apps" API group
  kubectl get deployments.v1.apps -o json
  
  # List a single pod in JSON output format
  kubectl get -o json pod web-pod-13je7
  
  # List a pod identified by type and name specified in "pod.yaml" in JSON output format
  kubectl get -f pod.yaml -o json
  
  # List resources from a directory with kustomization.yaml - e.g. dir/kustomization.yaml
  kubectl get -k dir/
  
  # Return only the phase value of the specified pod
  kubectl get -o template pod/web-pod-13je7 --template={{.status.phase}}
  
  # List resource information in custom columns
  kubectl get pod test-pod -o custom-columns=CONTAINER:.spec.containers[0].name,IMAGE:.spec.containers[0].image
  
  # List all replication controllers and services together in ps output format
  kubectl get rc,services
  
  # List one or more resources by their type and names
  kubectl get rc/web service/frontend pods/web-pod-13je7
  
  # List the 'status' subresource for a single pod
  kubectl get pod web-pod-13je7 --subresource status
  
  # List all deployments in namespace 'backend'
  kubectl get deployments.apps --namespace backend
  
  # List all pods existing in all namespaces
  kubectl get pods --all-namespaces`;

/** get.go's message when no resource type was given (printed before the usage error). */
function requiredResource(ctx: RunContext<KubectlApp>): number {
  ctx.io.err(
    'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n' +
      'error: Required resource not specified.\n' +
      'Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\n' +
      "See 'kubectl get -h' for help and examples\n",
  );
  return 1;
}

async function runGet(ctx: RunContext<KubectlApp>): Promise<number> {
  const { io, flags, args } = ctx;
  const filenames = flags.strings('filename');
  const format = await parseOutput(io, flags.string('output'), { table: true, template: flags.string('template') });
  if (args.length === 0 && filenames.length === 0) return requiredResource(ctx);
  const s = await session(ctx);
  const sortBy = flags.string('sort-by');
  if (flags.bool('watch') || flags.bool('watch-only')) {
    if (sortBy) io.err('warning: --watch requested, --sort-by will be ignored for watch events received\n');
    return runWatch(ctx, s, format!);
  }
  const allNamespaces = flags.bool('all-namespaces');
  const g = await gather(s, args, {
    filenames,
    recursive: flags.bool('recursive'),
    labelSelector: flags.string('selector'),
    fieldSelector: flags.string('field-selector'),
    allNamespaces,
  });
  let errors = g.errors;
  if (flags.bool('ignore-not-found')) errors = errors.filter((e) => !isReason(e, 'NotFound'));
  const infos = sortBy ? sortByField(g.infos, sortBy) : g.infos;

  if (format!.type !== 'human') {
    if (g.singleItemImplied && errors.length) return printErrors(io, errors);
    io.out(
      printObjects(
        format!,
        infos.map((i) => i.obj),
        { single: g.singleItemImplied, noHeaders: flags.bool('no-headers'), allowMissingKeys: flags.bool('allow-missing-template-keys') },
      ),
    );
    return printErrors(io, errors);
  }

  const kinds = new Set(infos.map((i) => i.def));
  const text = renderInfos(infos, {
    wide: format!.wide,
    noHeaders: flags.bool('no-headers'),
    allNamespaces,
    withKind: flags.bool('show-kind') || multipleTypesRequested(args) || kinds.size > 1,
    showLabels: flags.bool('show-labels'),
    labelColumns: flags.strings('label-columns'),
    now: s.now(),
  });
  io.out(text);
  if (text === '' && errors.length === 0 && !flags.bool('ignore-not-found')) {
    const namespaced = !allNamespaces && (g.request ? g.request.targets.every((t) => t.def.namespaced) : true);
    io.err(namespaced ? `No resources found in ${s.namespace} namespace.\n` : 'No resources found\n');
  }
  return printErrors(io, errors);
}

export const getCommand: CommandSpec<KubectlApp> = {
  name: 'get',
  short: 'Display one or many resources',
  long: LONG,
  usage:
    'get [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags]',
  disableFlagsInUseLine: true,
  examples: EXAMPLES,
  suggestFor: ['list', 'ps'],
  flags: [
    f.allNamespaces(),
    f.allowMissingTemplateKeys(),
    f.chunkSize(),
    f.fieldSelector(),
    f.filename('Filename, directory, or URL to files identifying the resource to get from a server.'),
    { name: 'ignore-not-found', type: 'bool', usage: 'If the requested object does not exist the command will return exit code 0.' },
    f.kustomize('the'),
    {
      name: 'label-columns',
      shorthand: 'L',
      type: 'stringSlice',
      usage:
        'Accepts a comma separated list of labels that are going to be presented as columns. Names are case-sensitive. You can also use multiple flag options like -L label1 -L label2...',
    },
    f.noHeaders(),
    f.output(
      'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file, custom-columns, custom-columns-file, wide). See custom columns [https://kubernetes.io/docs/reference/kubectl/#custom-columns], golang template [http://golang.org/pkg/text/template/#pkg-overview] and jsonpath template [https://kubernetes.io/docs/reference/kubectl/jsonpath/].',
    ),
    {
      name: 'output-watch-events',
      type: 'bool',
      usage: 'Output watch event objects when --watch or --watch-only is used. Existing objects are output as initial ADDED events.',
    },
    { name: 'raw', type: 'string', usage: 'Raw URI to request from the server.  Uses the transport specified by the kubeconfig file.' },
    f.recursive(),
    f.selector(),
    { name: 'server-print', type: 'bool', default: true, usage: 'If true, have the server return the appropriate table output. Supports extension APIs and CRDs.' },
    { name: 'show-kind', type: 'bool', usage: 'If present, list the resource type for the requested object(s).' },
    { name: 'show-labels', type: 'bool', usage: 'When printing, show all labels as the last column (default hide labels column)' },
    f.showManagedFields(),
    {
      name: 'sort-by',
      type: 'string',
      usage:
        "If non-empty, sort list types using this field specification.  The field specification is expressed as a JSONPath expression (e.g. '{.metadata.name}'). The field in the API resource specified by this JSONPath expression must be an integer or a string.",
    },
    { name: 'subresource', type: 'string', usage: 'If specified, gets the subresource of the requested object.' },
    f.template(),
    { name: 'watch', shorthand: 'w', type: 'bool', usage: 'After listing/getting the requested object, watch for changes.' },
    { name: 'watch-only', type: 'bool', usage: 'Watch for changes to the requested object(s), without listing/getting first.' },
  ],
  complete: completeResources,
  run: (ctx) => guard(ctx.io, () => runGet(ctx)),
};
