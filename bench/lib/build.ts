// The production build the browser and bundle benchmarks measure: `vite build` into dist/ when dist/
// is missing or older than its inputs (src/, lessons/, index.html, vite.config.ts, package.json),
// otherwise the dist/ already there. Says which, and why.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './child';

export interface BuildInfo {
  built: boolean;
  reason: string;
  buildMs?: number;
}

const INPUTS = ['src', 'lessons', 'index.html', 'vite.config.ts', 'package.json', 'svelte.config.js'];

/** The newest modification time under `path` (a file or a folder), with the file it belongs to. */
function newest(path: string): { mtimeMs: number; file: string } {
  if (!existsSync(path)) return { mtimeMs: 0, file: path };
  const st = statSync(path);
  if (!st.isDirectory()) return { mtimeMs: st.mtimeMs, file: path };
  let best = { mtimeMs: 0, file: path };
  for (const name of readdirSync(path)) {
    const n = newest(join(path, name));
    if (n.mtimeMs > best.mtimeMs) best = n;
  }
  return best;
}

/** Why dist/ needs building, or undefined when it is up to date. */
export function staleReason(): string | undefined {
  const index = join(ROOT, 'dist/index.html');
  if (!existsSync(index)) return 'dist/index.html is missing';
  const built = statSync(index).mtimeMs;
  for (const input of INPUTS) {
    const n = newest(join(ROOT, input));
    if (n.mtimeMs > built) return `${relative(ROOT, n.file)} is newer than dist/index.html`;
  }
  return undefined;
}

/** Runs `vite build` when dist/ is stale (or `force`); `skip` trusts dist/ as it is. */
export async function ensureBuild(o: { force?: boolean; skip?: boolean } = {}): Promise<BuildInfo> {
  if (o.skip) return { built: false, reason: 'built earlier in this run' };
  const reason = o.force ? 'asked to (--build)' : staleReason();
  if (!reason) return { built: false, reason: 'dist/ is newer than every source file' };
  const t = performance.now();
  const log = await new Promise<string>((done, fail) => {
    const p = spawn(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (out += d));
    p.on('error', fail);
    p.on('close', (code) => (code === 0 ? done(out) : fail(new Error(`vite build exited with ${code}:\n${out.split('\n').slice(-20).join('\n')}`))));
  });
  // Vite's warnings (not its plugin-timing table) go into the report.
  const warnings = log.replace(/\x1b\[[0-9;]*m/g, '').split('\n').filter((l) => /^\[plugin /.test(l));
  for (const w of warnings) console.log(`    vite: ${w}`);
  return { built: true, reason, buildMs: Math.round(performance.now() - t) };
}

/** The line the report prints. */
export const describeBuild = (b: BuildInfo): string =>
  b.built ? `  vite build: ran (${b.reason}) in ${b.buildMs} ms` : `  vite build: skipped (${b.reason})`;
