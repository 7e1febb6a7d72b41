// `kubectl api-resources` (kubectl pkg/cmd/apiresources): one row per registered kind,
// `NAME SHORTNAMES APIVERSION NAMESPACED KIND` (+ `VERBS CATEGORIES`, comma-joined, with -o wide),
// `-o name` as `pods` / `deployments.apps`; rows stably sorted by API group (core first), within a
// group in discovery order (resource name), or by --sort-by=name|kind; --namespaced, --api-group,
// --verbs and --categories filter. Simplified: only the kinds the simulation registers appear.

import { apiVersionOf, type KindDef } from '../../../engine/api/kind';
import type { CommandSpec } from '../spec';
import { session, type KubectlApp } from './context';
import { CliError, guard } from './errors';
import { f } from './flags';
import { tabulate } from './tabular';

const EXAMPLES = `  # Print the supported API resources
  kubectl api-resources
  
  # Print the supported API resources with more information
  kubectl api-resources -o wide
  
  # Print the supported API resources sorted by a column
  kubectl api-resources --sort-by=name
  
  # Print the supported namespaced resources
  kubectl api-resources --namespaced=true
  
  # Print the supported non-namespaced resources
  kubectl api-resources --namespaced=false
  
  # Print the supported API resources with a specific APIGroup
  kubectl api-resources --api-group=rbac.authorization.k8s.io`;

const byGroup = (a: KindDef, b: KindDef) => (a.group < b.group ? -1 : a.group > b.group ? 1 : a.plural < b.plural ? -1 : 1);

export const apiResourcesCommand: CommandSpec<KubectlApp> = {
  name: 'api-resources',
  short: 'Print the supported API resources on the server',
  long: 'Print the supported API resources on the server.',
  usage: 'api-resources',
  examples: EXAMPLES,
  flags: [
    { name: 'api-group', type: 'string', usage: 'Limit to resources in the specified API group.' },
    { name: 'cached', type: 'bool', usage: 'Use the cached list of resources if available.' },
    { name: 'categories', type: 'stringSlice', usage: 'Limit to resources that belong to the specified categories.' },
    {
      name: 'namespaced',
      type: 'bool',
      default: true,
      usage: 'If false, non-namespaced resources will be returned, otherwise returning namespaced resources by default.',
    },
    f.noHeaders(),
    f.output('Output format. One of: (wide, name).'),
    { name: 'sort-by', type: 'string', usage: "If non-empty, sort list of resources using specified field. The field can be either 'name' or 'kind'." },
    { name: 'verbs', type: 'stringSlice', usage: 'Limit to resources that support the specified verbs.' },
  ],
  run: (ctx) =>
    guard(ctx.io, async () => {
      const { flags, io } = ctx;
      const output = flags.string('output');
      if (!['', 'wide', 'name'].includes(output)) throw new CliError(`--output ${output} is not available`);
      const sortBy = flags.string('sort-by');
      if (sortBy && !['name', 'kind'].includes(sortBy)) throw new CliError('--sort-by accepts only name or kind');
      const s = await session(ctx);
      let defs = [...s.registry.all()].sort(byGroup);
      if (flags.changed('api-group')) defs = defs.filter((d) => d.group === flags.string('api-group'));
      if (flags.changed('namespaced')) defs = defs.filter((d) => d.namespaced === flags.bool('namespaced'));
      const verbs = flags.strings('verbs');
      if (verbs.length) defs = defs.filter((d) => verbs.every((v) => (d.verbs ?? []).includes(v)));
      const cats = flags.strings('categories');
      if (cats.length) defs = defs.filter((d) => cats.every((c) => (d.categories ?? []).includes(c)));
      if (sortBy === 'name') defs.sort((a, b) => (a.plural < b.plural ? -1 : a.plural > b.plural ? 1 : 0));
      if (sortBy === 'kind') defs.sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
      if (output === 'name') {
        io.out(defs.map((d) => (d.group ? `${d.plural}.${d.group}\n` : `${d.plural}\n`)).join(''));
        return 0;
      }
      const wide = output === 'wide';
      const rows: string[][] = [];
      if (!flags.bool('no-headers')) rows.push(['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND', ...(wide ? ['VERBS', 'CATEGORIES'] : [])]);
      for (const d of defs) {
        const row = [d.plural, d.shortNames.join(','), apiVersionOf(d), String(d.namespaced), d.kind];
        if (wide) row.push((d.verbs ?? []).join(','), (d.categories ?? []).join(','));
        rows.push(row);
      }
      io.out(tabulate(rows));
      return 0;
    }),
};
