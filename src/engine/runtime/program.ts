// What a container runs: a Program registered for an image family (runtime/programs/<name>.ts).
// A program gets a process context (argv, env, files, stdout/stderr into the container log, timers
// in simulated time, listening sockets, signals) and calls `exit(code)` when done. Timers are
// callbacks (`after`) rather than promises so that exits and log lines land at their exact
// simulated time even when the clock jumps far in one step.

import type { HttpHandler, HttpResult, OutgoingRequest } from '../net/types';
import type { ImageInfo } from '../registry';
import type { Rand } from '../sim/rand';
import type { ContainerFs } from './container-fs';
import type { ScriptRunner } from './script-runner';

export type Signal = 'SIGTERM' | 'SIGKILL' | 'SIGQUIT' | 'SIGINT' | 'SIGHUP' | 'SIGWINCH' | 'SIGUSR1';

export const SIGNAL_NUMBERS: Record<Signal, number> = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGKILL: 9, SIGUSR1: 10, SIGTERM: 15, SIGWINCH: 28 };

export interface ProgramContext {
  readonly argv: string[];
  readonly env: Record<string, string>;
  readonly hostname: string;
  /** The container's IP (the pod IP; the node IP with hostNetwork). */
  readonly ip: string;
  readonly cwd: string;
  readonly fs: ContainerFs;
  readonly image: ImageInfo;
  /** Epoch ms the process started. */
  readonly startedAt: number;
  /** True when resumed after a saved sandbox was loaded: skip start-up output. */
  readonly resumed: boolean;
  /** Container has stdin open (`kubectl run -i`): interactive shells keep running. */
  readonly stdinOpen: boolean;
  /** Memory limit in bytes, if the container has one. */
  readonly memoryLimit?: number;
  readonly rand: Rand;
  /** The shell's script runner, when the composition root installed one. */
  readonly scriptRunner?: ScriptRunner;
  /** Aborted when the process ends. */
  readonly signal: AbortSignal;
  stdout(text: string): void;
  stderr(text: string): void;
  now(): number;
  /** Nanoseconds within the current millisecond for log timestamps: random, increasing per process. */
  subMs(): number;
  /** Runs `fn` after `ms` of simulated time unless the process has ended; returns a cancel function. */
  after(ms: number, fn: () => void): () => void;
  /** Promise form of `after` (continuations run a microtask after the timer). */
  sleep(ms: number): Promise<void>;
  /** Ends the process. */
  exit(code: number): void;
  /** Ends the process as the kernel's OOM killer does (exit 137, reason OOMKilled). */
  oomKill(): void;
  /** Listens on `port` on the container's address (and its localhost); false when the port is taken. */
  listen(port: number, handler: HttpHandler): boolean;
  /**
   * Handles signals. Without a handler a container's PID 1 ignores SIGTERM, SIGINT and SIGQUIT
   * (the kernel applies no default action to a PID namespace's init), so it dies only by SIGKILL.
   */
  onSignal(fn: (sig: Signal) => void): void;
  /** An HTTP request from this container through the simulated network. */
  request(req: Omit<OutgoingRequest, 'from'>): Promise<HttpResult>;
}

/** `kubectl exec` into a program that handles some commands itself (`nginx -s reload`, `redis-cli`). */
export interface ExecContext {
  argv: string[];
  stdout(text: string): void;
  stderr(text: string): void;
  signal: AbortSignal;
  /** The running process's context. */
  process: ProgramContext;
}

export interface Program {
  name: string;
  start(ctx: ProgramContext): void;
  /** Handles an exec'd command, or returns undefined to let the shell layer run it. */
  exec?(ctx: ExecContext): Promise<number> | undefined;
}

/** `/usr/bin/nginx` → `nginx`. */
export const basename = (p: string): string => p.split('/').pop() ?? p;

/** Formats epoch ms the way Go's log package and nginx's error log do: `2026/01/15 09:00:05`. */
export function logTime(ms: number): string {
  const d = new Date(ms).toISOString();
  return `${d.slice(0, 4)}/${d.slice(5, 7)}/${d.slice(8, 10)} ${d.slice(11, 19)}`;
}

/** RFC 7231 IMF-fixdate (HTTP `Date` header): `Thu, 15 Jan 2026 09:00:05 GMT`. */
export function httpDate(ms: number): string {
  const d = new Date(ms);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]}, ${p(d.getUTCDate())} ${mons[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} GMT`;
}

/** A request header's value, case-insensitively. */
export function header(headers: [string, string][], name: string): string | undefined {
  const n = name.toLowerCase();
  return headers.find(([k]) => k.toLowerCase() === n)?.[1];
}

/** UTF-8 length of a body, for Content-Length. */
export function byteLength(s: string): number {
  return new TextEncoder().encode(s).length;
}
