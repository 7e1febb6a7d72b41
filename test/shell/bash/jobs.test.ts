import { describe, it, expect, beforeAll } from 'vitest';
import { advance, drive, rig, Screen, warmUp } from './helpers';

beforeAll(warmUp);

describe('background jobs', () => {
  it('starts `cmd &` without blocking, lists it, kills it and reports it as bash does', async () => {
    const r = rig();
    const started = await r.run('sleep 100 &');
    expect(started).toMatchObject({ exitCode: 0, err: '[1] 24000\n', out: '' });
    expect(r.clock.now()).toBe(Date.UTC(2026, 10, 25, 19, 30, 0));
    expect((await r.run('jobs')).out).toBe('[1]+  Running                 sleep 100 &\n');
    expect((await r.run('jobs -l')).out).toBe('[1]+ 24000 Running                 sleep 100 &\n');
    expect((await r.run('jobs -p')).out).toBe('24000\n');
    expect(await r.run('kill %1')).toMatchObject({ exitCode: 0, out: '', err: '[1]+  Terminated              sleep 100\n' });
    expect((await r.run('jobs')).out).toBe('');
    expect(await r.run('kill %1')).toMatchObject({ exitCode: 1, err: 'bash: kill: %1: no such job\n' });
  });

  it('waits for jobs, with $! and the exit status, and reports Done before the next prompt', async () => {
    const r = rig();
    const res = await r.run('sleep 5 & p=$!; sleep 3 & wait $p; echo "rc=$? after $(date +%S)s"');
    expect(res.out).toBe('rc=0 after 05s\n');
    expect(res.err).toBe('[1] 24000\n[2] 24001\n[1]-  Done                    sleep 5\n[2]+  Done                    sleep 3\n');
  });

  it('wait with no arguments waits for all; `wait %n` returns the job’s status', async () => {
    const r = rig();
    expect((await r.run('(sleep 2; exit 3) & wait %1; echo $?')).out).toBe('3\n');
    expect((await r.run('sleep 1 & sleep 4 & wait; date +%T')).out).toBe('19:30:06\n');
    expect(await r.run('wait %7')).toMatchObject({ exitCode: 127, err: 'bash: wait: %7: no such job\n' });
  });

  it('reports a failed job as `Exit N` and a SIGKILL as Killed', async () => {
    const r = rig();
    await r.run('(sleep 1; exit 3) &');
    await advance(r.clock, 2_000);
    expect((await r.run('true')).err).toBe('[1]+  Exit 3                  (sleep 1; exit 3)\n');
    await r.run('sleep 50 &');
    expect((await r.run('kill -9 %1')).err).toBe('[1]+  Killed                  sleep 50\n');
    await r.run('sleep 50 &');
    expect((await r.run('kill 24002; echo $?')).text).toBe('0\n[1]+  Terminated              sleep 50\n');
    expect((await r.run('kill 99999')).err).toBe('bash: kill: (99999) - No such process\n');
  });

  it('streams a job’s output while the prompt is idle, to the terminal of the last line', async () => {
    const r = rig();
    const screen = new Screen();
    await drive(r.clock, r.shell.run('(sleep 2; echo from-job) &', { write: screen.write }));
    expect(screen.text).toBe('[1] 24000\n');
    await advance(r.clock, 3_000);
    expect(screen.text).toBe('[1] 24000\nfrom-job\n');
    await r.run('echo next');
    expect(r.screen.chunks).toEqual([
      { stream: 'out', text: 'next\n' },
      { stream: 'err', text: '[1]+  Done                    (sleep 2; echo from-job)\n' },
    ]);
  });

  it('gives a job the variables, functions and directory of the moment it starts', async () => {
    const r = rig();
    await r.run('f() { echo "f sees $X in $PWD"; }; cd /tmp');
    const res = await r.run('X=5; f & X=6; wait');
    expect(res.out).toBe('f sees 5 in /tmp\n');
  });

  it('leaves background jobs running on Ctrl-C of the foreground line', async () => {
    const r = rig();
    await r.run('sleep 10 &');
    const screen = new Screen();
    const fg = r.shell.run('sleep 100', { write: screen.write });
    await advance(r.clock, 1_000);
    r.shell.interrupt();
    expect((await fg).exitCode).toBe(130);
    expect((await r.run('jobs')).out).toBe('[1]+  Running                 sleep 10 &\n');
  });

  it('brings a job to the foreground with fg (and Ctrl-C then ends it)', async () => {
    const r = rig();
    await r.run('sleep 10 &');
    const res = await r.run('fg');
    expect(res).toMatchObject({ exitCode: 0, out: 'sleep 10\n' });
    expect(r.clock.now()).toBe(Date.UTC(2026, 10, 25, 19, 30, 10));
    expect((await r.run('fg')).err).toBe('bash: fg: current: no such job\n');
    await r.run('sleep 60 &');
    const screen = new Screen();
    const p = r.shell.run('fg %1', { write: screen.write });
    await advance(r.clock, 1_000);
    r.shell.interrupt();
    expect((await p).exitCode).toBe(130);
    expect(screen.text).toBe('sleep 60\n');
    expect((await r.run('jobs')).out).toBe('');
  });

  it('does not announce jobs in scripts (non-interactive), as bash does', async () => {
    const r = rig();
    const screen = new Screen();
    const res = await drive(r.clock, r.shell.runScript('sleep 2 & echo started\nwait\necho done', { write: screen.write }));
    expect(res.exitCode).toBe(0);
    expect(screen.text).toBe('started\ndone\n');
  });
});
