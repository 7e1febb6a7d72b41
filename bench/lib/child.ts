// How bench/run.ts runs each benchmark: in its own Node process (a fresh heap and JIT, so one
// benchmark's garbage does not bill the next), with its report lines passed through as they come and
// its figures handed back on one `BENCH_RESULT {json}` line. A benchmark that overruns its time is
// stopped with its whole process group (it may have started vite preview and Chromium).
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const MARK = 'BENCH_RESULT ';

/** True when the module at `url` is the script Node was started with. */
export function isMain(url: string): boolean {
  return process.argv[1] !== undefined && pathToFileURL(resolve(process.argv[1])).href === url;
}

/** `--name=value` from argv, or undefined; `--name` alone gives ''. */
export function option(name: string, argv = process.argv.slice(2)): string | undefined {
  const hit = argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  return hit === undefined ? undefined : hit.slice(name.length + 3);
}

/** Runs a benchmark's main function as a script: prints its result line; a throw becomes `{ error }`. */
export async function runAsScript(main: () => Promise<object>): Promise<void> {
  let result: object;
  try {
    result = await main();
  } catch (err) {
    console.log(`  could not take the figures: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    result = { error: err instanceof Error ? err.message : String(err) };
  }
  console.log(MARK + JSON.stringify(result));
  // Playwright or a stray handle must not keep the process alive.
  process.exit(0);
}

export interface ChildOutcome {
  result?: Record<string, unknown>;
  error?: string;
  wallMs: number;
}

/** Runs `bench/<file>` with tsx in a child process; resolves with its result (never rejects). */
export function runChild(file: string, args: string[], timeoutMs: number): Promise<ChildOutcome> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(ROOT, 'bench', file), ...args], {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let result: Record<string, unknown> | undefined;
    let stderr = '';
    let pending = '';
    let timedOut = false;
    let spawnError: string | undefined;
    const parse = (line: string) => {
      try {
        result = JSON.parse(line.slice(MARK.length));
      } catch (err) {
        spawnError = `unreadable result line: ${String(err)}`;
      }
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith(MARK)) parse(line);
        else console.log(line);
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    const killGroup = (signal: NodeJS.Signals) => {
      try {
        if (child.pid) process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      console.log(`  stopped after ${Math.round(timeoutMs / 1000)} s`);
      killGroup('SIGTERM');
      setTimeout(() => killGroup('SIGKILL'), 5_000).unref();
    }, timeoutMs);
    // Ctrl-C on `npm run bench` reaches only this process (the child has its own group): pass it on.
    const onSignal = () => {
      killGroup('SIGKILL');
      process.exit(130);
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    child.on('error', (err) => (spawnError = String(err)));
    child.on('close', (code) => {
      clearTimeout(timer);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      if (pending.startsWith(MARK)) parse(pending);
      else if (pending) console.log(pending);
      // Whatever the child left running (a server, a browser) goes with it.
      killGroup('SIGKILL');
      const wallMs = performance.now() - started;
      if (result && timedOut) result = { ...result, error: `timed out after ${Math.round(timeoutMs / 1000)} s (${String(result.error ?? 'partial figures')})` };
      if (result) return done({ result, wallMs });
      const tail = stderr.trim().split('\n').slice(-8).join('\n');
      const why = timedOut ? `timed out after ${Math.round(timeoutMs / 1000)} s` : (spawnError ?? `exited with code ${code} and no result`);
      done({ error: tail ? `${why}: ${tail}` : why, wallMs });
    });
  });
}
