// The contract between the shell and the programs it runs (kubectl, docker, curl, ssh, watch, …).
// Programs are plain TypeScript that never see just-bash: they get argv, stdin, environment, a
// virtual filesystem and writers, and return an exit code. The shell adapter (shell/bash/) maps this
// onto whatever interpreter runs the language.

/** The part of the virtual filesystem programs use (paths are absolute or relative to `cwd`). */
export interface VirtualFs {
  readFile(path: string): Promise<string>;
  writeFile(path: string, content: string): Promise<void>;
  appendFile(path: string, content: string): Promise<void>;
  exists(path: string): Promise<boolean>;
  stat(path: string): Promise<{ isFile: boolean; isDirectory: boolean; size: number }>;
  readdir(path: string): Promise<string[]>;
  mkdir(path: string, opts?: { recursive?: boolean }): Promise<void>;
  rm(path: string, opts?: { recursive?: boolean; force?: boolean }): Promise<void>;
}

/** What a running program can see and do. */
export interface CommandIO {
  /** Arguments after the program name, already expanded and unquoted by the shell. */
  argv: string[];
  stdin: string;
  env: Readonly<Record<string, string>>;
  cwd: string;
  fs: VirtualFs;
  /** Aborted on Ctrl-C (and when a background job is killed). */
  signal: AbortSignal;
  /** True when stdout is the terminal (not piped, redirected or captured): programs may stream. */
  tty: boolean;
  /** Writes to stdout. On a tty it reaches the screen at once; otherwise it is collected. */
  out(text: string): void;
  /** Writes to stderr (same rules as `out`). */
  err(text: string): void;
  /** Waits `ms` of simulated time; rejects (AbortError) on Ctrl-C. */
  sleep(ms: number): Promise<void>;
  /** Simulated now, epoch ms. */
  now(): number;
  /** Runs a command line in the same shell (for `watch`, `sh -c`, …), returning its captured output. */
  exec(line: string, opts?: { stdin?: string; env?: Record<string, string> }): Promise<ExecResult>;
  /**
   * Opens a nested interactive session (ssh node01, kubectl exec -it … -- sh) when the shell is
   * interactive; resolves when the session exits. Undefined when not interactive.
   */
  openSession?(host: ShellHost): Promise<number>;
}

export interface ExecResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** A program the shell can run. */
export interface ShellCommand {
  name: string;
  run(io: CommandIO): Promise<number>;
}

/**
 * A machine a shell runs on: the learner's `controlplane`, `node01` after `ssh node01`, or a
 * container after `kubectl exec -it`. Each host has its own filesystem, environment and prompt.
 */
export interface ShellHost {
  /** Stable id (e.g. `node/controlplane`, `container/<pod-uid>/<name>`). */
  id: string;
  hostname: string;
  user: string;
  home: string;
  /** Prompt style: `bash` → `root@host:~# `, `sh` → `/ # ` (busybox/alpine). */
  promptStyle: 'bash' | 'sh';
  /** Initial files, path → content (created on first use). */
  files?: Record<string, string>;
  /**
   * Files that live elsewhere (a container's filesystem): reads and writes go straight through, so
   * what `kubectl exec` writes is what the container's program then serves.
   */
  live?: { read(path: string): string | undefined; write(path: string, content: string): boolean; remove?(path: string): boolean; allPaths(): string[] };
  env?: Record<string, string>;
  cwd?: string;
  /** Programs available on this host, in addition to the shell's utilities. */
  commands: ShellCommand[];
  /** Names of shell utilities that do not exist on this host (e.g. `kubectl` inside a container). */
  hide?: string[];
}
