// The custom commands one just-bash interpreter gets: our utilities (sleep, date, watch, hostname,
// env, sudo, timeout, xargs, history, …), the job-control commands, the state plumbing (`__rc`, `__cap`, `__exit`),
// the host's programs (kubectl, ssh, …; they win over utilities of the same name) and stubs for the
// commands the host hides.

import type { Command, CommandContext } from 'just-bash';
import type { ShellHost } from '../types';
import { jobCommands, type JobHost } from './job-commands';
import { isInternalVar, programCommand, type ExecEnv } from './program';
import { CAPTURE_CMD, RC_CMD } from './state';
import { historyCommand, hostCommands, missingCommand, printenvCommand, uniqCommand } from './utils/basic';
import { envCommand, sudoCommand, timeoutCommand, xargsCommand } from './utils/run-commands';
import { dateCommand } from './utils/date';
import { extraCommands } from './utils/extra';
import { sleepCommand } from './utils/sleep';
import { watchCommand } from './utils/watch';

export const EXIT_CMD = '__exit';

/** Shell variables and exports as a command saw them (the state to keep). */
export interface Capture {
  env: Record<string, string>;
  exported: string[];
  cwd: string;
  exit?: boolean;
}

export function captureOf(ctx: CommandContext): Capture {
  return {
    env: Object.fromEntries(ctx.env),
    exported: Object.keys(ctx.exportedEnv ?? {}).filter((k) => !isInternalVar(k)),
    cwd: ctx.cwd,
  };
}

export interface CommandSetOptions {
  host: () => ShellHost;
  env: ExecEnv;
  jobs: JobHost;
  history: { list(): string[]; clear(): void };
  /** Receives what `__cap` / `__exit` saw. */
  onCapture(c: Capture): void;
}

export function buildCommands(o: CommandSetOptions): Command[] {
  const h = o.host();
  const rc = (args: string[]) => ({ stdout: '', stderr: '', exitCode: Number(args[0]) || 0 });
  const plumbing: Command[] = [
    { name: RC_CMD, trusted: true, execute: async (args) => rc(args) },
    {
      name: CAPTURE_CMD,
      trusted: true,
      execute: async (args, ctx) => {
        o.onCapture(captureOf(ctx));
        return rc(args);
      },
    },
    {
      name: EXIT_CMD,
      trusted: true,
      execute: async (args, ctx) => {
        o.onCapture({ ...captureOf(ctx), exit: true });
        return rc(args);
      },
    },
  ];
  const all: Command[] = [
    sleepCommand(o.env.clock),
    dateCommand(o.env.clock),
    watchCommand(o.env, () => o.host().hostname),
    ...hostCommands(o.host),
    historyCommand(o.history.list, o.history.clear),
    printenvCommand(),
    uniqCommand(),
    envCommand(),
    sudoCommand(),
    timeoutCommand(o.env.clock),
    xargsCommand(),
    ...extraCommands(o.env.clock),
    ...jobCommands(o.jobs),
    ...plumbing,
    ...h.commands.map((c) => programCommand(c, o.env)),
    ...(h.hide ?? []).map(missingCommand),
  ];
  // Each command notes the variables it sees: the state to keep if the line is then interrupted.
  return all.map((c) => ({
    ...c,
    execute: (args: string[], ctx: Parameters<Command['execute']>[1]) => {
      o.env.observe?.(ctx);
      return c.execute(args, ctx);
    },
  }));
}
