// The composition root: createSandbox() = simulated cluster + the learner's shell (with kubectl,
// curl, ssh) + the course. The worker, bin/podlab and the tests all use it, so the browser terminal
// and `podlab -c` print exactly the same thing.
//
// Time: in `paced` mode (the browser) a driver outside advances `sandbox.clock` with the wall clock.
// In `instant` mode (Node) time moves only while a command waits: whenever the foreground command is
// idle, the clock jumps to the next timer, so `sleep 20` takes no wall time.

import { createCluster, type Cluster } from './engine/index';
import { k8sSchemaCheck } from './engine/api/schema-check';
import { SimClock as SimClockCtor, type SimClock } from './engine/sim/clock';
import { createShell, runProgramScript, type Shell, type ShellState } from './shell/shell';
import { createKubectl, kubectlCompleter } from './shell/commands/kubectl/index';
import { createCurl } from './shell/commands/curl/index';
import { createSsh } from './shell/commands/ssh';
import type { CommandIO, ShellCommand, ShellHost } from './shell/types';
import { Course, type CourseHost, type CourseState } from './course/course';
import type { Lesson } from './course/format';
import type { Progress } from './course/progress';
import { clusterView } from './sandbox/cluster-view';
import { nodeHost, NODE_IPS } from './sandbox/hosts';
import { historyView } from './sandbox/history-view';
import type { ClusterView, Completion, OutputSink, RunResult } from './sandbox/types';

export { loadLessons } from './sandbox/lessons';

/** Simulated time a kubectl invocation takes in instant mode (process start and API round trip). */
const KUBECTL_LATENCY_MS = 200;

/** Host turns without progress after which a command waiting on events (not a sleep) is idle. */
const IDLE_TURNS = 50;

let warmed: Promise<void> | undefined;

/**
 * In Node, just-bash loads each utility's code on first use (a real-time dynamic import). Loading
 * them once up front keeps instant mode from mistaking that load for an idle command.
 */
function warmUp(yieldToHost?: () => Promise<void>): Promise<void> {
  warmed ??= (async () => {
    const clock = new SimClockCtor(0);
    const sh = createShell({ host: nodeHost('controlplane', []), clock });
    await sh.runScript(WARM_UP, { write: () => {} });
    await yieldToHost?.();
  })();
  return warmed;
}

const WARM_UP =
  "echo a | cat | grep a | wc -l | tr a b | head -1 | tail -1 | cut -c1 | sort | uniq | sed s/a/b/ | awk '{print}' >/dev/null; " +
  "echo '{}' | jq . >/dev/null; printf ''; echo | base64 >/dev/null; seq 1 >/dev/null; ls >/dev/null; mkdir -p /tmp/w; touch /tmp/w/f; " +
  'rm -rf /tmp/w; echo | tee /dev/null; echo | xargs echo >/dev/null; env >/dev/null; basename /a >/dev/null; dirname /a >/dev/null; ' +
  'echo x | rev >/dev/null; echo 1 | tac > /dev/null; true; false; pwd >/dev/null; test -f /x; [ 1 = 1 ]; date >/dev/null';

export interface SandboxOptions {
  seed?: number;
  /** Simulated start, epoch ms (the browser passes the wall clock; tests a fixed instant). */
  startTime?: number;
  lessons?: Lesson[];
  /** A previous `save()`. */
  saved?: string;
  progress?: Progress;
  /** Lesson to start with. */
  lesson?: string;
  mode?: 'paced' | 'instant';
  /**
   * Deep-freeze stored objects (default true): a write that forgets to copy fails loudly in
   * development and tests; the production page turns it off for speed.
   */
  freeze?: boolean;
  /**
   * Instant mode only: resolves after pending promise callbacks have run (a macrotask), so the
   * sandbox can tell that the foreground command is waiting on simulated time.
   */
  yieldToHost?: () => Promise<void>;
  /**
   * Instant mode only: a wall clock for commands that wait on events rather than on a sleep
   * (`kubectl get -w`, `logs -f`), which then follow at real-time pace until interrupted instead of
   * racing through simulated days. Without it (tests) they jump from timer to timer.
   */
  pace?: { now(): number; wait(ms: number): Promise<void> };
}

interface Saved {
  version: 1;
  seed: number;
  lesson?: string;
  world: ReturnType<Cluster['save']>;
  shell: ShellState;
  lines: string[];
}

export async function createSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  if (opts.mode === 'instant') await warmUp(opts.yieldToHost);
  const saved = opts.saved ? (JSON.parse(opts.saved) as Saved) : undefined;
  const s = new Sandbox(opts, saved);
  if (!saved && opts.lesson) await s.startLesson(opts.lesson, { rebuild: false }); // built for it already
  return s;
}

export class Sandbox {
  private cluster!: Cluster;
  private shell!: Shell;
  private seed: number;
  private lines: string[] = [];
  private listeners = new Set<() => void>();
  private unwatch?: () => void;
  private busy = false;
  /** Pending simulated-time waits of the learner's shells. */
  private waiters = 0;
  private recheckPending = false;
  readonly course: Course;

  /** Use createSandbox(). The world is built once: from `saved`, for the lesson, or fresh. */
  constructor(
    private readonly opts: SandboxOptions,
    saved?: Saved,
  ) {
    this.seed = opts.seed ?? 1;
    this.course = new Course(opts.lessons ?? [], opts.progress ?? {});
    const lesson = !saved && opts.lesson ? this.course.lesson(opts.lesson) : undefined;
    if (saved) this.restore(saved);
    else this.build(lesson?.seed ?? this.seed, lesson?.files);
  }

  get clock(): SimClock {
    return this.cluster.clock;
  }

  get api() {
    return this.cluster.api;
  }

  /** The simulated cluster (for tests and benchmarks). */
  get world(): Cluster {
    return this.cluster;
  }

  prompt(): string {
    return this.shell.prompt();
  }

  banner(): string {
    return (
      'Welcome to podlab: a simulated Kubernetes v1.34 cluster with two nodes, controlplane and node01.\n' +
      'Nothing here is real: no server, no VM, nothing to break. Try: kubectl get nodes\n\n'
    );
  }

  /** Open shell sessions: 1 at the learner's own prompt, more inside `ssh node01` or `kubectl exec -it`. */
  get depth(): number {
    return this.shell.depth;
  }

  history(): string[] {
    return [...this.shell.history];
  }

  progress(): Progress {
    return this.course.getProgress();
  }

  /** Runs one line as typed at the prompt. */
  async run(line: string, out: OutputSink): Promise<RunResult> {
    this.cluster.settle();
    this.busy = true;
    try {
      const p = this.shell.run(line, { write: out }).catch((e: unknown) => {
        // A bug must not take the sandbox down: say so, and keep the cluster and files as they are.
        out('err', `podlab: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
        return { exitCode: 1, incomplete: false };
      });
      const r = this.opts.mode === 'instant' ? await this.untilDone(p) : await p;
      if (!r.incomplete && line.trim()) this.lines.push(line);
      this.cluster.settle();
      if (!r.incomplete) await this.evaluate();
      return { exitCode: r.exitCode, incomplete: r.incomplete, prompt: this.shell.prompt() };
    } finally {
      this.busy = false;
      this.changed();
    }
  }

  /** Runs a whole script non-interactively (`podlab FILE`, `podlab -c`). */
  async runScript(text: string, out: OutputSink): Promise<number> {
    this.cluster.settle();
    const p = this.shell.runScript(text, { write: out });
    const r = this.opts.mode === 'instant' ? await this.untilDone(p) : await p;
    this.cluster.settle();
    await this.evaluate();
    return r.exitCode;
  }

  interrupt(): void {
    this.shell.interrupt();
  }

  complete(line: string, cursor: number): Promise<Completion> {
    this.cluster.settle();
    return this.shell.completeWords(line, cursor);
  }

  clusterView(): ClusterView {
    return clusterView(this.cluster.api, this.cluster.clock.now());
  }

  courseState(): CourseState {
    return this.course.state();
  }

  /** Starts a lesson on a fresh world (its seed, its files in the home directory, its setup), or leaves lessons. */
  async startLesson(id: string | undefined, opts: { rebuild?: boolean } = {}): Promise<RunResult> {
    const lesson = id ? this.course.lesson(id) : undefined;
    this.course.activate(lesson?.id);
    this.lines = [];
    if (opts.rebuild !== false) this.build(lesson?.seed ?? this.seed, lesson?.files);
    for (const cmd of lesson?.setup ?? []) await this.runScript(cmd, () => {});
    await this.evaluate();
    this.changed();
    return { exitCode: 0, prompt: this.shell.prompt() };
  }

  solution(): string[] {
    const st = this.course.state().active;
    return st && st.current < st.steps.length ? st.steps[st.current].solution : [];
  }

  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  save(): string {
    const s: Saved = {
      version: 1,
      seed: this.seed,
      lesson: this.course.active?.id,
      world: this.cluster.save(),
      shell: this.shell.snapshot(),
      lines: this.lines,
    };
    return JSON.stringify(s);
  }

  restore(s: Saved): void {
    this.course.activate(s.lesson);
    this.seed = s.seed;
    this.build(s.seed, undefined, s.world);
    this.shell.restore(s.shell);
    this.lines = s.lines ?? [];
  }

  private build(seed: number, files?: Record<string, string>, restore?: ReturnType<Cluster['save']>): void {
    this.unwatch?.();
    this.recheckPending = false;
    // A new world (a lesson starting) begins where the old one's time was: simulated time never runs backwards.
    const startTime = this.cluster?.clock.now() ?? this.opts.startTime;
    this.cluster = createCluster({ seed, startTime, schema: k8sSchemaCheck, restore, freeze: this.opts.freeze });
    this.cluster.runtime.setScriptRunner((o) => runProgramScript({ ...o, clock: this.cluster.clock }));
    this.unwatch = this.cluster.api.watch({}, () => {
      this.scheduleRecheck();
      if (!this.busy) this.changed();
    });
    const homeFiles = Object.fromEntries(Object.entries(files ?? {}).map(([p, c]) => [`/root/${p}`, c]));
    const hosts = new Map<string, ShellHost>();
    for (const name of Object.keys(NODE_IPS)) hosts.set(name, nodeHost(name, this.commandsFor(name, hosts), name === 'controlplane' ? homeFiles : {}));
    this.shell = createShell({
      host: hosts.get('controlplane')!,
      clock: this.shellClock(),
      hostFactory: (id) => [...hosts.values()].find((h) => h.id === id),
    });
    this.shell.registerCompleter('kubectl', kubectlCompleter(this.cluster));
    this.shell.registerCompleter('k', kubectlCompleter(this.cluster));
    this.shell.registerCompleter('ssh', (req) => (req.argv.length === 1 ? Object.keys(NODE_IPS).filter((n) => n.startsWith(req.word)) : undefined));
  }

  private commandsFor(node: string, hosts: Map<string, ShellHost>): ShellCommand[] {
    const ssh = createSsh({
      host: (name) => hosts.get(name) ?? [...hosts.entries()].find(([n]) => NODE_IPS[n] === name)?.[1],
      runOn: (host, line, io) => this.runOn(host, line, io),
    });
    const kubectl = createKubectl(this.cluster).map((c) => this.withStartupLatency(c));
    return [...kubectl, createCurl(() => ({ net: this.cluster.net, from: { kind: 'node', name: node } })), ssh];
  }

  /**
   * A real kubectl takes a moment to start and reach the API server; in the browser that time passes
   * by itself, but in instant mode nothing moves between two commands. Charging each invocation a
   * little simulated time keeps `kubectl run web; kubectl get pods` showing ContainerCreating, as on
   * a real cluster, rather than the instant after the write.
   */
  private withStartupLatency(c: ShellCommand): ShellCommand {
    if (this.opts.mode !== 'instant') return c;
    return { name: c.name, run: async (io) => (await io.sleep(KUBECTL_LATENCY_MS), c.run(io)) };
  }

  /** `ssh node01 CMD`: runs on the other host's own files, streaming through `io`. */
  private runOn(host: ShellHost, line: string, io: CommandIO): Promise<number> {
    return this.shell.runOn(host, line, { out: io.out, err: io.err, signal: io.signal, tty: io.tty, stdin: io.stdin });
  }

  /** What step `i` of the active lesson still misses (empty when its check passes). */
  async checkStep(i: number): Promise<string[]> {
    const lesson = this.course.active;
    if (!lesson) return [];
    this.cluster.settle();
    return this.course.check(lesson, i, this.courseHost());
  }

  /**
   * Steps also complete while nobody types (the pod becomes Running ten seconds after `kubectl run`):
   * after cluster changes, the active step is re-checked half a simulated second later.
   */
  private scheduleRecheck(): void {
    if (!this.course.active || this.recheckPending) return;
    this.recheckPending = true;
    this.cluster.clock.setTimer(500, () => {
      this.recheckPending = false;
      if (!this.busy) void this.evaluate().then(() => this.changed());
    });
  }

  private async evaluate(): Promise<void> {
    if (this.course.active) await this.course.evaluate(this.courseHost());
  }

  /** Checks see the cluster and the lines typed; verify scripts run in a throwaway shell on controlplane. */
  private courseHost(): CourseHost {
    return {
      view: () => historyView(this.cluster.api, this.lines),
      runScript: async (script) => {
        const sh = createShell({ host: nodeHost('controlplane', this.commandsFor('controlplane', new Map())), clock: this.shellClock() });
        const p = sh.runScript(script, { write: () => {} });
        return (this.opts.mode === 'instant' ? await this.untilDone(p) : await p).exitCode;
      },
    };
  }

  /**
   * The clock the learner's shells use: it counts pending waits (`sleep`, kubectl polling), so
   * instant mode knows the foreground is waiting on simulated time rather than still working.
   */
  private shellClock() {
    return {
      now: () => this.cluster.clock.now(),
      sleep: (ms: number, signal?: AbortSignal) => {
        this.waiters++;
        return this.cluster.clock.sleep(ms, signal).finally(() => this.waiters--);
      },
      // Not counted: instant mode paces it like any command that follows events (`watch`).
      follow: (ms: number, signal?: AbortSignal) => this.cluster.clock.sleep(ms, signal),
    };
  }

  /**
   * Instant mode: while `p` is pending, jump the clock to the next timer whenever the shell waits
   * on simulated time. Commands that wait on cluster events instead (`logs -f`, `get -w`) get the
   * clock moved after a stretch of idle turns.
   */
  private async untilDone<T>(p: Promise<T>): Promise<T> {
    const yieldToHost = this.opts.yieldToHost;
    if (!yieldToHost) throw new Error('instant mode needs yieldToHost');
    let done = false;
    const q = p.finally(() => (done = true));
    const clock = this.cluster.clock;
    const pace = this.opts.pace;
    const start = { sim: clock.now(), wall: pace?.now() ?? 0 };
    let idle = 0;
    for (;;) {
      await yieldToHost();
      if (done) return q;
      if (this.waiters === 0 && ++idle < IDLE_TURNS) continue;
      idle = 0;
      const next = clock.nextTimerAt();
      if (pace && this.waiters === 0 && next !== undefined) {
        // Following events: simulated time keeps pace with the wall clock since the command began.
        const limit = start.sim + (pace.now() - start.wall);
        if (next > limit) {
          clock.advanceTo(limit);
          await pace.wait(Math.min(100, next - limit));
          continue;
        }
      } else if (this.waiters > 0) {
        // A sleep ends the pacing: the next follow starts from here.
        start.sim = next ?? clock.now();
        start.wall = pace?.now() ?? 0;
      }
      clock.advanceToNext();
    }
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }
}
