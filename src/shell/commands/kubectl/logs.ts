// `kubectl logs` (kubectl pkg/cmd/logs/logs.go + polymorphichelpers.logsForObject): the log of a
// pod's container (POD, pod/POD, or TYPE/NAME of a workload), `-c`, the default-container notice,
// `--previous`, `--tail`, `--since`, `--since-time`, `--timestamps`, `--limit-bytes`, `--prefix`,
// `--all-containers`, and `-f` streaming until Ctrl-C or the container exits. A container without
// logs yet fails as the kubelet refuses (`Error from server (BadRequest): container "web" in pod
// "web" is waiting to start: ContainerCreating`). Simplified: -l selects pods but logs them one
// after another (no interleaving), --max-log-requests is ignored.

import { badRequest } from '../../../engine/api/errors';
import type { Stored } from '../../../engine/api/types';
import { RuntimeError } from '../../../engine/runtime';
import type { CommandSpec, RunContext } from '../spec';
import { completePods } from './complete';
import { session, type KubectlApp, type Session } from './context';
import { CliError, guard } from './errors';
import { f } from './flags';
import { allContainerNames, chooseContainer, hasContainer, logStatusError, resolvePod } from './pods';
import { selectors } from './resources';

const EXAMPLES = `  # Return snapshot logs from pod nginx with only one container
  kubectl logs nginx
  
  # Return snapshot logs from pod nginx, prefixing each line with the source pod and container name
  kubectl logs nginx --prefix
  
  # Return snapshot logs from pod nginx, limiting output to 500 bytes
  kubectl logs nginx --limit-bytes=500
  
  # Return snapshot logs from pod nginx, waiting up to 20 seconds for it to start running.
  kubectl logs nginx --pod-running-timeout=20s
  
  # Return snapshot logs from pod nginx with multi containers
  kubectl logs nginx --all-containers=true
  
  # Return snapshot logs from all pods in the deployment nginx
  kubectl logs deployment/nginx --all-pods=true
  
  # Return snapshot logs from all containers in pods defined by label app=nginx
  kubectl logs -l app=nginx --all-containers=true
  
  # Return snapshot logs from all pods defined by label app=nginx, limiting concurrent log requests to 10 pods
  kubectl logs -l app=nginx --max-log-requests=10
  
  # Return snapshot of previous terminated ruby container logs from pod web-1
  kubectl logs -p -c ruby web-1
  
  # Begin streaming the logs from pod nginx, continuing even if errors occur
  kubectl logs nginx -f --ignore-errors=true
  
  # Begin streaming the logs of the ruby container in pod web-1
  kubectl logs -f -c ruby web-1
  
  # Begin streaming the logs from all containers in pods defined by label app=nginx
  kubectl logs -f -l app=nginx --all-containers=true
  
  # Display only the most recent 20 lines of output in pod nginx
  kubectl logs --tail=20 nginx
  
  # Show all logs from pod nginx written in the last hour
  kubectl logs --since=1h nginx
  
  # Show all logs with timestamps from pod nginx starting from August 30, 2024, at 06:00:00 UTC
  kubectl logs nginx --since-time=2024-08-30T06:00:00Z --timestamps=true
  
  # Show logs from a kubelet with an expired serving certificate
  kubectl logs --insecure-skip-tls-verify-backend nginx
  
  # Return snapshot logs from first container of a job named hello
  kubectl logs job/hello
  
  # Return snapshot logs from container nginx-1 of a deployment named nginx
  kubectl logs deployment/nginx -c nginx-1`;

interface Source {
  pod: Stored;
  container: string;
}

function sources(ctx: RunContext<KubectlApp>, s: Session): Source[] {
  const { flags, args } = ctx;
  const selector = flags.string('selector');
  let pods: Stored[];
  if (selector) {
    if (args.length) throw new CliError('only a selector (-l) or a POD name is allowed');
    pods = s.api.list('Pod', { namespace: s.namespace, ...selectors({ labelSelector: selector }) });
  } else {
    if (args.length === 0) throw new CliError("expected POD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples");
    if (args.length > 2) throw new CliError("expected POD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples");
    pods = [resolvePod(s, args[0], true)];
  }
  const wanted = flags.string('container') || (args.length === 2 ? args[1] : '');
  const out: Source[] = [];
  for (const pod of pods) {
    if (flags.bool('all-containers')) {
      for (const c of [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])] as { name: string }[]) out.push({ pod, container: c.name });
      continue;
    }
    const container = chooseContainer(s, pod, wanted, selector !== '');
    if (!hasContainer(pod, container)) {
      throw new CliError(`container ${container} is not valid for pod ${pod.metadata.name} out of: ${allContainerNames(pod)}`);
    }
    out.push({ pod, container });
  }
  return out;
}

async function runLogs(ctx: RunContext<KubectlApp>): Promise<number> {
  const { io, flags } = ctx;
  const sinceTime = flags.string('since-time');
  if (sinceTime && flags.changed('since')) throw new CliError('at most one of `sinceTime` or `sinceSeconds` may be specified');
  const s = await session(ctx);
  const runtime = s.cluster.runtime;
  const selector = flags.string('selector');
  const tailDefault = selector ? 10 : -1;
  const tail = flags.changed('tail') ? flags.int('tail') : tailDefault;
  const prefix = flags.bool('prefix') || flags.bool('all-pods');
  const query = {
    previous: flags.bool('previous'),
    tail: tail >= 0 ? tail : undefined,
    timestamps: flags.bool('timestamps'),
    sinceMs: flags.changed('since') ? flags.duration('since') : undefined,
    sinceTime: sinceTime ? Date.parse(sinceTime) : undefined,
    limitBytes: flags.changed('limit-bytes') ? flags.int('limit-bytes') : undefined,
  };
  const srcs = sources(ctx, s);
  const label = (src: Source) => (prefix ? `[pod/${src.pod.metadata.name}/${src.container}] ` : '');
  const withPrefix = (src: Source, text: string) => (prefix ? text.replace(/^(?=.)/gm, label(src)) : text);
  for (const src of srcs) {
    const refusal = logStatusError(src.pod, src.container, query.previous);
    if (refusal) throw refusal;
    if (!runtime || !src.pod.spec?.nodeName) continue;
    try {
      io.out(withPrefix(src, runtime.logs(src.pod.metadata.uid, src.container, query)));
    } catch (e) {
      if (e instanceof RuntimeError) throw badRequest(e.message);
      throw e;
    }
  }
  if (!flags.bool('follow') || !runtime || query.previous) return 0;
  const followed = srcs.filter((src) => src.pod.spec?.nodeName);
  if (followed.length === 0) return 0;
  await new Promise<void>((resolve) => {
    let open = followed.length;
    const done = () => {
      if (--open === 0) resolve();
    };
    for (const src of followed) {
      // (a container without a running instance was refused above)
      runtime.followLogs(src.pod.metadata.uid, src.container, (t) => io.out(withPrefix(src, t)), io.signal, {
        timestamps: query.timestamps,
        onEnd: done,
      });
    }
    io.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  return io.signal.aborted ? 130 : 0;
}

export const logsCommand: CommandSpec<KubectlApp> = {
  name: 'logs',
  short: 'Print the logs for a container in a pod',
  long: 'Print the logs for a container in a pod or specified resource. If the pod has only one container, the container name is optional.',
  usage: 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]',
  examples: EXAMPLES,
  flags: [
    { name: 'all-containers', type: 'bool', usage: "Get all containers' logs in the pod(s)." },
    { name: 'all-pods', type: 'bool', usage: 'Get logs from all pod(s). Sets prefix to true.' },
    { name: 'container', shorthand: 'c', type: 'string', usage: 'Print the logs of this container' },
    { name: 'follow', shorthand: 'f', type: 'bool', usage: 'Specify if the logs should be streamed.' },
    { name: 'ignore-errors', type: 'bool', usage: 'If watching / following pod logs, allow for any errors that occur to be non-fatal' },
    {
      name: 'insecure-skip-tls-verify-backend',
      type: 'bool',
      usage:
        'Skip verifying the identity of the kubelet that logs are requested from.  In theory, an attacker could provide invalid log content back. You might want to use this if your kubelet serving certificates have expired.',
    },
    { name: 'limit-bytes', type: 'int', usage: 'Maximum bytes of logs to return. Defaults to no limit.' },
    { name: 'max-log-requests', type: 'int', default: 5, usage: 'Specify maximum number of concurrent logs to follow when using by a selector. Defaults to 5.' },
    f.podRunningTimeout(20_000),
    { name: 'prefix', type: 'bool', usage: 'Prefix each log line with the log source (pod name and container name)' },
    { name: 'previous', shorthand: 'p', type: 'bool', usage: 'If true, print the logs for the previous instance of the container in a pod if it exists.' },
    f.selector(),
    {
      name: 'since',
      type: 'duration',
      usage: 'Only return logs newer than a relative duration like 5s, 2m, or 3h. Defaults to all logs. Only one of since-time / since may be used.',
    },
    {
      name: 'since-time',
      type: 'string',
      usage: 'Only return logs after a specific date (RFC3339). Defaults to all logs. Only one of since-time / since may be used.',
    },
    {
      name: 'tail',
      type: 'int',
      default: -1,
      usage: 'Lines of recent log file to display. Defaults to -1 with no selector, showing all log lines otherwise 10, if a selector is provided.',
    },
    { name: 'timestamps', type: 'bool', usage: 'Include timestamps on each line in the log output' },
  ],
  complete: completePods,
  run: (ctx) => guard(ctx.io, () => runLogs(ctx)),
};
