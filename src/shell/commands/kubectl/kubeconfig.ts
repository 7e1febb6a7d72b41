// Reading the kubeconfig the way client-go's clientcmd loading rules do, for what kubectl here uses:
// the file is --kubeconfig, else the first path in $KUBECONFIG, else ~/.kube/config; the context is
// --context, else current-context; its namespace (or `default`) is the default namespace and its
// cluster's server is the API address. A missing default file is not an error here (the sandbox
// always talks to its one cluster); a missing explicit file is. Simplified: no merging of several
// files, users/credentials are ignored.

import { parse } from 'yaml';
import type { VirtualFs } from '../../types';
import { CliError } from './errors';

export interface KubeconfigView {
  /** The file read, or undefined when there was none. */
  path?: string;
  context?: string;
  namespace: string;
  server?: string;
}

interface NamedContext {
  name?: string;
  context?: { cluster?: string; namespace?: string; user?: string };
}
interface NamedCluster {
  name?: string;
  cluster?: { server?: string };
}

const joinPath = (cwd: string, p: string) => (p.startsWith('/') ? p : `${cwd.replace(/\/$/, '')}/${p}`);

/** Resolves the kubeconfig for one kubectl invocation. */
export async function loadKubeconfig(
  fs: VirtualFs,
  env: Readonly<Record<string, string>>,
  cwd: string,
  flags: { kubeconfig?: string; context?: string },
): Promise<KubeconfigView> {
  const home = env.HOME || '/root';
  let path: string;
  let explicit = false;
  if (flags.kubeconfig) {
    path = joinPath(cwd, flags.kubeconfig);
    explicit = true;
  } else if (env.KUBECONFIG) {
    path = joinPath(cwd, env.KUBECONFIG.split(':').find((p) => p !== '') ?? '');
  } else path = `${home}/.kube/config`;

  if (!(await fs.exists(path))) {
    if (explicit) throw new CliError(`stat ${flags.kubeconfig}: no such file or directory`);
    if (flags.context) throw new CliError(`context was not found for specified context: ${flags.context}`);
    return { namespace: 'default' };
  }
  let doc: Record<string, unknown>;
  try {
    doc = (parse(await fs.readFile(path)) as Record<string, unknown>) ?? {};
  } catch (e) {
    throw new CliError(`error loading config file "${path}": ${(e as Error).message.split('\n')[0]}`);
  }
  const contexts = (Array.isArray(doc.contexts) ? doc.contexts : []) as NamedContext[];
  const clusters = (Array.isArray(doc.clusters) ? doc.clusters : []) as NamedCluster[];
  const name = flags.context || (typeof doc['current-context'] === 'string' ? (doc['current-context'] as string) : '');
  const ctx = contexts.find((c) => c.name === name);
  if (flags.context && !ctx) throw new CliError(`context was not found for specified context: ${flags.context}`);
  const server = clusters.find((c) => c.name === ctx?.context?.cluster)?.cluster?.server;
  return { path, context: ctx?.name, namespace: ctx?.context?.namespace || 'default', server };
}
