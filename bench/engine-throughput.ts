// Benchmark 1: engine throughput in Node. A cluster of the control plane plus 100 workers (each sized
// for 30 small pods), 3,000 nginx pods created through the API server, then simulated time advanced in
// 1 s steps until every pod is Running. Wall times come from performance.now() around the engine
// calls; the moment the last pod is bound / Running is taken from a store watch (wall and simulated).
// Strict decoding is on (k8sSchemaCheck, as createSandbox wires it), so a create costs what it costs
// in the app. Run as a script: `node --import tsx bench/engine-throughput.ts [--freeze=off]`.
import { k8sSchemaCheck } from '../src/engine/api/schema-check';
import type { KObject } from '../src/engine/api/types';
import { defaultNodes, workerSpec, type NodeSpec } from '../src/engine/cluster/nodes';
import { createCluster } from '../src/engine/index';
import { isMain, option, runAsScript } from './lib/child';
import { int, ms, round } from './lib/stats';

export interface EngineOptions {
  freeze: boolean;
  workers?: number;
  pods?: number;
  stepMs?: number;
  /** Give up after this much simulated time (the figures say how far it got). */
  maxSimMs?: number;
  /** Give up after this much wall time. */
  maxWallMs?: number;
}

export interface EngineResult {
  freeze: boolean;
  workers: number;
  pods: number;
  /** createCluster() with all the nodes (bootstrap, then restore at the start time). */
  createClusterMs: number;
  createMs: number;
  /** Wall time from the end of the creates until the last pod had spec.nodeName. */
  scheduleAllMs?: number;
  /** Wall time from the end of the creates until the last pod was Running. */
  runningAllMs?: number;
  scheduledPerWallSec?: number;
  runningPerWallSec?: number;
  /** Simulated time after the creates until the last pod was bound / Running. */
  simScheduleMs?: number;
  simRunningMs?: number;
  scheduled: number;
  running: number;
  podsPerNode: { min: number; max: number };
  steps: number;
  heapUsedMb: number;
  error?: string;
}

/** A worker with room for 30 pods of 10m CPU / 16Mi: 4 CPUs and 8 GiB (the pods limit is 110). */
const bigWorker = (i: number): NodeSpec => ({ ...workerSpec(i), cpu: '4', memory: `${8 * 1024 * 1024}Ki` });

const nginxPod = (i: number): KObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: `bench-${String(i).padStart(4, '0')}`, labels: { app: 'bench' } },
  spec: { containers: [{ name: 'nginx', image: 'nginx', resources: { requests: { cpu: '10m', memory: '16Mi' } } }] },
});

export function engineThroughput(o: EngineOptions): EngineResult {
  const workers = o.workers ?? 100;
  const pods = o.pods ?? 3000;
  const stepMs = o.stepMs ?? 1000;
  const maxSimMs = o.maxSimMs ?? 10 * 60_000;
  const maxWallMs = o.maxWallMs ?? 110_000;

  let t = performance.now();
  const nodes = [defaultNodes()[0], ...Array.from({ length: workers }, (_, i) => bigWorker(i + 1))];
  const cluster = createCluster({ nodes, freeze: o.freeze, schema: k8sSchemaCheck });
  const createClusterMs = performance.now() - t;

  // Track binding and Running from the watch, so the figures do not depend on the step size.
  const bound = new Set<string>();
  const running = new Set<string>();
  let scheduledAt: { wall: number; sim: number } | undefined;
  let runningAt: { wall: number; sim: number } | undefined;
  cluster.api.watch({ key: 'Pod', namespace: 'default' }, (e) => {
    const p = e.object;
    if (p.metadata.labels?.app !== 'bench' || e.type === 'DELETED') return;
    if (p.spec?.nodeName && !bound.has(p.metadata.name)) {
      bound.add(p.metadata.name);
      if (bound.size === pods) scheduledAt = { wall: performance.now(), sim: cluster.clock.now() };
    }
    if (p.status?.phase === 'Running' && !running.has(p.metadata.name)) {
      running.add(p.metadata.name);
      if (running.size === pods) runningAt = { wall: performance.now(), sim: cluster.clock.now() };
    }
  });

  t = performance.now();
  for (let i = 0; i < pods; i++) cluster.api.create(nginxPod(i));
  const start = performance.now();
  const createMs = start - t;
  const simStart = cluster.clock.now();

  let steps = 0;
  let error: string | undefined;
  while (!runningAt) {
    if (cluster.clock.now() - simStart >= maxSimMs) {
      error = `not all Running after ${maxSimMs / 1000} s of simulated time`;
      break;
    }
    if (performance.now() - start >= maxWallMs) {
      error = `not all Running after ${Math.round(maxWallMs / 1000)} s of wall time`;
      break;
    }
    cluster.advance(stepMs);
    steps++;
  }

  const perNode = new Map<string, number>();
  for (const p of cluster.api.list('Pod', { namespace: 'default' })) {
    const n = p.spec?.nodeName;
    if (n) perNode.set(n, (perNode.get(n) ?? 0) + 1);
  }
  const counts = [...perNode.values()];
  const r: EngineResult = {
    freeze: o.freeze,
    workers,
    pods,
    createClusterMs: round(createClusterMs),
    createMs: round(createMs),
    scheduled: bound.size,
    running: running.size,
    podsPerNode: { min: counts.length ? Math.min(...counts) : 0, max: counts.length ? Math.max(...counts) : 0 },
    steps,
    heapUsedMb: round(process.memoryUsage().heapUsed / 1e6),
  };
  if (scheduledAt) {
    r.scheduleAllMs = round(scheduledAt.wall - start);
    r.scheduledPerWallSec = round(pods / ((scheduledAt.wall - start) / 1000));
    r.simScheduleMs = scheduledAt.sim - simStart;
  }
  if (runningAt) {
    r.runningAllMs = round(runningAt.wall - start);
    r.runningPerWallSec = round(pods / ((runningAt.wall - start) / 1000));
    r.simRunningMs = runningAt.sim - simStart;
  }
  if (error) r.error = error;
  return r;
}

/** The report lines for one run. */
export function describeEngine(r: EngineResult): string[] {
  const sim = (x?: number) => (x === undefined ? 'n/a' : `${(x / 1000).toFixed(1)} s simulated`);
  return [
    `  deep-freeze ${r.freeze ? 'on (default)' : 'off (freeze: false)'}: ${r.workers} workers + controlplane, ${int(r.pods)} pods`,
    `    createCluster                ${ms(r.createClusterMs, 0)}`,
    `    create ${int(r.pods)} pods (api)     ${ms(r.createMs, 0)}  (${int(r.pods / (r.createMs / 1000))} creates/s)`,
    `    all scheduled (nodeName)     ${ms(r.scheduleAllMs, 0)}  ${int(r.scheduledPerWallSec)} pods/wall-s  (${sim(r.simScheduleMs)})`,
    `    all Running                  ${ms(r.runningAllMs, 0)}  ${int(r.runningPerWallSec)} pods/wall-s  (${sim(r.simRunningMs)})`,
    `    spread                       ${r.podsPerNode.min}-${r.podsPerNode.max} pods per node, ${r.scheduled} bound, ${r.running} Running, ${r.steps} steps of 1 s, heap ${r.heapUsedMb} MB`,
    ...(r.error ? [`    NOTE: ${r.error}`] : []),
  ];
}

if (isMain(import.meta.url)) {
  await runAsScript(async () => {
    const freeze = option('freeze') !== 'off';
    const maxWall = option('max-wall-ms');
    const r = engineThroughput({ freeze, maxWallMs: maxWall ? Number(maxWall) : undefined });
    for (const line of describeEngine(r)) console.log(line);
    return r;
  });
}
