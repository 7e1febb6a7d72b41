import { describe, it, expect, beforeAll } from 'vitest';
import { SimClock } from '../../../src/engine/sim/clock';
import { runProgramScript, programScriptText } from '../../../src/shell/bash/program-script';
import { advance, T0, warmUp } from './helpers';

beforeAll(warmUp);

describe('runProgramScript (container commands)', () => {
  it('streams a busybox loop into the log on simulated time and stops when the container is killed', async () => {
    const clock = new SimClock(T0);
    const log: string[] = [];
    const ac = new AbortController();
    const p = runProgramScript({
      argv: ['sh', '-c', 'i=0; while true; do echo "$(date +%T) tick $i"; i=$((i+1)); sleep 5; done'],
      env: { HOSTNAME: 'ticker-7d9f' },
      clock,
      out: (t) => log.push(t),
      err: (t) => log.push(`E:${t}`),
      signal: ac.signal,
    });
    await advance(clock, 11_000);
    expect(log).toEqual(['19:30:00 tick 0\n', '19:30:05 tick 1\n', '19:30:10 tick 2\n']);
    ac.abort();
    expect(await p).toBe(130);
  });

  it('runs plain argv, sees its files and env, and returns the exit status', async () => {
    const clock = new SimClock(T0);
    let out = '';
    let err = '';
    const io = { clock, out: (t: string) => (out += t), err: (t: string) => (err += t) };
    expect(await runProgramScript({ ...io, argv: ['cat', '/etc/motd'], files: { '/etc/motd': 'hello\n' } })).toBe(0);
    expect(await runProgramScript({ ...io, argv: ['sh', '-c', 'echo $GREETING from $(hostname); ls /nope; exit 3'], env: { GREETING: 'hi', HOSTNAME: 'web-1' } })).toBe(3);
    expect(out).toBe('hello\nhi from web-1\n');
    expect(err).toBe('ls: /nope: No such file or directory\n');
    expect(await runProgramScript({ ...io, argv: ['sh', '-c', 'set -e; false; echo no'] })).toBe(1);
    expect(await runProgramScript({ ...io, argv: ['nosuch'] })).toBe(127);
    expect(err).toContain('sh: nosuch: not found\n');
  });

  it('turns argv into the script it means', () => {
    expect(programScriptText(['/bin/sh', '-c', 'echo $HOME'])).toBe('echo $HOME');
    expect(programScriptText(['echo', 'hello world', "it's"])).toBe(`echo 'hello world' 'it'\\''s'`);
  });
});

describe('runProgramScript over a container’s live files', () => {
  it('reads, lists and writes through to the container file system as the script runs', async () => {
    const { ContainerFs } = await import('../../../src/engine/runtime/container-fs');
    const files = new ContainerFs({ '/etc/hostname': 'web\n' });
    const shared = new Map<string, string>();
    files.mount({ path: '/data', files: shared });
    const clock = new SimClock(T0);
    let out = '';
    const p = runProgramScript({
      argv: ['sh', '-c', 'cat /etc/hostname; echo one > /data/log; sleep 5; ls /data; cat /data/other'],
      files,
      clock,
      out: (t) => (out += t),
      err: (t) => (out += t),
    });
    await advance(clock, 1_000);
    expect(out).toBe('web\n');
    expect(shared.get('log')).toBe('one\n');
    shared.set('other', 'from the other container\n');
    await advance(clock, 5_000);
    expect(await p).toBe(0);
    expect(out).toBe('web\nlog\nother\nfrom the other container\n');
  });
});

describe('runProgramScript and just-bash’s limits', () => {
  it('starts a sleeping loop over when it reaches the limit, but ends a busy loop with 126', async () => {
    const clock = new SimClock(T0);
    let out = '';
    let err = '';
    const ac = new AbortController();
    const io = { clock, out: (t: string) => (out += t), err: (t: string) => (err += t), limits: { maxLoopIterations: 3 } };
    const p = runProgramScript({ ...io, argv: ['sh', '-c', 'n=0; while true; do n=$((n+1)); echo $n; sleep 1; done'], signal: ac.signal });
    await advance(clock, 4_500);
    expect(out).toBe('1\n2\n3\n1\n2\n');
    ac.abort();
    await p;
    expect(err).toBe('');
    expect(await runProgramScript({ ...io, argv: ['sh', '-c', 'while true; do :; done'] })).toBe(126);
    expect(err).toBe('sh: while loop: too many iterations (3), increase executionLimits.maxLoopIterations\n');
  });
});
