import { describe, it, expect, beforeAll } from 'vitest';
import { rig, warmUp } from './helpers';

beforeAll(warmUp);

describe('shell state across lines', () => {
  it('keeps the directory and exported variables', async () => {
    const r = rig();
    await r.run('cd /tmp && export X=42');
    expect((await r.run('pwd; echo $X')).out).toBe('/tmp\n42\n');
    expect(r.shell.prompt()).toBe('root@controlplane:/tmp# ');
    await r.run('cd');
    expect(r.shell.prompt()).toBe('root@controlplane:~# ');
  });

  it('keeps functions defined on an earlier line, including for pipes and substitutions', async () => {
    const r = rig();
    await r.run('greet() { echo "hello $1"; }');
    await r.run('pods() {\n  kubectl get pods | tail -n +2\n}');
    expect((await r.run('greet world')).out).toBe('hello world\n');
    expect((await r.run('greet you | tr a-z A-Z; echo "[$(greet sub)]"')).out).toBe('HELLO YOU\n[hello sub]\n');
    expect((await r.run('pods | wc -l')).out).toBe('2\n');
    expect((await r.run('declare -F')).out).toBe('declare -f greet\ndeclare -f pods\n');
    await r.run('unset -f greet');
    expect((await r.run('greet x')).err).toBe('bash: greet: command not found\n');
  });

  it('keeps aliases (expanded at the prompt, as in an interactive bash)', async () => {
    const r = rig();
    await r.run('alias k=kubectl');
    expect((await r.run('k get pods | head -1')).out).toBe('NAME   READY   STATUS\n');
    expect((await r.run('alias')).out).toBe("alias k='kubectl'\n");
  });

  it('keeps $? from the previous line', async () => {
    const r = rig();
    expect((await r.run('false')).exitCode).toBe(1);
    expect((await r.run('echo $?')).out).toBe('1\n');
    expect((await r.run('echo $?')).out).toBe('0\n');
    await r.run('ls /nope');
    expect((await r.run('echo "status: $?"')).out).toBe('status: 2\n');
  });

  it('keeps shell options; set -e at the prompt ends the failing line instead of the shell', async () => {
    const r = rig();
    await r.run('set -o pipefail');
    expect((await r.run('false | true; echo $?')).out).toBe('1\n');
    await r.run('set -eu');
    expect(await r.run('false; echo not reached')).toMatchObject({ exitCode: 1, text: '' });
    expect((await r.run('echo $UNSET_VAR; echo not reached')).err).toBe('bash: UNSET_VAR: unbound variable\n');
    expect((await r.run('echo $-')).out).toBe('heuBs\n');
    await r.run('set +eu +o pipefail');
    expect((await r.run('echo $-')).out).toBe('hBs\n');
  });

  it('tells exported from plain variables, as env and programs see them', async () => {
    const r = rig();
    await r.run('PLAIN=1; export EXPORTED=2');
    expect((await r.run('echo $PLAIN $EXPORTED')).out).toBe('1 2\n');
    expect((await r.run('env | grep -E "^(PLAIN|EXPORTED)="')).out).toBe('EXPORTED=2\n');
    expect((await r.run('kubectl env')).out).toMatch(/(^|,)EXPORTED(,|\n)/);
    expect((await r.run('kubectl env')).out).not.toContain('PLAIN');
    expect((await r.run('PLAIN2=3 kubectl env | tr , "\\n" | grep PLAIN')).out).toBe('PLAIN2\n');
  });

  it('starts with a login environment', async () => {
    const r = rig();
    expect((await r.run('env | sort')).out).toBe(
      [
        'HOME=/root',
        'LANG=C.UTF-8',
        'LOGNAME=root',
        'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        'PWD=/root',
        'SHELL=/bin/bash',
        'SHLVL=1',
        'TERM=xterm-256color',
        'USER=root',
        '',
      ].join('\n'),
    );
    expect((await r.run('echo $HOSTNAME')).out).toBe('controlplane\n');
  });
});
