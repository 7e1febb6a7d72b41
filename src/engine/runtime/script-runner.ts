// The seam through which container programs run shell scripts with the real shell. The engine may
// not import the shell layer, so the composition root installs the shell's runner with
// `runtime.setScriptRunner(fn)`; a busybox `sh -c 'while true; do date; sleep 5; done'` container
// then runs through it. Without a runner, programs/builtin-sh.ts handles the simple commands itself.

import type { HttpResult, OutgoingRequest } from '../net/types';
import type { ContainerFs } from './container-fs';

export interface ScriptRunOptions {
  /** The process's argv: `['sh', '-c', 'echo hi; sleep 5']`, `['wget', '-qO-', 'http://web']`. */
  argv: string[];
  env: Record<string, string>;
  /** The container's live filesystem (reads and writes go to the container). */
  files: ContainerFs;
  cwd: string;
  hostname: string;
  /** Writes to the container's stdout / stderr (its log). */
  out(text: string): void;
  err(text: string): void;
  /** Sleeps in simulated time; rejects with an AbortError when the process is killed. */
  sleep(ms: number): Promise<void>;
  now(): number;
  /** Aborted when the container is killed. */
  signal: AbortSignal;
  /** HTTP from inside the container (wget, curl), through the simulated network. */
  request(req: Omit<OutgoingRequest, 'from'>): Promise<HttpResult>;
}

/** Runs a command or script; resolves to its exit status. */
export type ScriptRunner = (opts: ScriptRunOptions) => Promise<number>;
