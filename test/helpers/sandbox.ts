// Test helpers: a sandbox in instant mode (simulated time jumps while commands wait), the shipped
// lessons read from disk, and a transcript runner that collects what the terminal would show.
import { readLessons } from '../../bin/read-lessons';
import { createSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox';

export const yieldToHost = () => new Promise<void>((r) => setImmediate(r));

/** A fixed instant, so describe timestamps and `date` are reproducible. */
export const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);

export const shippedLessons = () => readLessons(process.cwd());

export function sandbox(opts: Partial<SandboxOptions> = {}): Promise<Sandbox> {
  return createSandbox({ seed: 1, startTime: T0, mode: 'instant', yieldToHost, ...opts });
}

/** Runs one line; returns stdout, stderr and the two interleaved as the terminal shows them. */
export async function run(sb: Sandbox, line: string) {
  let out = '';
  let err = '';
  let screen = '';
  const r = await sb.run(line, (s, t) => {
    if (s === 'out') out += t;
    else err += t;
    screen += t;
  });
  return { out, err, screen, code: r.exitCode };
}
