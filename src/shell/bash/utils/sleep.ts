// `sleep` on simulated time (GNU coreutils): `sleep 5`, `0.5`, `2m`, `1h`, `1d`, several arguments
// summed, `infinity`. Interrupted by Ctrl-C or `kill` through the command's abort signal.

import type { Command } from 'just-bash';
import { isAbort, signalOf } from '../program';

const SUFFIX: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** Seconds for one `sleep` operand, or null when it is not a valid interval. */
export function parseInterval(arg: string): number | null {
  if (arg === 'infinity' || arg === 'inf') return Infinity;
  const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(arg);
  return m ? Number(m[1]) * SUFFIX[m[2]] : null;
}

export function sleepCommand(clock: { sleep(ms: number, signal?: AbortSignal): Promise<void> }): Command {
  return {
    name: 'sleep',
    trusted: true,
    async execute(args, ctx) {
      const ops = args[0] === '--' ? args.slice(1) : args;
      if (ops.length === 0) return { stdout: '', stderr: "sleep: missing operand\nTry 'sleep --help' for more information.\n", exitCode: 1 };
      let seconds = 0;
      for (const a of ops) {
        const s = parseInterval(a);
        if (s === null) return { stdout: '', stderr: `sleep: invalid time interval ‘${a}’\nTry 'sleep --help' for more information.\n`, exitCode: 1 };
        seconds += s;
      }
      const signal = signalOf(ctx);
      try {
        if (seconds === Infinity) await new Promise<void>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
        else await clock.sleep(Math.round(seconds * 1000), signal);
      } catch (e) {
        if (isAbort(e) || signal.aborted) return { stdout: '', stderr: '', exitCode: 130 };
        throw e;
      }
      return { stdout: '', stderr: '', exitCode: 0 };
    },
  };
}
