// `kubectl annotate` (kubectl pkg/cmd/annotate/annotate.go, v1.34): `KEY=VALUE` (split at the
// first `=`, any value) adds, `KEY-` removes, on TYPE NAME…, TYPE/NAME…, -l, --all, -f. Keys are
// checked by the API server's validation (`The Pod "x" is invalid: metadata.annotations: …`).
// Always prints `pod/web annotated` (with ` (dry run)` / ` (server dry run)`), or with -o the
// object the server returned. Existing keys without --overwrite fail with one message listing them
// (`--overwrite is false but found the following declared annotation(s): 'a' already has a value
// (1)`); `kubernetes.io/change-cause` may always be overwritten. Errors are collected per object
// and printed last. Simplified: Go's random map order (that message, --list) is sorted.

import type { KObject } from '../../../engine/api/types';
import type { CommandSpec, RunContext } from '../spec';
import { completeResources } from './complete';
import { session, type KubectlApp } from './context';
import { CliError, guard, printErrors } from './errors';
import { editableCopy, editMap, listText, metadataEditFlags, splitResourcesAndPairs, writeMeta } from './metadata-edit';
import { parseOutput } from './output';
import { visitObjects, visitOptionsFromFlags } from './visit';
import { dryRunStrategy, ObjectPrinter, operation } from './write';

const LONG = `Update the annotations on one or more resources.

 All Kubernetes objects support the ability to store additional data with the object as annotations. Annotations are key/value pairs that can be larger than labels and include arbitrary string values such as structured JSON. Tools and system extensions may use annotations to store their own data.

 Attempting to set an annotation that already exists will fail unless --overwrite is set. If --resource-version is specified and does not match the current resource version on the server the command will fail.

Use "kubectl api-resources" for a complete list of supported resources.`;

const EXAMPLES = `  # Update pod 'foo' with the annotation 'description' and the value 'my frontend'
  # If the same annotation is set multiple times, only the last value will be applied
  kubectl annotate pods foo description='my frontend'
  
  # Update a pod identified by type and name in "pod.json"
  kubectl annotate -f pod.json description='my frontend'
  
  # Update pod 'foo' with the annotation 'description' and the value 'my frontend running nginx', overwriting any existing value
  kubectl annotate --overwrite pods foo description='my frontend running nginx'
  
  # Update all pods in the namespace
  kubectl annotate pods --all description='my frontend running nginx'
  
  # Update pod 'foo' only if the resource is unchanged from version 1
  kubectl annotate pods foo description='my frontend running nginx' --resource-version=1
  
  # Update pod 'foo' by removing an annotation named 'description' if it exists
  # Does not require the --overwrite flag
  kubectl annotate pods foo description-`;

const CHANGE_CAUSE = 'kubernetes.io/change-cause';

/** cmdutil.ParsePairs(args, "annotation", true): `k=v` split at the first `=`, or `k-`. */
export function parseAnnotations(pairs: string[]): { set: Record<string, string>; remove: string[] } {
  const set: Record<string, string> = {};
  const remove: string[] = [];
  const invalid: string[] = [];
  for (const p of pairs) {
    if (p.includes('=') && p[0] !== '=') {
      const i = p.indexOf('=');
      set[p.slice(0, i)] = p.slice(i + 1);
    } else if (p.endsWith('-') && p !== '-') remove.push(p.slice(0, -1));
    else invalid.push(p);
  }
  if (invalid.length) throw new CliError(`invalid annotation format: ${invalid.join(', ')}`);
  return { set, remove };
}

/** validateNoAnnotationOverwrites: one error naming every key that already has a value. */
function overwriteError(obj: KObject, set: Record<string, string>): CliError | undefined {
  const ann = obj.metadata.annotations ?? {};
  const found = Object.keys(set)
    .sort()
    .filter((k) => k !== CHANGE_CAUSE && k in ann)
    .map((k) => `'${k}' already has a value (${ann[k]})`);
  return found.length ? new CliError(`--overwrite is false but found the following declared annotation(s): ${found.join('; ')}`) : undefined;
}

async function runAnnotate(ctx: RunContext<KubectlApp>): Promise<number> {
  const { io, flags, args } = ctx;
  const output = flags.string('output');
  const dry = dryRunStrategy(flags.string('dry-run'));
  const format = await parseOutput(io, output, { table: false, template: flags.string('template') });
  const list = flags.bool('list');
  if (list && output !== '') throw new CliError('--list and --output may not be specified together');
  const s = await session(ctx);
  const { resources, pairs } = splitResourcesAndPairs(args, 'annotation');
  const { set, remove } = parseAnnotations(pairs);

  const all = flags.bool('all');
  const selector = flags.string('selector');
  const fieldSelector = flags.string('field-selector');
  const local = flags.bool('local');
  const filenames = flags.strings('filename');
  if (all && selector) throw new CliError('cannot set --all and --selector at the same time');
  if (all && fieldSelector) throw new CliError('cannot set --all and --field-selector at the same time');
  if (!local) {
    if (resources.length === 0 && filenames.length === 0) {
      throw new CliError('one or more resources must be specified as <resource> <name> or <resource>/<name>');
    }
  } else {
    if (dry === 'server') throw new CliError('cannot specify --local and --dry-run=server - did you mean --dry-run=client?');
    if (resources.length) throw new CliError('can only use local files by -f rsrc.yaml or --filename=rsrc.json when --local=true is set');
    if (filenames.length === 0) throw new CliError('one or more files must be specified as -f rsrc.yaml or --filename=rsrc.json');
  }
  if (Object.keys(set).length === 0 && remove.length === 0 && !list) throw new CliError('at least one annotation update is required');
  const both = remove.filter((k) => k in set);
  if (both.length) throw new CliError(`can not both modify and remove the following annotation(s) in the same command: ${both.join(', ')}`);

  const found = await visitObjects(s, resources, visitOptionsFromFlags(flags));
  const rv = flags.string('resource-version');
  if (!found.single && rv) throw new CliError('--resource-version may only be used with a single resource');

  const overwrite = flags.bool('overwrite');
  const printer = new ObjectPrinter(io, format);
  const errors: unknown[] = [];
  for (const { info, error } of found.items) {
    if (!info) {
      errors.push(error);
      continue;
    }
    try {
      const obj = editableCopy(info.obj, rv);
      const err = overwrite ? undefined : overwriteError(obj, set);
      if (err) throw err;
      editMap(obj, 'annotations', set, remove, rv);
      const clientOnly = dry === 'client' || local || list;
      const shown = clientOnly ? obj : writeMeta(s, info, 'annotations', obj, rv, dry === 'server');
      if (list) io.out(listText(shown, 'annotations', found.single, 'annotations'));
      else printer.print(shown, operation('annotated', dry));
    } catch (e) {
      errors.push(e);
    }
  }
  return printErrors(io, errors);
}

export const annotateCommand: CommandSpec<KubectlApp> = {
  name: 'annotate',
  short: 'Update the annotations on a resource',
  long: LONG,
  usage: 'annotate [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version]',
  examples: EXAMPLES,
  flags: metadataEditFlags('annotation', 'Select all resources, in the namespace of the specified resource types.'),
  complete: completeResources,
  run: (ctx) => guard(ctx.io, () => runAnnotate(ctx)),
};
