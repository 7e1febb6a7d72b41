// A node's kubelet: watches the pods bound to its node (spec.nodeName) and runs them through the
// stage table (stages.ts) with the container runtime — admission, sandbox and pod IP, volumes,
// image pulls, create/start, restarts with back-off, graceful deletion — writing the pod status
// and kubelet events as it goes. Work triggered by a watch event happens on a 0 ms timer, like an
// informer's delivery; everything else on recorded timers (saved with the sandbox). Not modelled:
// probes, the node's own status/lease, static pod manifests, eviction, resource accounting.

import { ApiError } from '../api/errors';
import type { Stored, WatchEvent } from '../api/types';
import type { Network } from '../net';
import type { ContainerExit, ContainerRuntime } from '../runtime';
import type { Rand } from '../sim/rand';
import type { World } from '../world';
import { fieldPath, type KubeletCore } from './core';
import { beginDeletion, crashBackOff, exited, finalize, onRuntimeExit, onSpecChange, teardownSandbox } from './exits';
import { begin, create, pullBackOff, pullDone, pump, start } from './lifecycle';
import type { ContainerRec, PendingAction, PodRec } from './records';
import { stageDelay } from './stages';
import { buildStatus, isoSeconds } from './status';
import { setUpVolumes } from './volumes';

interface SavedKubelet {
  pods: PodRec[];
  seq: number;
  pullQueue: KubeletCore['pullQueue'];
}

/** kubelet --node-status-report-frequency default. */
const NODE_STATUS_REPORT_MS = 5 * 60_000;

export class Kubelet implements KubeletCore {
  readonly rand: Rand;
  pullQueue = { busyUntil: 0, inflight: {} as Record<string, number> };
  /** uid → record. */
  private pods = new Map<string, PodRec>();
  private timers = new Map<number, number>();
  private heartbeatTimer?: number;
  private seq = 0;
  private stops: (() => void)[] = [];
  private started = false;

  constructor(
    readonly world: World,
    readonly node: string,
    readonly runtime: ContainerRuntime,
    readonly net: Network,
  ) {
    this.rand = world.rand.stream('kubelet');
    world.registerState(`kubelet/${node}`, { save: () => this.save(), load: (s) => this.load(s as SavedKubelet) });
  }

  /** Starts watching: every pod already bound here is picked up, then each change. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.registerNode();
    this.heartbeat();
    this.stops.push(
      this.world.api.watch({ key: 'Pod' }, (e) => {
        // A pod's nodeName never changes once bound: other nodes' pods are not this kubelet's business.
        if (e.object.spec?.nodeName === this.node || this.pods.has(e.object.metadata.uid)) this.defer(() => this.onPodEvent(e));
      }),
      this.world.api.watch({ key: 'Node' }, (e) => {
        if (e.object.metadata.name === this.node) this.registerNode();
      }),
      this.runtime.onExit((e) => this.onExit(e)),
    );
    for (const p of this.world.api.list('Pod')) if (p.spec?.nodeName === this.node) this.defer(() => this.onPodEvent({ type: 'ADDED', key: 'Pod', object: p, revision: 0 }));
  }

  /** Stops watching (the node went away); running containers are left as they are. */
  stop(): void {
    for (const s of this.stops.splice(0)) s();
    for (const t of this.timers.values()) this.world.clock.clearTimer(t);
    this.timers.clear();
    this.world.clock.clearTimer(this.heartbeatTimer);
    this.started = false;
  }

  /**
   * Node status heartbeat: the kubelet re-posts its node's conditions every
   * nodeStatusReportFrequency (5 min) even when nothing changed, so `describe node` shows a recent
   * LastHeartbeatTime (and Lease RenewTime).
   */
  private heartbeat(): void {
    const now = new Date(Math.floor(this.world.clock.now() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
    if (this.world.api.tryGet('Node', undefined, this.node)?.status?.conditions) {
      this.world.api.mutate('Node', undefined, this.node, (n) => {
        // NetworkUnavailable belongs to the CNI, which set it once.
        for (const c of n.status.conditions as { type: string; lastHeartbeatTime?: string }[]) if (c.type !== 'NetworkUnavailable') c.lastHeartbeatTime = now;
      }, { status: true });
    }
    this.heartbeatTimer = this.world.clock.setTimer(NODE_STATUS_REPORT_MS, () => this.heartbeat());
  }

  /** The kubelet's record of a pod, for the UI and tests. */
  record(uid: string): PodRec | undefined {
    return this.pods.get(uid);
  }

  // ---- KubeletCore -------------------------------------------------------------------------

  pod(rec: PodRec): Stored | undefined {
    const p = this.world.api.tryGet('Pod', rec.namespace, rec.name);
    return p && p.metadata.uid === rec.uid ? p : undefined;
  }

  schedule(rec: PodRec, delayMs: number, action: string, container?: string): void {
    const p: PendingAction = { id: ++this.seq, at: this.world.clock.now() + Math.max(0, Math.round(delayMs)), action, container };
    rec.pending.push(p);
    this.arm(rec.uid, p);
  }

  cancel(rec: PodRec, container?: string): void {
    rec.pending = rec.pending.filter((p) => {
      const drop = container === undefined ? p.action !== 'exited' : p.container === container;
      if (drop) {
        this.world.clock.clearTimer(this.timers.get(p.id));
        this.timers.delete(p.id);
      }
      return !drop;
    });
  }

  event(rec: PodRec, type: 'Normal' | 'Warning', reason: string, message: string, c?: ContainerRec): void {
    const pod = this.pod(rec);
    if (!pod) return;
    this.world.events.record(pod, type, reason, message, { component: 'kubelet', host: this.node }, c ? fieldPath(c) : undefined);
  }

  writeStatus(rec: PodRec): void {
    const pod = this.pod(rec);
    if (!pod) return;
    try {
      this.world.api.mutate('Pod', rec.namespace, rec.name, (p) => {
        p.status = buildStatus(p as Stored, rec, this.world.clock.now());
      }, { status: true });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    }
  }

  // ---- events ------------------------------------------------------------------------------

  private defer(fn: () => void): void {
    this.world.clock.setTimer(0, fn);
  }

  private onPodEvent(e: WatchEvent): void {
    const obj = e.object;
    const uid = obj.metadata.uid;
    const rec = this.pods.get(uid);
    if (e.type === 'DELETED') {
      if (rec) this.forget(rec);
      return;
    }
    const pod = this.world.api.tryGet('Pod', obj.metadata.namespace, obj.metadata.name);
    if (!pod || pod.metadata.uid !== uid || pod.spec?.nodeName !== this.node) return;
    if (!rec) return this.admit(pod);
    if (pod.metadata.deletionTimestamp) return beginDeletion(this, rec, pod);
    if (!rec.deleting) onSpecChange(this, rec, pod);
  }

  private onExit(e: ContainerExit): void {
    if (e.node !== this.node) return;
    const rec = this.pods.get(e.podUid);
    const c = rec?.containers.find((x) => x.containerId === e.id);
    if (rec && c) onRuntimeExit(this, rec, c, e);
  }

  private admit(pod: Stored): void {
    const rec: PodRec = {
      uid: pod.metadata.uid,
      namespace: pod.metadata.namespace ?? 'default',
      name: pod.metadata.name,
      admitted: false,
      sandboxReady: false,
      hostIP: this.net.node(this.node)?.ip ?? '',
      containers: [
        ...((pod.spec?.initContainers ?? []) as { name: string; image: string }[]).map((c) => newContainer(c, true)),
        ...((pod.spec?.containers ?? []) as { name: string; image: string }[]).map((c) => newContainer(c, false)),
      ],
      mountRetries: 0,
      deleting: false,
      terminal: false,
      conditions: [],
      pending: [],
    };
    this.pods.set(rec.uid, rec);
    if (pod.metadata.deletionTimestamp) return beginDeletion(this, rec, pod);
    this.schedule(rec, stageDelay('admit', pod.metadata.annotations, this.rand), 'admit');
  }

  private forget(rec: PodRec): void {
    for (const p of rec.pending) {
      this.world.clock.clearTimer(this.timers.get(p.id));
      this.timers.delete(p.id);
    }
    rec.pending = [];
    teardownSandbox(this, rec, undefined);
    this.runtime.removePod(rec.uid);
    this.pods.delete(rec.uid);
  }

  private arm(uid: string, p: PendingAction): void {
    const t = this.world.clock.setTimerAt(p.at, () => {
      this.timers.delete(p.id);
      const rec = this.pods.get(uid);
      if (!rec) return;
      rec.pending = rec.pending.filter((x) => x.id !== p.id);
      this.dispatch(rec, p);
    });
    this.timers.set(p.id, t);
  }

  private dispatch(rec: PodRec, p: PendingAction): void {
    const c = p.container !== undefined ? rec.containers.find((x) => x.name === p.container) : undefined;
    switch (p.action) {
      case 'admit':
        rec.admitted = true;
        rec.startTime = isoSeconds(this.world.clock.now());
        rec.hostIP = this.net.node(this.node)?.ip ?? rec.hostIP;
        this.writeStatus(rec);
        this.schedule(rec, stageDelay('sandbox', this.pod(rec)?.metadata.annotations, this.rand), 'sandbox');
        return;
      case 'sandbox':
        return this.sandbox(rec);
      case 'finalize':
        return finalize(this, rec);
    }
    if (!c) return;
    switch (p.action) {
      case 'pull-done':
        return pullDone(this, rec, c);
      case 'pull-backoff':
        return pullBackOff(this, rec, c);
      case 'retry':
        return begin(this, rec, c, rec.starting === c.name);
      case 'create':
        return create(this, rec, c);
      case 'start':
        return start(this, rec, c);
      case 'exited':
        return exited(this, rec, c);
      case 'relist':
        if (!c.exit && c.phase === 'Running') this.writeStatus(rec);
        return;
      case 'crash-backoff':
        return crashBackOff(this, rec, c);
    }
  }

  /** RunPodSandbox: volumes, then the pod network (CNI), then the containers. */
  private sandbox(rec: PodRec): void {
    const pod = this.pod(rec);
    if (!pod || rec.deleting) return;
    const failed = setUpVolumes(pod, this.runtime, { get: (kind, ns, n) => this.world.api.tryGet(kind, ns, n), node: this.node }, this.world.clock.now());
    if (failed) {
      this.event(rec, 'Warning', 'FailedMount', failed);
      const retry = Math.min(stageDelay('mountRetry', pod.metadata.annotations, this.rand) * 2 ** rec.mountRetries++, 122_000);
      this.schedule(rec, retry, 'sandbox');
      return;
    }
    if (pod.spec?.hostNetwork) {
      rec.podIP = rec.hostIP;
    } else {
      const cidr = this.net.node(this.node)?.podCIDR;
      if (!cidr) {
        this.event(rec, 'Warning', 'FailedCreatePodSandBox', `Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "${this.rand.hex(64)}": plugin type="flannel" failed (add): failed to load flannel 'subnet.env' file: open /run/flannel/subnet.env: no such file or directory`);
        this.schedule(rec, this.rand.int(10_000, 15_000), 'sandbox');
        return;
      }
      rec.podIP = this.net.ipam.podIp(this.node, cidr);
    }
    this.net.attach(rec.podIP, { kind: 'pod', namespace: rec.namespace, name: rec.name, uid: rec.uid, node: this.node, hostNetwork: !!pod.spec?.hostNetwork });
    rec.sandboxReady = true;
    this.writeStatus(rec);
    pump(this, rec);
  }

  private registerNode(): void {
    const n = this.world.api.tryGet('Node', undefined, this.node);
    const addrs = (n?.status?.addresses ?? []) as { type: string; address: string }[];
    const ip = addrs.find((a) => a.type === 'InternalIP')?.address ?? this.net.node(this.node)?.ip;
    if (!ip) return;
    this.net.registerNode({ name: this.node, ip, podCIDR: n?.spec?.podCIDR ?? this.net.node(this.node)?.podCIDR });
  }

  // ---- saving ------------------------------------------------------------------------------

  private save(): SavedKubelet {
    return JSON.parse(JSON.stringify({ pods: [...this.pods.values()], seq: this.seq, pullQueue: this.pullQueue }));
  }

  private load(s: SavedKubelet): void {
    for (const t of this.timers.values()) this.world.clock.clearTimer(t);
    this.timers.clear();
    this.pods = new Map(s.pods.map((p) => [p.uid, p]));
    this.seq = s.seq;
    this.pullQueue = s.pullQueue;
    this.registerNode();
    for (const rec of this.pods.values()) {
      if (rec.sandboxReady && rec.podIP) {
        const pod = this.pod(rec);
        this.net.attach(rec.podIP, { kind: 'pod', namespace: rec.namespace, name: rec.name, uid: rec.uid, node: this.node, hostNetwork: !!pod?.spec?.hostNetwork });
      }
      for (const p of rec.pending) this.arm(rec.uid, p);
    }
  }
}

function newContainer(c: { name: string; image: string }, init: boolean): ContainerRec {
  return { name: c.name, init, phase: 'Pending', image: c.image, restartCount: 0, starts: 0 };
}

export { workerErrors } from './lifecycle';
export { STAGES, TRANSITIONS } from './stages';
