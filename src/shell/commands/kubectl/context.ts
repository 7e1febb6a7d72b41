// One kubectl invocation's view of the world (what cmdutil.Factory gives a command): the API
// server, the resolved namespace (-n, else the kubeconfig context's, else `default`), the clock,
// and helpers commands share. Settling queued controller work first makes earlier writes visible,
// as a real API server would have processed them by the time the next command runs.

import type { ApiServer } from '../../../engine/api/server';
import type { KindRegistry } from '../../../engine/api/kind';
import type { CommandIO } from '../../types';
import type { RunContext } from '../spec';
import type { KubectlCluster } from './cluster';
import { loadKubeconfig, type KubeconfigView } from './kubeconfig';

/** What createKubectl is configured with. */
export interface KubectlOptions {
  /** API address shown by cluster-info when the kubeconfig has none (default from the control-plane node). */
  server?: string;
  /** Terminal width used to wrap help text (defaults to $COLUMNS on a terminal). */
  width?: number;
}

/** The app context every kubectl command spec receives. */
export interface KubectlApp {
  cluster: KubectlCluster;
  opts: KubectlOptions;
  /** The default namespace for completion (resolved from the kubeconfig by the completer). */
  completionNamespace?: string;
}

export interface Session {
  io: CommandIO;
  api: ApiServer;
  registry: KindRegistry;
  cluster: KubectlCluster;
  /** The namespace of this request. */
  namespace: string;
  /** -n/--namespace was given (kubectl's enforceNamespace). */
  explicitNamespace: boolean;
  kubeconfig: KubeconfigView;
  now(): number;
}

/** Builds the session for a command run: settles the cluster and resolves the namespace. */
export async function session(ctx: RunContext<KubectlApp>): Promise<Session> {
  const { io, app, flags } = ctx;
  app.cluster.settle();
  const kubeconfig = await loadKubeconfig(io.fs, io.env, io.cwd, {
    kubeconfig: flags.string('kubeconfig') || undefined,
    context: flags.string('context') || undefined,
  });
  const explicit = flags.changed('namespace') && flags.string('namespace') !== '';
  return {
    io,
    api: app.cluster.api,
    registry: app.cluster.api.registry,
    cluster: app.cluster,
    namespace: explicit ? flags.string('namespace') : kubeconfig.namespace,
    explicitNamespace: explicit,
    kubeconfig,
    now: () => app.cluster.clock.now(),
  };
}
