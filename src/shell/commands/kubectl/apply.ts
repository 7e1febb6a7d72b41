// `kubectl apply -f` (kubectl pkg/cmd/apply/apply.go, client-side apply): objects that do not
// exist are created with the kubectl.kubernetes.io/last-applied-configuration annotation
// (`created`); existing ones are three-way merged (apply-merge.ts) and updated (`configured`) or
// left alone when nothing would change (`unchanged`); an object made without the annotation gets
// kubectl's warning on stderr first. Errors carry their source and print last. Simplified:
// --prune, --server-side and the edit-last-applied subcommands are not implemented; update
// failures other than Invalid are worded `error when patching "<file>"`.

import { keyOf } from '../../../engine/api/kind';
import { clone } from '../../../engine/api/freeze';
import { jsonEqual } from '../../../engine/api/store';
import type { KObject, Stored } from '../../../engine/api/types';
import type { CommandSpec, RunContext } from '../spec';
import { threeWayMerge } from './apply-merge';
import { session, type KubectlApp, type Session } from './context';
import { createObject } from './create';
import { addSourceToErr, CliError, guard } from './errors';
import { f, OBJECT_OUTPUT_USAGE } from './flags';
import { manifestNamespace, mapKind } from './infos';
import { parseOutput } from './output';
import { resourceString } from './resources';
import { dryRunStrategy, LAST_APPLIED, ObjectPrinter, operation, withLastApplied, writeManifests, type DryRun } from './write';

const LONG = `Apply a configuration to a resource by file name or stdin. The resource name must be specified. This resource will be created if it doesn't exist yet. To use 'apply', always create the resource initially with either 'apply' or 'create --save-config'.

 JSON and YAML formats are accepted.

 Alpha Disclaimer: the --prune functionality is not yet complete. Do not use unless you are aware of what the current state is. See https://issues.k8s.io/34274.`;

const EXAMPLES = `  # Apply the configuration in pod.json to a pod
  kubectl apply -f ./pod.json
  
  # Apply resources from a directory containing kustomization.yaml - e.g. dir/kustomization.yaml
  kubectl apply -k dir/
  
  # Apply the JSON passed into stdin to a pod
  cat pod.json | kubectl apply -f -
  
  # Apply the configuration from all files that end with '.json'
  kubectl apply -f '*.json'
  
  # Note: --prune is still in Alpha
  # Apply the configuration in manifest.yaml that matches label app=nginx and delete all other resources that are not in the file and match label app=nginx
  kubectl apply --prune -f manifest.yaml -l app=nginx
  
  # Apply the configuration in manifest.yaml and delete all the other config maps that are not in the file
  kubectl apply --prune -f manifest.yaml --all --prune-allowlist=core/v1/ConfigMap`;

/** Applies one object; returns what was written and the operation word. */
function applyObject(s: Session, obj: KObject, source: string, dry: DryRun): { obj: KObject; op: string } {
  const def = mapKind(s, obj, source);
  const ns = manifestNamespace(s, def, obj);
  const desired = clone(obj);
  if (ns) desired.metadata.namespace = ns;
  const live = s.api.tryGet(keyOf(def), ns, desired.metadata.name ?? '');
  if (!live) return { obj: createObject(s, desired, source, dry, true), op: 'created' };

  const lastApplied = live.metadata.annotations?.[LAST_APPLIED];
  if (lastApplied === undefined) {
    s.io.err(
      `Warning: resource ${resourceString(def)}/${live.metadata.name} is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n`,
    );
  }
  let original: unknown = {};
  try {
    original = lastApplied ? JSON.parse(lastApplied) : {};
  } catch {
    original = {};
  }
  const modified = withLastApplied(desired);
  const merged = threeWayMerge(original, modified, clone(live)) as KObject;
  merged.metadata.resourceVersion = live.metadata.resourceVersion;
  try {
    const preview = s.api.update(merged, { dryRun: true });
    if (unchanged(live, preview)) return { obj: live, op: 'unchanged' };
    if (dry === 'client') return { obj: merged, op: 'configured' };
    return { obj: s.api.update(merged, { dryRun: dry === 'server' }), op: 'configured' };
  } catch (e) {
    throw addSourceToErr('patching', source, e);
  }
}

/** True when an update would leave the live object as it is (the patch would be `{}`). */
function unchanged(live: Stored, next: KObject): boolean {
  const strip = (o: KObject) => {
    const c = clone(o);
    delete c.metadata.resourceVersion;
    delete c.metadata.generation;
    delete c.status;
    return c;
  };
  return jsonEqual(strip(live), strip(next));
}

async function runApply(ctx: RunContext<KubectlApp>): Promise<number> {
  const { io, flags } = ctx;
  const filenames = flags.strings('filename');
  if (filenames.length === 0) throw new CliError('must specify one of -f and -k');
  const dry = dryRunStrategy(flags.string('dry-run'));
  const format = await parseOutput(io, flags.string('output'), { table: false, template: flags.string('template') });
  const s = await session(ctx);
  const files = { filenames, recursive: flags.bool('recursive') };
  return writeManifests(io, new ObjectPrinter(io, format), files, 'apply', (obj, source) => {
    const r = applyObject(s, obj, source, dry);
    return { obj: r.obj, op: operation(r.op, dry) };
  });
}

export const applyCommand: CommandSpec<KubectlApp> = {
  name: 'apply',
  short: 'Apply a configuration to a resource by file name or stdin',
  long: LONG,
  usage: 'apply (-f FILENAME | -k DIRECTORY)',
  examples: EXAMPLES,
  flags: [
    { name: 'all', type: 'bool', usage: 'Select all resources in the namespace of the specified resource types.' },
    f.allowMissingTemplateKeys(),
    f.cascade(),
    f.dryRun(),
    f.fieldManager('kubectl-client-side-apply'),
    f.filename('The files that contain the configurations to apply.'),
    f.force(),
    { name: 'force-conflicts', type: 'bool', usage: 'If true, server-side apply will force the changes against conflicts.' },
    f.gracePeriod(),
    f.kustomize('a'),
    {
      name: 'openapi-patch',
      type: 'bool',
      default: true,
      usage:
        'If true, use openapi to calculate diff when the openapi presents and the resource can be found in the openapi spec. Otherwise, fall back to use baked-in types.',
    },
    f.output(OBJECT_OUTPUT_USAGE),
    {
      name: 'overwrite',
      type: 'bool',
      default: true,
      usage: 'Automatically resolve conflicts between the modified and live configuration by using values from the modified configuration',
    },
    {
      name: 'prune',
      type: 'bool',
      usage:
        'Automatically delete resource objects, that do not appear in the configs and are created by either apply or create --save-config. Should be used with either -l or --all.',
    },
    { name: 'prune-allowlist', type: 'stringArray', usage: 'Overwrite the default allowlist with <group/version/kind> for --prune' },
    f.recursive(),
    f.selector(),
    { name: 'server-side', type: 'bool', usage: 'If true, apply runs in the server instead of the client.' },
    f.showManagedFields(),
    { name: 'subresource', type: 'string', usage: 'If specified, apply will operate on the subresource of the requested object.  Only allowed when using --server-side.' },
    f.template(),
    f.timeout(),
    f.validate(),
    f.wait(false),
  ],
  run: (ctx) => guard(ctx.io, () => runApply(ctx)),
};
