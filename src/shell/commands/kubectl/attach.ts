// `kubectl run -i/-t/--attach` (run.go: waitForPod + attach): waits until the pod is running (or
// has already finished), then with a terminal opens a session in the container's shell after
// `If you don't see a command prompt, try pressing enter.`, otherwise streams the container's
// output until it exits. `--rm` deletes the pod afterwards (`pod "x" deleted from <ns> namespace`);
// with --restart=Never the container's exit code becomes kubectl's. Without --rm a restartable pod
// prints the `Session ended, resume using 'kubectl attach …'` hint. Simplified: the session is a
// new shell in the container rather than the container's own PID 1 process.

import type { Stored } from '../../../engine/api/types';
import type { RunContext } from '../spec';
import type { KubectlApp, Session } from './context';
import { containerHost, isShell } from './container-shell';
import { CliError } from './errors';
import { exitStatus } from './exec';
import { containerStatus } from './pods';
import { waitGone } from './wait-gone';

/** Resolves with the pod once it runs or has finished; rejects on timeout or Ctrl-C. */
function waitForPod(s: Session, pod: Stored, timeoutMs: number): Promise<Stored> {
  const ready = (p: Stored | undefined) => p && ['Running', 'Succeeded', 'Failed'].includes(p.status?.phase);
  const cur = s.api.tryGet('Pod', pod.metadata.namespace, pod.metadata.name);
  if (ready(cur)) return Promise.resolve(cur!);
  return new Promise((resolve, reject) => {
    const done = () => {
      stop();
      s.cluster.clock.clearTimer(timer);
    };
    const stop = s.api.watch({ key: 'Pod', namespace: pod.metadata.namespace }, (e) => {
      if (e.object.metadata.uid !== pod.metadata.uid) return;
      if (e.type === 'DELETED') {
        done();
        reject(new CliError(`pod ${pod.metadata.name} was deleted`));
      } else if (ready(e.object)) {
        done();
        resolve(e.object);
      }
    });
    const timer = s.cluster.clock.setTimer(timeoutMs, () => {
      done();
      reject(new CliError('timed out waiting for the condition'));
    });
    s.io.signal.addEventListener('abort', () => {
      done();
      const e = new Error('aborted');
      e.name = 'AbortError';
      reject(e);
    });
  });
}

/** Waits for the container to terminate; resolves to its exit code. */
function waitTerminated(s: Session, pod: Stored, container: string): Promise<number> {
  const code = (p: Stored | undefined) => {
    const st = p && containerStatus(p, container);
    return st?.state?.terminated ? Number(st.state.terminated.exitCode ?? 0) : undefined;
  };
  const now = code(s.api.tryGet('Pod', pod.metadata.namespace, pod.metadata.name));
  if (now !== undefined) return Promise.resolve(now);
  return new Promise((resolve) => {
    const stop = s.api.watch({ key: 'Pod', namespace: pod.metadata.namespace }, (e) => {
      if (e.object.metadata.uid !== pod.metadata.uid) return;
      const c = e.type === 'DELETED' ? 0 : code(e.object);
      if (c !== undefined) {
        stop();
        resolve(c);
      }
    });
    s.io.signal.addEventListener('abort', () => {
      stop();
      resolve(130);
    });
  });
}

export async function attachToPod(ctx: RunContext<KubectlApp>, s: Session, created: Stored, o: { remove: boolean; quiet: boolean }): Promise<number> {
  const { io, flags } = ctx;
  const name = created.metadata.name;
  const container = name;
  const pod = await waitForPod(s, created, flags.duration('pod-running-timeout') || 60_000);
  const argv = [...((pod.spec?.containers?.[0]?.command as string[]) ?? []), ...((pod.spec?.containers?.[0]?.args as string[]) ?? [])];
  let code = 0;
  const tty = flags.bool('tty') && flags.bool('stdin') && io.openSession && pod.status?.phase === 'Running';
  if (tty && (argv.length === 0 || isShell(argv))) {
    if (!o.quiet) io.err("If you don't see a command prompt, try pressing enter.\n");
    code = await io.openSession!(containerHost(s, pod, container, argv[0] ?? 'sh'));
  } else if (s.cluster.runtime) {
    const rt = s.cluster.runtime;
    try {
      io.out(rt.logs(pod.metadata.uid, container, {}));
    } catch {
      /* not started: nothing printed yet */
    }
    if (pod.status?.phase === 'Running') {
      const stop = rt.followLogs(pod.metadata.uid, container, (t) => io.out(t), io.signal);
      code = await waitTerminated(s, pod, container);
      stop();
    } else code = Number(containerStatus(pod, container)?.state?.terminated?.exitCode ?? 0);
  }
  if (o.remove) {
    const r = s.api.delete('Pod', pod.metadata.namespace, name);
    io.out(`pod "${name}" deleted from ${pod.metadata.namespace} namespace\n`);
    await waitGone(s, [{ def: s.registry.mustGet('Pod'), obj: r.object }], 168 * 3_600_000);
  } else if (pod.spec?.restartPolicy !== 'Never' && tty && !o.quiet) {
    io.err(`Session ended, resume using 'kubectl attach ${name} -c ${container} -i -t' command when the pod is running\n`);
  }
  return pod.spec?.restartPolicy === 'Never' ? exitStatus(io, code) : 0;
}
