// The default-scheduler as a controller (pkg/scheduler/schedule_one.go + the scheduling queue): pods
// without spec.nodeName whose schedulerName is default-scheduler are scheduled by schedulePod, bound
// through a Binding-like storage write (spec.nodeName, then condition PodScheduled=True) with a
// `Scheduled` event, or marked PodScheduled=False/Unschedulable with a `FailedScheduling` warning.
// Unschedulable pods are retried when the cluster changes in a way that can help (nodes added or
// changed, bound pods deleted or finished), no sooner than their back-off (1 s doubling to 10 s),
// and every 5 minutes regardless (podMaxInUnschedulablePodsDuration). Preemption evicts victims and
// nominates the node. Simplified: one profile, no queueing hints per plugin, no PrioritySort.
import { clone } from '../api/freeze';
import type { KObject, Stored, WatchEvent } from '../api/types';
import type { Request } from '../controllers/manager';
import type { World } from '../world';
import { defaultProfile } from './plugins';
import { occupiesNode, type Profile } from './framework';
import { schedulePod, type ScheduleResult } from './schedule';

export const SCHEDULER_NAME = 'default-scheduler';
const FLUSH_MS = 5 * 60_000;
const INITIAL_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 10_000;

/** The last scheduling attempt for a pod, as the UI shows it. */
export interface ScheduleRecord {
  at: number;
  result: ScheduleResult;
}

interface Attempt {
  epoch: number;
  generation: number;
  at: number;
  count: number;
}

interface SchedulerState {
  epoch: number;
  nodeKeys: [string, string][];
  attempts: [string, Attempt][];
  records: [string, ScheduleRecord][];
}

/** Pods this scheduler is responsible for: unbound, not being deleted, ours. */
export function isPending(p: KObject): boolean {
  return !p.spec?.nodeName && !p.metadata.deletionTimestamp && (p.spec?.schedulerName ?? SCHEDULER_NAME) === SCHEDULER_NAME;
}

const backoff = (count: number) => Math.min(INITIAL_BACKOFF_MS * 2 ** Math.max(0, count - 1), MAX_BACKOFF_MS);
const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
/** What about a node matters to scheduling: labels, spec (taints, unschedulable) and allocatable. */
const nodeKey = (n: KObject) => JSON.stringify([n.metadata.labels ?? {}, n.spec ?? {}, n.status?.allocatable ?? {}]);
const MAX_RECORDS = 1000;

export class Scheduler {
  /** Bumped by cluster changes that may make unschedulable pods fit. */
  private epoch = 0;
  private nodeKeys = new Map<string, string>();
  private attempts = new Map<string, Attempt>();
  private records = new Map<string, ScheduleRecord>();
  /** uid → time of the requeue timer already set in this process. */
  private armed = new Map<string, number>();
  /** node → pod uid → pod, for pods occupying the node (bound, not finished). */
  private byNode = new Map<string, Map<string, KObject>>();

  constructor(
    private readonly world: World,
    private readonly profile: Profile = defaultProfile(),
  ) {
    world.registerState('scheduler', { save: () => this.save(), load: (s) => this.load(s as SchedulerState) });
  }

  private track(p: KObject, deleted: boolean): void {
    const uid = p.metadata.uid ?? '';
    const node = p.spec?.nodeName as string | undefined;
    for (const [n, m] of this.byNode) if (n !== node) m.delete(uid);
    if (!node) return;
    let m = this.byNode.get(node);
    if (!m) this.byNode.set(node, (m = new Map()));
    if (!deleted && occupiesNode(p)) m.set(uid, p);
    else m.delete(uid);
  }

  /** Pods occupying each node, in the shape groupPodsByNode gives. */
  private podsOnNodes(): Map<string, KObject[]> {
    const out = new Map<string, KObject[]>();
    for (const [n, m] of this.byNode) if (m.size) out.set(n, [...m.values()]);
    return out;
  }

  /** The last attempt's verdicts for a pod (by uid): per node, per plugin. */
  verdicts(podUid: string): ScheduleRecord | undefined {
    return this.records.get(podUid);
  }

  start(): void {
    // The scheduler cache: which pods occupy which node, kept from the watch as kube-scheduler's
    // cache is, so a cycle does not list and group every pod of the cluster again.
    for (const p of this.world.api.list('Pod')) this.track(p, false);
    this.world.api.watch({ key: 'Pod' }, (e) => this.track(e.object, e.type === 'DELETED'));
    this.world.controllers.add({
      name: SCHEDULER_NAME,
      for: 'Pod',
      filter: isPending,
      watches: [
        { key: 'Node', map: (o, e) => (this.nodeChanged(o, e) ? this.pendingRequests() : []) },
        { key: 'Pod', map: (o, e) => (this.podFreed(o, e) ? this.pendingRequests() : []) },
      ],
      reconcile: (req) => this.reconcile(req),
    });
  }

  private nodeChanged(n: KObject, e: WatchEvent): boolean {
    const name = n.metadata.name ?? '';
    if (e.type === 'DELETED') {
      this.nodeKeys.delete(name);
      return false;
    }
    const k = nodeKey(n);
    if (this.nodeKeys.get(name) === k) return false;
    this.nodeKeys.set(name, k);
    this.epoch++;
    return true;
  }

  private podFreed(p: KObject, e: WatchEvent): boolean {
    if (!p.spec?.nodeName) return false;
    const freed = e.type === 'DELETED' || p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed';
    if (freed) this.epoch++;
    return freed;
  }

  private pendingRequests(): Request[] {
    return this.world.api
      .list('Pod')
      .filter(isPending)
      .map((p) => ({ namespace: p.metadata.namespace, name: p.metadata.name }));
  }

  private reconcile(req: Request): { requeueAfterMs: number } | void {
    const pod = this.world.api.tryGet('Pod', req.namespace, req.name);
    if (!pod || !isPending(pod)) return;
    const uid = pod.metadata.uid;
    if ((pod.spec?.schedulingGates ?? []).length > 0) {
      this.setCondition(pod, 'SchedulingGated', 'Scheduling is blocked due to non-empty scheduling gates');
      return;
    }
    const now = this.world.clock.now();
    const gen = pod.metadata.generation ?? 0;
    const a = this.attempts.get(uid);
    if (a && a.generation === gen) {
      const flushAt = a.at + FLUSH_MS;
      const readyAt = a.epoch === this.epoch ? flushAt : Math.min(a.at + backoff(a.count), flushAt);
      if (now < readyAt) return this.requeue(uid, readyAt);
    }
    const result = schedulePod(pod, this.world.api.list('Node'), this.podsOnNodes(), this.profile, this.world.rand.stream('scheduler'));
    this.remember(uid, { at: now, result });
    if (result.node) {
      this.attempts.delete(uid);
      this.bind(pod, result.node);
      return;
    }
    if (result.nominate) this.preempt(pod, result.nominate.node, result.nominate.victims);
    this.attempts.set(uid, { epoch: this.epoch, generation: gen, at: now, count: (a?.count ?? 0) + 1 });
    const message = result.message ?? '';
    this.world.events.record(pod, 'Warning', 'FailedScheduling', message, { component: SCHEDULER_NAME });
    this.setCondition(pod, 'Unschedulable', message);
    return this.requeue(uid, now + FLUSH_MS);
  }

  private requeue(uid: string, at: number): { requeueAfterMs: number } | void {
    const now = this.world.clock.now();
    if ((this.armed.get(uid) ?? -1) >= now && this.armed.get(uid) === at) return;
    this.armed.set(uid, at);
    return { requeueAfterMs: at - now };
  }

  /** The Binding subresource: spec.nodeName written to storage directly (pod update validation does not apply), then PodScheduled=True. */
  private bind(pod: Stored, node: string): void {
    const next = clone(pod);
    next.spec.nodeName = node;
    const bound = this.world.api.store.update(next, { keepGeneration: true });
    this.world.api.mutate('Pod', bound.metadata.namespace, bound.metadata.name, (p) => {
      p.status = p.status ?? {};
      delete p.status.nominatedNodeName;
      const conds = (p.status.conditions ?? []).filter((c: { type: string }) => c.type !== 'PodScheduled');
      p.status.conditions = [{ type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: iso(this.world.clock.now()) }, ...conds];
    }, { status: true });
    this.world.events.record(bound, 'Normal', 'Scheduled', `Successfully assigned ${bound.metadata.namespace}/${bound.metadata.name} to ${node}`, { component: SCHEDULER_NAME });
  }

  /** Evicts the victims (DisruptionTarget condition, graceful delete, `Preempted` event) and nominates the node. */
  private preempt(pod: Stored, node: string, victims: KObject[]): void {
    const api = this.world.api;
    for (const v of victims) {
      const cur = api.tryGet('Pod', v.metadata.namespace, v.metadata.name ?? '');
      if (!cur || cur.metadata.uid !== v.metadata.uid || cur.metadata.deletionTimestamp) continue;
      api.mutate('Pod', cur.metadata.namespace, cur.metadata.name, (p) => {
        p.status = p.status ?? {};
        const conds = (p.status.conditions ?? []).filter((c: { type: string }) => c.type !== 'DisruptionTarget');
        conds.push({ type: 'DisruptionTarget', status: 'True', lastProbeTime: null, lastTransitionTime: iso(this.world.clock.now()), reason: 'PreemptionByScheduler', message: `${SCHEDULER_NAME}: preempting to accommodate a higher priority pod` });
        p.status.conditions = conds;
      }, { status: true });
      this.world.events.record(cur, 'Normal', 'Preempted', `Preempted by pod ${pod.metadata.uid} on node ${node}`, { component: SCHEDULER_NAME });
      api.delete('Pod', cur.metadata.namespace, cur.metadata.name, { uid: cur.metadata.uid });
    }
    if (pod.status?.nominatedNodeName !== node) {
      api.mutate('Pod', pod.metadata.namespace, pod.metadata.name, (p) => {
        p.status = { ...(p.status ?? {}), nominatedNodeName: node };
      }, { status: true });
    }
  }

  /** PodScheduled=False with `reason`/`message`; lastTransitionTime moves only when the status flips. */
  private setCondition(pod: Stored, reason: string, message: string): void {
    const conds: { type: string; status: string; reason?: string; message?: string; lastTransitionTime?: string }[] = pod.status?.conditions ?? [];
    const old = conds.find((c) => c.type === 'PodScheduled');
    if (old && old.status === 'False' && old.reason === reason && old.message === message) return;
    this.world.api.mutate('Pod', pod.metadata.namespace, pod.metadata.name, (p) => {
      p.status = p.status ?? {};
      const others = (p.status.conditions ?? []).filter((c: { type: string }) => c.type !== 'PodScheduled');
      const ltt = old && old.status === 'False' ? old.lastTransitionTime : iso(this.world.clock.now());
      p.status.conditions = [{ type: 'PodScheduled', status: 'False', lastProbeTime: null, lastTransitionTime: ltt, reason, message }, ...others];
      p.status.phase = p.status.phase ?? 'Pending';
    }, { status: true });
  }

  private remember(uid: string, r: ScheduleRecord): void {
    this.records.delete(uid);
    this.records.set(uid, r);
    if (this.records.size > MAX_RECORDS) this.records.delete(this.records.keys().next().value as string);
  }

  private save(): SchedulerState {
    return { epoch: this.epoch, nodeKeys: [...this.nodeKeys], attempts: [...this.attempts], records: clone([...this.records]) };
  }

  private load(s: SchedulerState): void {
    this.epoch = s.epoch;
    this.nodeKeys = new Map(s.nodeKeys);
    this.attempts = new Map(s.attempts);
    this.records = new Map(s.records);
    this.armed.clear();
  }
}
