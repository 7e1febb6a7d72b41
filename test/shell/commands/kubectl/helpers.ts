// Test harness for kubectl: a real cluster (createCluster, fixed seed and start), an in-memory
// VirtualFs, and a CommandIO that collects stdout/stderr. `kubectl(line)` runs a command line the
// way the sandbox's instant mode does: while the command waits, simulated time jumps to the next
// timer (so `delete` takes its grace period in simulated time). `start(line)` runs without moving
// time, for watch/follow tests that drive the clock themselves.
import { k8sSchemaCheck } from '../../../../src/engine/api/schema-check';
import { createCluster, type Cluster } from '../../../../src/engine/index';
import { createKubectl } from '../../../../src/shell/commands/kubectl/index';
import type { CommandIO, ShellHost, VirtualFs } from '../../../../src/shell/types';
import { runProgramScript } from '../../../../src/shell/bash/program-script';
import { SimClock } from '../../../../src/engine/sim/clock';

// Load the shell interpreter once, as the sandbox has it loaded before any command runs (its first
// use takes dozens of macrotasks, which the instant-mode loop would spend as simulated time).
await runProgramScript({
  argv: ['sh', '-c', 'echo a | cat; hostname; ls /; env >/dev/null; printenv HOME; wc -l /etc/hostname; grep x /etc/hostname; head -1 /etc/hostname; exit 0'],
  files: { '/etc/hostname': 'x\n' },
  clock: new SimClock(0),
  out: () => {},
  err: () => {},
});

export const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);

/** A minimal in-memory filesystem (directories exist implicitly). */
export class MemFs implements VirtualFs {
  files = new Map<string, string>();
  dirs = new Set<string>(['/']);
  constructor(initial: Record<string, string> = {}) {
    for (const [p, c] of Object.entries(initial)) void this.writeFile(p, c);
  }
  private norm(p: string) {
    const out: string[] = [];
    for (const s of p.split('/')) {
      if (!s || s === '.') continue;
      if (s === '..') out.pop();
      else out.push(s);
    }
    return '/' + out.join('/');
  }
  async readFile(p: string) {
    const c = this.files.get(this.norm(p));
    if (c === undefined) throw new Error(`ENOENT: ${p}`);
    return c;
  }
  async writeFile(p: string, c: string) {
    const n = this.norm(p);
    this.files.set(n, c);
    let d = n.slice(0, n.lastIndexOf('/')) || '/';
    while (d !== '/') {
      this.dirs.add(d);
      d = d.slice(0, d.lastIndexOf('/')) || '/';
    }
  }
  async appendFile(p: string, c: string) {
    await this.writeFile(p, (this.files.get(this.norm(p)) ?? '') + c);
  }
  async exists(p: string) {
    const n = this.norm(p);
    return this.files.has(n) || this.dirs.has(n);
  }
  async stat(p: string) {
    const n = this.norm(p);
    if (this.files.has(n)) return { isFile: true, isDirectory: false, size: this.files.get(n)!.length };
    if (this.dirs.has(n)) return { isFile: false, isDirectory: true, size: 0 };
    throw new Error(`ENOENT: ${p}`);
  }
  async readdir(p: string) {
    const n = this.norm(p);
    const prefix = n === '/' ? '/' : n + '/';
    const names = new Set<string>();
    for (const k of [...this.files.keys(), ...this.dirs]) if (k.startsWith(prefix) && k !== n) names.add(k.slice(prefix.length).split('/')[0]);
    return [...names].sort();
  }
  async mkdir(p: string) {
    this.dirs.add(this.norm(p));
  }
  async rm(p: string) {
    this.files.delete(this.norm(p));
  }
}

/** Splits a command line into words (single/double quotes, backslash escapes). */
export function words(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let has = false;
  let q: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) {
      if (c === q) q = undefined;
      else if (c === '\\' && q === '"' && i + 1 < line.length) cur += line[++i];
      else cur += c;
    } else if (c === "'" || c === '"') {
      q = c;
      has = true;
    } else if (c === '\\' && i + 1 < line.length) {
      cur += line[++i];
      has = true;
    } else if (/\s/.test(c)) {
      if (has || cur) out.push(cur);
      cur = '';
      has = false;
    } else cur += c;
  }
  if (has || cur) out.push(cur);
  return out;
}

export interface RunOptions {
  stdin?: string;
  tty?: boolean;
  env?: Record<string, string>;
  /** Offered as io.openSession (an interactive shell). */
  openSession?: (host: ShellHost) => Promise<number>;
}

export interface Result {
  out: string;
  err: string;
  code: number;
}

export interface Harness {
  cluster: Cluster;
  fs: MemFs;
  /** Runs `kubectl …` (or `k …`) to completion, jumping simulated time while it waits. */
  kubectl(line: string, opts?: RunOptions): Promise<Result>;
  /** Starts a command without moving time; abort() is Ctrl-C. */
  start(line: string, opts?: RunOptions): { done: Promise<number>; out(): string; err(): string; abort(): void };
  /** Moves simulated time forward. */
  advance(ms: number): void;
}

export function setup(opts: { seed?: number; files?: Record<string, string> } = {}): Harness {
  const cluster = createCluster({ seed: opts.seed ?? 1, startTime: T0, schema: k8sSchemaCheck });
  const fs = new MemFs(opts.files ?? {});
  const [kubectl] = createKubectl(cluster);
  const start = (line: string, o: RunOptions = {}) => {
    let out = '';
    let err = '';
    const ac = new AbortController();
    const argv = words(line);
    if (argv[0] === 'kubectl' || argv[0] === 'k') argv.shift();
    const io: CommandIO = {
      argv,
      stdin: o.stdin ?? '',
      env: { HOME: '/root', ...(o.env ?? {}) },
      cwd: '/root',
      fs,
      signal: ac.signal,
      tty: o.tty ?? false,
      out: (t) => (out += t),
      err: (t) => (err += t),
      sleep: (ms) => cluster.clock.sleep(ms, ac.signal),
      now: () => cluster.clock.now(),
      exec: async () => ({ stdout: '', stderr: 'exec not available in tests\n', exitCode: 127 }),
      openSession: o.openSession,
    };
    return { done: kubectl.run(io), out: () => out, err: () => err, abort: () => ac.abort() };
  };
  return {
    cluster,
    fs,
    start,
    advance: (ms) => cluster.advance(ms),
    async kubectl(line, o = {}) {
      const r = start(line, o);
      let finished = false;
      const code = r.done.finally(() => (finished = true));
      const limit = cluster.clock.now() + 10 * 60_000;
      while (!finished) {
        // Let the command run as far as it can first: just-bash loads a command's code on its first
        // use over a few dozen macrotasks, which must not be mistaken for waiting on time.
        for (let i = 0; i < 100 && !finished; i++) await new Promise<void>((res) => setImmediate(res));
        if (finished) break;
        const next = cluster.clock.nextTimerAt();
        if (next === undefined || next > limit) throw new Error(`kubectl ${line}: still waiting after 10 simulated minutes`);
        cluster.clock.advanceTo(next);
      }
      return { out: r.out(), err: r.err(), code: await code };
    },
  };
}
