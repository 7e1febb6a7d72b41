// gcr.io/google-samples/hello-app (GoogleCloudPlatform kubernetes-engine-samples quickstarts):
// a Go server on $PORT (default 8080) answering every path with `Hello, world!`, the version and
// the hostname, logging `Server listening on port 8080` and `Serving request: /` with Go's log
// timestamps. Go's net/http headers: Date, Content-Length, Content-Type text/plain; charset=utf-8.

import type { Program } from '../program';
import { byteLength, httpDate, logTime } from '../program';

export const helloAppProgram: Program = {
  name: 'hello-app',
  start(ctx) {
    const port = ctx.env.PORT || '8080';
    if (!ctx.resumed) ctx.stderr(`${logTime(ctx.now())} Server listening on port ${port}\n`);
    const ok = ctx.listen(Number(port), (req) => {
      ctx.stderr(`${logTime(ctx.now())} Serving request: ${req.path.split('?')[0]}\n`);
      const body = `Hello, world!\nVersion: ${ctx.image.version}\nHostname: ${ctx.hostname}\n`;
      return {
        status: 200,
        headers: [
          ['Date', httpDate(ctx.now())],
          ['Content-Length', String(byteLength(body))],
          ['Content-Type', 'text/plain; charset=utf-8'],
        ],
        body,
      };
    });
    if (!ok) {
      ctx.stderr(`${logTime(ctx.now())} listen tcp :${port}: bind: address already in use\n`);
      ctx.exit(1);
    }
    // Go's runtime turns SIGTERM/SIGINT/SIGHUP without signal.Notify into exit status 2 (the re-raised
    // signal's default action is void for PID 1, so the runtime exits by itself).
    ctx.onSignal((sig) => {
      if (sig === 'SIGTERM' || sig === 'SIGINT' || sig === 'SIGHUP') ctx.exit(2);
    });
  },
};
