// A tiny POSIX-sh subset run directly by the engine, for container commands that do not need the
// real shell: `echo`, `sleep N` (s/m/h/d suffixes, `infinity`), `true`, `false`, `:`, `exit N`,
// `env`/`printenv`, `hostname`, `cat FILE`, `date`, `pwd`, joined by `;`, `&&`, `||` or newlines, in
// `while true; do …; done`, `until …` and `for x in a b; do …; done` loops, with `$VAR`/`${VAR}`
// and quotes. Anything else (pipes, redirections, `$(…)`, globs, `if`, other commands) is reported
// as unsupported so the caller hands it to the real shell's ScriptRunner. It runs on callbacks so
// its output and exits land at their exact simulated times.

import type { ProgramContext } from '../program';
import { basename } from '../program';
import { BUILTINS, parseBuiltinScript, SHELLS, type Node, type Script, type Word } from './builtin-sh-parse';

export { parseBuiltinScript, type Script } from './builtin-sh-parse';

/**
 * What the builtin interpreter would run for a process argv: `sh -c SCRIPT` → the script,
 * `echo hi` / `sleep 3600` → that command; undefined when the real shell is needed.
 */
export function builtinForArgv(argv: string[]): Script | undefined {
  if (!argv.length) return undefined;
  const cmd = basename(argv[0]);
  if (SHELLS.has(cmd)) {
    if (argv[1] === '-c' && argv.length >= 3) return parseBuiltinScript(argv[2]);
    return undefined;
  }
  if (!BUILTINS.has(cmd)) return undefined;
  return { k: 'cmd', words: [[{ lit: cmd, vars: false }], ...argv.slice(1).map((a) => [{ lit: a, vars: false }])] };
}

/** Runs a parsed script in a process; `done` gets the exit status (never called after `exit`). */
export function runBuiltin(script: Script, ctx: ProgramContext, done: (code: number) => void): void {
  const vars: Record<string, string> = { ...ctx.env, HOSTNAME: ctx.hostname };
  let halted = false;
  let last = 0;
  const expand = (w: Word): string =>
    w.map((p) => (p.vars ? p.lit.replace(/\$(?:\{(\w+)\}|(\w+)|(\?))/g, (_m, a, b, q) => (q ? String(last) : vars[a ?? b] ?? '')) : p.lit)).join('');

  // Unquoted words that expand to nothing are removed, as the shell's field splitting does.
  const fields = (ws: Word[]): string[] => ws.flatMap((w) => {
    const v = expand(w);
    return v === '' && w.length > 0 && w.every((p) => p.bare) ? [] : [v];
  });

  const run = (n: Node, k: (code: number) => void): void => {
    if (halted || ctx.signal.aborted) return;
    const finish = (code: number) => {
      last = code;
      if (!halted && !ctx.signal.aborted) k(code);
    };
    switch (n.k) {
      case 'cmd':
        return simple(fields(n.words), finish);
      case 'and':
      case 'or':
        return run(n.a, (c) => ((c === 0) === (n.k === 'and') ? run(n.b, finish) : finish(c)));
      case 'seq': {
        const step = (i: number, code: number): void => (i >= n.items.length ? finish(code) : run(n.items[i], (c) => step(i + 1, c)));
        return step(0, 0);
      }
      case 'while':
      case 'until': {
        const iterate = (code: number): void => {
          const started = ctx.now();
          run(n.cond, (c) => {
            if ((c === 0) !== (n.k === 'while')) return finish(code);
            run(n.body, (b) => {
              // A loop that never sleeps would spin forever at one instant: give each idle turn 10 ms.
              if (ctx.now() === started) ctx.after(10, () => iterate(b));
              else iterate(b);
            });
          });
        };
        return iterate(0);
      }
      case 'for': {
        const items = fields(n.items);
        const step = (i: number, code: number): void => {
          if (i >= items.length) return finish(code);
          vars[n.name] = items[i];
          run(n.body, (c) => step(i + 1, c));
        };
        return step(0, 0);
      }
    }
  };

  const simple = (argv: string[], k: (code: number) => void): void => {
    const [cmd, ...args] = argv;
    switch (cmd) {
      case 'echo': {
        let a = args;
        let nl = true;
        if (a[0] === '-n') { nl = false; a = a.slice(1); }
        ctx.stdout(a.join(' ') + (nl ? '\n' : ''));
        return k(0);
      }
      case 'sleep': {
        let total = 0;
        for (const a of args) {
          if (a === 'infinity') return; // never returns; the process ends only by a signal
          const m = /^(\d+(?:\.\d+)?|\.\d+)([smhd]?)$/.exec(a);
          if (!m) {
            ctx.stderr(`sleep: invalid number '${a}'\n`);
            return k(1);
          }
          total += Number(m[1]) * { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as '' | 's' | 'm' | 'h' | 'd'] * 1000;
        }
        if (!args.length) {
          ctx.stderr('sleep: missing operand\n');
          return k(1);
        }
        ctx.after(Math.round(total), () => k(0));
        return;
      }
      case 'true':
      case ':':
        return k(0);
      case 'false':
        return k(1);
      case 'exit': {
        const code = args.length ? Number(args[0]) & 255 : last;
        halted = true;
        return done(Number.isNaN(code) ? 2 : code);
      }
      case 'env':
      case 'printenv':
        if (args.length) {
          const v = args.map((a) => vars[a]).filter((x) => x !== undefined);
          ctx.stdout(v.map((x) => `${x}\n`).join(''));
          return k(v.length === args.length ? 0 : 1);
        }
        ctx.stdout(Object.entries({ ...ctx.env, HOSTNAME: ctx.hostname }).map(([a, b]) => `${a}=${b}\n`).join(''));
        return k(0);
      case 'hostname':
        ctx.stdout(`${ctx.hostname}\n`);
        return k(0);
      case 'pwd':
        ctx.stdout(`${ctx.cwd}\n`);
        return k(0);
      case 'date':
        ctx.stdout(`${unixDate(ctx.now())}\n`);
        return k(0);
      case 'cat': {
        let code = 0;
        for (const f of args) {
          const c = ctx.fs.read(f.startsWith('/') ? f : `${ctx.cwd}/${f}`);
          if (c === undefined) {
            ctx.stderr(ctx.image.os === 'debian' || ctx.image.os === 'ubuntu' ? `cat: ${f}: No such file or directory\n` : `cat: can't open '${f}': No such file or directory\n`);
            code = 1;
          } else ctx.stdout(c);
        }
        return k(code);
      }
      default:
        ctx.stderr(`sh: ${cmd}: not found\n`);
        return k(127);
    }
  };

  run(script, (code) => {
    if (!halted) done(code);
  });
}

/** `date` output: `Thu Jan 15 09:00:05 UTC 2026`. */
export function unixDate(ms: number): string {
  const d = new Date(ms).toUTCString(); // "Thu, 15 Jan 2026 09:00:05 GMT"
  const [dow, day, mon, year, time] = d.replace(',', '').split(' ');
  return `${dow} ${mon} ${String(Number(day)).padStart(2, ' ')} ${time} UTC ${year}`;
}
