// Serves dist/ the way test/e2e/run.mjs does: `vite preview` on 127.0.0.1 at a free port
// (--strictPort), ready once it answers HTTP; stop() ends the server this process started.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './child';

export interface Preview {
  base: string;
  stop(): void;
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.unref();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => res(port));
    });
  });
}

export async function startPreview(timeoutMs = 20_000): Promise<Preview> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}/`;
  const server = spawn(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--strictPort', '--port', String(port)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout.on('data', (d) => (log += d));
  server.stderr.on('data', (d) => (log += d));
  const stop = () => {
    if (server.exitCode === null && !server.killed) server.kill('SIGTERM');
  };
  process.on('exit', stop);
  const end = performance.now() + timeoutMs;
  for (;;) {
    try {
      const r = await fetch(base);
      if (r.ok) return { base, stop };
    } catch {
      // not up yet
    }
    if (server.exitCode !== null) throw new Error(`vite preview exited (${server.exitCode}):\n${log}`);
    if (performance.now() > end) {
      stop();
      throw new Error(`vite preview did not answer at ${base} within ${timeoutMs} ms:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
