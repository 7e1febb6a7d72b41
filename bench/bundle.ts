// Benchmark 4: what the production build ships. Every JS and CSS file under dist/ with its raw size
// and gzip -9 size (node:zlib), and whether the first page load fetches it. "First load" is read from
// the build itself: dist/index.html's module script, modulepreload and stylesheet links, then from
// each JS file reached, its static imports, the workers it starts (`new Worker(new URL(…))`) and, for
// the entry only, its dynamic imports with their CSS (main.ts imports the UI chunk unconditionally;
// dynamic imports in later chunks are taken to be lazy). When the browser benchmark ran, the files
// Chromium actually requested on its first load are shown next to it.
// Run as a script: `node --import tsx bench/bundle.ts [--no-build] [--seen=a.js,b.css]`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { describeBuild, ensureBuild, type BuildInfo } from './lib/build';
import { isMain, option, ROOT, runAsScript } from './lib/child';
import { kb, table } from './lib/stats';

export interface Chunk {
  file: string;
  raw: number;
  gzip: number;
  /** Why the first load fetches it (html, modulepreload, import, worker, dynamic-import-in-entry), or undefined. */
  firstLoad?: string;
  /** Requested by Chromium on the first load (when known). */
  seen?: boolean;
}

export interface BundleResult {
  build: BuildInfo;
  chunks: Chunk[];
  firstLoadRaw: number;
  firstLoadGzip: number;
  totalRaw: number;
  totalGzip: number;
  /** First-load files by the build's own references that Chromium did not request, and the reverse. */
  mismatch?: { notSeen: string[]; seenOnly: string[] };
}

const DIST = join(ROOT, 'dist');
const q = '[`"\']';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [relative(DIST, p).split('\\').join('/')];
  });
}

/** `./x.js` relative to `from` (both dist-relative), normalised; undefined for URLs elsewhere. */
function resolveRef(from: string, ref: string): string | undefined {
  if (/^(?:[a-z]+:)?\/\//i.test(ref) || ref.startsWith('data:')) return undefined;
  const p = ref.startsWith('/') ? ref.slice(1) : posix.normalize(posix.join(posix.dirname(from), ref));
  return p.split('?')[0];
}

/** The dist files `file` (JS) loads at once: static imports and workers; with `dynamic`, dynamic imports and their deps. */
function jsRefs(file: string, dynamic: boolean): Map<string, string> {
  const src = readFileSync(join(DIST, file), 'utf8');
  const refs = new Map<string, string>();
  const add = (ref: string, why: string) => {
    const p = resolveRef(file, ref);
    if (p && existsSync(join(DIST, p)) && !refs.has(p)) refs.set(p, why);
  };
  for (const m of src.matchAll(new RegExp(`(?:\\bfrom|\\bimport)\\s*${q}(\\.{1,2}/[^\`"']+)${q}`, 'g'))) add(m[1], 'import');
  for (const m of src.matchAll(new RegExp(`new\\s+Worker\\(\\s*new\\s+URL\\(\\s*(?:new\\s+URL\\(\\s*)?${q}([^\`"']+)${q}`, 'g'))) add(m[1].startsWith('.') ? m[1] : `./${m[1]}`, 'worker');
  if (dynamic) {
    for (const m of src.matchAll(new RegExp(`\\bimport\\(\\s*${q}([^\`"']+)${q}\\s*\\)`, 'g'))) add(m[1], 'dynamic import (entry)');
    // Vite's preload list: the CSS (and JS) a dynamic import brings with it.
    for (const m of src.matchAll(/m\.f=\[([^\]]*)\]/g)) for (const d of m[1].matchAll(new RegExp(`${q}([^\`"']+)${q}`, 'g'))) add(d[1], 'dynamic import (entry)');
  }
  return refs;
}

/** Files the first page load fetches, with the reason. */
export function firstLoadSet(): Map<string, string> {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const first = new Map<string, string>();
  const queue: [string, boolean][] = [];
  const add = (p: string | undefined, why: string, entry = false) => {
    if (!p || first.has(p) || !existsSync(join(DIST, p))) return;
    first.set(p, why);
    if (p.endsWith('.js')) queue.push([p, entry]);
  };
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) add(resolveRef('index.html', m[1]), 'html (entry)', true);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) add(resolveRef('index.html', m[1]), 'modulepreload');
  for (const m of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) add(resolveRef('index.html', m[1]), 'html (stylesheet)');
  while (queue.length) {
    const [file, entry] = queue.shift()!;
    for (const [p, why] of jsRefs(file, entry)) add(p, why);
  }
  return first;
}

export async function bundleBench(o: { skipBuild?: boolean; build?: boolean; seen?: string[] } = {}): Promise<BundleResult> {
  const build = await ensureBuild({ skip: o.skipBuild, force: o.build });
  console.log(describeBuild(build));
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/index.html is missing');
  const first = firstLoadSet();
  const seen = o.seen && o.seen.length ? new Set(o.seen) : undefined;
  const chunks: Chunk[] = walk(DIST)
    .filter((f) => /\.(?:js|mjs|css)$/.test(f))
    .map((file) => {
      const buf = readFileSync(join(DIST, file));
      const gzip = gzipSync(buf, { level: constants.Z_BEST_COMPRESSION }).length;
      return { file, raw: buf.length, gzip, firstLoad: first.get(file), ...(seen ? { seen: seen.has(file) } : {}) };
    })
    .sort((a, b) => Number(!!b.firstLoad) - Number(!!a.firstLoad) || b.gzip - a.gzip);
  const sum = (xs: Chunk[], k: 'raw' | 'gzip') => xs.reduce((a, c) => a + c[k], 0);
  const fl = chunks.filter((c) => c.firstLoad);
  const r: BundleResult = {
    build,
    chunks,
    firstLoadRaw: sum(fl, 'raw'),
    firstLoadGzip: sum(fl, 'gzip'),
    totalRaw: sum(chunks, 'raw'),
    totalGzip: sum(chunks, 'gzip'),
  };
  if (seen) {
    const js = (f: string) => /\.(?:js|mjs|css)$/.test(f);
    r.mismatch = { notSeen: fl.filter((c) => !seen.has(c.file)).map((c) => c.file), seenOnly: [...seen].filter((f) => js(f) && !first.has(f)) };
  }
  return r;
}

export function describeBundle(r: BundleResult): string[] {
  const seenCol = r.chunks.some((c) => c.seen !== undefined);
  const rows = [
    ['file', 'raw', 'gzip -9', 'first load', ...(seenCol ? ['Chromium fetched'] : [])],
    ...r.chunks.map((c) => [c.file, kb(c.raw), kb(c.gzip), c.firstLoad ?? '-', ...(seenCol ? [c.seen ? 'yes' : 'no'] : [])]),
  ];
  const out = table(rows, [false, true, true]).map((l) => `    ${l}`);
  out.push(`  first load: ${kb(r.firstLoadRaw)} raw, ${kb(r.firstLoadGzip)} gzip -9   (all JS/CSS: ${kb(r.totalRaw)} raw, ${kb(r.totalGzip)} gzip -9)`);
  if (r.mismatch && (r.mismatch.notSeen.length || r.mismatch.seenOnly.length)) {
    out.push(`  NOTE: first-load set from the build differs from what Chromium fetched: not fetched ${JSON.stringify(r.mismatch.notSeen)}, fetched but not in the set ${JSON.stringify(r.mismatch.seenOnly)}`);
  }
  return out;
}

if (isMain(import.meta.url)) {
  await runAsScript(async () => {
    const seen = option('seen');
    const r = await bundleBench({ skipBuild: option('no-build') !== undefined, build: option('build') !== undefined, seen: seen ? seen.split(',') : undefined });
    for (const line of describeBundle(r)) console.log(line);
    return r;
  });
}
