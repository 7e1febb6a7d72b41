// What kubectl needs from the simulated cluster (src/engine createCluster's Cluster): the API
// server, the clock, settling queued controller work, and the container runtime for logs, exec
// and attach. Declared structurally so kubectl depends only on the parts it uses (and tests may
// pass a cluster without a runtime).

import type { ApiServer } from '../../../engine/api/server';
import type { Network } from '../../../engine/net';
import type { ContainerRuntime } from '../../../engine/runtime';
import type { SimClock } from '../../../engine/sim/clock';

/** The runtime calls kubectl makes (kubelet's containerLogs / exec / attach endpoints). */
export type KubectlRuntime = Pick<ContainerRuntime, 'logs' | 'followLogs' | 'containerFs' | 'containerInfo' | 'exec'>;

export interface KubectlCluster {
  api: ApiServer;
  clock: SimClock;
  /** Runs controller work that is already due, so writes are visible (World.settle). */
  settle(): void;
  runtime?: KubectlRuntime;
  /** The network, for `curl` run inside containers by `kubectl exec`. */
  net?: Network;
}
