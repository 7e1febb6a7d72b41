// Running commands inside a container for `kubectl exec` and `kubectl run -it`: the container's
// program may handle the command itself (runtime.exec: `nginx -s reload`, `redis-cli ping`);
// otherwise it runs in the learner's shell language over the container's live files (what it writes,
// the container sees), with the container's environment, working directory and hostname. Interactive sessions get a ShellHost
// whose prompt follows the shell started (`root@web:/# ` for bash, `/ # ` for busybox/alpine sh).
// A command the image does not have fails as runc reports it. Simplified: debian's dash prompt `# `
// is shown as `/ # `
// (ShellHost has no dash style yet).

import type { Stored } from '../../../engine/api/types';
import { RuntimeError } from '../../../engine/runtime';
import { runProgramScript } from '../../bash/program-script';
import type { ShellCommand, ShellHost } from '../../types';
import { createCurl } from '../curl/index';
import type { Session } from './context';
import { CliError } from './errors';

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash']);
const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/** The runtime, or the error kubectl shows when the kubelet cannot be reached. */
function runtimeOf(s: Session) {
  const rt = s.cluster.runtime;
  if (!rt) throw new CliError('unable to upgrade connection: container runtime not available');
  return rt;
}

/** Facts of the running container (throws the kubelet's error when it is not running). */
export function runningContainer(s: Session, pod: Stored, container: string) {
  const rt = runtimeOf(s);
  const info = rt.containerInfo(pod.metadata.uid, container);
  const fs = rt.containerFs(pod.metadata.uid, container);
  if (!info || info.state !== 'running' || !fs) {
    throw new CliError(`unable to upgrade connection: container not found (${JSON.stringify(container)})`);
  }
  return { rt, info, fs };
}

/** runc's "executable file not found" when the image has no such command; undefined if it has. */
export function missingExecutable(s: Session, pod: Stored, container: string, cmd: string): string | undefined {
  const { info, fs } = runningContainer(s, pod, container);
  const name = base(cmd);
  const onPath = (info.image.path ?? []).some((p) => base(p) === name) || (info.image.binaries ?? []).includes(name);
  if (cmd.includes('/') ? fs.exists(cmd) || onPath : onPath) return undefined;
  if (SHELLS.has(name) && info.shell && base(info.shell) === name) return undefined;
  return `OCI runtime exec failed: exec failed: unable to start container process: exec: ${JSON.stringify(cmd)}: executable file not found in $PATH: unknown\n`;
}

export interface ExecIO {
  out(text: string): void;
  err(text: string): void;
  signal: AbortSignal;
  stdin?: string;
}

const quote = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/** Programs of the image the shell layer provides (curl, when the image has it). */
function imageCommands(s: Session, pod: Stored, path: readonly string[]): ShellCommand[] {
  const net = s.cluster.net;
  if (!net || !path.some((p) => base(p) === 'curl')) return [];
  return [createCurl(() => ({ net, from: { kind: 'pod', namespace: pod.metadata.namespace ?? 'default', name: pod.metadata.name } }))];
}

/** Runs `argv` in the container without a terminal; resolves to the exit status. */
export async function execInContainer(s: Session, pod: Stored, container: string, argv: string[], io: ExecIO): Promise<number> {
  const { rt, info, fs } = runningContainer(s, pod, container);
  let own: Promise<number> | undefined;
  try {
    own = rt.exec(pod.metadata.uid, container, argv, { stdout: io.out, stderr: io.err, signal: io.signal });
  } catch (e) {
    if (e instanceof RuntimeError) throw new CliError(e.message);
    throw e;
  }
  if (own) return own;
  let script = argv;
  if (io.stdin !== undefined && io.stdin !== '') {
    // stdin: a shell reads it as its script; other commands get it through a here-document.
    const body = io.stdin.endsWith('\n') ? io.stdin.slice(0, -1) : io.stdin;
    script = SHELLS.has(base(argv[0])) && argv.length === 1 ? [argv[0], '-c', io.stdin] : ['sh', '-c', `${argv.map(quote).join(' ')} <<'__KUBECTL_STDIN__'\n${body}\n__KUBECTL_STDIN__`];
  }
  return runProgramScript({
    argv: script,
    files: fs,
    env: info.env,
    cwd: info.cwd,
    hostname: info.hostname,
    clock: s.cluster.clock,
    commands: imageCommands(s, pod, info.image.path ?? []),
    out: io.out,
    err: io.err,
    signal: io.signal,
  });
}

/** The host an interactive `sh`/`bash` in the container runs on. */
export function containerHost(s: Session, pod: Stored, container: string, shell: string): ShellHost {
  const { info, fs } = runningContainer(s, pod, container);
  const bash = base(shell) === 'bash';
  return {
    id: `container/${pod.metadata.uid}/${container}`,
    hostname: info.hostname,
    user: 'root',
    home: info.env.HOME ?? '/root',
    promptStyle: bash ? 'bash' : 'sh',
    live: fs,
    env: info.env,
    cwd: info.cwd,
    commands: imageCommands(s, pod, info.image.path ?? []),
    hide: ['kubectl', 'k'],
  };
}

/** True for a command that starts an interactive shell (`sh`, `/bin/bash`, `bash -il`). */
export const isShell = (argv: string[]) => argv.length > 0 && SHELLS.has(base(argv[0])) && !argv.includes('-c');
