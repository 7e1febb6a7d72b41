// What busybox, alpine, bash, ubuntu and debian containers run: their command. A shell with no
// command and no stdin (busybox's default `sh`, ubuntu's `/bin/bash`) reads EOF and exits 0 at once,
// which under restartPolicy Always gives the classic Completed → CrashLoopBackOff. Simple commands
// and scripts run in the builtin interpreter (exact timing); anything else goes to the shell's
// ScriptRunner. Also used for any non-image binary run in another image (`nginx` image with
// `command: [sleep, "3600"]`).

import type { Program, ProgramContext } from '../program';
import { basename } from '../program';
import { builtinForArgv, runBuiltin } from './builtin-sh';

const SHELLS = new Set(['sh', 'ash', 'bash', 'dash']);

export const commandProgram: Program = {
  name: 'command',
  start(ctx) {
    const argv = ctx.argv;
    const cmd = basename(argv[0] ?? 'sh');
    if (SHELLS.has(cmd) && argv.slice(1).every((a) => /^-[ilms]+$/.test(a))) {
      if (ctx.stdinOpen) return; // an interactive shell waiting for `kubectl attach`
      return ctx.exit(0);
    }
    const script = builtinForArgv(argv);
    if (script) return runBuiltin(script, ctx, (code) => ctx.exit(code));
    if (ctx.scriptRunner) return runWithRunner(ctx);
    // No shell installed (engine-only use): the command cannot be simulated; it ends quietly.
    ctx.exit(0);
  },
};

/** Runs the process through the shell layer's ScriptRunner. */
export function runWithRunner(ctx: ProgramContext): void {
  ctx
    .scriptRunner!({
      argv: ctx.argv,
      env: { ...ctx.env, HOSTNAME: ctx.hostname },
      files: ctx.fs,
      cwd: ctx.cwd,
      hostname: ctx.hostname,
      out: (t) => ctx.stdout(t),
      err: (t) => ctx.stderr(t),
      sleep: (ms) => ctx.sleep(ms),
      now: () => ctx.now(),
      signal: ctx.signal,
      request: (r) => ctx.request(r),
    })
    .then(
      (code) => ctx.exit(code),
      () => ctx.exit(ctx.signal.aborted ? 137 : 1),
    );
}
