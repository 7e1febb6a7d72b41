// Test helpers for the shell: a simulated clock, hosts with a fake kubectl, and a driver that moves
// simulated time forward whenever a run is waiting on it.

import { SimClock } from '../../../src/engine/sim/clock';
import { createShell, type Shell } from '../../../src/shell/shell';
import type { ShellCommand, ShellHost } from '../../../src/shell/types';

/** 2026-11-25 19:30:00 UTC, a Tuesday. */
export const T0 = Date.UTC(2026, 10, 25, 19, 30, 0);

/** A kubectl-like program: `get` prints a table; `get -w` streams a line per simulated second. */
export const fakeKubectl: ShellCommand = {
  name: 'kubectl',
  async run(io) {
    const [verb, ...rest] = io.argv;
    if (verb === 'get' && rest.includes('-w')) {
      io.out('NAME   READY\n');
      for (let i = 0; ; i++) {
        io.out(`web-${i}  1/1\n`);
        await io.sleep(1000);
      }
    }
    if (verb === 'get') {
      io.out('NAME   READY   STATUS\nweb    1/1     Running\ndb     0/1     Pending\n');
      return 0;
    }
    if (verb === 'apply') {
      const m = /name: (\S+)/.exec(io.stdin);
      io.out(`pod/${m ? m[1] : 'unknown'} created\n`);
      return 0;
    }
    if (verb === 'tty') {
      io.out(`tty=${io.tty}\n`);
      return 0;
    }
    if (verb === 'env') {
      io.out(Object.keys(io.env).sort().join(',') + '\n');
      return 0;
    }
    io.err(`error: unknown command "${verb}" for "kubectl"\n`);
    return 1;
  },
};

export function controlplane(extra: ShellCommand[] = [], files: Record<string, string> = {}): ShellHost {
  return {
    id: 'node/controlplane',
    hostname: 'controlplane',
    user: 'root',
    home: '/root',
    promptStyle: 'bash',
    files: { '/etc/hosts': '127.0.0.1 localhost\n192.168.0.10 controlplane\n192.168.0.11 node01\n', ...files },
    commands: [fakeKubectl, ...extra],
  };
}

export function node01(): ShellHost {
  return { id: 'node/node01', hostname: 'node01', user: 'root', home: '/root', promptStyle: 'bash', commands: [] };
}

export function container(): ShellHost {
  return { id: 'container/web', hostname: 'web', user: 'root', home: '/root', cwd: '/', promptStyle: 'sh', commands: [], hide: ['kubectl'] };
}

/** Collects what a run writes, in order. */
export class Screen {
  chunks: { stream: 'out' | 'err'; text: string }[] = [];
  write = (stream: 'out' | 'err', text: string) => {
    this.chunks.push({ stream, text });
  };
  get text(): string {
    return this.chunks.map((c) => c.text).join('');
  }
  get out(): string {
    return this.chunks.filter((c) => c.stream === 'out').map((c) => c.text).join('');
  }
  get err(): string {
    return this.chunks.filter((c) => c.stream === 'err').map((c) => c.text).join('');
  }
  clear(): void {
    this.chunks = [];
  }
}

/** Lets pending promise callbacks and just-bash's internals run. */
export function settle(): Promise<void> {
  return new Promise((r) => setImmediate(r));
}

/** Real time, for just-bash's first use of a command in Node (a dynamic import). */
export function tick(ms = 1): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Awaits `p`, advancing the clock to the next timer whenever `p` is still pending after settling. */
export async function drive<T>(clock: SimClock, p: Promise<T>, maxSteps = 5_000): Promise<T> {
  let done = false;
  const q = p.finally(() => (done = true));
  for (let i = 0; i < maxSteps; i++) {
    await settle();
    if (done) return q;
    if (!clock.advanceToNext()) {
      await tick();
      if (done) return q;
    }
  }
  throw new Error('run did not finish');
}

/**
 * Loads just-bash's commands (in Node each is a dynamic import on first use, which takes real time)
 * so that tests stepping simulated time see commands run at once. Call in beforeAll.
 */
export async function warmUp(): Promise<void> {
  const r = rig();
  await r.run(
    "echo a | cat | grep a | wc -l | tr a b | head -1 | tail -1 | cut -c1 | sort | uniq | sed s/a/b/ | awk '{print}' >/dev/null; " +
      "echo '{}' | jq . >/dev/null; printf ''; echo | base64 >/dev/null; seq 1 >/dev/null; ls >/dev/null; mkdir -p /tmp/w; touch /tmp/w/f; " +
      "rm -rf /tmp/w; echo | tee /dev/null; echo | xargs echo >/dev/null; env >/dev/null; basename /a >/dev/null; dirname /a >/dev/null; " +
      "echo x | rev >/dev/null; echo 1 | tac > /dev/null; true; false; pwd >/dev/null",
  );
}

/** Advances simulated time by `ms`, letting the shell react after each timer. */
export async function advance(clock: SimClock, ms: number): Promise<void> {
  const target = clock.now() + ms;
  await settle();
  for (;;) {
    const next = clock.nextTimerAt();
    if (next === undefined || next > target) break;
    clock.advanceTo(next);
    await settle();
    await settle();
  }
  clock.advanceTo(target);
  await settle();
}

export interface Rig {
  clock: SimClock;
  shell: Shell;
  screen: Screen;
  /** Runs a line to completion (driving the clock) and returns its result plus what it printed. */
  run(line: string): Promise<{ exitCode: number; incomplete?: boolean; text: string; out: string; err: string }>;
}

export function rig(host: ShellHost = controlplane()): Rig {
  const clock = new SimClock(T0);
  const shell = createShell({ host, clock });
  const screen = new Screen();
  return {
    clock,
    shell,
    screen,
    async run(line) {
      screen.clear();
      const r = await drive(clock, shell.run(line, { write: screen.write }));
      return { ...r, text: screen.text, out: screen.out, err: screen.err };
    },
  };
}
