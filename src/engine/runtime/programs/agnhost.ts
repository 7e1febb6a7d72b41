// registry.k8s.io/e2e-test-images/agnhost, the Kubernetes e2e test image: `netexec` (HTTP on
// --http-port, default 8080: `/` the time, `/hostname`, `/clientip`, `/echo?msg=`, `/healthz`,
// `/exit?code=`), `serve-hostname` (HTTP on --port, default 9376, answering the pod name),
// `pause` and `liveness`-style `fake-gitserver`-free basics. Without a subcommand it prints usage and
// exits 0. Logs use klog's header (`I0115 09:00:05.000000       1 netexec.go:…]`).

import type { HttpResponse } from '../../net/types';
import type { Program, ProgramContext } from '../program';
import { byteLength, httpDate } from '../program';

function klog(ctx: ProgramContext, file: string, msg: string): void {
  const d = new Date(ctx.now()).toISOString();
  const us = String((ctx.now() % 1000) * 1000 + Math.floor(ctx.subMs() / 1000)).padStart(6, '0');
  ctx.stderr(`I${d.slice(5, 7)}${d.slice(8, 10)} ${d.slice(11, 19)}.${us}       1 ${file}] ${msg}\n`);
}

function opt(argv: string[], name: string, dflt: string): string {
  const a = argv.find((x) => x.startsWith(`--${name}=`));
  if (a) return a.slice(name.length + 3);
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : dflt;
}

function text(ctx: ProgramContext, status: number, body: string): HttpResponse {
  return {
    status,
    headers: [
      ['Date', httpDate(ctx.now())],
      ['Content-Length', String(byteLength(body))],
      ['Content-Type', 'text/plain; charset=utf-8'],
    ],
    body,
  };
}

export const agnhostProgram: Program = {
  name: 'agnhost',
  start(ctx) {
    const args = ctx.argv.slice(1);
    const sub = args[0];
    if (sub === 'netexec') {
      const port = Number(opt(args, 'http-port', '8080'));
      const udp = opt(args, 'udp-port', '8081');
      if (!ctx.resumed) {
        klog(ctx, 'log.go:245', `Started HTTP server on port ${port}`);
        if (udp !== '-1') klog(ctx, 'log.go:245', `Started UDP server on port  ${udp}`);
      }
      ctx.listen(port, (req) => {
        const [path, query = ''] = req.path.split('?');
        const q = new Map(query.split('&').filter(Boolean).map((kv) => kv.split('=').map(decodeURIComponent) as [string, string]));
        klog(ctx, 'log.go:245', `GET ${path}`);
        switch (path) {
          case '/hostname':
            return text(ctx, 200, ctx.hostname);
          case '/clientip':
            return text(ctx, 200, `${req.remoteAddr}:${req.remotePort}`);
          case '/echo':
            return text(ctx, 200, q.get('msg') ?? '');
          case '/healthz':
            return text(ctx, 200, '');
          case '/exit': {
            const code = Number(q.get('code') ?? 0);
            ctx.after(0, () => ctx.exit(code));
            return text(ctx, 200, '');
          }
          case '/':
            return text(ctx, 200, `NOW: ${new Date(ctx.now()).toISOString().replace('T', ' ').replace('Z', '')} +0000 UTC`);
          default:
            return text(ctx, 404, '404 page not found\n');
        }
      });
      return;
    }
    if (sub === 'serve-hostname') {
      const port = Number(opt(args, 'port', '9376'));
      if (!ctx.resumed) klog(ctx, 'serve_hostname.go:147', `Serving on port ${port}.`);
      ctx.listen(port, () => text(ctx, 200, ctx.hostname));
      return;
    }
    if (sub === 'pause') {
      if (!ctx.resumed) ctx.stdout('Paused\n');
      ctx.onSignal((s) => (s === 'SIGTERM' || s === 'SIGINT' ? ctx.exit(0) : undefined));
      return;
    }
    ctx.stdout(
      'agnhost is a test image used by Kubernetes e2e tests\n\nUsage:\n  agnhost [command]\n\nAvailable Commands:\n' +
        '  netexec         Creates HTTP(S), UDP, and (optionally) SCTP servers with various endpoints\n' +
        '  pause           Pauses the execution\n' +
        '  serve-hostname  Serves the hostname over HTTP, TCP, or UDP\n\nUse "agnhost [command] --help" for more information about a command.\n',
    );
    ctx.exit(0);
  },
};
