// Runs our programs (kubectl, docker, ssh, … as ShellCommand) inside just-bash: builds the CommandIO
// contract (shell/types.ts) from just-bash's command context. A program on the terminal (`__TTY` set
// by transform.ts) writes straight to the screen, so `kubectl get -w` streams; otherwise its output
// is collected and handed back to the pipe, file or substitution.

import type { Command, CommandContext, ExecResult } from 'just-bash';
import type { CommandIO, ShellCommand, ShellHost } from '../types';
import { deviceStream, TTY_ERR_VAR, TTY_VAR } from './transform';
import type { TermStream } from './terminal-fs';
import { byteStringToText } from './utf8';
import { virtualFsAt } from './vfs';

/** What programs and our utilities need from the shell around them. */
export interface ExecEnv {
  clock: { now(): number; sleep(ms: number, signal?: AbortSignal): Promise<void>; follow?(ms: number, signal?: AbortSignal): Promise<void> };
  /** Writes to the screen (or the container log). */
  sink(stream: TermStream, text: string): void;
  /** Present in interactive foreground execs only. */
  openSession?: (host: ShellHost) => Promise<number>;
  /** Remembers the variables a command saw (the shell state to keep if the line is interrupted). */
  observe?(ctx: CommandContext): void;
}

type Ctx = CommandContext;

/** Variables the shell keeps for itself; programs never see them. */
export function isInternalVar(name: string): boolean {
  return name.startsWith('__') || name.startsWith('BASH_ALIAS_') || name === '?';
}

/** The exported environment a program sees (prefix assignments included, our internals removed). */
export function programEnv(ctx: Ctx): Record<string, string> {
  const src = ctx.exportedEnv ?? Object.fromEntries(ctx.env);
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(src)) if (!isInternalVar(k)) env[k] = v;
  return env;
}

export function isTty(ctx: Ctx): boolean {
  return !!ctx.env.get(TTY_VAR);
}

export function stdinText(ctx: Ctx): string {
  return byteStringToText(String(ctx.stdin ?? ''));
}

const never = new AbortController().signal;

export function signalOf(ctx: Ctx): AbortSignal {
  return ctx.signal ?? never;
}

export function isAbort(e: unknown): boolean {
  return !!e && typeof e === 'object' && (e as { name?: string }).name === 'AbortError';
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Quotes words so that the shell reads them back as the same argv. */
export function quoteArgv(argv: string[]): string {
  return argv.map((s) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`)).join(' ');
}

export interface SubExecOptions {
  /** The environment of the command (exported there). */
  env: Record<string, string>;
  stdin?: string;
  /** `stdin` is bytes as one char each (a command's own stdin passed on) rather than text. */
  stdinBytes?: boolean;
  /** Keep the caller's terminal, so programs in the script stream (env, sudo, xargs, timeout). */
  tty: boolean;
  signal?: AbortSignal;
}

/**
 * Runs `script` in a fresh sub-interpreter (just-bash's ctx.exec) with `env` exported — ctx.exec
 * alone would pass variables unexported, so programs there would not see them.
 */
export async function execIn(ctx: Ctx, script: string, o: SubExecOptions): Promise<ExecResult> {
  if (!ctx.exec) return { stdout: '', stderr: 'bash: cannot run a command here\n', exitCode: 126 };
  const names = Object.keys(o.env).filter((n) => NAME.test(n) && !isInternalVar(n));
  // just-bash exports PWD in every interpreter; `env -i` must not show it
  const lines = [names.length ? `export ${names.join(' ')}` : '', 'PWD' in o.env ? '' : 'export -n PWD', script];
  const text = lines.filter(Boolean).join('\n');
  const env = { ...o.env, [TTY_VAR]: o.tty ? (ctx.env.get(TTY_VAR) ?? '') : '', [TTY_ERR_VAR]: o.tty ? (ctx.env.get(TTY_ERR_VAR) ?? '') : '' };
  const r = await ctx.exec(text, {
    cwd: ctx.cwd,
    env,
    replaceEnv: true,
    stdin: o.stdin,
    stdinKind: o.stdin !== undefined && o.stdinBytes ? 'bytes' : undefined,
    signal: o.signal ?? ctx.signal,
  });
  return { stdout: r.stdout, stderr: r.stderr.replace(/bash: execution aborted\n?/, ''), exitCode: r.exitCode };
}

/** CommandIO.exec: a line in the same shell, output captured (never on the terminal). */
export function subExec(ctx: Ctx) {
  return (line: string, opts?: { stdin?: string; env?: Record<string, string> }): Promise<ExecResult> =>
    execIn(ctx, line, { env: { ...programEnv(ctx), ...opts?.env }, stdin: opts?.stdin, tty: false });
}

/** A just-bash command that runs `cmd` with a CommandIO. */
export function programCommand(cmd: ShellCommand, env: ExecEnv): Command {
  return {
    name: cmd.name,
    trusted: true,
    async execute(argv: string[], ctx: Ctx): Promise<ExecResult> {
      const tty = isTty(ctx);
      const outDev = ctx.env.get(TTY_VAR);
      const errDev = ctx.env.get(TTY_ERR_VAR);
      const signal = signalOf(ctx);
      let stdout = '';
      let stderr = '';
      const io: CommandIO = {
        argv,
        stdin: stdinText(ctx),
        env: programEnv(ctx),
        cwd: ctx.cwd,
        fs: virtualFsAt(ctx.fs, ctx.cwd),
        signal,
        tty,
        out: (t) => (outDev ? env.sink(deviceStream(outDev), t) : (stdout += t)),
        err: (t) => (errDev ? env.sink(deviceStream(errDev), t) : (stderr += t)),
        sleep: (ms) => env.clock.sleep(ms, signal),
        now: () => env.clock.now(),
        exec: subExec(ctx),
        openSession: tty && env.openSession ? env.openSession : undefined,
      };
      let exitCode: number;
      try {
        exitCode = await cmd.run(io);
      } catch (e) {
        if (isAbort(e) || signal.aborted) exitCode = 130;
        else {
          stderr += `${cmd.name}: ${e instanceof Error ? e.message : String(e)}\n`;
          exitCode = 1;
        }
      }
      return { stdout, stderr, exitCode };
    },
  };
}
