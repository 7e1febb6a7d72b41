import { describe, it, expect, beforeAll } from 'vitest';
import { advance, rig, Screen, warmUp } from './helpers';

beforeAll(warmUp);

/** Starts `line` without waiting for it. */
function start(r: ReturnType<typeof rig>, line: string) {
  const screen = new Screen();
  const done = r.shell.run(line, { write: screen.write });
  return { screen, done };
}

describe('streaming output', () => {
  it('shows each line of an endless loop as simulated time passes, keeps it on Ctrl-C, $? = 130', async () => {
    const r = rig();
    const { screen, done } = start(r, 'while true; do echo hi; sleep 5; done');
    await advance(r.clock, 12_000);
    expect(screen.text).toBe('hi\nhi\nhi\n');
    r.shell.interrupt();
    expect(await done).toEqual({ exitCode: 130 });
    expect(screen.text).toBe('hi\nhi\nhi\n');
    expect((await r.run('echo $?')).out).toBe('130\n');
  });

  it('streams a program writing while it runs (kubectl get -w) and stops it with Ctrl-C', async () => {
    const r = rig();
    const { screen, done } = start(r, 'kubectl get pods -w');
    await advance(r.clock, 2_500);
    expect(screen.out).toBe('NAME   READY\nweb-0  1/1\nweb-1  1/1\nweb-2  1/1\n');
    r.shell.interrupt();
    expect((await done).exitCode).toBe(130);
  });

  it('streams from inside functions and loops, with simulated dates', async () => {
    const r = rig();
    await r.run('tick() { while true; do date +%T; sleep 1; done; }');
    const { screen, done } = start(r, 'tick');
    await advance(r.clock, 2_000);
    expect(screen.out).toBe('19:30:00\n19:30:01\n19:30:02\n');
    r.shell.interrupt();
    await done;
  });

  it('keeps stdout and stderr in the order they were written', async () => {
    const r = rig();
    const res = await r.run('echo a; ls /nope; echo b >&2; echo c');
    expect(r.screen.chunks).toEqual([
      { stream: 'out', text: 'a\n' },
      { stream: 'err', text: 'ls: /nope: No such file or directory\n' },
      { stream: 'err', text: 'b\n' },
      { stream: 'out', text: 'c\n' },
    ]);
    expect(res.exitCode).toBe(0);
  });

  it('puts 2>&1 output on the stdout side, as a terminal would show it', async () => {
    const r = rig();
    await r.run('kubectl nope 2>&1');
    expect(r.screen.chunks).toEqual([{ stream: 'out', text: 'error: unknown command "nope" for "kubectl"\n' }]);
  });

  it('shows a pipeline’s output when its last stage ends (a known limit: `kubectl get -w | grep x` shows nothing until then)', async () => {
    const r = rig();
    const { screen, done } = start(r, 'kubectl get pods -w | grep web-1');
    await advance(r.clock, 3_000);
    expect(screen.text).toBe('');
    r.shell.interrupt();
    expect((await done).exitCode).toBe(130);
  });

  it('keeps the directory and variables set before Ctrl-C', async () => {
    const r = rig();
    const { done } = start(r, 'cd /tmp; X=1; sleep 100');
    await advance(r.clock, 1_000);
    r.shell.interrupt();
    await done;
    expect((await r.run('pwd; echo $X')).out).toBe('/tmp\n1\n');
  });

  it('ends a busy loop without waits at just-bash’s 100000-command limit', async () => {
    const r = rig();
    const res = await r.run('while true; do :; done');
    expect(res.exitCode).toBe(126);
    expect(res.err).toBe('bash: too many commands executed (>100000), increase executionLimits.maxCommandCount\n');
  });

  it('interrupts through the io signal as well', async () => {
    const r = rig();
    const ac = new AbortController();
    const screen = new Screen();
    const done = r.shell.run('sleep 30; echo never', { write: screen.write, signal: ac.signal });
    await advance(r.clock, 1_000);
    ac.abort();
    expect(await done).toEqual({ exitCode: 130 });
    expect(screen.text).toBe('');
  });
});
