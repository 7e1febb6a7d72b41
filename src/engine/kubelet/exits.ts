// What happens after a container stops, and how a pod ends (kuberuntime_manager.go computePodActions
// and doBackOff, kubelet_pods.go, pod_workers.go): restart per restartPolicy with the CrashLoopBackOff
// back-off (immediate first restart, then 10 s doubling to 5 min, reset after 10 min of running),
// init containers gating the regular ones, terminal pods tearing down their sandbox, graceful
// deletion (`Killing`, the stop signal, SIGKILL after the grace period, then delete with grace 0),
// and restarts after a spec change (`Container nginx definition changed, will be restarted`).

import type { Stored } from '../api/types';
import type { ContainerExit } from '../runtime';
import type { KubeletCore } from './core';
import { goDuration, inBackoffSince, nextBackoff } from './kernels/backoff';
import { begin, pump, transition } from './lifecycle';
import type { ContainerRec, PodRec } from './records';
import { stageDelay } from './stages';
import { isoSeconds } from './status';

/** The runtime reported an exit; the PLEG relist notices it a moment later. */
export function onRuntimeExit(k: KubeletCore, rec: PodRec, c: ContainerRec, e: ContainerExit): void {
  c.exit = { exitCode: e.exitCode, reason: e.reason, message: e.message, startedAt: e.startedAt, finishedAt: e.finishedAt, id: e.id };
  k.schedule(rec, stageDelay('exitObserved', k.pod(rec)?.metadata.annotations, k.rand), 'exited', c.name);
}

export function exited(k: KubeletCore, rec: PodRec, c: ContainerRec): void {
  const e = c.exit;
  c.exit = undefined;
  if (!e || e.id !== c.containerId) return;
  transition(rec, c, 'Exited');
  c.waiting = undefined;
  c.terminated = {
    exitCode: e.exitCode,
    reason: e.reason,
    message: e.message,
    startedAt: e.startedAt !== undefined ? isoSeconds(e.startedAt) : undefined,
    finishedAt: isoSeconds(e.finishedAt),
    finishedAtMs: e.finishedAt,
    containerID: `containerd://${e.id}`,
  };
  const pod = k.pod(rec);
  if (rec.deleting || !pod) {
    k.writeStatus(rec);
    if (!rec.containers.some((x) => x.phase === 'Killing')) k.schedule(rec, stageDelay('deleteAfterStop', pod?.metadata.annotations, k.rand), 'finalize');
    return;
  }
  if (c.replace) {
    c.replace = false;
    k.writeStatus(rec);
    return begin(k, rec, c, false);
  }
  const policy = pod.spec?.restartPolicy ?? 'Always';
  if (c.init && e.exitCode === 0) {
    k.writeStatus(rec);
    return pump(k, rec);
  }
  const restart = c.init ? policy !== 'Never' : policy === 'Always' || (policy === 'OnFailure' && e.exitCode !== 0);
  if (!restart) {
    k.writeStatus(rec);
    return checkTerminal(k, rec, pod);
  }
  const now = k.world.clock.now();
  if (inBackoffSince(c.crashBackoff, e.finishedAt, now)) {
    k.writeStatus(rec);
    k.schedule(rec, stageDelay('crashBackOffStatus', pod.metadata.annotations, k.rand), 'crash-backoff', c.name);
    return;
  }
  c.crashBackoff = nextBackoff(c.crashBackoff, e.finishedAt, now);
  k.writeStatus(rec);
  begin(k, rec, c, false);
}

/** A sync while the restart is held back: CrashLoopBackOff, then the restart when it expires. */
export function crashBackOff(k: KubeletCore, rec: PodRec, c: ContainerRec): void {
  if ((c.phase !== 'Exited' && c.phase !== 'CrashBackOff') || !c.terminated) return;
  const now = k.world.clock.now();
  const fin = c.terminated.finishedAtMs;
  if (!inBackoffSince(c.crashBackoff, fin, now)) {
    c.crashBackoff = nextBackoff(c.crashBackoff, fin, now);
    return begin(k, rec, c, false);
  }
  const delay = c.crashBackoff!.delayMs;
  if (c.phase === 'Exited') transition(rec, c, 'CrashBackOff');
  c.waiting = { reason: 'CrashLoopBackOff', message: `back-off ${goDuration(delay)} restarting failed container=${c.name} pod=${rec.name}_${rec.namespace}(${rec.uid})` };
  k.event(rec, 'Warning', 'BackOff', `Back-off restarting failed container ${c.name} in pod ${rec.name}_${rec.namespace}(${rec.uid})`, c);
  k.writeStatus(rec);
  const remaining = fin + delay - now;
  // Syncs during a long back-off repeat the BackOff event (its count grows), as the kubelet's do.
  k.schedule(rec, remaining > 20_000 ? k.rand.int(12_000, 18_000) : remaining, 'crash-backoff', c.name);
}

/** Never/OnFailure pods whose containers are all done become terminal: Succeeded or Failed. */
function checkTerminal(k: KubeletCore, rec: PodRec, pod: Stored): void {
  const policy = pod.spec?.restartPolicy ?? 'Always';
  if (policy === 'Always') return;
  const initFailed = policy === 'Never' && rec.containers.some((c) => c.init && c.phase === 'Exited' && c.terminated?.exitCode !== 0);
  const mainDone = rec.containers.filter((c) => !c.init).every((c) => c.phase === 'Exited');
  if (!initFailed && !mainDone) return;
  rec.terminal = true;
  teardownSandbox(k, rec, pod);
  k.writeStatus(rec);
}

/** Removes the pod's network (the IP returns to IPAM; status keeps showing it). */
export function teardownSandbox(k: KubeletCore, rec: PodRec, pod: Stored | undefined): void {
  if (!rec.sandboxReady) return;
  rec.sandboxReady = false;
  if (rec.podIP && !pod?.spec?.hostNetwork) k.net.ipam.release(rec.podIP);
  k.net.detachPod(rec.namespace, rec.name);
}

/** The pod got a deletionTimestamp: stop its containers gracefully. */
export function beginDeletion(k: KubeletCore, rec: PodRec, pod: Stored): void {
  if (rec.deleting) return;
  rec.deleting = true;
  rec.starting = undefined;
  k.cancel(rec);
  const graceMs = (pod.metadata.deletionGracePeriodSeconds ?? pod.spec?.terminationGracePeriodSeconds ?? 30) * 1000;
  let killing = 0;
  for (const c of rec.containers) {
    if (c.exit) {
      k.schedule(rec, 0, 'exited', c.name); // an exit already reported is still observed
      continue;
    }
    if ((c.phase === 'Running' || c.phase === 'Killing') && c.containerId) {
      if (c.phase === 'Running') transition(rec, c, 'Killing');
      k.event(rec, 'Normal', 'Killing', `Stopping container ${c.name}`, c);
      k.runtime.stopContainer(c.containerId, graceMs);
      killing++;
    }
  }
  if (!killing && !rec.containers.some((c) => c.exit)) k.schedule(rec, stageDelay('deleteAfterStop', pod.metadata.annotations, k.rand), 'finalize');
}

/** Containers stopped: final status, sandbox gone, the pod object deleted with grace 0. */
export function finalize(k: KubeletCore, rec: PodRec): void {
  const pod = k.pod(rec);
  if (!pod) return;
  k.writeStatus(rec);
  teardownSandbox(k, rec, pod);
  try {
    k.world.api.delete('Pod', rec.namespace, rec.name, { gracePeriodSeconds: 0, uid: rec.uid });
  } catch {
    // already gone, or replaced by a pod with the same name
  }
}

/** The pod's spec changed: a running container with a new image restarts with it. */
export function onSpecChange(k: KubeletCore, rec: PodRec, pod: Stored): void {
  const graceMs = (pod.spec?.terminationGracePeriodSeconds ?? 30) * 1000;
  for (const sc of (pod.spec?.containers ?? []) as { name: string; image: string }[]) {
    const c = rec.containers.find((x) => !x.init && x.name === sc.name);
    if (!c || c.image === sc.image) continue;
    c.image = sc.image;
    c.imageRef = undefined;
    c.imageID = undefined;
    c.pullBackoff = undefined;
    c.lastPullError = undefined;
    if (c.phase === 'Running' && c.containerId) {
      c.replace = true;
      transition(rec, c, 'Killing');
      k.event(rec, 'Normal', 'Killing', `Container ${c.name} definition changed, will be restarted`, c);
      k.runtime.stopContainer(c.containerId, graceMs);
    } else if (['PullFailed', 'PullBackOff', 'InvalidImage', 'ConfigError', 'CrashBackOff', 'Pulling'].includes(c.phase)) {
      k.cancel(rec, c.name);
      c.pull = undefined;
      begin(k, rec, c, rec.starting === c.name);
    }
  }
}
