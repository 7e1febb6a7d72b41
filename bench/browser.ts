// Benchmark 3: the app in Debian's Chromium (playwright-core, the e2e runner's flags), dist/ served by
// `vite preview` on 127.0.0.1. Five fresh page loads (a new context each, `?fresh`): navigation start
// → window.podlab.ready, and → the first answered command (`kubectl get nodes` typed, Enter, until the
// screen shows `controlplane   Ready`). Then, in the last page, 1,000 pods are created (a shell loop
// writes a List-free multi-document YAML, `kubectl apply -f` reads it), time is fast-forwarded, and
// 100 × `kubectl get pods -o name | wc -l` are typed: Enter → the frame that shows the count.
// All in-page times are the page's performance.now(). Pods beyond what the default two-node cluster
// fits (110 on node01) stay Pending; the count still lists all 1,000.
// Run as a script: `node --import tsx bench/browser.ts [--no-build] [--build]`.
import { chromium, type Browser, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { ensureBuild, describeBuild, type BuildInfo } from './lib/build';
import { isMain, option, runAsScript } from './lib/child';
import { CHROMIUM, CHROMIUM_ARGS, INIT_SCRIPT, marks, oneLineAnswer, screenText, typeAndTime, waitForPrompt } from './lib/page';
import { startPreview } from './lib/preview';
import { ms, round, summarize, type Summary } from './lib/stats';

export interface LoadSample {
  /** Navigation start → window.podlab.ready resolved (measured by the init script). */
  readyMs: number;
  /** window.podlab.metrics.readyMs as the app records it. */
  metricsReadyMs?: number;
  /** Navigation start → first frame showing `controlplane   Ready`. */
  firstAnswerMs: number;
  /** Enter → that frame. */
  firstEnterToAnswerMs: number;
}

export interface BrowserResult {
  build: BuildInfo;
  chromium?: string;
  loads: LoadSample[];
  ready?: Summary;
  metricsReady?: Summary;
  firstAnswer?: Summary;
  firstEnterToAnswer?: Summary;
  /** Paths under dist/ the first page load requested (for the bundle benchmark). */
  firstLoadAssets: string[];
  pods?: { created: number; createMs: number; running?: number; answer?: string; roundTrip?: Summary };
  pageErrors: string[];
  error?: string;
}

const PODS = 1000;
const ROUND_TRIPS = 100;
const LOADS = 5;

/** One shell line writing `n` pod manifests into pods.yaml, then applying them. */
const createPodsLine = (n: number) =>
  `for i in $(seq 1 ${n}); do printf 'apiVersion: v1\\nkind: Pod\\nmetadata:\\n  name: web-%d\\n  labels:\\n    run: web\\nspec:\\n  containers:\\n  - name: web\\n    image: nginx\\n---\\n' $i; done > pods.yaml && kubectl apply -f pods.yaml | tail -n 1`;

async function openFresh(browser: Browser, base: string, errors: string[], requests?: string[]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript({ content: INIT_SCRIPT });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  if (requests) page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${base}?fresh`, { waitUntil: 'commit' });
  await page.waitForFunction('window.__bench && (window.__bench.readyAt !== undefined || window.__bench.readyError !== undefined)', undefined, { timeout: 30_000, polling: 20 });
  return page;
}

async function measureLoad(page: Page): Promise<LoadSample> {
  const m = await marks(page);
  if (m.readyError || m.readyAt === undefined) throw new Error(`window.podlab.ready failed: ${m.readyError}`);
  const metricsReadyMs = (await page.evaluate('window.podlab.metrics && window.podlab.metrics.readyMs')) as number | undefined;
  await waitForPrompt(page);
  const a = await typeAndTime(page, 'kubectl get nodes', /^controlplane {3}Ready/m);
  return { readyMs: round(m.readyAt), metricsReadyMs, firstAnswerMs: round(a.at), firstEnterToAnswerMs: round(a.latencyMs) };
}

async function podsRoundTrip(page: Page, res: BrowserResult): Promise<void> {
  const pods: NonNullable<BrowserResult['pods']> = { created: 0, createMs: 0 };
  res.pods = pods;
  await waitForPrompt(page);
  const line = createPodsLine(PODS);
  const t = performance.now();
  // Typed through the app's hook (the same path as a keystroke, without 270 key events).
  await page.evaluate((l) => (window as any).podlab.type(`${l}\r`), line);
  await page.waitForFunction(`/^pod\\/web-${PODS} created$/m.test(window.podlab.screenText())`, undefined, { timeout: 120_000, polling: 50 });
  await waitForPrompt(page, 30_000);
  pods.createMs = round(performance.now() - t);
  pods.created = PODS;

  // Let the pods that fit start: 600× for about 1.5 s of wall time, then back to real time.
  await page.evaluate('window.podlab.setSpeed(600)');
  await page.waitForTimeout(1500);
  await page.evaluate('window.podlab.setSpeed(1)');
  await waitForPrompt(page);
  const runningLine = 'kubectl get pods --field-selector=status.phase=Running -o name | wc -l';
  const running = await typeAndTime(page, runningLine, oneLineAnswer(runningLine), 60_000);
  pods.running = Number(running.match[0]);
  await typeAndTime(page, 'clear', /^[^\n]*[$#] *$/);

  const cmd = 'kubectl get pods -o name | wc -l';
  const xs: number[] = [];
  for (let i = 0; i < ROUND_TRIPS; i++) {
    await waitForPrompt(page);
    const a = await typeAndTime(page, cmd, oneLineAnswer(cmd), 30_000);
    xs.push(a.latencyMs);
    pods.answer = a.match[0];
  }
  pods.roundTrip = summarize(xs);
}

export async function browserBench(o: { build?: boolean; skipBuild?: boolean } = {}): Promise<BrowserResult> {
  const res: BrowserResult = { build: { built: false, reason: 'not reached' }, loads: [], firstLoadAssets: [], pageErrors: [] };
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (apt-get install -y chromium)`);
  res.build = await ensureBuild({ force: o.build, skip: o.skipBuild });
  console.log(describeBuild(res.build));
  const preview = await startPreview();
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    res.chromium = browser.version();
    let last: Page | undefined;
    for (let i = 0; i < LOADS; i++) {
      const requests: string[] = [];
      const page = await openFresh(browser, preview.base, res.pageErrors, i === 0 ? requests : undefined);
      if (i === 0) res.firstLoadAssets = requests.filter((u) => u.startsWith(preview.base)).map((u) => new URL(u).pathname.slice(1)).filter((p) => p && !p.startsWith('?'));
      const s = await measureLoad(page);
      res.loads.push(s);
      console.log(`  load ${i + 1}: ready ${ms(s.readyMs, 0)} (metrics.readyMs ${ms(s.metricsReadyMs, 0)}), first answer ${ms(s.firstAnswerMs, 0)} (Enter → answer ${ms(s.firstEnterToAnswerMs, 0)})`);
      if (i < LOADS - 1) await page.context().close();
      else last = page;
    }
    res.ready = summarize(res.loads.map((l) => l.readyMs));
    const metrics = res.loads.map((l) => l.metricsReadyMs).filter((x): x is number => typeof x === 'number');
    if (metrics.length) res.metricsReady = summarize(metrics);
    res.firstAnswer = summarize(res.loads.map((l) => l.firstAnswerMs));
    res.firstEnterToAnswer = summarize(res.loads.map((l) => l.firstEnterToAnswerMs));
    try {
      await podsRoundTrip(last!, res);
    } catch (err) {
      res.error = `1,000-pod round trip: ${err instanceof Error ? err.message : String(err)}`;
      const text = await screenText(last!).catch(() => '');
      res.error += `\n--- terminal (last lines) ---\n${text.split('\n').slice(-8).join('\n')}`;
    }
  } finally {
    await browser?.close().catch(() => {});
    preview.stop();
  }
  return res;
}

export function describeBrowser(r: BrowserResult): string[] {
  const mmm = (s?: Summary) => (s ? `min ${ms(s.min, 0)}  median ${ms(s.p50, 0)}  max ${ms(s.max, 0)}` : 'n/a');
  const out = [
    `  Chromium ${r.chromium ?? '?'}, ${r.loads.length} fresh loads (new context, ?fresh), times from navigation start:`,
    `    window.podlab.ready          ${mmm(r.ready)}`,
    `    podlab.metrics.readyMs       ${mmm(r.metricsReady)}`,
    `    first answer (get nodes)     ${mmm(r.firstAnswer)}`,
    `    … of which Enter → answer    ${mmm(r.firstEnterToAnswer)}`,
  ];
  const p = r.pods;
  if (p) {
    out.push(`  ${p.created} pods via kubectl apply in the page: ${ms(p.createMs, 0)} (typed → last "created" line + prompt); ${p.running ?? '?'} Running, the rest Pending`);
    if (p.roundTrip) out.push(`    kubectl get pods -o name | wc -l  ×${p.roundTrip.n}: p50 ${ms(p.roundTrip.p50)}  p99 ${ms(p.roundTrip.p99)}  (min ${ms(p.roundTrip.min)}, max ${ms(p.roundTrip.max)}; answer ${p.answer})`);
  }
  if (r.pageErrors.length) out.push(`  page errors: ${r.pageErrors.slice(0, 5).join(' | ')}`);
  if (r.error) out.push(`  NOTE: ${r.error}`);
  return out;
}

if (isMain(import.meta.url)) {
  await runAsScript(async () => {
    const r = await browserBench({ build: option('build') !== undefined, skipBuild: option('no-build') !== undefined });
    for (const line of describeBrowser(r)) console.log(line);
    return r;
  });
}
