// `kubectl wait` (kubectl pkg/cmd/wait/wait.go, condition.go, delete.go, create.go, v1.34): waits
// for each object in turn, in simulated time, on the store's watch (a condition or JSONPath is
// checked on the current object, then on every change; --for=delete ends on the DELETED event).
// One deadline (--timeout, default 30s, negative = a week) covers all objects: once it passed, the
// rest time out too (`timed out waiting for the condition on pods/web`, resource without group).
// --timeout=0 checks once (`condition not met for pods/web`). Prints `pod/web condition met` (or
// -o). Named objects that do not exist are `Error from server (NotFound)` (ignored for delete); a
// selector matching nothing is `no matching resources found` (not for delete). --for=create polls
// every 500ms until the objects exist. Simplified: --local only rejects resource arguments.

import { keyOf, resourceName } from '../../../engine/api/kind';
import { notFound } from '../../../engine/api/errors';
import type { Stored, WatchEvent } from '../../../engine/api/types';
import type { CommandSpec, RunContext } from '../spec';
import { completeResources } from './complete';
import { session, type KubectlApp, type Session } from './context';
import { CliError, guard, isReason, printErrors } from './errors';
import { f, OBJECT_OUTPUT_USAGE } from './flags';
import type { Info } from './infos';
import { parseOutput } from './output';
import { isMet, parseFor, type WaitFor } from './wait-for';
import { visitObjects, visitOptionsFromFlags, type Visited } from './visit';
import { ObjectPrinter } from './write';

const LONG = `Experimental: Wait for a specific condition on one or many resources.

 The command takes multiple resources and waits until the specified condition is seen in the Status field of every given resource.

 Alternatively, the command can wait for the given set of resources to be created or deleted by providing the "create" or "delete" keyword as the value to the --for flag.

 A successful message will be printed to stdout indicating when the specified condition has been met. You can use -o option to change to output destination.`;

const EXAMPLES = `  # Wait for the pod "busybox1" to contain the status condition of type "Ready"
  kubectl wait --for=condition=Ready pod/busybox1
  
  # The default value of status condition is true; you can wait for other targets after an equal delimiter (compared after Unicode simple case folding, which is a more general form of case-insensitivity)
  kubectl wait --for=condition=Ready=false pod/busybox1
  
  # Wait for the pod "busybox1" to contain the status phase to be "Running"
  kubectl wait --for=jsonpath='{.status.phase}'=Running pod/busybox1
  
  # Wait for pod "busybox1" to be Ready
  kubectl wait --for='jsonpath={.status.conditions[?(@.type=="Ready")].status}=True' pod/busybox1
  
  # Wait for the service "loadbalancer" to have ingress
  kubectl wait --for=jsonpath='{.status.loadBalancer.ingress}' service/loadbalancer
  
  # Wait for the secret "busybox1" to be created, with a timeout of 30s
  kubectl create secret generic busybox1
  kubectl wait --for=create secret/busybox1 --timeout=30s
  
  # Wait for the pod "busybox1" to be deleted, with a timeout of 60s, after having issued the "delete" command
  kubectl delete pod/busybox1
  kubectl wait --for=delete pod/busybox1 --timeout=60s`;

/** The builder's error when neither arguments nor -f were given. */
const MISSING_RESOURCE = `You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'`;

const WEEK_MS = 168 * 3_600_000;

interface Run {
  s: Session;
  w: WaitFor;
  timeoutMs: number;
  deadline: number;
}

/** The objects to wait on, as ResourceBuilderFlags.ToBuilder finds them (ContinueOnError, Latest). */
async function find(ctx: RunContext<KubectlApp>, s: Session): Promise<Visited[]> {
  const { flags, args } = ctx;
  const filenames = flags.strings('filename');
  if (flags.bool('local') && args.length) throw new CliError('error: you must specify resources by --filename when --local is set.');
  if (args.length === 0 && filenames.length === 0) throw new CliError(MISSING_RESOURCE);
  const v = await visitObjects(s, args, { ...visitOptionsFromFlags(flags), local: false });
  return v.items;
}

const timedOut = (info: Info) => new CliError(`timed out waiting for the condition on ${info.def.plural}/${info.obj.metadata.name}`);
const notMet = (info: Info) => new CliError(`condition not met for ${info.def.plural}/${info.obj.metadata.name}`);

function abortError(): Error {
  const e = new Error('aborted');
  e.name = 'AbortError';
  return e;
}

/**
 * Watches `info`'s object until `test` returns a value (resolves with it), `test` throws (rejects),
 * the deadline passes (rejects with the timeout error) or Ctrl-C (AbortError).
 */
function watchUntil<T>(r: Run, info: Info, test: (e: WatchEvent) => T | undefined): Promise<T> {
  const { s } = r;
  const name = info.obj.metadata.name;
  return new Promise<T>((resolve, reject) => {
    const finish = (fn: () => void) => {
      stop();
      s.cluster.clock.clearTimer(timer);
      s.io.signal.removeEventListener('abort', onAbort);
      fn();
    };
    const stop = s.api.watch({ key: keyOf(info.def), namespace: info.obj.metadata.namespace }, (e) => {
      if (e.object.metadata.name !== name) return;
      try {
        const v = test(e);
        if (v !== undefined) finish(() => resolve(v));
      } catch (err) {
        finish(() => reject(err));
      }
    });
    const timer = s.cluster.clock.setTimerAt(r.deadline, () => finish(() => reject(timedOut(info))));
    const onAbort = () => finish(() => reject(abortError()));
    if (s.io.signal.aborted) return onAbort();
    s.io.signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** IsDeleted: done when the object is gone (or goes); returns the object to print. */
async function waitDeleted(r: Run, info: Info): Promise<Stored> {
  const cur = r.s.api.tryGet(keyOf(info.def), info.obj.metadata.namespace, info.obj.metadata.name);
  if (!cur) return info.obj;
  if (r.timeoutMs === 0) throw notMet(info);
  if (r.s.now() >= r.deadline) throw timedOut(info);
  await watchUntil(r, info, (e) => (e.type === 'DELETED' ? true : undefined));
  return cur;
}

/** getObjAndCheckCondition: the current object, then every change, until the check passes. */
async function waitCondition(r: Run, info: Info): Promise<Stored> {
  const key = keyOf(info.def);
  const { namespace, name } = info.obj.metadata;
  if (r.timeoutMs === 0) {
    const cur = r.s.api.get(key, namespace, name);
    if (!isMet(r.w, cur)) throw notMet(info);
    return cur;
  }
  if (r.s.now() >= r.deadline) throw timedOut(info);
  const cur = r.s.api.tryGet(key, namespace, name);
  if (!cur) throw notFound(resourceName(info.def), name);
  if (isMet(r.w, cur)) return cur;
  return watchUntil(r, info, (e) => (e.type !== 'DELETED' && isMet(r.w, e.object) ? e.object : undefined));
}

/**
 * --for=create: poll (at once, then every 500ms) until every named object exists or a selector
 * matches; returns the errors that end the poll early (anything but a single NotFound).
 */
async function pollCreated(ctx: RunContext<KubectlApp>, r: Run): Promise<unknown[] | undefined> {
  for (;;) {
    const items = await find(ctx, r.s);
    const errors = items.filter((i) => !i.info).map((i) => i.error);
    if (errors.length === 0 && items.length > 0) return undefined;
    if (errors.length > 1 || (errors.length === 1 && !isReason(errors[0], 'NotFound'))) return errors;
    const now = r.s.now();
    if (now + 500 >= r.deadline) {
      await r.s.io.sleep(Math.max(0, r.deadline - now));
      throw new CliError('timed out waiting for the condition');
    }
    await r.s.io.sleep(500);
    r.s.cluster.settle();
  }
}

async function runWait(ctx: RunContext<KubectlApp>): Promise<number> {
  const { io, flags } = ctx;
  const format = await parseOutput(io, flags.string('output'), { table: false, template: flags.string('template') });
  const s = await session(ctx);
  const w = parseFor(flags.string('for'));
  let timeoutMs = flags.duration('timeout');
  if (timeoutMs < 0) timeoutMs = WEEK_MS;
  const r: Run = { s, w, timeoutMs, deadline: s.now() + timeoutMs };

  if (w.type === 'create') {
    const failed = await pollCreated(ctx, r);
    if (failed) return printErrors(io, failed);
  }
  const errors: unknown[] = [];
  const printer = new ObjectPrinter(io, format);
  let visited = 0;
  for (const { info, error } of await find(ctx, s)) {
    if (!info) {
      if (!(w.type === 'delete' && isReason(error, 'NotFound'))) errors.push(error);
      continue;
    }
    visited++;
    try {
      const obj = w.type === 'delete' ? await waitDeleted(r, info) : w.type === 'create' ? info.obj : await waitCondition(r, info);
      printer.print(obj, 'condition met');
    } catch (e) {
      if (e instanceof Error && e.name === 'AbortError') throw e;
      errors.push(e);
    }
  }
  if (errors.length) return printErrors(io, errors);
  if (visited === 0 && w.type !== 'delete') throw new CliError('no matching resources found');
  return 0;
}

export const waitCommand: CommandSpec<KubectlApp> = {
  name: 'wait',
  short: 'Experimental: Wait for a specific condition on one or many resources',
  long: LONG,
  usage:
    "wait ([-f FILENAME] | resource.group/resource.name | resource.group [(-l label | --all)]) [--for=create|--for=delete|--for condition=available|--for=jsonpath='{}'[=value]]",
  examples: EXAMPLES,
  flags: [
    { name: 'all', type: 'bool', usage: 'Select all resources in the namespace of the specified resource types' },
    f.allNamespaces(),
    f.allowMissingTemplateKeys(),
    f.fieldSelector(),
    f.filename('identifying the resource.'),
    {
      name: 'for',
      type: 'string',
      usage:
        "The condition to wait on: [create|delete|condition=condition-name[=condition-value]|jsonpath='{JSONPath expression}'=[JSONPath value]]. The default condition-value is true. Condition values are compared after Unicode simple case folding, which is a more general form of case-insensitivity.",
    },
    { name: 'local', type: 'bool', usage: 'If true, annotation will NOT contact api-server but run locally.' },
    f.output(OBJECT_OUTPUT_USAGE),
    { ...f.recursive(), default: true },
    f.selector("Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2)"),
    f.showManagedFields(),
    f.template(),
    {
      name: 'timeout',
      type: 'duration',
      default: 30_000,
      usage: "The length of time to wait before giving up. Zero means check once and don't wait, negative means wait for a week.",
    },
  ],
  complete: completeResources,
  run: (ctx) => guard(ctx.io, () => runWait(ctx)),
};
