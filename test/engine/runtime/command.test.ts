import { describe, expect, it } from 'vitest';
import { builtinForArgv, parseBuiltinScript, unixDate } from '../../../src/engine/runtime/programs/builtin-sh';
import type { ScriptRunOptions } from '../../../src/engine/runtime/script-runner';
import { advanceAsync } from '../kubelet/node01';
import { runtimeWorld } from './harness';

describe('busybox and friends: running commands', () => {
  it('runs `echo hi` and exits 0 at once', () => {
    const h = runtimeWorld();
    const c = h.run('busybox', { command: ['echo', 'hi'] });
    h.w.settle();
    expect(h.rt.logs(c.podUid, 'c')).toBe('hi\n');
    expect(h.rt.containerInfo(c.podUid, 'c')).toMatchObject({ state: 'exited', exitCode: 0, reason: 'Completed' });
  });

  it('runs `sleep 5` for exactly 5 simulated seconds', () => {
    const h = runtimeWorld();
    const c = h.run('busybox:1.36', { command: ['sleep', '5'] });
    h.w.advance(4_999);
    expect(h.rt.containerInfo(c.podUid, 'c')!.state).toBe('running');
    h.w.advance(1);
    expect(h.rt.containerInfo(c.podUid, 'c')).toMatchObject({ state: 'exited', exitCode: 0, finishedAt: h.w.clock.now() });
  });

  it('logs every 5 s from a `while true` loop, with the right timestamps', () => {
    const h = runtimeWorld();
    const c = h.run('busybox', { command: ['sh', '-c', 'while true; do echo "tick $HOSTNAME"; sleep 5; done'] });
    h.w.advance(12_000);
    expect(h.rt.logs(c.podUid, 'c', { timestamps: true }).replace(/\.\d+Z/g, 'Z')).toBe(
      '2026-01-15T09:00:00Z tick pod1\n2026-01-15T09:00:05Z tick pod1\n2026-01-15T09:00:10Z tick pod1\n',
    );
  });

  it('expands unquoted $VAR and ${VAR}, and keeps "$A"B apart from $AB', () => {
    const h = runtimeWorld();
    const c = h.run('busybox', { command: ['sh', '-c', 'echo $GREETING from $HOSTNAME ${GREETING}x "$GREETING"x $GREETINGx'], env: { GREETING: 'hi' } });
    h.w.settle();
    expect(h.rt.logs(c.podUid, 'c')).toBe('hi from pod1 hix hix\n');
  });

  it('supports `;`, `&&`, `||`, `exit N`, `for` loops and variables', () => {
    const h = runtimeWorld();
    const c = h.run('alpine', { command: ['sh', '-c', 'for i in 1 2 3; do echo "n=$i"; done; false || echo fallback; true && exit 7; echo never'] });
    h.w.settle();
    expect(h.rt.logs(c.podUid, 'c')).toBe('n=1\nn=2\nn=3\nfallback\n');
    expect(h.rt.containerInfo(c.podUid, 'c')).toMatchObject({ exitCode: 7, reason: 'Error' });
  });

  it('exits 0 at once for a shell with no command and no stdin, keeps running with stdin', () => {
    const h = runtimeWorld();
    const a = h.run('busybox');
    const b = h.run('ubuntu', { stdin: true, tty: true });
    h.w.advance(1_000);
    expect(h.rt.containerInfo(a.podUid, 'c')).toMatchObject({ state: 'exited', exitCode: 0, argv: ['sh'] });
    expect(h.rt.containerInfo(b.podUid, 'c')).toMatchObject({ state: 'running', argv: ['/bin/bash'], prompt: 'bash' });
  });

  it('hands scripts the builtin interpreter cannot run to the installed ScriptRunner', async () => {
    const h = runtimeWorld();
    const calls: ScriptRunOptions[] = [];
    h.rt.setScriptRunner(async (o) => {
      calls.push(o);
      for (let i = 0; i < 2; i++) {
        o.out(`${o.files.read('/etc/motd') ?? 'no motd'} at ${o.now()}\n`);
        await o.sleep(5_000);
      }
      return 3;
    });
    const c = h.run('busybox', { command: ['sh', '-c', 'cat /etc/motd | head -1; sleep 5'], files: { '/etc/motd': 'hello' } });
    await advanceAsync(h.w, 12_000);
    expect(calls[0].argv).toEqual(['sh', '-c', 'cat /etc/motd | head -1; sleep 5']);
    expect(calls[0].hostname).toBe('pod1');
    const t0 = Date.UTC(2026, 0, 15, 9);
    expect(h.rt.logs(c.podUid, 'c')).toBe(`hello at ${t0}\nhello at ${t0 + 5_000}\n`);
    expect(h.rt.containerInfo(c.podUid, 'c')).toMatchObject({ state: 'exited', exitCode: 3, finishedAt: t0 + 10_000 });
  });

  it('aborts the runner when the container is killed', async () => {
    const h = runtimeWorld();
    let aborted = false;
    h.rt.setScriptRunner(async (o) => {
      o.signal.addEventListener('abort', () => (aborted = true));
      await o.sleep(60_000);
      return 0;
    });
    const c = h.run('busybox', { command: ['sh', '-c', 'sleep 60 | cat'] });
    h.rt.stopContainer(c.id, 2_000);
    await advanceAsync(h.w, 3_000);
    expect(aborted).toBe(true);
    expect(h.rt.containerInfo(c.podUid, 'c')).toMatchObject({ state: 'exited', exitCode: 137 });
  });

  it('fails to start a command the image does not have', () => {
    const h = runtimeWorld();
    const c = h.run('hashicorp/http-echo', { command: ['sh', '-c', 'echo hi'] });
    expect(c.started).toEqual({
      ok: false,
      message:
        'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "sh": executable file not found in $PATH: unknown',
    });
    expect(h.rt.containerInfo(c.podUid, 'c')).toMatchObject({ state: 'exited', exitCode: 128, reason: 'StartError' });
  });

  it('knows which scripts it can run itself', () => {
    expect(parseBuiltinScript('while true; do date; sleep 1; done')).toBeDefined();
    expect(parseBuiltinScript('echo $(date)')).toBeUndefined();
    expect(parseBuiltinScript('ls | wc -l')).toBeUndefined();
    expect(parseBuiltinScript('echo hi > /tmp/x')).toBeUndefined();
    expect(parseBuiltinScript('wget -qO- http://web')).toBeUndefined();
    expect(builtinForArgv(['sleep', 'infinity'])).toBeDefined();
    expect(builtinForArgv(['/bin/sh', '-c', 'echo ${GREETING}'])).toBeDefined();
    expect(builtinForArgv(['/bin/sh', '-c', 'echo ${GREETING:-x}'])).toBeUndefined();
    expect(unixDate(Date.UTC(2026, 0, 5, 9, 3, 4))).toBe('Mon Jan  5 09:03:04 UTC 2026');
  });
});
