// `kubectl exec` (kubectl pkg/cmd/exec/exec.go): runs a command in a pod's container (POD,
// pod/POD or TYPE/NAME; -c or the default container with its notice). Without a terminal the
// command's output comes back and a non-zero status prints `command terminated with exit code N`
// (no `error:` prefix) and becomes kubectl's exit code; with -i, stdin is passed; with -it in an
// interactive shell a nested session opens in the container (container-shell.ts). Errors:
// completed pods, containers not running, missing executables, no command given.

import { badRequest } from '../../../engine/api/errors';
import type { CommandSpec, RunContext } from '../spec';
import { completePods } from './complete';
import { session, type KubectlApp } from './context';
import { containerHost, execInContainer, isShell, missingExecutable } from './container-shell';
import { CliError, ExitError, guard } from './errors';
import { f } from './flags';
import { chooseContainer, hasContainer, resolvePod } from './pods';

const EXAMPLES = `  # Get output from running the 'date' command from pod mypod, using the first container by default
  kubectl exec mypod -- date
  
  # Get output from running the 'date' command in ruby-container from pod mypod
  kubectl exec mypod -c ruby-container -- date
  
  # Switch to raw terminal mode; sends stdin to 'bash' in ruby-container from pod mypod
  # and sends stdout/stderr from 'bash' back to the client
  kubectl exec mypod -c ruby-container -i -t -- bash -il
  
  # List contents of /usr from the first container of pod mypod and sort by modification time
  # If the command you want to execute in the pod has any flags in common (e.g. -i),
  # you must use two dashes (--) to separate your command's flags/arguments
  # Also note, do not surround your command and its flags/arguments with quotes
  # unless that is how you would execute it normally (i.e., do ls -t /usr, not "ls -t /usr")
  kubectl exec mypod -i -t -- ls -t /usr
  
  # Get output from running 'date' command from the first pod of the deployment mydeployment, using the first container by default
  kubectl exec deploy/mydeployment -- date
  
  # Get output from running 'date' command from the first pod of the service myservice, using the first container by default
  kubectl exec svc/myservice -- date`;

/** The remote command's status as kubectl reports it (utilexec.CodeExitError). */
export function exitStatus(io: { err(t: string): void }, code: number): number {
  if (code === 0) return 0;
  io.err(`command terminated with exit code ${code}\n`);
  throw new ExitError(code);
}

async function runExec(ctx: RunContext<KubectlApp>): Promise<number> {
  const { io, flags, args, argsLenAtDash } = ctx;
  if (args.length === 0 || argsLenAtDash === 0) throw new CliError("pod, type/name or --filename must be specified");
  let command: string[];
  if (argsLenAtDash > -1) command = args.slice(argsLenAtDash);
  else {
    if (args.length > 1 && !flags.bool('quiet')) {
      io.err('kubectl exec [POD] [COMMAND] is DEPRECATED and will be removed in a future version. Use kubectl exec [POD] -- [COMMAND] instead.\n');
    }
    command = args.slice(1);
  }
  if (command.length === 0) throw new CliError('you must specify at least one command for the container');
  const s = await session(ctx);
  const pod = resolvePod(s, args[0], false);
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') throw new CliError(`cannot exec into a container in a completed pod; current phase is ${phase}`);
  const container = chooseContainer(s, pod, flags.string('container'), flags.bool('quiet'));
  if (!hasContainer(pod, container)) throw badRequest(`container ${container} is not valid for pod ${pod.metadata.name}`);
  const missing = missingExecutable(s, pod, container, command[0]);
  if (missing) {
    io.err(missing);
    return exitStatus(io, 127);
  }
  // StreamOptions.SetupTTY: -t needs -i, and a terminal on stdin.
  const stdin = flags.bool('stdin');
  let tty = flags.bool('tty') && stdin;
  if (tty && !io.openSession) {
    if (!flags.bool('quiet')) io.err('Unable to use a TTY - input is not a terminal or the right kind of file\n');
    tty = false;
  }
  if (tty && io.openSession && isShell(command)) {
    const code = await io.openSession(containerHost(s, pod, container, command[0]));
    return exitStatus(io, code);
  }
  const code = await execInContainer(s, pod, container, command, {
    out: (t) => io.out(t),
    err: (t) => io.err(t),
    signal: io.signal,
    stdin: stdin ? io.stdin : undefined,
  });
  return exitStatus(io, code);
}

export const execCommand: CommandSpec<KubectlApp> = {
  name: 'exec',
  short: 'Execute a command in a container',
  long: 'Execute a command in a container.',
  usage: 'exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...]',
  disableFlagsInUseLine: true,
  examples: EXAMPLES,
  flags: [
    {
      name: 'container',
      shorthand: 'c',
      type: 'string',
      usage:
        'Container name. If omitted, use the kubectl.kubernetes.io/default-container annotation for selecting the container to be attached or the first container in the pod will be chosen',
    },
    f.filename('to use to exec into the resource'),
    f.podRunningTimeout(60_000),
    { name: 'quiet', shorthand: 'q', type: 'bool', usage: 'Only print output from the remote session' },
    { name: 'stdin', shorthand: 'i', type: 'bool', usage: 'Pass stdin to the container' },
    { name: 'tty', shorthand: 't', type: 'bool', usage: 'Stdin is a TTY' },
  ],
  complete: completePods,
  run: (ctx) => guard(ctx.io, () => runExec(ctx)),
};
