// Runs a container's command (busybox/alpine `sh -c 'while true; do echo hi; sleep 5; done'`) with
// the learner's shell, streaming stdout and stderr into the container log as they are produced and
// sleeping on simulated time, over the container's live files. Used by the container runtime
// (engine/runtime/script-runner.ts); non-interactive, no history or prompt.

import type { ShellCommand, ShellHost } from '../types';
import { HostRuntime, type ShellClock } from './host-runtime';
import { LiveFs, type LiveFiles } from './live-fs';

export interface ProgramScriptOptions {
  /** The container's command and args, e.g. `['sh', '-c', 'echo hi; sleep 3600']` or `['echo', 'hi']`. */
  argv: string[];
  /** Files in the container: path → content, or the container's live file system (ContainerFs). */
  files?: Record<string, string> | LiveFiles;
  env?: Record<string, string>;
  clock: ShellClock;
  out(text: string): void;
  err(text: string): void;
  /** Aborted when the container is stopped. */
  signal?: AbortSignal;
  hostname?: string;
  cwd?: string;
  /** Programs the image has besides the shell utilities. */
  commands?: ShellCommand[];
  /** just-bash's command and loop limits (default 100000 each); tests lower them. */
  limits?: { maxCommandCount?: number; maxLoopIterations?: number };
}

const SHELLS = new Set(['sh', 'bash', 'ash', '/bin/sh', '/bin/bash', '/bin/ash', '/usr/bin/bash']);

function quote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The script `argv` amounts to: the `-c` text for a shell, else the command line. */
export function programScriptText(argv: string[]): string {
  if (SHELLS.has(argv[0]) && argv[1] === '-c') return argv[2] ?? '';
  if (SHELLS.has(argv[0]) && argv[1] === '-ec') return `set -e\n${argv[2] ?? ''}`;
  return argv.map(quote).join(' ');
}

const LIMIT = /^(?:bash|sh): .*increase executionLimits\.max(CommandCount|LoopIterations)\n?$/m;

/**
 * Runs the program; resolves to its exit status (130 when aborted). A container loop that sleeps
 * (`while true; do …; sleep 5; done`) would meet just-bash's 100000-command / iteration limits after
 * a day or two of simulated time: when that happens after simulated time has passed, the script
 * starts over instead (its variables reset). A busy loop that never sleeps still ends with 126.
 */
export async function runProgramScript(o: ProgramScriptOptions): Promise<number> {
  const env = o.env ?? {};
  const live = o.files && typeof (o.files as LiveFiles).allPaths === 'function' ? (o.files as LiveFiles) : undefined;
  const host: ShellHost = {
    id: `program/${o.hostname ?? env.HOSTNAME ?? 'localhost'}`,
    hostname: o.hostname ?? env.HOSTNAME ?? 'localhost',
    user: 'root',
    home: env.HOME ?? '/root',
    promptStyle: 'sh',
    files: live ? undefined : (o.files as Record<string, string> | undefined),
    env,
    cwd: o.cwd ?? '/',
    commands: o.commands ?? [],
  };
  let limitHit = '';
  const rt = new HostRuntime(host, {
    clock: o.clock,
    sink: (s, t) => {
      if (s === 'out') return o.out(t);
      const m = LIMIT.exec(t);
      if (m) {
        limitHit = m[0];
        t = t.replace(LIMIT, '');
        if (!t) return;
      }
      o.err(t);
    },
    makeFs: live ? (clock) => new LiveFs(clock, live) : undefined,
    limits: o.limits,
  });
  const signal = o.signal ?? new AbortController().signal;
  const text = programScriptText(o.argv);
  for (;;) {
    const started = o.clock.now();
    limitHit = '';
    const code = await rt.run(text, { signal, interactive: false });
    if (!(code === 126 && limitHit && o.clock.now() > started) || signal.aborted) {
      if (limitHit) o.err(limitHit.replace(/^bash: /, 'sh: '));
      return code;
    }
  }
}
