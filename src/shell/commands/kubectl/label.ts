// `kubectl label` (kubectl pkg/cmd/label/label.go, v1.34): `KEY=VALUE` adds, `KEY-` removes, on
// TYPE NAME…, TYPE/NAME…, -l, --all, -f. Values are checked on the client (`invalid label value:
// …`), keys by the API server's validation of the update (`The Pod "x" is invalid: …`). Prints
// `pod/web labeled`, `unlabeled` (something removed, no --overwrite and the object got shorter) or
// `not labeled` (nothing changed), with ` (dry run)` / ` (server dry run)`; `label "x" not
// found.` for a removed key the object does not have; -o prints the object as kubectl edited it
// locally (its old resourceVersion). An existing key without --overwrite is an error per key
// (`'env' already has a value (prod), and --overwrite is false`). Errors are collected per object
// and printed last. Simplified: Go's random map order (several errors, --list) is sorted.

import type { KObject } from '../../../engine/api/types';
import { isValidLabelValue } from '../../../engine/api/validation/labels';
import { goJson } from '../../format/yaml-json';
import { goQuote } from '../../format/gofmt';
import type { CommandSpec, RunContext } from '../spec';
import { completeResources } from './complete';
import { session, type KubectlApp } from './context';
import { CliError, guard, printErrors } from './errors';
import { editableCopy, editMap, listText, metadataEditFlags, splitResourcesAndPairs, writeMeta } from './metadata-edit';
import { parseOutput } from './output';
import { visitObjects, visitOptionsFromFlags } from './visit';
import { dryRunStrategy, ObjectPrinter, operation } from './write';

const LONG = `Update the labels on a resource.

  *  A label key and value must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters each.
  *  Optionally, the key can begin with a DNS subdomain prefix and a single '/', like example.com/my-app.
  *  If --overwrite is true, then existing labels can be overwritten, otherwise attempting to overwrite a label will result in an error.
  *  If --resource-version is specified, then updates will use this resource version, otherwise the existing resource-version will be used.`;

const EXAMPLES = `  # Update pod 'foo' with the label 'unhealthy' and the value 'true'
  kubectl label pods foo unhealthy=true
  
  # Update pod 'foo' with the label 'status' and the value 'unhealthy', overwriting any existing value
  kubectl label --overwrite pods foo status=unhealthy
  
  # Update all pods in the namespace
  kubectl label pods --all status=unhealthy
  
  # Update a pod identified by the type and name in "pod.json"
  kubectl label -f pod.json status=unhealthy
  
  # Update pod 'foo' only if the resource is unchanged from version 1
  kubectl label pods foo status=unhealthy --resource-version=1
  
  # Update pod 'foo' by removing a label named 'bar' if it exists
  # Does not require the --overwrite flag
  kubectl label pods foo bar-`;

/** label.go parseLabels: `k=v` (exactly one `=`, the value checked) or `k-`. */
export function parseLabels(specs: string[]): { set: Record<string, string>; remove: string[] } {
  const set: Record<string, string> = {};
  const remove: string[] = [];
  for (const spec of specs) {
    if (spec.includes('=')) {
      const parts = spec.split('=');
      if (parts.length !== 2) throw new CliError(`invalid label spec: ${spec}`);
      const errs = isValidLabelValue(parts[1]);
      if (errs.length) throw new CliError(`invalid label value: ${goQuote(spec)}: ${errs.join(';')}`);
      set[parts[0]] = parts[1];
    } else if (spec.endsWith('-')) {
      remove.push(spec.slice(0, -1));
    } else {
      throw new CliError(`unknown label spec: ${spec}`);
    }
  }
  if (remove.some((k) => k in set)) throw new CliError('can not both modify and remove a label in the same command');
  return { set, remove };
}

/** validateNoOverwrites: one error per key that already has a value. */
function overwriteErrors(obj: KObject, set: Record<string, string>): CliError[] {
  const labels = obj.metadata.labels ?? {};
  return Object.keys(set)
    .sort()
    .filter((k) => k in labels)
    .map((k) => new CliError(`'${k}' already has a value (${labels[k]}), and --overwrite is false`));
}

/** updateDataChangeMsg. */
function changeMessage(oldData: string, newData: string, overwrite: boolean): string {
  if (oldData === newData) return 'not labeled';
  return !overwrite && newData.length < oldData.length ? 'unlabeled' : 'labeled';
}

async function runLabel(ctx: RunContext<KubectlApp>): Promise<number> {
  const { io, flags, args } = ctx;
  const output = flags.string('output');
  const dry = dryRunStrategy(flags.string('dry-run'));
  const { resources, pairs } = splitResourcesAndPairs(args, 'label');
  const { set, remove } = parseLabels(pairs);
  const list = flags.bool('list');
  if (list && output !== '') throw new CliError('--list and --output may not be specified together');
  const s = await session(ctx);

  const all = flags.bool('all');
  const selector = flags.string('selector');
  const fieldSelector = flags.string('field-selector');
  const local = flags.bool('local');
  const filenames = flags.strings('filename');
  if (all && selector) throw new CliError('cannot set --all and --selector at the same time');
  if (all && fieldSelector) throw new CliError('cannot set --all and --field-selector at the same time');
  if (local) {
    if (dry === 'server') throw new CliError('cannot specify --local and --dry-run=server - did you mean --dry-run=client?');
    if (resources.length) throw new CliError('can only use local files by -f pod.yaml or --filename=pod.json when --local=true is set');
    if (filenames.length === 0) throw new CliError('one or more files must be specified as -f pod.yaml or --filename=pod.json');
  } else if (resources.length === 0 && filenames.length === 0) {
    throw new CliError('one or more resources must be specified as <resource> <name> or <resource>/<name>');
  }
  if (Object.keys(set).length === 0 && remove.length === 0 && !list) throw new CliError('at least one label update is required');

  const found = await visitObjects(s, resources, visitOptionsFromFlags(flags));
  const rv = flags.string('resource-version');
  if (!found.single && rv) throw new CliError('--resource-version may only be used with a single resource');

  const overwrite = flags.bool('overwrite');
  const errors: unknown[] = [];
  for (const { info, error } of found.items) {
    if (!info) {
      errors.push(error);
      continue;
    }
    try {
      const obj = editableCopy(info.obj, rv);
      const oldData = goJson(obj);
      const clientOnly = dry === 'client' || local || list;
      if (!clientOnly) {
        const labels = obj.metadata.labels ?? {};
        for (const k of remove) if (!(k in labels)) io.out(`label ${goQuote(k)} not found.\n`);
      }
      if (!overwrite) {
        const errs = overwriteErrors(obj, set);
        if (errs.length) {
          errors.push(...errs);
          continue;
        }
      }
      editMap(obj, 'labels', set, remove, rv);
      const message = changeMessage(oldData, goJson(obj), overwrite);
      if (!clientOnly) writeMeta(s, info, 'labels', obj, rv, dry === 'server');
      if (list) {
        io.out(listText(obj, 'labels', found.single, 'labels'));
        continue;
      }
      // label.go builds a printer per object, after the write: a bad -o fails only then, and
      // several YAML documents get no `---` between them.
      const format = await parseOutput(io, output, { table: false, template: flags.string('template') });
      new ObjectPrinter(io, format).print(obj, operation(message, dry));
    } catch (e) {
      errors.push(e);
    }
  }
  return printErrors(io, errors);
}

export const labelCommand: CommandSpec<KubectlApp> = {
  name: 'label',
  short: 'Update the labels on a resource',
  long: LONG,
  usage: 'label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version]',
  examples: EXAMPLES,
  flags: metadataEditFlags('label', 'Select all resources, in the namespace of the specified resource types'),
  complete: completeResources,
  run: (ctx) => guard(ctx.io, () => runLabel(ctx)),
};
