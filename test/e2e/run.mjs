#!/usr/bin/env node
// End-to-end tests in Debian's Chromium (playwright-core, no browser download). Serves dist/ with
// `vite preview` on a free loopback port, runs each test of test/e2e/*.e2e.mjs in a fresh browser context,
// prints ✓/✗ per test, writes `--report=FILE` as JSON { passed, failed, tests, readyMs }, exits non-zero
// on failure and always stops the server.
//   node test/e2e/run.mjs [--build] [--report=FILE] [--only=SUBSTRING] [--screenshot]
// --build runs `vite build` first (also done when dist/ is missing); --screenshot also writes
// docs/screenshot.png (test/e2e/screenshot.mjs).
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

export { CHROMIUM, CHROMIUM_ARGS };

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.unref();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

async function waitForHttp(url, ms) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > end) throw new Error(`vite preview did not answer at ${url} within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function main() {
  if (!existsSync(CHROMIUM)) {
    console.error(`e2e: ${CHROMIUM} is missing (apt-get install -y chromium)`);
    return finish({ passed: 0, failed: 1, tests: [{ name: 'chromium present', ok: false, error: 'missing' }] });
  }
  if (flag('build') || !existsSync(join(root, 'dist/index.html'))) {
    const b = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
    if (b.status !== 0) return finish({ passed: 0, failed: 1, tests: [{ name: 'vite build', ok: false, error: `exit ${b.status}` }] });
  }

  const port = await freePort();
  const base = `http://127.0.0.1:${port}/`;
  const server = spawn(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--strictPort', '--port', String(port)],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let serverLog = '';
  server.stdout.on('data', (d) => (serverLog += d));
  server.stderr.on('data', (d) => (serverLog += d));
  const stopServer = () => {
    if (server.exitCode === null && !server.killed) server.kill('SIGTERM');
  };
  process.on('exit', stopServer);

  let browser;
  const results = [];
  try {
    await waitForHttp(base, 20_000);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const files = readdirSync(join(root, 'test/e2e')).filter((f) => f.endsWith('.e2e.mjs')).sort();
    const only = option('only');
    for (const f of files) {
      const mod = await import(pathToFileURL(join(root, 'test/e2e', f)).href);
      for (const t of mod.tests) {
        if (only && !t.name.includes(only)) continue;
        results.push(await runOne(browser, base, t));
      }
    }
    if (flag('screenshot')) {
      const { takeScreenshot } = await import('./screenshot.mjs');
      const out = join(root, 'docs/screenshot.png');
      mkdirSync(dirname(out), { recursive: true });
      await takeScreenshot(browser, base, out);
      console.log(`  screenshot written to ${out}`);
    }
  } catch (err) {
    results.push({ name: 'e2e setup', ok: false, ms: 0, error: String(err?.stack ?? err) });
    if (serverLog) console.error(serverLog);
  } finally {
    await browser?.close().catch(() => {});
    stopServer();
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  const readyMs = results.find((r) => r.readyMs !== undefined)?.readyMs;
  return finish({ passed, failed, readyMs, tests: results });
}

async function runOne(browser, base, t) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const started = Date.now();
  const info = {};
  let ok = true;
  let error;
  try {
    await withTimeout(t.run({ page, base, info }), t.timeout ?? 60_000, t.name);
    if (errors.length) throw new Error(`page errors:\n${errors.join('\n')}`);
  } catch (err) {
    ok = false;
    error = String(err?.stack ?? err);
    try {
      const text = await page.evaluate(() => window.podlab?.screenText() ?? '');
      error += `\n--- terminal ---\n${text.split('\n').slice(-25).join('\n')}`;
    } catch {
      // page gone
    }
  } finally {
    await context.close().catch(() => {});
  }
  const ms = Date.now() - started;
  const extra = info.readyMs !== undefined ? ` (ready ${info.readyMs} ms after navigation)` : '';
  console.log(`${ok ? '✓' : '✗'} ${t.name} [${ms} ms]${extra}`);
  if (!ok) console.log(indent(error));
  return { name: t.name, ok, ms, ...info, ...(error ? { error } : {}) };
}

function withTimeout(p, ms, name) {
  let timer;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise((_, rej) => (timer = setTimeout(() => rej(new Error(`${name}: timed out after ${ms} ms`)), ms))),
  ]);
}

const indent = (s) => s.split('\n').map((l) => `    ${l}`).join('\n');

function finish(report) {
  const file = option('report');
  if (file) {
    mkdirSync(dirname(resolve(file)), { recursive: true });
    writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
  }
  console.log(`\ne2e: ${report.passed} passed, ${report.failed} failed`);
  process.exitCode = report.failed === 0 ? 0 : 1;
}

await main();
