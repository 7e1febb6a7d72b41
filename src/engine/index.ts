// createCluster(): the simulated world's one entry point. Wires a World (store, API server,
// controllers) with the network, the container runtime, one kubelet per node and the scheduler, and
// either bootstraps the default kubeadm cluster or restores a saved one.
//
// Aging: the cluster is bootstrapped on a clock set `ageMs` before `startTime` (3 days and 10
// minutes by default), run until every pod is up, then saved and restored at `startTime` — as a lab
// VM resumed from a snapshot taken after `kubeadm init`. Objects keep their old timestamps (AGE
// reads `3d` for all of them), and the bootstrap's events, older than the 1 h event TTL, are gone.
// Restoring never re-bootstraps.
import { defaultAdmission } from './api/admission';
import type { ApiServer, SchemaCheck } from './api/server';
import type { Stored } from './api/types';
import { fakeCaPem } from './cluster/pki';
import { bootstrapCluster } from './cluster/bootstrap';
import { defaultNodes, type NodeSpec } from './cluster/nodes';
import { startCoreControllers } from './controllers';
import { Kubelet } from './kubelet';
import { Network } from './net';
import { ContainerRuntime } from './runtime';
import { Scheduler } from './scheduler/scheduler';
import type { SimClock } from './sim/clock';
import { DEFAULT_START, World, type WorldSnapshot } from './world';

export { DEFAULT_START, World } from './world';
export type { NodeSpec } from './cluster/nodes';

/** Default age of the cluster at start time: three days, plus the bootstrap minutes so AGE shows `3d`. */
export const DEFAULT_AGE_MS = 3 * 24 * 3_600_000 + 10 * 60_000;
const EVENT_TTL_MS = 3_600_000;

export interface ClusterOptions {
  /** Seed of every random stream. Same seed (and options) → same cluster, byte for byte. */
  seed?: number | string;
  /** Simulated time when the cluster is handed over, epoch ms. */
  startTime?: number;
  /** How long before startTime the cluster was created (default 3 days 10 minutes, at least 10 minutes). */
  ageMs?: number;
  freeze?: boolean;
  schema?: SchemaCheck;
  /** The nodes; default controlplane + node01. The first control-plane entry gets the static pods. */
  nodes?: NodeSpec[];
  /** A snapshot from Cluster.save(): resume it instead of bootstrapping. */
  restore?: ClusterSnapshot;
}

/** What Cluster.save() returns: the world's snapshot plus the seed it was built from. */
export interface ClusterSnapshot extends WorldSnapshot {
  format: 1;
  seed: number | string;
}

export interface Cluster {
  world: World;
  api: ApiServer;
  clock: SimClock;
  runtime: ContainerRuntime;
  net: Network;
  /** node name → its kubelet */
  kubelets: Map<string, Kubelet>;
  scheduler: Scheduler;
  save(): ClusterSnapshot;
  /** Runs everything already due without moving time. */
  settle(): void;
  /** Moves simulated time forward by `ms`, running what happens meanwhile. */
  advance(ms: number): void;
}

/** Wires the subsystems onto `world` (nothing runs until start()). */
function assemble(world: World, seed: number | string) {
  world.api.admission.push(...defaultAdmission());
  const net = new Network(world);
  const runtime = new ContainerRuntime(world, net);
  const scheduler = new Scheduler(world);
  const kubelets = new Map<string, Kubelet>();
  const addKubelet = (name: string, start: boolean) => {
    if (kubelets.has(name)) return;
    const k = new Kubelet(world, name, runtime, net);
    kubelets.set(name, k);
    if (start) k.start();
  };
  const cluster: Cluster = {
    world,
    api: world.api,
    clock: world.clock,
    runtime,
    net,
    kubelets,
    scheduler,
    save: () => ({ ...world.save(), format: 1, seed }),
    settle: () => world.settle(),
    advance: (ms) => world.advance(ms),
  };
  const start = () => {
    startCoreControllers(world, fakeCaPem(seed));
    scheduler.start();
    for (const k of kubelets.values()) k.start();
  };
  return { cluster, addKubelet, start };
}

/**
 * RandStreams.restore puts new generators in its map, but the Store captured the `uids` and
 * `names` generators when the World was built: carry the restored state into those objects and
 * keep them in the map, so every holder continues the saved sequences.
 */
function restoreRand(world: World, saved: WorldSnapshot['rand']): void {
  world.rand.restore(saved);
}

function restoreCluster(snap: ClusterSnapshot, o: ClusterOptions): Cluster {
  const world = new World({ seed: snap.seed, startTime: snap.now, freeze: o.freeze, schema: o.schema });
  world.store.restore(snap.store);
  restoreRand(world, snap.rand);
  const { cluster, addKubelet, start } = assemble(world, snap.seed);
  for (const n of world.api.list('Node')) addKubelet(n.metadata.name, false);
  const loaded = new Set<string>();
  const load = () => {
    for (const name of world.loadParts(snap.parts, loaded)) loaded.add(name);
  };
  load();
  start();
  load(); // parts registered while starting
  return cluster;
}

/** The snapshot moved to `startTime`, with events past their TTL dropped. */
function aged(snap: ClusterSnapshot, startTime: number): ClusterSnapshot {
  const live = (e: Stored) => Date.parse(String(e.lastTimestamp ?? e.metadata.creationTimestamp)) + EVENT_TTL_MS > startTime;
  const objects = snap.store.objects.filter((o) => o.kind !== 'Event' || live(o));
  return { ...snap, now: startTime, store: { ...snap.store, objects } };
}

/** Builds (or restores) a cluster. */
export function createCluster(opts: ClusterOptions = {}): Cluster {
  if (opts.restore) return restoreCluster(opts.restore, opts);
  const seed = opts.seed ?? 1;
  const startTime = opts.startTime ?? DEFAULT_START;
  const ageMs = Math.max(opts.ageMs ?? DEFAULT_AGE_MS, 10 * 60_000);
  const world = new World({ seed, startTime: startTime - ageMs, freeze: opts.freeze, schema: opts.schema });
  const { cluster, addKubelet, start } = assemble(world, seed);
  start();
  bootstrapCluster(world, opts.nodes ?? defaultNodes(), { caPem: fakeCaPem(seed), nodeRegistered: (n) => addKubelet(n, true) });
  return restoreCluster(aged(cluster.save(), startTime), opts);
}
