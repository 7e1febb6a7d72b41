// Bringing containers up, as the kubelet's SyncPod does: init containers one at a time, each to
// completion, then the regular containers in spec order, each through image check/pull, create
// and start before the next begins. Pulls are serialised per node (serializeImagePulls: true), so a
// second pull waits — the "including waiting" part of the Pulled event. Event texts as in kubelet
// 1.34 (image_manager.go, kuberuntime_container.go); fidelity.md §2.4.

import type { Stored } from '../api/types';
import { parseImageRef } from '../registry';
import { hostsFile, resolvConf } from '../runtime';
import { fieldPath, type KubeletCore } from './core';
import { goDuration, inBackoffSinceUpdate, nextBackoff } from './kernels/backoff';
import { containerEnv, type ServiceLike } from './kernels/env';
import { bytes } from './kernels/quantity';
import type { ContainerRec, PodRec } from './records';
import { pullDelay, stageDelay, TRANSITIONS, type ContainerPhase } from './stages';
import { isoSeconds } from './status';
import { containerMounts, sourceData } from './volumes';

/** Problems the pod worker noticed in itself (an impossible transition); tests assert none. */
export const workerErrors: string[] = [];

export function transition(rec: PodRec, c: ContainerRec, to: ContainerPhase): void {
  if (!TRANSITIONS[c.phase].includes(to)) workerErrors.push(`${rec.namespace}/${rec.name}/${c.name}: ${c.phase} → ${to}`);
  c.phase = to;
}

type SpecC = { name: string; image: string; imagePullPolicy?: string; command?: string[]; args?: string[]; workingDir?: string; stdin?: boolean; tty?: boolean; resources?: { limits?: Record<string, string> } };

export function specContainer(pod: Stored, c: ContainerRec): SpecC | undefined {
  return ((c.init ? pod.spec?.initContainers : pod.spec?.containers) as SpecC[] | undefined)?.find((x) => x.name === c.name);
}

/** Starts the next container the sequential pipeline is due to start, if any. */
export function pump(k: KubeletCore, rec: PodRec): void {
  if (rec.starting || rec.deleting || rec.terminal || !rec.sandboxReady) return;
  const inits = rec.containers.filter((c) => c.init);
  const pendingInit = inits.find((c) => !(c.phase === 'Exited' && c.terminated?.exitCode === 0));
  if (pendingInit) {
    if (pendingInit.phase === 'Pending') begin(k, rec, pendingInit, true);
    return;
  }
  const next = rec.containers.find((c) => !c.init && c.phase === 'Pending');
  if (next) begin(k, rec, next, true);
}

function pullPolicy(spec: SpecC | undefined, image: string): string {
  if (spec?.imagePullPolicy) return spec.imagePullPolicy;
  const r = parseImageRef(image);
  return r.ok && r.ref.tag === 'latest' && !r.ref.digest ? 'Always' : 'IfNotPresent';
}

/** Image check for a container about to be (re)started: pull, or on to create. */
export function begin(k: KubeletCore, rec: PodRec, c: ContainerRec, pipeline: boolean): void {
  const pod = k.pod(rec);
  if (!pod) return;
  if (pipeline) rec.starting = c.name;
  const spec = specContainer(pod, c);
  const parsed = parseImageRef(c.image);
  if (!parsed.ok) {
    const msg = `Failed to apply default image tag "${c.image}": couldn't parse image name "${c.image}": ${parsed.error}`;
    transition(rec, c, 'InvalidImage');
    c.waiting = { reason: 'InvalidImageName', message: msg };
    k.event(rec, 'Warning', 'InspectFailed', msg, c);
    k.event(rec, 'Warning', 'Failed', 'Error: InvalidImageName', c);
    return done(k, rec, c);
  }
  const ref = parsed.ref.full;
  const policy = pullPolicy(spec, c.image);
  const present = k.runtime.nodeImage(k.node, ref);
  if (policy === 'Never' && !present) {
    transition(rec, c, 'ConfigError');
    c.waiting = { reason: 'ErrImageNeverPull', message: `Container image "${c.image}" is not present with pull policy of Never` };
    k.event(rec, 'Warning', 'ErrImageNeverPull', c.waiting.message!, c);
    k.event(rec, 'Warning', 'Failed', 'Error: ErrImageNeverPull', c);
    return done(k, rec, c);
  }
  if (present && policy !== 'Always') {
    c.imageRef = present.ref;
    c.imageID = `${present.repository}@${present.digest}`;
    k.event(rec, 'Normal', 'Pulled', `Container image "${c.image}" already present on machine`, c);
    return prepare(k, rec, c);
  }
  const now = k.world.clock.now();
  if (inBackoffSinceUpdate(c.pullBackoff, now)) return pullBackOff(k, rec, c);
  transition(rec, c, 'Pulling');
  if (!c.terminated) c.waiting = { reason: 'ContainerCreating' };
  k.event(rec, 'Normal', 'Pulling', `Pulling image "${c.image}"`, c);
  const q = k.pullQueue;
  const startAt = Math.max(now, q.busyUntil);
  const lookup = k.runtime.registry.lookup(c.image);
  const cached = !!present || (q.inflight[ref] !== undefined && q.inflight[ref] <= startAt);
  const ann = pod.metadata.annotations;
  const duration = !lookup.ok ? stageDelay('pullResolve', ann, k.rand) : cached ? stageDelay('pullCached', ann, k.rand) : pullDelay(lookup.image.size, ann, k.rand);
  q.busyUntil = startAt + duration;
  if (lookup.ok && !cached) q.inflight[ref] = startAt + duration;
  c.pull = { requestedAt: now, durationMs: duration };
  k.schedule(rec, startAt + duration - now, 'pull-done', c.name);
}

/** The pull finished: Pulled and on, or ErrImagePull with back-off. */
export function pullDone(k: KubeletCore, rec: PodRec, c: ContainerRec): void {
  if (c.phase !== 'Pulling' || !c.pull) return;
  const now = k.world.clock.now();
  const lookup = k.runtime.registry.lookup(c.image);
  const { requestedAt, durationMs } = c.pull;
  c.pull = undefined;
  if (lookup.ok) {
    const img = lookup.image;
    k.runtime.storeImage(k.node, img);
    if (k.pullQueue.inflight[img.ref] !== undefined && k.pullQueue.inflight[img.ref] <= now) delete k.pullQueue.inflight[img.ref];
    c.imageRef = img.ref;
    c.imageID = `${img.repository}@${img.digest}`;
    c.lastPullError = undefined;
    k.event(rec, 'Normal', 'Pulled', `Successfully pulled image "${c.image}" in ${goDuration(durationMs)} (${goDuration(now - requestedAt)} including waiting). Image size: ${img.size} bytes.`, c);
    return prepare(k, rec, c);
  }
  const rpc = `rpc error: code = ${lookup.grpcCode} desc = ${lookup.message}`;
  c.pullBackoff = nextBackoff(c.pullBackoff, now, now);
  c.lastPullError = `ErrImagePull: ${rpc}`;
  transition(rec, c, 'PullFailed');
  c.waiting = { reason: 'ErrImagePull', message: rpc };
  k.event(rec, 'Warning', 'Failed', `Failed to pull image "${c.image}": ${rpc}`, c);
  k.event(rec, 'Warning', 'Failed', 'Error: ErrImagePull', c);
  k.schedule(rec, stageDelay('pullBackOffStatus', k.pod(rec)?.metadata.annotations, k.rand), 'pull-backoff', c.name);
  done(k, rec, c);
}

/** A sync while the pull is held back: ImagePullBackOff until the back-off expires. */
export function pullBackOff(k: KubeletCore, rec: PodRec, c: ContainerRec): void {
  const now = k.world.clock.now();
  if (c.phase !== 'PullFailed' && c.phase !== 'PullBackOff') transition(rec, c, 'PullFailed');
  if (c.phase === 'PullFailed') transition(rec, c, 'PullBackOff');
  const msg = `Back-off pulling image "${c.image}"`;
  c.waiting = { reason: 'ImagePullBackOff', message: c.lastPullError ? `${msg}: ${c.lastPullError}` : msg };
  k.event(rec, 'Normal', 'BackOff', msg, c);
  k.event(rec, 'Warning', 'Failed', 'Error: ImagePullBackOff', c);
  const e = c.pullBackoff!;
  const retryIn = Math.max(0, e.lastUpdate + e.delayMs - now);
  // Syncs during a long back-off repeat the events (their counts grow), as the real kubelet's do.
  if (retryIn > 20_000) k.schedule(rec, k.rand.int(12_000, 18_000), 'pull-backoff', c.name);
  else k.schedule(rec, retryIn, 'retry', c.name);
  done(k, rec, c);
}

/** Image present: resolve the environment, then create. */
export function prepare(k: KubeletCore, rec: PodRec, c: ContainerRec): void {
  const pod = k.pod(rec);
  if (!pod) return;
  const env = resolveEnv(k, rec, pod, c);
  if (!env.ok) {
    transition(rec, c, 'ConfigError');
    c.waiting = { reason: 'CreateContainerConfigError', message: env.message };
    k.event(rec, 'Warning', 'Failed', `Error: ${env.message}`, c);
    k.schedule(rec, stageDelay('configRetry', pod.metadata.annotations, k.rand), 'retry', c.name);
    return done(k, rec, c);
  }
  transition(rec, c, 'Creating');
  if (!c.terminated) c.waiting = { reason: rec.containers.some((x) => x.init) ? 'PodInitializing' : 'ContainerCreating' };
  k.schedule(rec, stageDelay('create', pod.metadata.annotations, k.rand), 'create', c.name);
}

export function resolveEnv(k: KubeletCore, rec: PodRec, pod: Stored, c: ContainerRec) {
  const api = k.world.api;
  const spec = specContainer(pod, c) ?? { name: c.name, image: c.image };
  const services: ServiceLike[] = [];
  const toLike = (s: Stored): ServiceLike => ({ name: s.metadata.name, clusterIP: s.spec?.clusterIP, ports: s.spec?.ports ?? [] });
  for (const s of api.list('Service', { namespace: rec.namespace })) services.push(toLike(s));
  const kube = api.tryGet('Service', 'default', 'kubernetes');
  if (kube && rec.namespace !== 'default') services.push(toLike(kube));
  return containerEnv(pod, spec, {
    configMap: (ns, n) => sourceData(api.tryGet('ConfigMap', ns, n)),
    secret: (ns, n) => sourceData(api.tryGet('Secret', ns, n)),
    services,
    podIP: rec.podIP,
    hostIP: rec.hostIP,
    nodeName: k.node,
  });
}

/** CreateContainer: the `Created` event. */
export function create(k: KubeletCore, rec: PodRec, c: ContainerRec): void {
  const pod = k.pod(rec);
  if (!pod || c.phase !== 'Creating') return;
  const env = resolveEnv(k, rec, pod, c);
  if (!env.ok) return prepare(k, rec, c);
  const spec = specContainer(pod, c)!;
  const hostNetwork = !!pod.spec?.hostNetwork;
  const hostname = hostNetwork ? k.node : (pod.spec?.hostname ?? pod.metadata.name);
  const fqdn = pod.spec?.subdomain ? `${hostname}.${pod.spec.subdomain}.${rec.namespace}.svc.cluster.local` : undefined;
  const ip = rec.podIP ?? rec.hostIP;
  const dns = pod.spec?.dnsConfig;
  const files: Record<string, string> = { '/etc/hostname': `${hostname}\n` };
  if (!hostNetwork) {
    files['/etc/hosts'] = hostsFile(ip, fqdn ? `${fqdn}\t${hostname}` : hostname, pod.spec?.hostAliases ?? []);
    files['/etc/resolv.conf'] =
      pod.spec?.dnsPolicy === 'None' || dns
        ? `${dns?.searches?.length ? `search ${dns.searches.join(' ')}\n` : ''}${(dns?.nameservers ?? []).map((n: string) => `nameserver ${n}\n`).join('')}${dns?.options?.length ? `options ${dns.options.map((o: { name: string; value?: string }) => (o.value ? `${o.name}:${o.value}` : o.name)).join(' ')}\n` : ''}`
        : resolvConf(rec.namespace);
  }
  const limit = spec.resources?.limits?.memory;
  c.containerId = k.runtime.createContainer({
    node: k.node,
    podUid: rec.uid,
    podName: rec.name,
    namespace: rec.namespace,
    name: c.name,
    image: c.imageRef!,
    command: spec.command,
    args: spec.args,
    env: env.env,
    workingDir: spec.workingDir,
    ip,
    hostname,
    files,
    mounts: containerMounts(pod, spec as never, k.node),
    stdin: spec.stdin,
    tty: spec.tty,
    memoryLimit: limit !== undefined ? bytes(limit) : undefined,
    hostNetwork,
  });
  k.event(rec, 'Normal', 'Created', `Created container: ${c.name}`, c);
  transition(rec, c, 'Starting');
  k.schedule(rec, stageDelay('start', pod.metadata.annotations, k.rand), 'start', c.name);
}

/** StartContainer: `Started`, running and ready; or a StartError exit. */
export function start(k: KubeletCore, rec: PodRec, c: ContainerRec): void {
  if (c.phase !== 'Starting' || !c.containerId) return;
  const now = k.world.clock.now();
  c.starts++;
  c.restartCount = Math.max(0, c.starts - 1);
  const res = k.runtime.startContainer(c.containerId);
  if (!res.ok) {
    k.event(rec, 'Warning', 'Failed', `Error: ${res.message}`, c);
    return done(k, rec, c, false); // the runtime reports the StartError exit like any other
  }
  if (c.terminated) c.lastTerminated = c.terminated;
  c.terminated = undefined;
  c.waiting = undefined;
  transition(rec, c, 'Running');
  c.startedAt = isoSeconds(now);
  k.event(rec, 'Normal', 'Started', `Started container ${c.name}`, c);
  // The status shows it running once the PLEG relist sees it (unless it exited meanwhile).
  k.schedule(rec, stageDelay('exitObserved', k.pod(rec)?.metadata.annotations, k.rand), 'relist', c.name);
  done(k, rec, c, false);
}

/** The pipeline moves on after `c` (started, or stuck in an error state). */
function done(k: KubeletCore, rec: PodRec, c: ContainerRec, write = true): void {
  if (write) k.writeStatus(rec);
  if (rec.starting === c.name) {
    rec.starting = undefined;
    pump(k, rec);
  }
}

export { fieldPath };
