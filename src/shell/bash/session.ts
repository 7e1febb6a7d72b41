// The Shell behind createShell(): a stack of sessions (controlplane, then node01 after `ssh node01`,
// then a container after `kubectl exec -it … -- sh`), each a HostRuntime. A program opens a nested
// session from inside a line; run() then returns so the terminal shows the inner prompt, later lines
// go to the inner host, and its `exit` resolves the program's openSession() so the outer line goes on
// (and finishes within the run() that typed `exit`). Also: Ctrl-C, job notices before the prompt,
// history, completion, snapshots.

import { LiveFs } from './live-fs';
import type { ShellHost } from '../types';
import type { CreateShellOptions, RunIO, RunOnIO, RunResult, Shell, ShellState } from '../shell';
import { completeLine, BUILTINS, type Completer, type Completion } from './complete';
import { HostRuntime, type HostDump } from './host-runtime';
import { isIncomplete, ScriptParser } from './parse';
import { virtualFsAt } from './vfs';

interface Frame {
  rt: HostRuntime;
  /** Resolves the program's openSession() with the session's exit status. */
  resolve?: (code: number) => void;
  /** The outer line that is waiting inside openSession() (set on the frame that opened a session). */
  pending?: { done: Promise<number>; abort: AbortController };
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

export class BashShell implements Shell {
  private frames: Frame[] = [];
  private runtimes = new Map<string, HostRuntime>();
  private saved: Record<string, HostDump> = {};
  private io: RunIO | null = null;
  private fg: AbortController | null = null;
  private opened: { promise: Promise<void>; resolve: () => void } | null = null;
  private completers = new Map<string, Completer>();
  private parser = new ScriptParser();

  constructor(private readonly opts: CreateShellOptions) {
    this.frames = [{ rt: this.runtimeFor(opts.host) }];
  }

  private deps() {
    return { clock: this.opts.clock, sink: (s: 'out' | 'err', t: string) => this.io?.write(s, t), openSession: (h: ShellHost) => this.openSession(h) };
  }

  private runtimeFor(host: ShellHost): HostRuntime {
    let rt = this.runtimes.get(host.id);
    if (!rt) {
      const live = host.live;
      rt = new HostRuntime(host, { ...this.deps(), makeFs: live ? (c) => new LiveFs(c, live) : undefined }, this.saved[host.id]);
      this.runtimes.set(host.id, rt);
    }
    return rt;
  }

  private top(): Frame {
    return this.frames[this.frames.length - 1];
  }

  get depth(): number {
    return this.frames.length;
  }

  get history(): readonly string[] {
    return this.top().rt.history;
  }

  private openSession(host: ShellHost): Promise<number> {
    const known = this.runtimes.has(host.id);
    let rt = this.runtimeFor(host);
    if (this.frames.some((f) => f.rt === rt)) {
      // `ssh controlplane` from a session nested in controlplane: a second login over the same files
      const fs = rt.fs;
      rt = new HostRuntime(host, { ...this.deps(), makeFs: () => fs, sharedFs: true });
      return new Promise((resolve) => {
        void rt.ready.then(() => {
          this.frames.push({ rt, resolve });
          this.opened?.resolve();
        });
      });
    }
    return new Promise((resolve) => {
      const push = () => {
        this.frames.push({ rt, resolve });
        this.opened?.resolve();
      };
      if (known) void rt.login(host).then(push);
      else void rt.ready.then(push);
    });
  }

  prompt(): string {
    const { rt } = this.top();
    const h = rt.host;
    const cwd = rt.state.cwd;
    const home = rt.state.env.HOME ?? h.home;
    const where = cwd === home ? '~' : cwd.startsWith(home + '/') && home !== '/' ? '~' + cwd.slice(home.length) : cwd;
    const sign = h.user === 'root' ? '#' : '$';
    return h.promptStyle === 'sh' ? `${where} ${sign} ` : `${h.user}@${h.hostname}:${where}${sign} `;
  }

  interrupt(): void {
    this.fg?.abort();
  }

  async run(line: string, io: RunIO): Promise<RunResult> {
    this.io = io;
    const frame = this.top();
    await frame.rt.ready;
    if (isIncomplete(line, this.parser)) return { exitCode: frame.rt.state.lastRc, incomplete: true };
    const h = frame.rt.history;
    if (line.trim() && !/^\s/.test(line) && h[h.length - 1] !== line) h.push(line);
    return this.foreground(frame, (signal) => frame.rt.run(line, { signal, interactive: true }), io, true);
  }

  async runScript(text: string, io: RunIO): Promise<RunResult> {
    this.io = io;
    const frame = this.frames[0];
    return this.foreground(frame, (signal) => frame.rt.run(text, { signal, interactive: false }), io, false);
  }

  private async foreground(frame: Frame, start: (signal: AbortSignal) => Promise<number>, io: RunIO, interactive: boolean): Promise<RunResult> {
    let abort = new AbortController();
    const onAbort = () => this.fg?.abort();
    io.signal?.addEventListener('abort', onAbort);
    this.fg = abort;
    this.opened = deferred();
    let done = start(abort.signal);
    try {
      for (;;) {
        const opened = this.opened.promise.then(() => 'opened' as const);
        const w = await Promise.race([done, opened]);
        if (w === 'opened') {
          frame.pending = { done, abort };
          return { exitCode: 0 };
        }
        const code = w;
        const rt = frame.rt;
        if (rt.exitRequested && frame !== this.frames[0] && frame === this.top()) {
          rt.exitRequested = false;
          rt.jobs.abortAll();
          this.frames.pop();
          frame.resolve?.(code);
          const outer = this.top();
          const p = outer.pending;
          outer.pending = undefined;
          if (!p) return { exitCode: code };
          frame = outer;
          done = p.done;
          abort = p.abort;
          this.fg = abort;
          this.opened = deferred();
          continue;
        }
        if (rt.exitRequested) {
          rt.exitRequested = false;
          if (interactive) io.write('err', this.opts.topLevelExitMessage ?? 'exit: this is the sandbox\'s outermost shell; there is nothing to exit to\n');
        }
        if (interactive) {
          const notices = rt.jobs.takeNotices();
          if (notices) io.write('err', notices);
        }
        return { exitCode: code };
      }
    } finally {
      io.signal?.removeEventListener('abort', onAbort);
      if (this.fg === abort) this.fg = null;
      this.opened = null;
    }
  }

  async completeWords(line: string, cursor: number): Promise<Completion> {
    const { rt } = this.top();
    await rt.ready;
    const st = rt.state;
    const aliases = Object.keys(st.env).filter((k) => k.startsWith('BASH_ALIAS_')).map((k) => k.slice(11));
    const hidden = new Set(rt.host.hide ?? []);
    return completeLine(line, cursor, {
      cwd: st.cwd,
      env: st.env,
      home: st.env.HOME ?? rt.host.home,
      fs: virtualFsAt(rt.fs, st.cwd),
      commandNames: () => [...rt.host.commands.map((c) => c.name), ...BUILTINS, ...Object.keys(st.functions), ...aliases].filter((n) => !hidden.has(n)),
      completers: this.completers,
    });
  }

  runOn(host: ShellHost, line: string, io: RunOnIO): Promise<number> {
    const rt = this.runtimeFor(host);
    return rt.runDetached(line, { out: io.out, err: io.err, signal: io.signal ?? new AbortController().signal, tty: io.tty ?? false, stdin: io.stdin });
  }

  registerCompleter(command: string, fn: Completer): void {
    this.completers.set(command, fn);
  }

  snapshot(): ShellState {
    const hosts: Record<string, HostDump> = { ...this.saved };
    for (const [id, rt] of this.runtimes) hosts[id] = rt.dump();
    return JSON.parse(JSON.stringify({ version: 1, hosts, stack: this.frames.map((f) => f.rt.host.id) })) as ShellState;
  }

  restore(state: ShellState): void {
    for (const rt of this.runtimes.values()) rt.jobs.abortAll();
    this.fg?.abort();
    this.runtimes.clear();
    this.saved = JSON.parse(JSON.stringify(state.hosts)) as Record<string, HostDump>;
    this.frames = [{ rt: this.runtimeFor(this.opts.host) }];
    for (const id of state.stack.slice(1)) {
      const host = this.opts.hostFactory?.(id);
      if (!host) break;
      this.frames.push({ rt: this.runtimeFor(host), resolve: () => {} });
    }
  }
}
