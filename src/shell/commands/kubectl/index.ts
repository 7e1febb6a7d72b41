// kubectl for the sandbox shell: `createKubectl(cluster)` gives the `kubectl` program and its `k`
// alias (two ShellCommands sharing one spec tree, root.ts), and `kubectlCompleter(cluster)` the
// shell's completion hook for their arguments. Everything else lives in one file per command.

import type { CompletionRequest } from '../../bash/complete';
import type { ShellCommand } from '../../types';
import { completeCommandLine, runCli } from '../spec';
import type { KubectlCluster } from './cluster';
import type { KubectlApp, KubectlOptions } from './context';
import { loadKubeconfig } from './kubeconfig';
import { kubectlRoot } from './root';

export type { KubectlCluster, KubectlRuntime } from './cluster';
export type { KubectlOptions } from './context';
export { kubectlRoot } from './root';

/** The `kubectl` and `k` programs for a cluster. */
export function createKubectl(cluster: KubectlCluster, opts: KubectlOptions = {}): ShellCommand[] {
  const app: KubectlApp = { cluster, opts };
  const run = (io: Parameters<ShellCommand['run']>[0]) => runCli(kubectlRoot, io, app, { width: opts.width });
  return [
    { name: 'kubectl', run },
    { name: 'k', run },
  ];
}

/**
 * The completion hook for `kubectl …` / `k …`: subcommands, flags, resource types, object names
 * and namespaces from the specs and the store; undefined (file names) for values such as `-f`.
 */
export function kubectlCompleter(cluster: KubectlCluster, opts: KubectlOptions = {}) {
  return async (req: CompletionRequest): Promise<string[] | undefined> => {
    let namespace = 'default';
    try {
      namespace = (await loadKubeconfig(req.fs, req.env, req.cwd, {})).namespace;
    } catch {
      /* a broken kubeconfig completes in `default` */
    }
    const app: KubectlApp = { cluster, opts, completionNamespace: namespace };
    const words = [...req.argv, req.word];
    return completeCommandLine(kubectlRoot, app, words, words.length - 1);
  };
}
