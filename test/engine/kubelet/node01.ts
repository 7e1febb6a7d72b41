// Test builders: a World with the network, the runtime and one kubelet for `node01` (a Node object
// made here, no scheduler), pods bound to it, and readers for events and timelines.
import type { KObject, Stored } from '../../../src/engine/api/types';
import { Kubelet } from '../../../src/engine/kubelet';
import { Network } from '../../../src/engine/net';
import { ContainerRuntime } from '../../../src/engine/runtime';
import { World } from '../../../src/engine/world';

export interface Sandbox {
  w: World;
  net: Network;
  rt: ContainerRuntime;
  kubelet: Kubelet;
  /** ms since the sandbox was built */
  t(): number;
  pod(name: string, spec: Record<string, unknown>, meta?: Record<string, unknown>): Stored;
  get(name: string): Stored;
  /** `Type Reason Message` of the pod's events in creation order, with `(xN)` when repeated. */
  events(name: string): string[];
  /** Status transitions seen by a watch: `t STATUS` lines as kubectl's STATUS column would summarise. */
  timeline: string[];
}

/** Summary like kubectl's STATUS column (enough for tests: waiting/terminated reason, phase). */
export function statusOf(p: Stored): string {
  if (p.metadata.deletionTimestamp && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed') return 'Terminating';
  for (const s of [...(p.status?.containerStatuses ?? [])].reverse()) {
    if (s.state?.waiting?.reason) return s.state.waiting.reason;
    if (s.state?.terminated?.reason) return s.state.terminated.reason;
  }
  return p.status?.phase ?? 'Pending';
}

export function node01(seed: number | string = 1, opts: { jitter?: boolean } = {}): Sandbox {
  const w = new World({ seed });
  const net = new Network(w);
  const rt = new ContainerRuntime(w, net);
  const kubelet = new Kubelet(w, 'node01', rt, net);
  w.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });
  const n = w.api.create({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'node01' }, spec: { podCIDR: '10.244.1.0/24' } });
  w.api.updateStatus({ ...n, status: { addresses: [{ type: 'InternalIP', address: '172.30.2.2' }, { type: 'Hostname', address: 'node01' }] } });
  kubelet.start();
  const t0 = w.clock.now();
  const timeline: string[] = [];
  w.api.watch({ key: 'Pod' }, (e) => {
    const line = `${e.object.metadata.name} ${e.type === 'DELETED' ? 'DELETED' : statusOf(e.object)}`;
    const last = [...timeline].reverse().find((l) => l.split(' ')[1] === e.object.metadata.name);
    if (!last || last.slice(last.indexOf(' ') + 1) !== line) timeline.push(`${((w.clock.now() - t0) / 1000).toFixed(3)} ${line}`);
  });
  return {
    w,
    net,
    rt,
    kubelet,
    t: () => w.clock.now() - t0,
    timeline,
    pod(name, spec, meta = {}) {
      const given = meta.annotations as Record<string, string> | undefined;
      const annotations: Record<string, string> | undefined = opts.jitter === false ? { 'podlab.dev/jitter': '0', ...(given ?? {}) } : given;
      const obj: KObject = { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', ...meta, ...(annotations ? { annotations } : {}) }, spec: { nodeName: 'node01', ...spec } };
      return w.api.create(obj);
    },
    get: (name) => w.api.get('Pod', 'default', name),
    events(name) {
      return w.api
        .list('Event', { namespace: 'default' })
        .filter((e) => (e.involvedObject as { name: string }).name === name)
        .sort((a, b) => String(a.firstTimestamp).localeCompare(String(b.firstTimestamp)) || cmpName(a, b))
        .map((e) => `${e.type} ${e.reason} ${e.message}${(e.count as number) > 1 ? ` (x${e.count})` : ''}`);
    },
  };
}

const cmpName = (a: Stored, b: Stored) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0);

/** Advances simulated time step by step, letting promise continuations run between timers. */
export async function advanceAsync(w: World, ms: number): Promise<void> {
  const end = w.clock.now() + ms;
  for (;;) {
    await new Promise<void>((r) => setTimeout(r, 0));
    const next = w.clock.nextTimerAt();
    if (next === undefined || next > end) break;
    w.clock.advanceTo(next);
  }
  w.clock.advanceTo(end);
  await new Promise<void>((r) => setTimeout(r, 0));
}
