// One host's shell (controlplane, node01, a container): its file system, session state, history and
// job table, and the just-bash interpreters that run its lines. Every line is one `exec()` whose
// script our transform plugin rewrites: prelude (state.ts) + the line made terminal-aware
// (transform.ts) + a trailer that captures the final state. Background jobs run in interpreters of
// their own over the same file system. Output reaches the screen through `deps.sink`.

import { Bash, type BashExecResult } from 'just-bash';
import type { ShellHost } from '../types';
import { clone, simple, statement, varWord, type FunctionDefNode, type StatementNode } from './ast';
import { buildCommands, captureOf, EXIT_CMD, type Capture } from './commands';
import { JobTable, pidAllocator, type Job } from './jobs';
import { cleanTrace, jobText, LinePlugin, renameLastBg } from './line-plugin';
import type { ExecEnv } from './program';
import { CAPTURE_CMD, keepVars, loginState, prelude, recordFunctions, type SessionState } from './state';
import { TerminalFs, type FsEntryDump, type TermStream } from './terminal-fs';
import { TOP, walkScript, type Mode, type WalkOptions } from './transform';

export interface ShellClock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /**
   * The wait of a command that runs until interrupted (`watch`): where time only moves through waits
   * (Node), such waits follow the wall clock instead of completing at once. Defaults to `sleep`.
   */
  follow?(ms: number, signal?: AbortSignal): Promise<void>;
}

export interface RuntimeDeps {
  clock: ShellClock;
  sink(stream: TermStream, text: string): void;
  /** Offered to programs in interactive foreground lines (ssh, kubectl exec -it). */
  openSession?(host: ShellHost): Promise<number>;
  /** The host's file system (default: a fresh in-memory one, seeded with `host.files`). */
  makeFs?(clock: ShellClock): TerminalFs;
  /** The file system comes already filled (a second login on the same host): do not seed it. */
  sharedFs?: boolean;
  /** Overrides of just-bash's limits (100000 commands / loop iterations per line by default). */
  limits?: { maxCommandCount?: number; maxLoopIterations?: number };
}

/** What `podlab --state` keeps of a host. */
export interface HostDump {
  fs: FsEntryDump[];
  history: string[];
  state: SessionState;
}

interface JobSpec {
  statements: StatementNode[];
  fnDefs: FunctionDefNode[];
  functions: Record<string, FunctionDefNode>;
  text: string;
}

interface ExecCtx {
  interactive: boolean;
  foreground: boolean;
  /** Where this exec's terminal output goes (the screen, or a detached run's receiver). */
  sink: RuntimeDeps['sink'];
  /** Device paths of that terminal (default /dev/pts/0). */
  devices?: { out: string; err: string };
  table: JobTable;
  specs: Map<number, JobSpec>;
  capture: Capture | null;
  seen: Capture | null;
  plugin: LinePlugin;
}

let specSeq = 0;
let detachedSeq = 0;

export class HostRuntime {
  readonly fs: TerminalFs;
  state: SessionState;
  history: string[] = [];
  /** Set when the last line ran a top-level `exit`. */
  exitRequested = false;
  readonly ready: Promise<void>;
  private fgBash!: Bash;
  private readonly fgCtx: ExecCtx;
  private pendingDump: FsEntryDump[] | undefined;
  private readonly pids = pidAllocator();

  constructor(
    public host: ShellHost,
    private readonly deps: RuntimeDeps,
    dump?: HostDump,
  ) {
    this.fs = deps.makeFs?.(deps.clock) ?? new TerminalFs(deps.clock);
    this.fs.sink = (s, t) => this.emit(s, t);
    this.state = dump ? clone(dump.state) : this.loginState();
    this.history = dump ? [...dump.history] : [];
    this.pendingDump = dump?.fs;
    this.fgCtx = this.newCtx(true, (s, t) => this.emit(s, t));
    this.ready = this.init(dump?.fs);
  }

  get jobs(): JobTable {
    return this.fgCtx.table;
  }

  /** A fresh login (new ssh session): files and history stay, the shell state starts over. */
  async login(host: ShellHost): Promise<void> {
    await this.ready;
    if (host !== this.host) {
      this.host = host;
      this.fgBash = this.makeBash(this.fgCtx);
    }
    this.state = this.loginState();
  }

  private loginState(): SessionState {
    const h = this.host;
    const cwd = h.cwd ?? h.home;
    const path = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
    if (h.promptStyle === 'sh') return loginState({ cwd, env: { PATH: path, HOSTNAME: h.hostname, HOME: h.home, ...h.env } });
    return loginState({
      cwd,
      env: { SHELL: '/bin/bash', LOGNAME: h.user, HOME: h.home, LANG: 'C.UTF-8', TERM: 'xterm-256color', USER: h.user, SHLVL: '1', PATH: path, ...h.env },
      unexported: { HOSTNAME: h.hostname },
    });
  }

  private async init(dump: FsEntryDump[] | undefined): Promise<void> {
    const h = this.host;
    for (const d of [h.home, '/tmp', '/etc']) await this.fs.mkdir(d, { recursive: true });
    this.fgBash = this.makeBash(this.fgCtx);
    for (const name of h.hide ?? []) for (const dir of ['/bin', '/usr/bin']) await this.fs.rm(`${dir}/${name}`, { force: true });
    if (dump) await this.fs.load(dump);
    else if (!this.deps.sharedFs) {
      for (const [p, content] of Object.entries(h.files ?? {})) {
        const path = p.startsWith('~/') ? h.home + p.slice(1) : p;
        await this.fs.mkdir(path.slice(0, path.lastIndexOf('/')) || '/', { recursive: true });
        await this.fs.writeFile(path, content);
      }
    }
    this.pendingDump = undefined;
  }

  /** Files, history and session state (the pending files while a restore is still loading). */
  dump(): HostDump {
    return { fs: this.pendingDump ?? this.fs.dump(), history: [...this.history], state: clone(this.state) };
  }

  private emit(stream: TermStream, text: string, sink: RuntimeDeps['sink'] = this.deps.sink): void {
    if (stream === 'err') text = cleanTrace(text);
    if (!text) return;
    if (stream === 'err' && this.host.promptStyle === 'sh') text = text.replace(/^bash: (.*): command not found$/gm, 'sh: $1: not found').replace(/^bash: /gm, 'sh: ');
    sink(stream, text);
  }

  private newCtx(foreground: boolean, sink: RuntimeDeps['sink'], devices?: { out: string; err: string }): ExecCtx {
    return { interactive: false, foreground, table: new JobTable(this.pids), specs: new Map(), capture: null, seen: null, plugin: new LinePlugin(), sink, devices };
  }

  private makeBash(ctx: ExecCtx): Bash {
    const env: ExecEnv = {
      clock: this.deps.clock,
      sink: (s, t) => ctx.sink(s, t),
      observe: (c) => (ctx.seen = captureOf(c)),
    };
    if (ctx.foreground && this.deps.openSession) {
      const open = this.deps.openSession;
      Object.defineProperty(env, 'openSession', { get: () => (ctx.interactive ? open : undefined), enumerable: true });
    }
    const bash = new Bash({
      fs: this.fs,
      cwd: this.state.cwd,
      customCommands: buildCommands({
        host: () => this.host,
        env,
        jobs: {
          table: ctx.table,
          get interactive() {
            return ctx.interactive;
          },
          spawn: (id, c) => this.spawn(ctx, id, c),
          sink: (s, t) => ctx.sink(s, t),
        },
        history: { list: () => this.history, clear: () => (this.history = []) },
        onCapture: (c) => (ctx.capture = c),
      }),
      executionLimits: { maxExecutionTimeMs: Infinity, ...this.deps.limits },
      sleep: (ms) => this.deps.clock.sleep(ms),
    });
    bash.registerTransformPlugin(ctx.plugin);
    return bash;
  }

  private walkOptions(ctx: ExecCtx, st: SessionState): WalkOptions {
    return {
      devices: ctx.devices,
      renames: { wait: '__wait' },
      exitHook: ctx.foreground ? EXIT_CMD : undefined,
      background: (stmt, fnDefs) => {
        const id = ++specSeq;
        stmt.background = false;
        ctx.specs.set(id, { statements: [stmt], fnDefs, functions: { ...st.functions }, text: jobText(stmt) });
        return ['__bg', String(id)];
      },
    };
  }

  /** Runs one line (or a whole script) in the foreground session; resolves to its exit status. */
  async run(text: string, opts: { signal: AbortSignal; interactive: boolean }): Promise<number> {
    await this.ready;
    this.exitRequested = false;
    const { code, capture } = await this.execLine(this.fgBash, this.fgCtx, this.state, text, { ...opts, tty: true });
    this.exitRequested = !!capture?.exit;
    return code;
  }

  /**
   * Runs `text` as a separate non-interactive login on this host (`ssh node01 CMD`): fresh variables,
   * the host's files, output to `io` (streamed through a private device when `io.tty`).
   */
  async runDetached(text: string, io: { out(t: string): void; err(t: string): void; signal: AbortSignal; tty: boolean; stdin?: string }): Promise<number> {
    await this.ready;
    const n = ++detachedSeq;
    const devices = { out: `/dev/pts/${n}`, err: `/dev/pts/${n}-err` };
    const sink: RuntimeDeps['sink'] = (s, t) => (s === 'out' ? io.out(t) : io.err(t));
    const ctx = this.newCtx(true, (s, t) => this.emit(s, t, sink), devices);
    this.fs.attach(devices.out, devices.err, ctx.sink);
    try {
      return (await this.execLine(this.makeBash(ctx), ctx, this.loginState(), text, { signal: io.signal, interactive: false, tty: io.tty, stdin: io.stdin })).code;
    } finally {
      this.fs.detach(devices.out, devices.err);
    }
  }

  private async execLine(
    bash: Bash,
    ctx: ExecCtx,
    st: SessionState,
    text: string,
    opts: { signal: AbortSignal; interactive: boolean; tty: boolean; stdin?: string },
  ): Promise<{ code: number; capture: Capture | null }> {
    Object.assign(ctx, { interactive: opts.interactive, capture: null, seen: null });
    ctx.specs.clear();
    ctx.plugin.arm((ast) => {
      const user = ast.statements;
      const pre = prelude(st, opts.interactive);
      recordFunctions(st, user);
      const wo = this.walkOptions(ctx, st);
      const trailer = [statement([simple([CAPTURE_CMD, varWord('?')])])];
      const mode: Mode = opts.tty ? TOP : { out: 'none', err: 'none' };
      for (const part of [user, pre, trailer]) walkScript(part, wo, mode);
      return renameLastBg({ ...ast, statements: [...pre, ...user, ...trailer] });
    });
    let r: BashExecResult;
    try {
      r = await bash.exec(text, { cwd: st.cwd, env: { ...st.env, PWD: st.cwd }, replaceEnv: true, rawScript: true, signal: opts.signal, stdin: opts.stdin });
    } catch (e) {
      ctx.sink('err', `bash: ${e instanceof Error ? e.message : String(e)}\n`);
      return { code: (st.lastRc = 1), capture: null };
    } finally {
      ctx.plugin.arm((ast) => ast);
    }
    const aborted = opts.signal.aborted;
    const code = aborted ? 130 : r.exitCode;
    ctx.sink('out', r.stdout);
    ctx.sink('err', aborted ? r.stderr.replace(/bash: execution aborted\n?/g, '') : r.stderr);
    absorb(st, aborted ? undefined : r.env, ctx, code, opts.interactive);
    return { code, capture: ctx.capture };
  }

  private spawn(ctx: ExecCtx, id: number, c: Parameters<typeof captureOf>[0]): Job | undefined {
    const spec = ctx.specs.get(id);
    if (!spec) return undefined;
    const snap = captureOf(c);
    const st: SessionState = {
      cwd: snap.cwd,
      env: keepVars(snap.env),
      exported: snap.exported,
      functions: spec.functions,
      shellopts: snap.env.SHELLOPTS ?? this.state.shellopts,
      bashopts: snap.env.BASHOPTS ?? this.state.bashopts,
      lastRc: 0,
    };
    return ctx.table.start(spec.text, (signal) => this.runJob(ctx, spec, st, signal));
  }

  private async runJob(parent: ExecCtx, spec: JobSpec, st: SessionState, signal: AbortSignal): Promise<number> {
    const ctx = this.newCtx(false, parent.sink, parent.devices);
    const bash = this.makeBash(ctx);
    ctx.plugin.arm((ast) => {
      const pre = prelude(st, false, spec.fnDefs);
      const body = clone(spec.statements);
      const wo = this.walkOptions(ctx, st);
      walkScript(body, wo);
      walkScript(pre, wo);
      return renameLastBg({ ...ast, statements: [...pre, ...body] });
    });
    const r = await bash.exec(':', { cwd: st.cwd, env: { ...st.env, PWD: st.cwd }, replaceEnv: true, rawScript: true, signal });
    ctx.sink('out', r.stdout);
    ctx.sink('err', signal.aborted ? r.stderr.replace(/bash: execution aborted\n?/g, '') : r.stderr);
    return signal.aborted ? 130 : r.exitCode;
  }
}

/**
 * Reads the state back after a line: the result's variables, or after Ctrl-C (when just-bash returns
 * none) what the last of our commands saw.
 */
function absorb(st: SessionState, env: Record<string, string> | undefined, ctx: ExecCtx, code: number, interactive: boolean): void {
  const cap = ctx.capture;
  const vars = env ?? cap?.env ?? ctx.seen?.env;
  if (vars) {
    st.env = keepVars(vars);
    st.cwd = vars.PWD || st.cwd;
    st.shellopts = vars.SHELLOPTS ?? st.shellopts;
    const bashopts = vars.BASHOPTS ?? st.bashopts;
    st.bashopts = interactive ? bashopts.split(':').filter((o) => o !== 'expand_aliases').join(':') : bashopts;
  }
  if (cap) st.exported = cap.exported;
  else if (ctx.seen) st.exported = [...new Set([...st.exported, ...ctx.seen.exported])];
  st.lastRc = code;
}
