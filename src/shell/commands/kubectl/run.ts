// `kubectl run NAME --image=IMAGE` (kubectl pkg/cmd/run/run.go + generate/versioned run.go):
// builds a Pod with label `run=NAME` (unless --labels), one container named NAME with the image,
// `--port`, `--env`, `--image-pull-policy`, `--privileged`, arguments after `--` as args (or, with
// --command, as the command), `resources: {}`, dnsPolicy ClusterFirst and --restart; `--expose`
// also creates a ClusterIP Service (printed first, as kubectl does). Prints `pod/web created`, or
// the object with -o; --dry-run=client -o yaml prints it unsent. With -i/-t/--attach the pod is
// attached once running (attach.ts). `--overrides` is applied as a JSON merge patch (strategic
// merge by list keys is not modelled).

import type { KObject } from '../../../engine/api/types';
import type { CommandSpec, RunContext } from '../spec';
import { attachToPod } from './attach';
import { session, type KubectlApp } from './context';
import { CliError, guard } from './errors';
import { f } from './flags';
import { parseOutput } from './output';
import { dryRunStrategy, ObjectPrinter, operation, withLastApplied } from './write';

const EXAMPLES = `  # Start a nginx pod
  kubectl run nginx --image=nginx
  
  # Start a hazelcast pod and let the container expose port 5701
  kubectl run hazelcast --image=hazelcast/hazelcast --port=5701
  
  # Start a hazelcast pod and set environment variables "DNS_DOMAIN=cluster" and "POD_NAMESPACE=default" in the container
  kubectl run hazelcast --image=hazelcast/hazelcast --env="DNS_DOMAIN=cluster" --env="POD_NAMESPACE=default"
  
  # Start a hazelcast pod and set labels "app=hazelcast" and "env=prod" in the container
  kubectl run hazelcast --image=hazelcast/hazelcast --labels="app=hazelcast,env=prod"
  
  # Dry run; print the corresponding API objects without creating them
  kubectl run nginx --image=nginx --dry-run=client
  
  # Start a nginx pod, but overload the spec with a partial set of values parsed from JSON
  kubectl run nginx --image=nginx --overrides='{ "apiVersion": "v1", "spec": { ... } }'
  
  # Start a busybox pod and keep it in the foreground, don't restart it if it exits
  kubectl run -i -t busybox --image=busybox --restart=Never
  
  # Start the nginx pod using the default command, but use custom arguments (arg1 .. argN) for that command
  kubectl run nginx --image=nginx -- <arg1> <arg2> ... <argN>
  
  # Start the nginx pod using a different command and custom arguments
  kubectl run nginx --image=nginx --command -- <cmd> <arg1> ... <argN>`;

/** docker/distribution reference.ReferenceRegexp (lower-case repository path, optional tag/digest). */
const IMAGE_REF =
  /^((?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*)*)(?::([\w][\w.-]{0,127}))?(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}))?$/;

function parseLabels(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of s.split(',')) {
    const i = part.indexOf('=');
    if (i <= 0) throw new CliError(`invalid label spec: ${part}`);
    out[part.slice(0, i)] = part.slice(i + 1);
  }
  return out;
}

/** The pod `kubectl run` generates (run.go generator, version run-pod/v1). */
export function generatePod(name: string, ctx: RunContext<KubectlApp>): KObject {
  const { flags } = ctx;
  const image = flags.string('image');
  const labelText = flags.string('labels');
  const labels = labelText ? parseLabels(labelText) : { run: name };
  const container: Record<string, unknown> = { name, image, resources: {} };
  const rest = ctx.args.slice(1);
  if (rest.length) container[flags.bool('command') ? 'command' : 'args'] = rest;
  const policy = flags.string('image-pull-policy');
  if (policy) container.imagePullPolicy = policy;
  const port = flags.string('port');
  if (port) {
    const n = Number(port);
    if (!Number.isInteger(n) || n < 0 || n > 65535) throw new CliError(`invalid port "${port}"`);
    container.ports = [{ containerPort: n }];
  }
  const env = flags.strings('env');
  if (env.length) {
    container.env = env.map((e) => {
      const i = e.indexOf('=');
      if (i <= 0) throw new CliError(`invalid env: ${e}`);
      return { name: e.slice(0, i), value: e.slice(i + 1) };
    });
  }
  if (flags.bool('privileged')) container.securityContext = { privileged: true };
  if (flags.bool('stdin')) {
    container.stdin = true;
    if (!flags.bool('leave-stdin-open')) container.stdinOnce = true;
  }
  if (flags.bool('tty')) container.tty = true;
  const annotations: Record<string, string> = {};
  for (const a of flags.strings('annotations')) {
    const i = a.indexOf('=');
    if (i > 0) annotations[a.slice(0, i)] = a.slice(i + 1);
  }
  const metadata: Record<string, unknown> = { labels, name };
  if (Object.keys(annotations).length) metadata.annotations = annotations;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: metadata as KObject['metadata'],
    spec: { containers: [container], dnsPolicy: 'ClusterFirst', restartPolicy: flags.string('restart') },
    status: {},
  };
}

/**
 * `--overrides` (run.go generateOverrides): a JSON merge patch (RFC 7386; the default override type
 * `merge`) over the generated pod — objects merge key by key, anything else (lists included) replaces,
 * null removes. `strategic` is treated as `merge`, so lists of containers are replaced, not merged by
 * name (a simplification).
 */
export function applyOverrides(pod: KObject, overrides: string, type: string): KObject {
  if (!overrides) return pod;
  if (!['json', 'merge', 'strategic'].includes(type)) throw new CliError(`invalid override type: ${type}`);
  let patch: unknown;
  try {
    patch = JSON.parse(overrides);
  } catch {
    throw new CliError('Invalid JSON Patch');
  }
  if (type === 'json') throw new CliError('--override-type=json is not supported here; use merge');
  return mergePatch(pod, patch) as KObject;
}

function mergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> = target && typeof target === 'object' && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {};
  for (const [k, v] of Object.entries(patch as Record<string, unknown>)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

function generateService(pod: KObject, port: number): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: pod.metadata.name },
    spec: { ports: [{ port, protocol: 'TCP', targetPort: port }], selector: { ...(pod.metadata.labels ?? {}) } },
    status: { loadBalancer: {} },
  };
}

async function runRun(ctx: RunContext<KubectlApp>): Promise<number> {
  const { io, flags, args } = ctx;
  if (!flags.changed('image')) throw new CliError('required flag(s) "image" not set');
  if (args.length === 0 || ctx.argsLenAtDash === 0) {
    throw new CliError("NAME is required for run\nSee 'kubectl run -h' for help and examples");
  }
  const image = flags.string('image');
  if (!IMAGE_REF.test(image)) throw new CliError(`Invalid image name ${JSON.stringify(image)}: invalid reference format`);
  const restart = flags.string('restart');
  if (!['Always', 'OnFailure', 'Never'].includes(restart)) throw new CliError(`invalid restart policy: ${restart}`);
  const dry = dryRunStrategy(flags.string('dry-run'));
  const attach = flags.bool('attach') || flags.bool('stdin') || flags.bool('tty');
  if (flags.bool('rm') && !attach) throw new CliError("--rm should only be used for attached containers");
  if (flags.bool('expose') && !flags.string('port')) throw new CliError("--port must be set when exposing a service");
  const format = await parseOutput(io, flags.string('output'), { table: false, template: flags.string('template') });
  const s = await session(ctx);
  const name = args[0];
  let pod = applyOverrides(generatePod(name, ctx), flags.string('overrides'), flags.string('override-type'));
  pod.metadata.namespace = s.namespace;
  if (flags.bool('save-config')) pod = withLastApplied(pod);
  const printer = new ObjectPrinter(io, format);
  const op = operation('created', dry);
  if (flags.bool('expose')) {
    const svc = generateService(pod, Number(flags.string('port')));
    svc.metadata.namespace = s.namespace;
    printer.print(dry === 'client' ? svc : s.api.create(svc, { dryRun: dry === 'server' }), op);
  }
  if (dry === 'client') {
    const shown = { ...pod, metadata: { ...pod.metadata } };
    delete shown.metadata.namespace; // the generator sets none; the namespace goes into the request URL
    printer.print(shown, op);
    return 0;
  }
  const created = s.api.create(pod, { dryRun: dry === 'server' });
  if (attach && dry === 'none') return attachToPod(ctx, s, created, { remove: flags.bool('rm'), quiet: flags.bool('quiet') });
  printer.print(created, op);
  return 0;
}

export const runCommand: CommandSpec<KubectlApp> = {
  name: 'run',
  short: 'Run a particular image on the cluster',
  long: 'Create and run a particular image in a pod.',
  usage: 'run NAME --image=image [--env="key=value"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...]',
  disableFlagsInUseLine: true,
  examples: EXAMPLES,
  flags: [
    f.allowMissingTemplateKeys(),
    { name: 'annotations', type: 'stringArray', usage: 'Annotations to apply to the pod.' },
    {
      name: 'attach',
      type: 'bool',
      usage:
        "If true, wait for the Pod to start running, and then attach to the Pod as if 'kubectl attach ...' were called.  Default false, unless '-i/--stdin' is set, in which case the default is true. With '--restart=Never' the exit code of the container process is returned.",
    },
    f.cascade(),
    {
      name: 'command',
      type: 'bool',
      usage: "If true and extra arguments are present, use them as the 'command' field in the container, rather than the 'args' field which is the default.",
    },
    f.dryRun(),
    { name: 'env', type: 'stringArray', usage: 'Environment variables to set in the container.' },
    { name: 'expose', type: 'bool', usage: 'If true, create a ClusterIP service associated with the pod.  Requires `--port`.' },
    f.fieldManager('kubectl-run'),
    f.filename('to use to replace the resource.'),
    f.force(),
    f.gracePeriod(),
    { name: 'image', type: 'string', usage: 'The image for the container to run.' },
    {
      name: 'image-pull-policy',
      type: 'string',
      usage: 'The image pull policy for the container.  If left empty, this value will not be specified by the client and defaulted by the server.',
    },
    f.kustomize('a'),
    { name: 'labels', shorthand: 'l', type: 'string', usage: 'Comma separated labels to apply to the pod. Will override previous values.' },
    {
      name: 'leave-stdin-open',
      type: 'bool',
      usage:
        'If the pod is started in interactive mode or with stdin, leave stdin open after the first attach completes. By default, stdin will be closed after the first attach completes.',
    },
    f.output(
      'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).',
    ),
    { name: 'override-type', type: 'string', default: 'merge', usage: 'The method used to override the generated object: json, merge, or strategic.' },
    {
      name: 'overrides',
      type: 'string',
      usage:
        'An inline JSON override for the generated object. If this is non-empty, it is used to override the generated object. Requires that the object supply a valid apiVersion field.',
    },
    f.podRunningTimeout(60_000),
    { name: 'port', type: 'string', usage: 'The port that this container exposes.' },
    { name: 'privileged', type: 'bool', usage: 'If true, run the container in privileged mode.' },
    { name: 'quiet', shorthand: 'q', type: 'bool', usage: 'If true, suppress prompt messages.' },
    f.recursive(),
    { name: 'restart', type: 'string', default: 'Always', usage: 'The restart policy for this Pod.  Legal values [Always, OnFailure, Never].' },
    {
      name: 'rm',
      type: 'bool',
      usage: "If true, delete the pod after it exits.  Only valid when attaching to the container, e.g. with '--attach' or with '-i/--stdin'.",
    },
    f.saveConfig(),
    f.showManagedFields(),
    { name: 'stdin', shorthand: 'i', type: 'bool', usage: 'Keep stdin open on the container in the pod, even if nothing is attached.' },
    f.template(),
    f.timeout(),
    { name: 'tty', shorthand: 't', type: 'bool', usage: 'Allocate a TTY for the container in the pod.' },
    f.wait(false),
  ],
  run: (ctx) => guard(ctx.io, () => runRun(ctx)),
};
