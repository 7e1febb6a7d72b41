// `watch` (procps-ng 3.3/4.0 as on Ubuntu): runs `sh -c COMMAND` every interval of simulated time
// and shows the header `Every 2.0s: COMMAND` with `HOST: Tue Nov 25 19:30:00 2026` right-aligned to
// $COLUMNS (80 by default), a blank line, then the command's stdout and stderr. On a terminal it works
// on the alternate screen as curses does (`ESC[?1049h`), each round clearing it (`ESC[H ESC[2J`) and
// redrawing, and leaving it on exit so the screen from before comes back; otherwise each round is
// appended. Runs until
// Ctrl-C. Options: -n/--interval, -t/--no-title, -x/--exec, -g/--chgexit, -e/--errexit; -d, -c, -b,
// -p, -w are accepted and ignored. Simplified: no line wrapping or clipping to the screen height.

import type { Command } from 'just-bash';
import { isAbort, isTty, signalOf, subExec, type ExecEnv } from '../program';
import { strftime } from './strftime';

/** The header line as procps draws it on a screen `width` columns wide. */
export function watchHeader(intervalSec: number, command: string, hostname: string, nowMs: number, width: number): string {
  const left = `Every ${intervalSec.toFixed(1)}s: `;
  const right = `${hostname}: ${strftime('%a %b %e %H:%M:%S %Y', nowMs)}`;
  const rhlen = right.length + 1; // procps counts ctime()'s newline
  const hlen = left.length;
  if (width < rhlen) return '';
  const line = Array.from({ length: width }, () => ' ');
  const put = (col: number, s: string) => {
    for (let i = 0; i < s.length && col + i < width; i++) if (col + i >= 0) line[col + i] = s[i];
  };
  if (rhlen + hlen + 1 <= width) {
    put(0, left);
    if (rhlen + hlen + 2 <= width) {
      if (width < rhlen + hlen + 4) put(width - rhlen - 4, '... ');
      else if (width < rhlen + hlen + command.length) {
        put(hlen, command.slice(0, width - rhlen - hlen - 4));
        put(width - rhlen - 4, '... ');
      } else put(hlen, command.slice(0, width - rhlen - hlen));
    }
  }
  put(width - rhlen + 1, right);
  return line.join('');
}

const USAGE = '\nUsage:\n watch [options] command\n';

function quote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

export function watchCommand(env: ExecEnv, hostname: () => string): Command {
  return {
    name: 'watch',
    trusted: true,
    async execute(args, ctx) {
      let interval = 2;
      let title = true;
      let execMode = false;
      let chgexit = false;
      let errexit = false;
      let i = 0;
      for (; i < args.length; i++) {
        const a = args[i];
        if (a === '--') {
          i++;
          break;
        }
        if (!a.startsWith('-') || a === '-') break;
        let value: string | undefined;
        if (a === '-n' || a === '--interval') value = args[++i];
        else if (a.startsWith('--interval=')) value = a.slice(11);
        else if (/^-n./.test(a)) value = a.slice(2);
        else if (a === '-t' || a === '--no-title') title = false;
        else if (a === '-x' || a === '--exec') execMode = true;
        else if (a === '-g' || a === '--chgexit') chgexit = true;
        else if (a === '-e' || a === '--errexit') errexit = true;
        else if (/^-[dcbpw]+$/.test(a) || /^--(differences|color|beep|precise|no-wrap)/.test(a)) continue;
        else return { stdout: '', stderr: `watch: invalid option -- '${a.replace(/^-+/, '')}'${USAGE}`, exitCode: 1 };
        if (value !== undefined) {
          const n = Number(value.replace(',', '.'));
          if (!Number.isFinite(n) || value === '') return { stdout: '', stderr: `watch: failed to parse argument: '${value}'\n`, exitCode: 1 };
          interval = Math.max(0.1, n);
        }
      }
      const rest = args.slice(i);
      if (rest.length === 0) return { stdout: '', stderr: USAGE.slice(1), exitCode: 1 };
      const command = execMode ? rest.map(quote).join(' ') : rest.join(' ');
      const tty = isTty(ctx);
      const width = Number(ctx.env.get('COLUMNS')) || 80;
      const signal = signalOf(ctx);
      const run = subExec(ctx);
      let stdout = '';
      let previous: string | undefined;
      if (tty) env.sink('out', '\x1b[?1049h');
      try {
        for (;;) {
          const r = await run(command);
          if (signal.aborted) break;
          const body = r.stdout + r.stderr;
          const head = title ? watchHeader(interval, command, hostname(), env.clock.now(), width) + '\n\n' : '';
          if (tty) env.sink('out', '\x1b[H\x1b[2J' + head + body);
          else stdout += head + body;
          if (errexit && r.exitCode !== 0) return { stdout, stderr: '', exitCode: 8 };
          if (chgexit && previous !== undefined && previous !== body) return { stdout, stderr: '', exitCode: 0 };
          previous = body;
          await (env.clock.follow ?? env.clock.sleep).call(env.clock, Math.round(interval * 1000), signal);
        }
      } catch (e) {
        if (!isAbort(e) && !signal.aborted) throw e;
      } finally {
        if (tty) env.sink('out', '\x1b[?1049l');
      }
      return { stdout, stderr: '', exitCode: 130 };
    },
  };
}
