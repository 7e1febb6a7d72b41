// Small utilities just-bash lacks or prints differently from a Linux host: hostname (-s, -i/-I from
// /etc/hosts), whoami, id, uname, clear, history (bash's `%5d  cmd` listing, -c, N), printenv
// (exported variables only, as a real environment), `uniq -c` with GNU's count width, and stubs
// for commands a host hides.
// Simplified: uname reports a fixed Ubuntu kernel.

import type { Command, CommandContext, ExecResult } from 'just-bash';
import type { ShellHost } from '../../types';
import { programEnv } from '../program';

const ok = (stdout: string): ExecResult => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, exitCode = 1): ExecResult => ({ stdout: '', stderr, exitCode });

function cmd(name: string, execute: (args: string[], ctx: CommandContext) => Promise<ExecResult> | ExecResult): Command {
  return { name, trusted: true, execute: async (args, ctx) => execute(args, ctx) };
}

async function hostsAddress(ctx: CommandContext, hostname: string): Promise<string | null> {
  const text = await ctx.fs.readFile('/etc/hosts').catch(() => '');
  for (const line of text.split('\n')) {
    const [ip, ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (ip && names.includes(hostname) && !ip.startsWith('127.')) return ip;
  }
  return null;
}

export function hostCommands(host: () => ShellHost): Command[] {
  const uname = (args: string[]): ExecResult => {
    const h = host();
    const f = { s: 'Linux', n: h.hostname, r: '6.8.0-45-generic', v: '#45-Ubuntu SMP PREEMPT_DYNAMIC Fri Aug 30 12:02:04 UTC 2024', m: 'x86_64', p: 'x86_64', i: 'x86_64', o: 'GNU/Linux' };
    const flags = args.join('').replace(/-/g, '') || 's';
    if (/[^snrvmpioa]/.test(flags)) return fail(`uname: invalid option -- '${flags.replace(/[snrvmpioa]/g, '')[0]}'\nTry 'uname --help' for more information.\n`);
    const order = flags.includes('a') ? 'snrvmpio' : 'snrvmpio'.split('').filter((c) => flags.includes(c)).join('');
    return ok(order.split('').map((c) => f[c as keyof typeof f]).join(' ') + '\n');
  };
  return [
    cmd('hostname', async (args, ctx) => {
      const name = host().hostname;
      if (args.includes('-i') || args.includes('-I') || args.includes('--ip-address') || args.includes('--all-ip-addresses')) {
        const ip = await hostsAddress(ctx, name);
        if (args.includes('-I') || args.includes('--all-ip-addresses')) return ok(ip ? `${ip} \n` : '\n');
        return ip ? ok(`${ip}\n`) : fail('hostname: Name or service not known\n');
      }
      if (args.includes('-s') || args.includes('--short')) return ok(name.split('.')[0] + '\n');
      if (args.some((a) => !a.startsWith('-'))) return fail('hostname: you must be root to change the host name\n');
      return ok(name + '\n');
    }),
    cmd('whoami', () => ok(host().user + '\n')),
    cmd('id', () => {
      const u = host().user;
      const n = u === 'root' ? 0 : 1000;
      return ok(`uid=${n}(${u}) gid=${n}(${u}) groups=${n}(${u})\n`);
    }),
    cmd('uname', (args) => uname(args)),
    cmd('clear', () => ok('\x1b[H\x1b[2J\x1b[3J')),
  ];
}

/** bash's `history` builtin over the session's list. */
export function historyCommand(list: () => string[], clear: () => void): Command {
  return cmd('history', (args) => {
    if (args[0] === '-c') {
      clear();
      return ok('');
    }
    const all = list();
    let items = all.map((line, i) => ({ n: i + 1, line }));
    if (args[0] !== undefined) {
      const n = Number(args[0]);
      if (!Number.isInteger(n) || n < 0) return fail(`bash: history: ${args[0]}: numeric argument required\n`);
      items = n === 0 ? [] : items.slice(-n);
    }
    return ok(items.map(({ n, line }) => `${String(n).padStart(5)}  ${line.replace(/\n/g, '\n')}\n`).join(''));
  });
}

/** `printenv [NAME…]`: the exported variables (just-bash's prints every shell variable). */
export function printenvCommand(): Command {
  return cmd('printenv', (args, ctx) => {
    const env = programEnv(ctx);
    const names = args.filter((a) => !a.startsWith('-'));
    const nul = args.includes('-0') || args.includes('--null');
    if (names.length === 0) return ok(Object.entries(env).map(([k, v]) => `${k}=${v}${nul ? '\0' : '\n'}`).join(''));
    const found = names.filter((n) => n in env);
    return { stdout: found.map((n) => env[n] + (nul ? '\0' : '\n')).join(''), stderr: '', exitCode: found.length === names.length ? 0 : 1 };
  });
}

/** `uniq -c` pads counts to 7 columns as GNU does (just-bash pads to 4). */
export function uniqCommand(): Command {
  return cmd('uniq', async (args, ctx) => {
    if (!ctx.origCommand) return fail('uniq: unavailable\n');
    const r = await ctx.origCommand(args);
    const counting = args.some((a) => a === '--count' || /^-[a-zA-Z]*c/.test(a));
    return counting ? { stdout: r.stdout.replace(/^ *(\d+) /gm, (_m, n: string) => `${n.padStart(7)} `), stderr: r.stderr, exitCode: r.exitCode } : r;
  });
}

/** A command a host does not have (e.g. `kubectl` inside a container). */
export function missingCommand(name: string): Command {
  return cmd(name, () => fail(`bash: ${name}: command not found\n`, 127));
}
