// hashicorp/http-echo 1.0: serves `-text` (default "hello-world") on `-listen` (default :5678),
// adds X-App-Name/X-App-Version headers, logs `[INFO] server is listening on :5678` and one line per
// request (`host remote "GET / HTTP/1.1" 200 12 "curl/8.5.0" 21.5µs`), as in real `kubectl logs`.

import type { Program } from '../program';
import { byteLength, header, httpDate, logTime } from '../program';

function flag(argv: string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i].replace(/^--?/, '-');
    if (a === `-${name}`) return argv[i + 1];
    if (a.startsWith(`-${name}=`)) return a.slice(name.length + 2);
  }
  return undefined;
}

export const httpEchoProgram: Program = {
  name: 'http-echo',
  start(ctx) {
    const text = flag(ctx.argv, 'text') ?? ctx.env.ECHO_TEXT ?? 'hello-world';
    const listen = flag(ctx.argv, 'listen') ?? ':5678';
    const port = Number(listen.split(':').pop());
    const status = Number(flag(ctx.argv, 'status-code') ?? 200);
    if (!ctx.resumed) ctx.stderr(`${logTime(ctx.now())} [INFO] server is listening on ${listen}\n`);
    ctx.listen(port, (req) => {
      const body = `${text}\n`;
      const host = header(req.headers, 'Host') ?? `${ctx.ip}:${port}`;
      const us = (4 + ctx.rand.int(0, 20000) / 1000).toFixed(3).replace(/0+$/, '').replace(/\.$/, '');
      ctx.stderr(
        `${logTime(ctx.now())} ${host} ${req.remoteAddr}:${req.remotePort} "${req.method} ${req.path} HTTP/1.1" ${status} ${byteLength(body)} "${header(req.headers, 'User-Agent') ?? ''}" ${us}µs\n`,
      );
      return {
        status,
        headers: [
          ['X-App-Name', 'http-echo'],
          ['X-App-Version', '1.0.0'],
          ['Date', httpDate(ctx.now())],
          ['Content-Length', String(byteLength(body))],
          ['Content-Type', 'text/plain; charset=utf-8'],
        ],
        body,
      };
    });
    // Handles SIGTERM like Go servers with signal.Notify: shuts down and exits 0.
    ctx.onSignal((sig) => {
      if (sig === 'SIGTERM' || sig === 'SIGINT') {
        ctx.stderr(`${logTime(ctx.now())} [INFO] received interrupt, shutting down...\n`);
        ctx.exit(0);
      }
    });
  },
};
