// Utilities that run another command (GNU coreutils/findutils wording): `env [-i] [-u N] [N=V]… CMD`,
// `sudo CMD` (the learner is root already), `timeout DURATION CMD` on simulated time (exit 124), and
// `xargs` (-n, -L, -I, -0, -d, -r, -t; GNU's attached values `-n1`, `-I{}`, `-L1`). just-bash's own
// versions drop the exported environment and `timeout` waits on the wall clock, so these run the
// command through execIn(), which exports the variables and keeps the terminal for streaming.
// Simplified: xargs -P runs sequentially; `sudo -i`/`sudo su` do nothing (no nested root login).

import type { Command, CommandContext, ExecResult } from 'just-bash';
import { execIn, isAbort, programEnv, quoteArgv, signalOf, stdinText } from '../program';
import { parseInterval } from './sleep';

const res = (stdout: string, stderr = '', exitCode = 0): ExecResult => ({ stdout, stderr, exitCode });

function cmd(name: string, execute: (args: string[], ctx: CommandContext) => Promise<ExecResult>): Command {
  return { name, trusted: true, execute };
}

/** Runs `argv` with `env`, passing this command's stdin and terminal on. */
function runArgv(ctx: CommandContext, argv: string[], env: Record<string, string>, signal?: AbortSignal): Promise<ExecResult> {
  return execIn(ctx, quoteArgv(argv), { env, stdin: String(ctx.stdin ?? ''), stdinBytes: true, tty: true, signal });
}

function listEnv(env: Record<string, string>, nul: boolean): string {
  return Object.entries(env).map(([k, v]) => `${k}=${v}${nul ? '\0' : '\n'}`).join('');
}

export function envCommand(): Command {
  return cmd('env', async (args, ctx) => {
    let env = programEnv(ctx);
    let nul = false;
    let i = 0;
    for (; i < args.length; i++) {
      const a = args[i];
      if (a === '-i' || a === '--ignore-environment' || a === '-') env = {};
      else if (a === '-0' || a === '--null') nul = true;
      else if (a === '-u' || a === '--unset') {
        const { [args[++i] ?? '']: _, ...rest } = env;
        env = rest;
      } else if (a === '--') {
        i++;
        break;
      } else if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(a)) env = { ...env, [a.slice(0, a.indexOf('='))]: a.slice(a.indexOf('=') + 1) };
      else if (a.startsWith('-') && a.length > 1) return res('', `env: invalid option -- '${a.slice(1, 2)}'\nTry 'env --help' for more information.\n`, 125);
      else break;
    }
    if (i >= args.length) return res(listEnv(env, nul));
    return runArgv(ctx, args.slice(i), env);
  });
}

export function sudoCommand(): Command {
  return cmd('sudo', async (args, ctx) => {
    let i = 0;
    while (i < args.length && args[i].startsWith('-')) {
      if (args[i] === '--') {
        i++;
        break;
      }
      if (args[i] === '-u' || args[i] === '-g' || args[i] === '-C') i++;
      i++;
    }
    const rest = args.slice(i);
    if (rest.length === 0 || (rest[0] === 'su' && rest.length <= 2)) {
      if (args.some((a) => a === '-i' || a === '-s') || rest[0] === 'su') return res('');
      return res('', 'usage: sudo -h | -K | -k | -V\n', 1);
    }
    return runArgv(ctx, rest, programEnv(ctx));
  });
}

export function timeoutCommand(clock: { sleep(ms: number, signal?: AbortSignal): Promise<void> }): Command {
  return cmd('timeout', async (args, ctx) => {
    let kill = false;
    let preserve = false;
    let i = 0;
    for (; i < args.length && args[i].startsWith('-') && args[i] !== '-'; i++) {
      const a = args[i];
      if (a === '-s' || a === '-k') {
        if (a === '-s' && /^(SIG)?KILL$|^9$/.test(args[i + 1] ?? '')) kill = true;
        i++;
      } else if (/^--signal=(SIG)?KILL$|^--signal=9$/.test(a) || a === '-sKILL' || a === '-s9') kill = true;
      else if (a === '--preserve-status') preserve = true;
      else if (a === '--foreground' || a === '-v' || a === '--verbose' || a.startsWith('--kill-after=') || a.startsWith('--signal=') || a.startsWith('-s') || a.startsWith('-k')) continue;
      else return res('', `timeout: invalid option -- '${a.slice(1, 2)}'\nTry 'timeout --help' for more information.\n`, 125);
    }
    const [duration, ...command] = args.slice(i);
    if (duration === undefined || command.length === 0) return res('', "timeout: missing operand\nTry 'timeout --help' for more information.\n", 125);
    const seconds = parseInterval(duration);
    if (seconds === null) return res('', `timeout: invalid time interval ‘${duration}’\nTry 'timeout --help' for more information.\n`, 125);
    const outer = signalOf(ctx);
    const run = new AbortController();
    const timer = new AbortController();
    const onOuter = () => run.abort();
    outer.addEventListener('abort', onOuter, { once: true });
    let timedOut = false;
    if (seconds > 0 && seconds !== Infinity) {
      clock.sleep(Math.round(seconds * 1000), timer.signal).then(
        () => {
          timedOut = true;
          run.abort();
        },
        () => {},
      );
    }
    try {
      const r = await runArgv(ctx, command, programEnv(ctx), run.signal);
      if (!timedOut) return r;
      return { ...r, exitCode: preserve ? 128 + (kill ? 9 : 15) : kill ? 137 : 124 };
    } catch (e) {
      if (isAbort(e)) return res('', '', timedOut ? 124 : 130);
      throw e;
    } finally {
      timer.abort();
      outer.removeEventListener('abort', onOuter);
    }
  });
}

/** xargs's default input splitting: blanks and newlines, with '…', "…" and backslash quoting. */
export function splitXargsInput(input: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inWord = false;
  let q = '';
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (q) {
      if (c === q) q = '';
      else cur += c;
    } else if (c === "'" || c === '"') {
      q = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < input.length) {
      cur += input[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) out.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (inWord) out.push(cur);
  return out;
}

function unescapeDelim(d: string): string {
  return d.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\0/g, '\0').replace(/\\\\/g, '\\');
}

export function xargsCommand(): Command {
  return cmd('xargs', async (args, ctx) => {
    let maxArgs = 0;
    let maxLines = 0;
    let replace: string | undefined;
    let delim: string | undefined;
    let noRunEmpty = false;
    let verbose = false;
    let i = 0;
    const value = (a: string, short: string, long: string): string | undefined => {
      if (a === short || a === long) return args[++i];
      if (a.startsWith(long + '=')) return a.slice(long.length + 1);
      if (a.startsWith(short) && short.length === 2 && a.length > 2) return a.slice(2);
      return undefined;
    };
    for (; i < args.length && args[i].startsWith('-') && args[i] !== '-'; i++) {
      const a = args[i];
      let v: string | undefined;
      if (a === '--') {
        i++;
        break;
      } else if (a === '-0' || a === '--null') delim = '\0';
      else if (a === '-r' || a === '--no-run-if-empty') noRunEmpty = true;
      else if (a === '-t' || a === '--verbose') verbose = true;
      else if (a === '-i' || a === '--replace') replace = '{}';
      else if ((v = value(a, '-n', '--max-args')) !== undefined) maxArgs = Number(v);
      else if ((v = value(a, '-L', '--max-lines')) !== undefined) maxLines = Number(v);
      else if ((v = value(a, '-I', '--replace')) !== undefined) replace = v;
      else if ((v = value(a, '-d', '--delimiter')) !== undefined) delim = unescapeDelim(v);
      else if ((v = value(a, '-P', '--max-procs')) !== undefined || (v = value(a, '-s', '--max-chars')) !== undefined) continue;
      else return res('', `xargs: invalid option -- '${a.replace(/^-+/, '').slice(0, 1)}'\nTry 'xargs --help' for more information.\n`, 1);
    }
    const command = args.length > i ? args.slice(i) : ['echo'];
    const input = stdinText(ctx);
    const groups: string[][] = [];
    if (replace !== undefined) {
      for (const line of input.split('\n')) {
        const item = line.replace(/^[ \t]+/, '');
        if (item) groups.push(command.map((w) => w.split(replace!).join(item)));
      }
    } else {
      let items: string[];
      let lines: string[][] | undefined;
      if (delim !== undefined) items = input.split(delim).filter((x, k, all) => !(k === all.length - 1 && (x === '' || (delim !== '\n' && x === '\n'))));
      else if (maxLines > 0) {
        lines = input.split('\n').map(splitXargsInput).filter((l) => l.length > 0);
        items = lines.flat();
      } else items = splitXargsInput(input);
      if (lines) for (let k = 0; k < lines.length; k += maxLines) groups.push([...command, ...lines.slice(k, k + maxLines).flat()]);
      else if (maxArgs > 0) for (let k = 0; k < items.length; k += maxArgs) groups.push([...command, ...items.slice(k, k + maxArgs)]);
      else if (items.length > 0 || !noRunEmpty) groups.push([...command, ...items]);
    }
    let stdout = '';
    let stderr = '';
    let code = 0;
    for (const argv of groups) {
      if (verbose) stderr += argv.join(' ') + '\n';
      const r = await execIn(ctx, quoteArgv(argv), { env: programEnv(ctx), tty: true });
      stdout += r.stdout;
      stderr += r.stderr;
      if (r.exitCode === 127 || r.exitCode === 126) return res(stdout, stderr, r.exitCode);
      if (r.exitCode === 255) return res(stdout, stderr + `xargs: ${argv[0]}: exited with status 255; aborting\n`, 124);
      if (r.exitCode !== 0) code = 123;
    }
    return res(stdout, stderr, code);
  });
}
