import { describe, expect, it } from 'vitest';
import { runtimeWorld } from './harness';

const curl = (h: ReturnType<typeof runtimeWorld>, ip: string, path = '/', method = 'GET', port = 80) =>
  h.net.request({ from: { kind: 'node', name: 'node01' }, ip, port, path, method, headers: [['Host', ip], ['User-Agent', 'curl/8.5.0'], ['Accept', '*/*']] });

describe('nginx program', () => {
  it('prints the entrypoint lines on stdout and its notices on stderr', () => {
    const h = runtimeWorld();
    const c = h.run('nginx');
    expect(h.rt.logs(c.podUid, 'c')).toBe(
      [
        '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
        '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
        '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
        '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
        '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
        '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
        '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
        '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
        '/docker-entrypoint.sh: Configuration complete; ready for start up',
        '2026/01/15 09:00:00 [notice] 1#1: using the "epoll" event method',
        '2026/01/15 09:00:00 [notice] 1#1: nginx/1.29.4',
        '2026/01/15 09:00:00 [notice] 1#1: built by gcc 14.2.0 (Debian 14.2.0-19) ',
        '2026/01/15 09:00:00 [notice] 1#1: OS: Linux 6.8.0-88-generic',
        '2026/01/15 09:00:00 [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576',
        '2026/01/15 09:00:00 [notice] 1#1: start worker processes',
        '2026/01/15 09:00:00 [notice] 1#1: start worker process 29',
        '2026/01/15 09:00:00 [notice] 1#1: start worker process 30',
        '',
      ].join('\n'),
    );
    expect(h.rt.containerInfo(c.podUid, 'c')).toMatchObject({ state: 'running', program: 'nginx', ports: [80], argv: ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;'], shell: '/bin/bash', prompt: 'bash' });
  });

  it('serves the welcome page with nginx headers and writes a combined access-log line', async () => {
    const h = runtimeWorld();
    const c = h.run('nginx');
    h.w.advance(5_000);
    const r = await curl(h, c.ip);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([r.status, r.statusText]).toEqual([200, 'OK']);
    expect(r.headers).toEqual([
      ['Server', 'nginx/1.29.4'],
      ['Date', 'Thu, 15 Jan 2026 09:00:05 GMT'],
      ['Content-Type', 'text/html'],
      ['Content-Length', '615'],
      ['Last-Modified', 'Tue, 09 Dec 2025 18:28:10 GMT'],
      ['Connection', 'keep-alive'],
      ['ETag', '"69386a3a-267"'],
      ['Accept-Ranges', 'bytes'],
    ]);
    expect(r.body.length).toBe(615);
    expect(h.rt.logs(c.podUid, 'c', { tail: 1 })).toBe('10.244.1.1 - - [15/Jan/2026:09:00:05 +0000] "GET / HTTP/1.1" 200 615 "-" "curl/8.5.0" "-"\n');
  });

  it('answers 404 with nginx’s page and logs the open() error', async () => {
    const h = runtimeWorld();
    const c = h.run('nginx:1.27');
    const r = await curl(h, c.ip, '/nope');
    expect(r.ok && [r.status, r.statusText, r.body, r.headers.find(([k]) => k === 'Content-Length')?.[1]]).toEqual([
      404,
      'Not Found',
      '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.27.5</center>\r\n</body>\r\n</html>\r\n',
      '153',
    ]);
    expect(h.rt.logs(c.podUid, 'c', { tail: 2 })).toBe(
      `2026/01/15 09:00:00 [error] 29#29: *1 open() "/usr/share/nginx/html/nope" failed (2: No such file or directory), client: 10.244.1.1, server: localhost, request: "GET /nope HTTP/1.1", host: "${c.ip}"\n` +
        '10.244.1.1 - - [15/Jan/2026:09:00:00 +0000] "GET /nope HTTP/1.1" 404 153 "-" "curl/8.5.0" "-"\n',
    );
  });

  it('answers HEAD without a body and other methods with 405', async () => {
    const h = runtimeWorld();
    const c = h.run('nginx');
    const head = await curl(h, c.ip, '/', 'HEAD');
    expect(head.ok && [head.status, head.body]).toEqual([200, '']);
    const post = await curl(h, c.ip, '/', 'POST');
    expect(post.ok && [post.status, post.statusText]).toEqual([405, 'Not Allowed']);
  });

  it('listens where default.conf says and serves files written into the container', async () => {
    const h = runtimeWorld();
    const c = h.run('nginx:alpine', {
      files: { '/etc/nginx/conf.d/default.conf': 'server {\n    listen 8080;\n    root /srv;\n}\n', '/srv/index.html': 'custom\n' },
    });
    expect(h.rt.containerInfo(c.podUid, 'c')!.ports).toEqual([8080]);
    const r = await curl(h, c.ip, '/', 'GET', 8080);
    expect(r.ok && r.body).toBe('custom\n');
    expect(h.rt.logs(c.podUid, 'c')).toContain('[notice] 1#1: built by gcc 14.2.0 (Alpine 14.2.0) \n');
  });

  it('handles `nginx -v` and `nginx -t` in exec; other commands go to the shell layer', async () => {
    const h = runtimeWorld();
    const c = h.run('nginx');
    let err = '';
    const code = await h.rt.exec(c.podUid, 'c', ['nginx', '-v'], { stdout: () => {}, stderr: (t) => (err += t), signal: new AbortController().signal });
    expect([code, err]).toEqual([0, 'nginx version: nginx/1.29.4\n']);
    expect(h.rt.exec(c.podUid, 'c', ['ls', '/'], { stdout: () => {}, stderr: () => {}, signal: new AbortController().signal })).toBeUndefined();
  });

  it('runs another command instead when the image entrypoint is given one', () => {
    const h = runtimeWorld();
    const c = h.run('nginx', { args: ['sleep', '3600'] });
    expect(h.rt.containerInfo(c.podUid, 'c')).toMatchObject({ program: 'command', argv: ['/docker-entrypoint.sh', 'sleep', '3600'], ports: [], state: 'running' });
    h.w.advance(3_600_000);
    expect(h.rt.containerInfo(c.podUid, 'c')).toMatchObject({ state: 'exited', exitCode: 0 });
    expect(h.rt.logs(c.podUid, 'c')).toBe('');
  });

  it('fails to bind a port another container of the pod already uses', () => {
    const h = runtimeWorld();
    const a = h.run('nginx', { name: 'a', podName: 'p', podUid: 'uid-p' });
    h.run('nginx:1.25', { name: 'b', podName: 'p', podUid: 'uid-p', ip: a.ip });
    h.w.settle();
    expect(h.rt.containerInfo('uid-p', 'b')).toMatchObject({ state: 'exited', exitCode: 1, reason: 'Error' });
    expect(h.rt.logs('uid-p', 'b', { tail: 2 })).toBe(
      '2026/01/15 09:00:00 [emerg] 1#1: bind() to 0.0.0.0:80 failed (98: Address already in use)\nnginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)\n',
    );
  });
});
