import { describe, expect, it } from 'vitest';
import { Kubelet } from '../../../src/engine/kubelet';
import { Network } from '../../../src/engine/net';
import { ContainerRuntime } from '../../../src/engine/runtime';
import { World, type WorldSnapshot } from '../../../src/engine/world';
import { node01 } from './node01';

/** A fresh world loaded from `snap`, wired like createCluster restores one. */
function restore(snap: WorldSnapshot) {
  const w = new World({ seed: 1, startTime: snap.now });
  w.store.restore(snap.store);
  w.rand.restore(snap.rand);
  const net = new Network(w);
  const rt = new ContainerRuntime(w, net);
  const kubelet = new Kubelet(w, 'node01', rt, net);
  const parts = (w as unknown as { stateful: Map<string, { load(s: unknown): void }> }).stateful;
  for (const [name, part] of parts) if (name in snap.parts) part.load(snap.parts[name]);
  kubelet.start();
  return { w, net, rt, kubelet };
}

describe('saving and loading the kubelet, runtime and IPAM', () => {
  it('resumes running containers, logs, back-offs and IP allocation', async () => {
    const s = node01(1, { jitter: false });
    s.pod('web', { containers: [{ name: 'nginx', image: 'nginx' }] });
    s.pod('crash', { containers: [{ name: 'c', image: 'busybox:1.36', command: ['sh', '-c', 'echo boom; exit 1'] }] });
    s.w.advance(15_000);
    const web = s.get('web');
    const logsBefore = s.rt.logs(web.metadata.uid, 'nginx');
    const crashBefore = s.get('crash').status.containerStatuses[0];
    expect(crashBefore.state.waiting.reason).toBe('CrashLoopBackOff');

    const r = restore(s.w.save());
    r.w.settle();
    const ip = web.status.podIP;
    const res = await r.net.request({ from: { kind: 'node', name: 'node01' }, ip, port: 80, headers: [['User-Agent', 'curl/8.5.0']] });
    expect(res.ok && res.status).toBe(200);
    const after = r.rt.logs(web.metadata.uid, 'nginx');
    expect(after.startsWith(logsBefore)).toBe(true);
    expect(after.slice(logsBefore.length)).toBe('10.244.1.1 - - [15/Jan/2026:09:00:15 +0000] "GET / HTTP/1.1" 200 615 "-" "curl/8.5.0" "-"\n');

    r.w.advance(30_000);
    const crash = r.w.api.get('Pod', 'default', 'crash').status.containerStatuses[0];
    expect(crash.restartCount).toBeGreaterThan(crashBefore.restartCount);
    expect(crash.state.waiting.message).toContain('back-off 40s');

    r.w.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'third', namespace: 'default' }, spec: { nodeName: 'node01', containers: [{ name: 'c', image: 'nginx' }] } });
    r.w.advance(5_000);
    expect(r.w.api.get('Pod', 'default', 'third').status.podIP).toBe('10.244.1.4');
    // nginx (:latest, policy Always) is pulled again, quickly: the node's image store came back too
    const third = r.w.api.list('Event', { namespace: 'default' }).filter((e) => (e.involvedObject as { name: string }).name === 'third');
    expect(third[0].message).toBe('Pulling image "nginx"');
    expect(third[1].message).toMatch(/^Successfully pulled image "nginx" in \d{3}ms \(\d{3}ms including waiting\)\. Image size: 72223946 bytes\.$/);
  });
});
