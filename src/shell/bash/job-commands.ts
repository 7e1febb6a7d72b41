// The job-control commands over JobTable, with bash's wording: `__bg` (what `cmd &` becomes; prints
// `[1] 24000` on interactive shells and sets `$!`), `jobs [-l|-p]`, `kill [-s SIG|-SIG] %n|pid`,
// `wait [-n] [%n|pid]` (renamed `__wait` by the transform, since `wait` is a just-bash builtin),
// `fg`, `bg`, `disown`. Simplified: no stopped jobs (no Ctrl-Z), `kill` only reaches shell jobs.

import type { Command, CommandContext, ExecResult } from 'just-bash';
import { isTty, signalOf } from './program';
import { SIGNALS, type Job, type JobTable } from './jobs';

export interface JobHost {
  table: JobTable;
  /** Interactive shells announce `[1] pid` and report finished jobs. */
  interactive: boolean;
  /** Starts the job the transform registered as `id`, with the variables and directory of `ctx`. */
  spawn(id: number, ctx: CommandContext): Job | undefined;
  /** Writes to the screen at once (for `fg`, which names the job before waiting for it). */
  sink(stream: 'out' | 'err', text: string): void;
}

const res = (stdout: string, stderr = '', exitCode = 0): ExecResult => ({ stdout, stderr, exitCode });

function cmd(name: string, execute: (args: string[], ctx: CommandContext) => Promise<ExecResult> | ExecResult): Command {
  return { name, trusted: true, execute: async (args, ctx) => execute(args, ctx) };
}

/** Waits for `job` unless the waiting command is interrupted first (then resolves to null). */
function waitFor(job: Job, signal: AbortSignal): Promise<number | null> {
  if (signal.aborted) return Promise.resolve(null);
  return new Promise((resolve) => {
    const onAbort = () => resolve(null);
    signal.addEventListener('abort', onAbort, { once: true });
    void job.done.then((code) => {
      signal.removeEventListener('abort', onAbort);
      resolve(code);
    });
  });
}

export function jobCommands(host: JobHost): Command[] {
  const t = host.table;
  return [
    cmd('__bg', async (args, ctx) => {
      const job = host.spawn(Number(args[0]), ctx);
      if (!job) return res('', 'bash: internal error: unknown background job\n', 1);
      await ctx.assignShellVariable?.('__LASTBG', String(job.pid));
      return res('', host.interactive ? `[${job.id}] ${job.pid}\n` : '');
    }),

    cmd('jobs', (args) => {
      const long = args.includes('-l');
      const pids = args.includes('-p');
      const specs = args.filter((a) => !a.startsWith('-'));
      let jobs = t.list();
      if (specs.length) {
        const found: Job[] = [];
        for (const s of specs) {
          const j = t.find(s.startsWith('%') ? s : `%${s}`);
          if (!j) return res('', `bash: jobs: ${s}: no such job\n`, 1);
          found.push(j);
        }
        jobs = found;
      }
      const out = jobs.map((j) => (pids ? `${j.pid}\n` : t.format(j, long))).join('');
      for (const j of jobs) if (j.state !== 'Running') t.remove(j);
      return res(out);
    }),

    cmd('kill', async (args) => {
      let sig = SIGNALS.TERM;
      let sigName = 'TERM';
      const targets: string[] = [];
      for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a === '-l' || a === '-L') return res(Object.entries(SIGNALS).map(([n, s]) => `${String(s.num).padStart(2)}) SIG${n}`).join('\t') + '\n');
        let name: string | undefined;
        if (a === '-s' || a === '-n') name = args[++i];
        else if (a.startsWith('-') && a.length > 1 && targets.length === 0 && !/^-\d+$/.test(a)) name = a.slice(1);
        else if (/^-\d+$/.test(a) && targets.length === 0) name = a.slice(1);
        else {
          targets.push(a);
          continue;
        }
        const key = (name ?? '').toUpperCase().replace(/^SIG/, '');
        const entry = Object.entries(SIGNALS).find(([n, s]) => n === key || String(s.num) === key);
        if (key === '0') {
          sigName = '0';
          continue;
        }
        if (!entry) return res('', `bash: kill: ${name}: invalid signal specification\n`, 1);
        [sigName, sig] = entry;
      }
      if (targets.length === 0) return res('', 'kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n', 2);
      let stderr = '';
      let code = 0;
      for (const target of targets) {
        const job = t.find(target);
        if (!job || job.state !== 'Running') {
          code = 1;
          if (target.startsWith('%')) stderr += `bash: kill: ${target}: no such job\n`;
          else if (/^\d+$/.test(target)) stderr += `bash: kill: (${target}) - No such process\n`;
          else stderr += `bash: kill: ${target}: arguments must be process or job IDs\n`;
          continue;
        }
        if (sigName === '0') continue;
        job.pendingSignal = { text: sig.text, code: 128 + sig.num };
        job.abort();
        await job.done;
      }
      return res('', stderr, code);
    }),

    cmd('__wait', async (args, ctx) => {
      const signal = signalOf(ctx);
      const anyOne = args.includes('-n');
      const specs = args.filter((a) => !a.startsWith('-'));
      if (specs.length === 0) {
        const running = t.running();
        if (anyOne) {
          if (running.length === 0) return res('', '', 127);
          const first = await Promise.race(running.map((j) => waitFor(j, signal)));
          return res('', '', first ?? 130);
        }
        for (const j of running) if ((await waitFor(j, signal)) === null) return res('', '', 130);
        return res('');
      }
      let code = 0;
      let stderr = '';
      for (const s of specs) {
        const job = t.find(s);
        if (!job) {
          stderr += s.startsWith('%') ? `bash: wait: ${s}: no such job\n` : `bash: wait: pid ${s} is not a child of this shell\n`;
          code = 127;
          continue;
        }
        const c = await waitFor(job, signal);
        if (c === null) return res('', stderr, 130);
        code = c;
      }
      return res('', stderr, code);
    }),

    cmd('fg', async (args, ctx) => {
      const spec = args[0] ?? '%+';
      const job = t.find(spec.startsWith('%') ? spec : `%${spec}`);
      if (!job) return res('', `bash: fg: ${args[0] ?? 'current'}: no such job\n`, 1);
      if (job.state !== 'Running') {
        t.remove(job);
        return res(`${job.text}\n`, '', job.code);
      }
      t.touch(job);
      const tty = isTty(ctx);
      if (tty) host.sink('out', `${job.text}\n`);
      const code = await waitFor(job, signalOf(ctx));
      if (code === null) {
        job.pendingSignal = { text: SIGNALS.INT.text, code: 130 };
        job.abort();
        await job.done;
      }
      t.remove(job);
      return res(tty ? '' : `${job.text}\n`, '', code ?? 130);
    }),

    cmd('bg', (args) => {
      const spec = args[0] ?? '%+';
      const job = t.find(spec.startsWith('%') ? spec : `%${spec}`);
      if (!job) return res('', `bash: bg: ${args[0] ?? 'current'}: no such job\n`, 1);
      return res('', `bash: bg: job ${job.id} already in background\n`, 0);
    }),

    cmd('disown', (args) => {
      const targets = args.filter((a) => !a.startsWith('-'));
      if (args.includes('-a')) for (const j of t.list()) t.remove(j);
      for (const s of targets.length ? targets : args.includes('-a') ? [] : ['%+']) {
        const job = t.find(s);
        if (!job) return res('', `bash: disown: ${s}: no such job\n`, 1);
        t.remove(job);
      }
      return res('');
    }),
  ];
}
