// Benchmark 2: a command's round trip through the Node sandbox (the same composition root the worker
// runs), instant mode as in test/helpers/sandbox.ts. Times createSandbox (the first call in a fresh
// process, then warm calls), then with 1,000 nginx pods present and Running, 200 × `kubectl get pods`
// and 200 × `kubectl get pods | wc -l` through sandbox.run (parse, just-bash, kubectl, the table
// printer; the clock settles before and after each line as in the app).
// The default cluster has one schedulable worker (110 pods at most), so nine more workers
// (node02..node10, the shape workerSpec gives) are registered with their kubelets first: without
// them 900 of the pods would stay Pending. Run as a script: `node --import tsx bench/sandbox-roundtrip.ts`.
import { nodeObject, nodeStatus, workerSpec } from '../src/engine/cluster/nodes';
import type { Cluster } from '../src/engine/index';
import { Kubelet } from '../src/engine/kubelet';
import type { Sandbox } from '../src/sandbox';
import { isMain, runAsScript } from './lib/child';
import { ms, round, summarize, type Summary } from './lib/stats';

const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);
const yieldToHost = () => new Promise<void>((r) => setImmediate(r));

export interface SandboxResult {
  importMs: number;
  createColdMs: number;
  createWarmMs: number[];
  pods: number;
  running: number;
  /** Schedulable workers: node01 plus the ones added. */
  workers: number;
  setupMs: number;
  commands: { line: string; firstMs: number; output: string; ms: Summary }[];
  error?: string;
}

/** Registers workers node02..node{n+1} as `kubeadm join` would: the Node, its status, a kubelet. */
function addWorkers(cluster: Cluster, count: number): void {
  const r = cluster.world.rand.stream('bench');
  for (let i = 2; i < 2 + count; i++) {
    const spec = workerSpec(i);
    cluster.api.create(nodeObject(spec, r));
    const now = new Date(cluster.clock.now()).toISOString().replace(/\.\d+Z$/, 'Z');
    cluster.api.mutate('Node', undefined, spec.name, (o) => (o.status = nodeStatus(spec, r, now)), { status: true });
    const k = new Kubelet(cluster.world, spec.name, cluster.runtime, cluster.net);
    cluster.kubelets.set(spec.name, k);
    k.start();
  }
}

async function timeRun(sb: Sandbox, line: string): Promise<{ ms: number; out: string; code: number }> {
  let out = '';
  const t = performance.now();
  const r = await sb.run(line, (_stream, chunk) => (out += chunk));
  return { ms: performance.now() - t, out, code: r.exitCode };
}

export async function sandboxRoundtrip(opts: { pods?: number; runs?: number } = {}): Promise<SandboxResult> {
  const pods = opts.pods ?? 1000;
  const runs = opts.runs ?? 200;

  let t = performance.now();
  const { createSandbox } = await import('../src/sandbox');
  const importMs = performance.now() - t;
  const make = () => createSandbox({ seed: 1, startTime: T0, mode: 'instant', yieldToHost });
  t = performance.now();
  await make();
  const createColdMs = performance.now() - t;
  const createWarmMs: number[] = [];
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    await make();
    createWarmMs.push(round(performance.now() - t));
  }

  t = performance.now();
  const sb = await make();
  const cluster = sb.world;
  const added = Math.max(0, Math.ceil(pods / 100) - 1);
  addWorkers(cluster, added);
  for (let i = 0; i < pods; i++) {
    cluster.api.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: `web-${String(i).padStart(4, '0')}`, labels: { run: 'web' } },
      spec: { containers: [{ name: 'web', image: 'nginx' }] },
    });
  }
  const isRunning = () => cluster.api.list('Pod', { namespace: 'default' }).filter((p) => p.status?.phase === 'Running').length;
  let running = 0;
  for (let s = 0; s < 300 && (running = isRunning()) < pods; s += 5) cluster.advance(5_000);
  const setupMs = performance.now() - t;

  const commands: SandboxResult['commands'] = [];
  for (const line of ['kubectl get pods', 'kubectl get pods | wc -l']) {
    const first = await timeRun(sb, line);
    if (first.code !== 0) throw new Error(`${line}: exit ${first.code}\n${first.out.slice(0, 500)}`);
    for (let i = 0; i < 4; i++) await timeRun(sb, line); // warm-up, not counted
    const xs: number[] = [];
    let last = first;
    for (let i = 0; i < runs; i++) {
      last = await timeRun(sb, line);
      xs.push(last.ms);
    }
    const lines = last.out.split('\n').filter(Boolean);
    commands.push({ line, firstMs: round(first.ms), output: `${lines.length} lines, last: ${JSON.stringify(lines.at(-1) ?? '')}`, ms: summarize(xs) });
  }
  return { importMs: round(importMs), createColdMs: round(createColdMs), createWarmMs, pods, running, workers: added + 1, setupMs: round(setupMs), commands };
}

export function describeSandbox(r: SandboxResult): string[] {
  const out = [
    `  import src/sandbox.ts        ${ms(r.importMs, 0)}`,
    `  createSandbox cold           ${ms(r.createColdMs, 0)}  (first call in a fresh process, after the import)`,
    `  createSandbox warm           ${r.createWarmMs.map((x) => ms(x, 0)).join(', ')}`,
    `  setup                        ${r.pods} pods created via sandbox.world.api, ${r.running} Running on ${r.workers} workers (${ms(r.setupMs, 0)})`,
  ];
  for (const c of r.commands) {
    out.push(`  ${c.line.padEnd(27)}  p50 ${ms(c.ms.p50)}  p99 ${ms(c.ms.p99)}  (min ${ms(c.ms.min)}, max ${ms(c.ms.max)}, n=${c.ms.n}; first ${ms(c.firstMs)})`);
    out.push(`  ${''.padEnd(27)}  output: ${c.output}`);
  }
  return out;
}

if (isMain(import.meta.url)) {
  await runAsScript(async () => {
    const r = await sandboxRoundtrip();
    for (const line of describeSandbox(r)) console.log(line);
    return r;
  });
}
