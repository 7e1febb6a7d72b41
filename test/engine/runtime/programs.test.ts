import { describe, expect, it } from 'vitest';
import { runtimeWorld } from './harness';

const get = async (h: ReturnType<typeof runtimeWorld>, ip: string, port: number, path = '/') => {
  const r = await h.net.request({ from: { kind: 'node', name: 'node01' }, ip, port, path, headers: [['Host', `${ip}:${port}`], ['User-Agent', 'curl/8.5.0']] });
  if (!r.ok) throw new Error(r.message);
  return r;
};

describe('image programs', () => {
  it('hello-app answers with its version and the pod name', async () => {
    const h = runtimeWorld();
    const c = h.run('gcr.io/google-samples/hello-app:2.0', { podName: 'hello-7d9f' });
    const r = await get(h, c.ip, 8080, '/any');
    expect(r.body).toBe('Hello, world!\nVersion: 2.0.0\nHostname: hello-7d9f\n');
    expect(r.headers.find(([k]) => k === 'Content-Type')?.[1]).toBe('text/plain; charset=utf-8');
    expect(h.rt.logs(c.podUid, 'c')).toBe('2026/01/15 09:00:00 Server listening on port 8080\n2026/01/15 09:00:00 Serving request: /any\n');
  });

  it('hello-app exits 2 on SIGTERM (Go without a handler)', () => {
    const h = runtimeWorld();
    const c = h.run('gcr.io/google-samples/hello-app:1.0');
    h.rt.stopContainer(c.id, 30_000);
    expect(h.rt.containerInfo(c.podUid, 'c')).toMatchObject({ state: 'exited', exitCode: 2, reason: 'Error' });
  });

  it('http-echo echoes -text on :5678 and logs each request', async () => {
    const h = runtimeWorld();
    const c = h.run('hashicorp/http-echo', { args: ['-text=hello from echo'] });
    const r = await get(h, c.ip, 5678);
    expect(r.body).toBe('hello from echo\n');
    expect(r.headers.slice(0, 2)).toEqual([['X-App-Name', 'http-echo'], ['X-App-Version', '1.0.0']]);
    const logs = h.rt.logs(c.podUid, 'c').split('\n');
    expect(logs[0]).toBe('2026/01/15 09:00:00 [INFO] server is listening on :5678');
    expect(logs[1]).toMatch(new RegExp(`^2026/01/15 09:00:00 ${c.ip}:5678 10\\.244\\.1\\.1:\\d+ "GET / HTTP/1\\.1" 200 16 "curl/8\\.5\\.0" [\\d.]+µs$`));
  });

  it('agnhost netexec and serve-hostname', async () => {
    const h = runtimeWorld();
    const a = h.run('registry.k8s.io/e2e-test-images/agnhost:2.53', { podName: 'netexec', args: ['netexec', '--http-port=8080'] });
    expect((await get(h, a.ip, 8080, '/hostname')).body).toBe('netexec');
    expect((await get(h, a.ip, 8080, '/echo?msg=hi%20there')).body).toBe('hi there');
    expect((await get(h, a.ip, 8080, '/clientip')).body).toMatch(/^10\.244\.1\.1:\d+$/);
    const b = h.run('registry.k8s.io/e2e-test-images/agnhost:2.53', { podName: 'sh-1', args: ['serve-hostname'] });
    expect((await get(h, b.ip, 9376)).body).toBe('sh-1');
  });

  it('httpd says It works! and logs the start-up notices', async () => {
    const h = runtimeWorld();
    const c = h.run('httpd');
    expect((await get(h, c.ip, 80)).body).toBe('<html><body><h1>It works!</h1></body></html>\n');
    expect(h.rt.logs(c.podUid, 'c')).toContain('AH00489: Apache/2.4.66 (Unix) configured -- resuming normal operations');
  });

  it('redis starts, answers redis-cli through exec and shuts down on SIGTERM', async () => {
    const h = runtimeWorld();
    const c = h.run('redis');
    expect(h.rt.logs(c.podUid, 'c', { tail: 1 })).toBe('1:M 15 Jan 2026 09:00:00.000 * Ready to accept connections tcp\n');
    let out = '';
    const io = { stdout: (t: string) => (out += t), stderr: () => {}, signal: new AbortController().signal };
    await h.rt.exec(c.podUid, 'c', ['redis-cli', 'set', 'k', 'v'], io);
    await h.rt.exec(c.podUid, 'c', ['redis-cli', 'get', 'k'], io);
    await h.rt.exec(c.podUid, 'c', ['redis-cli', 'ping'], io);
    expect(out).toBe('OK\nv\nPONG\n');
    h.rt.stopContainer(c.id, 30_000);
    h.w.advance(200);
    expect(h.rt.containerInfo(c.podUid, 'c')).toMatchObject({ state: 'exited', exitCode: 0 });
    expect(h.rt.logs(c.podUid, 'c', { tail: 1 })).toBe('1:M 15 Jan 2026 09:00:00.100 # Redis is now ready to exit, bye bye...\n');
  });

  it('kube-system programs log start-up lines and keep running', () => {
    const h = runtimeWorld();
    const c = h.run('registry.k8s.io/coredns/coredns:v1.12.1', { args: ['-conf', '/etc/coredns/Corefile'] });
    expect(h.rt.logs(c.podUid, 'c').split('\n').slice(0, 1)).toEqual(['.:53']);
    const e = h.run('registry.k8s.io/etcd:3.6.4-0', { command: ['etcd', '--name=controlplane'] });
    expect(h.rt.logs(e.podUid, 'c').split('\n')[0]).toMatch(/^\{"level":"info","ts":"2026-01-15T09:00:00\.\d{6}Z","caller":"etcdmain\/etcd\.go:64","msg":"Running: ","args":\["etcd","--name=controlplane"\]\}$/);
    const p = h.run('registry.k8s.io/pause:3.10.1');
    h.w.advance(60_000);
    for (const x of [c, e, p]) expect(h.rt.containerInfo(x.podUid, 'c')!.state).toBe('running');
  });
});
