// The learner's shell, as the terminal, the worker and bin/podlab see it. It hides the interpreter
// (just-bash 3.4.2, adapted in shell/bash/) behind a small interface: run a line, run a script,
// prompt, Ctrl-C, completion, history, nested sessions (ssh, kubectl exec -it) and a JSON snapshot
// of everything for `podlab --state`.

import type { ShellHost } from './types';
import type { Completer, Completion } from './bash/complete';
import type { HostDump, ShellClock } from './bash/host-runtime';
import { BashShell } from './bash/session';

export type { Completer, Completion, CompletionRequest } from './bash/complete';
export type { ShellClock } from './bash/host-runtime';
export { runProgramScript, type ProgramScriptOptions } from './bash/program-script';

export interface RunIO {
  /** Receives output as it is produced (streaming), in order. */
  write(stream: 'out' | 'err', text: string): void;
  /** Aborting it interrupts the line like `interrupt()`. */
  signal?: AbortSignal;
}

export interface RunOnIO {
  out(text: string): void;
  err(text: string): void;
  signal?: AbortSignal;
  tty?: boolean;
  stdin?: string;
}

export interface RunResult {
  exitCode: number;
  /**
   * The input is unfinished (open quote, heredoc, `do`, `then`, `{`, trailing `|` `&&` `\`): nothing
   * ran; show the continuation prompt `> ` and send the joined text again.
   */
  incomplete?: boolean;
}

/** Everything the shell keeps, JSON-serialisable (for `podlab --state FILE`). */
export interface ShellState {
  version: 1;
  /** Per host id: files, history and session state (cwd, variables, functions, aliases, options). */
  hosts: Record<string, HostDump>;
  /** Host ids of the open sessions, outermost first. */
  stack: string[];
}

export interface Shell {
  /** Runs one line typed at the prompt (history, job notices, nested sessions, `$?` kept). */
  run(line: string, io: RunIO): Promise<RunResult>;
  /** Runs a whole script like `bash FILE` on the outermost host (non-interactive: no history, no job notices). */
  runScript(text: string, io: RunIO): Promise<RunResult>;
  /** `root@controlplane:~# `, or `/ # ` on busybox-style hosts; the innermost session's. */
  prompt(): string;
  /**
   * Ctrl-C: aborts the foreground line (partial output stays; `$?` becomes 130). Cancellation is
   * cooperative: a loop that never waits (`while true; do i=$((i+1)); done`) cannot be reached and
   * ends at just-bash's limit of 100000 commands per line (exit 126).
   */
  interrupt(): void;
  snapshot(): ShellState;
  restore(state: ShellState): void;
  /** The innermost session's history, oldest first. */
  readonly history: readonly string[];
  /** Completion candidates for the word before `cursor`. */
  completeWords(line: string, cursor: number): Promise<Completion>;
  /**
   * Runs a line on another host as a separate non-interactive login (`ssh node01 CMD`): that host's
   * files, fresh variables; output streamed to `io` when `io.tty`, else handed over when it ends.
   */
  runOn(host: ShellHost, line: string, io: RunOnIO): Promise<number>;
  /** Lets a program complete its own arguments (kubectl registers one). */
  registerCompleter(command: string, fn: Completer): void;
  /** Number of open sessions (1 at the outermost prompt). */
  readonly depth: number;
}

export interface CreateShellOptions {
  host: ShellHost;
  clock: ShellClock;
  /** Finds hosts by id when restoring a snapshot taken inside nested sessions. */
  hostFactory?: (id: string) => ShellHost | undefined;
  /** Printed when `exit` is typed at the outermost prompt (there is nothing to exit to). */
  topLevelExitMessage?: string;
}

export function createShell(opts: CreateShellOptions): Shell {
  return new BashShell(opts);
}
