// `kubectl create -f` (kubectl pkg/cmd/create/create.go RunCreate): every object of the manifests
// is created in order (`pod/web created`, `(dry run)` / `(server dry run)`, or -o yaml/json/name),
// `--save-config` stores the last-applied annotation, errors are collected with their source
// (`Error from server (AlreadyExists): error when creating "pod.yaml": pods "web" already exists`)
// and printed last; `no objects passed to create` when the files held none. Without -f, kubectl
// prints `Error: must specify one of -f and -k` and the help, on stderr. Subcommands: namespace.

import type { KObject } from '../../../engine/api/types';
import { clone } from '../../../engine/api/freeze';
import { renderHelp, type CommandSpec, type RunContext } from '../spec';
import { session, type KubectlApp, type Session } from './context';
import { createNamespaceCommand } from './create-namespace';
import { addSourceToErr, CliError, guard } from './errors';
import { f, OBJECT_OUTPUT_USAGE } from './flags';
import { manifestNamespace, mapKind } from './infos';
import { parseOutput } from './output';
import { dryRunStrategy, ObjectPrinter, operation, withLastApplied, writeManifests, type DryRun } from './write';

const EXAMPLES = `  # Create a pod using the data in pod.json
  kubectl create -f ./pod.json
  
  # Create a pod based on the JSON passed into stdin
  cat pod.json | kubectl create -f -
  
  # Edit the data in registry.yaml in JSON then create the resource using the edited data
  kubectl create -f registry.yaml --edit -o json`;

/** Creates one object (namespace rules, dry runs, the API's defaulting and validation). */
export function createObject(s: Session, obj: KObject, source: string, dry: DryRun, saveConfig = false): KObject {
  const def = mapKind(s, obj, source);
  let o = clone(obj);
  const ns = manifestNamespace(s, def, o);
  if (ns) o.metadata.namespace = ns;
  if (saveConfig) o = withLastApplied(o);
  if (dry === 'client') return o;
  try {
    return s.api.create(o, { dryRun: dry === 'server' });
  } catch (e) {
    throw addSourceToErr('creating', source, e);
  }
}

async function runCreate(ctx: RunContext<KubectlApp>): Promise<number> {
  const { io, flags, args } = ctx;
  const filenames = flags.strings('filename');
  if (filenames.length === 0) {
    // cmdutil.DefaultSubCommandRun on stderr: RequireNoArguments, then the help, then exit 1.
    io.err('Error: must specify one of -f and -k\n\n');
    if (args.length) throw new CliError(`unknown command ${JSON.stringify(args.join(' '))}\nSee 'kubectl create -h' for help and examples`);
    io.err(renderHelp(ctx.path));
    return 1;
  }
  if (args.length) throw new CliError(`Unexpected args: [${args.join(' ')}]`);
  const dry = dryRunStrategy(flags.string('dry-run'));
  const format = await parseOutput(io, flags.string('output'), { table: false, template: flags.string('template') });
  const s = await session(ctx);
  const files = { filenames, recursive: flags.bool('recursive') };
  return writeManifests(io, new ObjectPrinter(io, format), files, 'create', (obj, source) => ({
    obj: createObject(s, obj, source, dry, flags.bool('save-config')),
    op: operation('created', dry),
  }));
}

export const createCommand: CommandSpec<KubectlApp> = {
  name: 'create',
  short: 'Create a resource from a file or from stdin',
  long: 'Create a resource from a file or from stdin.\n\n JSON and YAML formats are accepted.',
  usage: 'create -f FILENAME',
  examples: EXAMPLES,
  flags: [
    f.allowMissingTemplateKeys(),
    f.dryRun(),
    { name: 'edit', type: 'bool', usage: 'Edit the API resource before creating' },
    f.fieldManager('kubectl-create'),
    f.filename('Filename, directory, or URL to files to use to create the resource'),
    f.kustomize('the'),
    f.output(OBJECT_OUTPUT_USAGE),
    { name: 'raw', type: 'string', usage: 'Raw URI to POST to the server.  Uses the transport specified by the kubeconfig file.' },
    f.recursive(),
    f.saveConfig(),
    f.selector(),
    f.showManagedFields(),
    f.template(),
    f.validate(),
    { name: 'windows-line-endings', type: 'bool', usage: 'Only relevant if --edit=true. Defaults to the line ending native to your platform.' },
  ],
  subcommands: [createNamespaceCommand],
  run: (ctx) => guard(ctx.io, () => runCreate(ctx)),
};
