// Small coreutils/gettext utilities labs reach for that just-bash lacks: `envsubst` (templating
// manifests), `nohup` (output to nohup.out), `tty`, `less`/`more` (print like cat: there is no
// pager), `realpath`, `mktemp` (deterministic names), `chown`/`chgrp` (accepted; the sandbox has no
// owners). Simplified: no `less` navigation, `tty` assumes an interactive stdin when none is given.

import type { Command, CommandContext, ExecResult } from 'just-bash';
import { execIn, programEnv, quoteArgv, stdinText } from '../program';

const res = (stdout: string, stderr = '', exitCode = 0): ExecResult => ({ stdout, stderr, exitCode });

function cmd(name: string, execute: (args: string[], ctx: CommandContext) => Promise<ExecResult>): Command {
  return { name, trusted: true, execute };
}

/** GNU envsubst: `$VAR` and `${VAR}` from the environment (empty when unset), or only the listed ones. */
export function envsubst(text: string, env: Record<string, string>, only?: Set<string>): string {
  return text.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g, (m, a: string | undefined, b: string | undefined) => {
    const name = (a ?? b)!;
    if (only && !only.has(name)) return m;
    return env[name] ?? '';
  });
}

let tmpSeq = 0;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Fills the trailing X's of a mktemp template from a counter (deterministic, unlike coreutils). */
function fillTemplate(template: string, seed: number): string {
  const m = /X{3,}$/.exec(template);
  if (!m) return template;
  let x = (seed * 2654435761 + ++tmpSeq * 40503) >>> 0;
  let s = '';
  for (let i = 0; i < m[0].length; i++) {
    s += ALPHABET[x % ALPHABET.length];
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
  }
  return template.slice(0, m.index) + s;
}

export function extraCommands(clock: { now(): number }): Command[] {
  const pager = (name: string) =>
    cmd(name, async (args, ctx) => {
      const files = args.filter((a) => !a.startsWith('-'));
      if (files.length === 0) return res(stdinText(ctx));
      let out = '';
      let err = '';
      for (const f of files) {
        try {
          out += await ctx.fs.readFile(ctx.fs.resolvePath(ctx.cwd, f));
        } catch {
          err += `${f}: No such file or directory\n`;
        }
      }
      return res(out, err, err ? 1 : 0);
    });
  return [
    cmd('envsubst', async (args, ctx) => {
      const spec = args.find((a) => !a.startsWith('-'));
      const only = spec ? new Set([...spec.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g)].map((m) => m[1])) : undefined;
      return res(envsubst(stdinText(ctx), programEnv(ctx), only));
    }),
    cmd('nohup', async (args, ctx) => {
      if (args.length === 0) return res('', "nohup: missing operand\nTry 'nohup --help' for more information.\n", 125);
      const r = await execIn(ctx, quoteArgv(args), { env: programEnv(ctx), tty: false });
      if (!ctx.env.get('__TTY')) return res(r.stdout, 'nohup: ignoring input\n' + r.stderr, r.exitCode);
      await ctx.fs.appendFile(ctx.fs.resolvePath(ctx.cwd, 'nohup.out'), r.stdout + r.stderr);
      return res('', "nohup: ignoring input and appending output to 'nohup.out'\n", r.exitCode);
    }),
    cmd('tty', async (args, ctx) => {
      const silent = args.includes('-s');
      if (String(ctx.stdin ?? '') !== '') return res(silent ? '' : 'not a tty\n', '', 1);
      return res(silent ? '' : '/dev/pts/0\n');
    }),
    pager('less'),
    pager('more'),
    cmd('realpath', async (args, ctx) => {
      let out = '';
      let err = '';
      for (const a of args.filter((x) => !x.startsWith('-'))) {
        try {
          out += (await ctx.fs.realpath(ctx.fs.resolvePath(ctx.cwd, a))) + '\n';
        } catch {
          err += `realpath: ${a}: No such file or directory\n`;
        }
      }
      return res(out, err, err ? 1 : 0);
    }),
    cmd('mktemp', async (args, ctx) => {
      const dir = args.includes('-d') || args.includes('--directory');
      const pIdx = args.indexOf('-p');
      const base = pIdx >= 0 ? args[pIdx + 1] : args.includes('-t') ? '/tmp' : undefined;
      const template = args.filter((a, i) => !a.startsWith('-') && !(pIdx >= 0 && i === pIdx + 1))[0];
      const name = fillTemplate(template ?? 'tmp.XXXXXXXXXX', clock.now());
      const path = template && !base ? ctx.fs.resolvePath(ctx.cwd, name) : `${base ?? '/tmp'}/${name}`;
      if (dir) await ctx.fs.mkdir(path, { recursive: true });
      else await ctx.fs.writeFile(path, '');
      return res(path + '\n');
    }),
    ...['chown', 'chgrp'].map((name) =>
      cmd(name, async (args, ctx) => {
        const paths = args.filter((a) => !a.startsWith('-')).slice(1);
        if (paths.length === 0) return res('', `${name}: missing operand\nTry '${name} --help' for more information.\n`, 1);
        let err = '';
        for (const p of paths) if (!(await ctx.fs.exists(ctx.fs.resolvePath(ctx.cwd, p)))) err += `${name}: cannot access '${p}': No such file or directory\n`;
        return res('', err, err ? 1 : 0);
      }),
    ),
  ];
}
