import { describe, expect, it } from 'vitest';
import { Network } from '../../../src/engine/net';
import { World } from '../../../src/engine/world';

function net() {
  const w = new World({ seed: 1 });
  const n = new Network(w);
  n.registerNode({ name: 'controlplane', ip: '172.30.1.2', podCIDR: '10.244.0.0/24' });
  n.registerNode({ name: 'node01', ip: '172.30.2.2', podCIDR: '10.244.1.0/24' });
  n.attach('10.244.1.5', { kind: 'pod', namespace: 'default', name: 'web', uid: 'u1', node: 'node01' });
  n.attach('10.244.0.7', { kind: 'pod', namespace: 'default', name: 'client', uid: 'u2', node: 'controlplane' });
  const seen: string[] = [];
  n.bind('10.244.1.5', 80, (req) => {
    seen.push(`${req.method} ${req.path} from ${req.remoteAddr}`);
    return { status: 200, headers: [['Content-Length', '3']], body: 'ok\n' };
  }, 'default/web/nginx');
  return { w, n, seen };
}

describe('simulated HTTP', () => {
  it('delivers to the listening program and returns the hop trace', async () => {
    const { n, seen } = net();
    const r = await n.request({ from: { kind: 'node', name: 'controlplane' }, ip: '10.244.1.5', port: 80, path: '/x' });
    expect(r).toMatchObject({ ok: true, status: 200, statusText: 'OK', body: 'ok\n', ip: '10.244.1.5', port: 80, elapsedMs: 0 });
    expect(r.trace).toEqual([
      { hop: 'node/controlplane', ip: '172.30.1.2' },
      { hop: 'pod/default/web', ip: '10.244.1.5', port: 80 },
    ]);
    expect(seen).toEqual(['GET /x from 10.244.0.0']); // across nodes: the flannel.1 address
  });

  it('shows the source as the pod, or the node’s cni0 address on the same node', async () => {
    const { n, seen } = net();
    await n.request({ from: { kind: 'pod', namespace: 'default', name: 'client' }, ip: '10.244.1.5', port: 80 });
    await n.request({ from: { kind: 'node', name: 'node01' }, ip: '10.244.1.5', port: 80 });
    expect(seen).toEqual(['GET / from 10.244.0.7', 'GET / from 10.244.1.1']);
  });

  it('refuses a port nobody listens on, as curl words it', async () => {
    const { n } = net();
    const r = await n.request({ from: { kind: 'node', name: 'controlplane' }, ip: '10.244.1.5', port: 81 });
    expect(r).toMatchObject({ ok: false, code: 7, message: "Failed to connect to 10.244.1.5 port 81 after 0 ms: Couldn't connect to server" });
    expect(r.trace[1]).toEqual({ hop: 'pod/default/web', ip: '10.244.1.5', port: 81, note: 'connection refused' });
  });

  it('times out for an address no one owns, in simulated time', async () => {
    const { w, n } = net();
    let result: Awaited<ReturnType<typeof n.request>> | undefined;
    void n.request({ from: { kind: 'node', name: 'controlplane' }, ip: '10.244.9.9', port: 80, connectTimeoutMs: 5_000 }).then((r) => (result = r));
    w.advance(4_999);
    await Promise.resolve();
    expect(result).toBeUndefined();
    w.advance(1);
    await new Promise((r) => setTimeout(r, 0));
    expect(result).toMatchObject({ ok: false, code: 28, message: 'Connection timed out after 5001 milliseconds', elapsedMs: 5_000 });
  });

  it('without a connect timeout waits for the SYN retries (~133 s)', async () => {
    const { w, n } = net();
    let result: Awaited<ReturnType<typeof n.request>> | undefined;
    void n.request({ from: { kind: 'node', name: 'controlplane' }, ip: '10.1.2.3', port: 80 }).then((r) => (result = r));
    w.advance(136_000);
    await new Promise((r) => setTimeout(r, 0));
    expect(result && !result.ok && result.message).toMatch(/^Failed to connect to 10\.1\.2\.3 port 80 after 13[345]\d{3} ms: Couldn't connect to server$/);
  });

  it('reaches localhost inside a pod', async () => {
    const { n } = net();
    const r = await n.request({ from: { kind: 'pod', namespace: 'default', name: 'web' }, ip: '127.0.0.1', port: 80 });
    expect(r.ok).toBe(true);
  });

  it('lets a router rewrite Service IPs (the kube-proxy extension point)', async () => {
    const { n } = net();
    n.addRouter((dst) =>
      dst.ip === '10.96.100.1' && dst.port === 8080 ? { to: { ip: '10.244.1.5', port: 80 }, hop: { hop: 'service/default/web', ip: '10.96.100.1', port: 8080, note: 'DNAT to 10.244.1.5:80 (kube-proxy)' } } : undefined,
    );
    const r = await n.request({ from: { kind: 'node', name: 'node01' }, ip: '10.96.100.1', port: 8080 });
    expect(r.ok && r.trace.map((h) => h.hop)).toEqual(['node/node01', 'service/default/web', 'pod/default/web']);
  });

  it('frees the address and its sockets when the pod goes', async () => {
    const { n } = net();
    n.detachPod('default', 'web');
    expect(n.listener('10.244.1.5', 80)).toBeUndefined();
    expect(n.endpoint('10.244.1.5')).toBeUndefined();
  });

  it('refuses a second bind to the same port', () => {
    const { n } = net();
    expect(n.bind('10.244.1.5', 80, () => ({ status: 200, headers: [], body: '' }), 'x')).toBeUndefined();
  });
});
