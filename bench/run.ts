// `npm run bench`: every benchmark in turn, each in its own Node process (bench/lib/child.ts), with a
// readable report as it goes and one `BENCH_JSON {...}` line at the end holding all the figures.
// Prints figures only: no thresholds, and the exit code is 0 even when a figure could not be taken
// (the report says why). The whole run keeps to a budget of about 5 minutes on a 2-core machine.
//   node --import tsx bench/run.ts [--build]   (--build: run `vite build` even if dist/ is fresh)
import { cpus, totalmem } from 'node:os';
import type { BrowserResult } from './browser';
import type { BundleResult } from './bundle';
import type { EngineResult } from './engine-throughput';
import { describeBuild, ensureBuild, type BuildInfo } from './lib/build';
import { option, runChild, type ChildOutcome } from './lib/child';
import type { SandboxResult } from './sandbox-roundtrip';

const BUDGET_MS = 290_000;
const deadline = performance.now() + BUDGET_MS;
const figures: Record<string, unknown> = {};
const problems: string[] = [];

const heading = (s: string) => console.log(`\n== ${s} ${'='.repeat(Math.max(0, 76 - s.length))}`);

/**
 * Runs one benchmark file in a child within what is left of the budget (the child prints its own report
 * lines); records its result, or why there is none.
 */
async function step<T>(key: string, file: string, args: string[], ownTimeoutMs: number): Promise<T | undefined> {
  const left = deadline - performance.now();
  if (left < 10_000) {
    const why = 'skipped: the 5-minute budget is spent';
    console.log(`  ${why}`);
    figures[key] = { error: why };
    problems.push(`${key}: ${why}`);
    return undefined;
  }
  const out: ChildOutcome = await runChild(file, args, Math.min(ownTimeoutMs, left));
  const r = out.result as (T & { error?: string }) | undefined;
  if (!r) {
    console.log(`  could not take the figures: ${out.error}`);
    figures[key] = { error: out.error };
    problems.push(`${key}: ${out.error}`);
    return undefined;
  }
  figures[key] = { ...r, wallMs: Math.round(out.wallMs) };
  if (r.error) problems.push(`${key}: ${r.error.split('\n')[0]}`);
  return r;
}

const started = performance.now();
console.log(`podlab benchmarks — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 1e9)} GB`);

heading('1. Engine throughput in Node (createCluster, 100 workers, 3,000 pods)');
const frozen = await step<EngineResult>('engineFreeze', 'engine-throughput.ts', ['--freeze=on'], 130_000);
const thawed = await step<EngineResult>('engineNoFreeze', 'engine-throughput.ts', ['--freeze=off'], 130_000);

heading('2. Sandbox command round trip in Node (createSandbox, instant mode, 1,000 pods)');
await step<SandboxResult>('sandbox', 'sandbox-roundtrip.ts', [], 90_000);

heading('3. Browser (vite preview + Chromium)');
let build: BuildInfo | undefined;
try {
  build = await ensureBuild({ force: option('build') !== undefined });
  console.log(describeBuild(build));
  figures.build = build;
} catch (err) {
  const why = `vite build failed: ${err instanceof Error ? err.message : String(err)}`;
  console.log(`  ${why}`);
  figures.build = { error: why };
  problems.push(why);
}
let browser: BrowserResult | undefined;
if (build) browser = await step<BrowserResult>('browser', 'browser.ts', ['--no-build'], 170_000);
else figures.browser = { error: 'no build' };

heading('4. Bundle (dist/ after the build)');
let bundle: BundleResult | undefined;
if (build) {
  const seen = browser?.firstLoadAssets?.length ? [`--seen=${browser.firstLoadAssets.join(',')}`] : [];
  bundle = await step<BundleResult>('bundle', 'bundle.ts', ['--no-build', ...seen], 60_000);
} else figures.bundle = { error: 'no build' };

heading('Summary');
const f = (x: number | undefined, unit = 'ms') => (x === undefined ? 'n/a' : `${Math.round(x).toLocaleString('en-US')} ${unit}`);
for (const [label, r] of [['freeze on ', frozen], ['freeze off', thawed]] as const) {
  console.log(`  engine ${label}: create ${f(r?.createMs)}, all scheduled ${f(r?.scheduleAllMs)} (${f(r?.scheduledPerWallSec, 'pods/s')}), all Running ${f(r?.runningAllMs)} (${f(r?.runningPerWallSec, 'pods/s')}), ${r?.simRunningMs === undefined ? 'n/a' : `${(r.simRunningMs / 1000).toFixed(1)} s`} simulated`);
}
const sb = figures.sandbox as SandboxResult | undefined;
for (const c of sb?.commands ?? []) console.log(`  sandbox ${c.line}: p50 ${c.ms.p50} ms, p99 ${c.ms.p99} ms`);
if (sb?.createColdMs !== undefined) console.log(`  createSandbox: cold ${f(sb.createColdMs)}, warm ${sb.createWarmMs.map((x) => f(x)).join(' / ')}`);
if (browser?.ready) console.log(`  browser ready: median ${f(browser.ready.p50)} (min ${f(browser.ready.min)}, max ${f(browser.ready.max)}); first answer median ${f(browser.firstAnswer?.p50)}`);
if (browser?.pods?.roundTrip) console.log(`  browser round trip (1,000 pods): p50 ${browser.pods.roundTrip.p50} ms, p99 ${browser.pods.roundTrip.p99} ms`);
if (bundle) console.log(`  first-load bundle: ${(bundle.firstLoadGzip / 1000).toFixed(1)} kB gzip -9 (${(bundle.firstLoadRaw / 1000).toFixed(1)} kB raw)`);
for (const p of problems) console.log(`  NOTE ${p}`);
console.log(`  total ${((performance.now() - started) / 1000).toFixed(1)} s`);

const json = {
  node: process.version,
  cpus: cpus().length,
  cpu: cpus()[0]?.model,
  totalMs: Math.round(performance.now() - started),
  ...figures,
  problems,
};
console.log(`\nBENCH_JSON ${JSON.stringify(json)}`);
process.exit(0);
