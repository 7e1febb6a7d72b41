// `kubectl create namespace NAME` (kubectl pkg/cmd/create/create_namespace.go): builds
// `{apiVersion: v1, kind: Namespace, metadata: {name}, spec: {}, status: {}}` and creates it
// (`namespace/dev created`); --dry-run=client -o yaml prints it as built. API errors print plainly
// (`Error from server (AlreadyExists): namespaces "dev" already exists`).

import type { KObject } from '../../../engine/api/types';
import type { CommandSpec, RunContext } from '../spec';
import { session, type KubectlApp } from './context';
import { CliError, guard } from './errors';
import { f, OBJECT_OUTPUT_USAGE } from './flags';
import { parseOutput } from './output';
import { dryRunStrategy, ObjectPrinter, operation, withLastApplied } from './write';

async function runCreateNamespace(ctx: RunContext<KubectlApp>): Promise<number> {
  const { io, flags, args } = ctx;
  if (args.length !== 1) {
    throw new CliError(`exactly one NAME is required, got ${args.length}\nSee 'kubectl create namespace -h' for help and examples`);
  }
  const dry = dryRunStrategy(flags.string('dry-run'));
  const format = await parseOutput(io, flags.string('output'), { table: false, template: flags.string('template') });
  const s = await session(ctx);
  let ns: KObject = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: args[0] }, spec: {}, status: {} };
  if (flags.bool('save-config')) ns = withLastApplied(ns);
  const written = dry === 'client' ? ns : s.api.create(ns, { dryRun: dry === 'server' });
  new ObjectPrinter(io, format).print(written, operation('created', dry));
  return 0;
}

export const createNamespaceCommand: CommandSpec<KubectlApp> = {
  name: 'namespace',
  aliases: ['ns'],
  short: 'Create a namespace with the specified name',
  long: 'Create a namespace with the specified name.',
  usage: 'namespace NAME [--dry-run=server|client|none]',
  examples: '  # Create a new namespace named my-namespace\n  kubectl create namespace my-namespace',
  flags: [
    f.allowMissingTemplateKeys(),
    f.dryRun(),
    f.fieldManager('kubectl-create'),
    f.output(OBJECT_OUTPUT_USAGE),
    f.saveConfig(),
    f.showManagedFields(),
    f.template(),
    f.validate(),
  ],
  run: (ctx) => guard(ctx.io, () => runCreateNamespace(ctx)),
};
