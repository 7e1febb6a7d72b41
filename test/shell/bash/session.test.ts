import { describe, it, expect, beforeAll } from 'vitest';
import { container, controlplane, drive, node01, rig, Screen, warmUp } from './helpers';
import type { ShellCommand } from '../../../src/shell/types';

beforeAll(warmUp);

/** ssh-like: opens node01 interactively, or runs the command line there. */
const ssh: ShellCommand = {
  name: 'ssh',
  async run(io) {
    if (!io.openSession) {
      io.err('Pseudo-terminal will not be allocated because stdin is not a terminal.\n');
      return 255;
    }
    const code = await io.openSession(node01());
    io.err('logout\nConnection to node01 closed.\n');
    return code;
  },
};

/** kubectl-exec-like: an interactive shell in a busybox container. */
const kexec: ShellCommand = { name: 'kexec', run: (io) => (io.openSession ? io.openSession(container()) : Promise.resolve(1)) };

describe('nested sessions', () => {
  it('switches the prompt to the inner host, runs lines there, and returns on exit with its status', async () => {
    const r = rig(controlplane([ssh]));
    expect(r.shell.prompt()).toBe('root@controlplane:~# ');
    expect(await r.run('ssh node01')).toMatchObject({ exitCode: 0, text: '' });
    expect([r.shell.prompt(), r.shell.depth]).toEqual(['root@node01:~# ', 2]);
    expect((await r.run('hostname; cd /tmp; echo hi > here.txt')).out).toBe('node01\n');
    expect(r.shell.prompt()).toBe('root@node01:/tmp# ');
    expect(await r.run('exit 3')).toMatchObject({ exitCode: 3, err: 'logout\nConnection to node01 closed.\n' });
    expect([r.shell.prompt(), r.shell.depth]).toEqual(['root@controlplane:~# ', 1]);
    expect((await r.run('echo $?; ls /tmp/here.txt 2>&1')).out).toBe('3\nls: /tmp/here.txt: No such file or directory\n');
  });

  it('finishes the outer line after the inner session exits, within the run that typed exit', async () => {
    const r = rig(controlplane([ssh]));
    await r.run('ssh node01; echo "back with $?"');
    await r.run('false');
    const res = await r.run('exit');
    expect(res.out).toBe('back with 1\n');
    expect(res.err).toBe('logout\nConnection to node01 closed.\n');
  });

  it('keeps each host’s files and history; a new login starts in the home directory', async () => {
    const r = rig(controlplane([ssh]));
    await r.run('ssh node01');
    await r.run('cd /tmp && echo kept > note');
    await r.run('exit');
    expect(r.shell.history).toEqual(['ssh node01']);
    await r.run('ssh node01');
    expect(r.shell.prompt()).toBe('root@node01:~# ');
    expect((await r.run('cat /tmp/note')).out).toBe('kept\n');
    expect(r.shell.history).toEqual(['cd /tmp && echo kept > note', 'exit', 'cat /tmp/note']);
    await r.run('exit');
  });

  it('uses `/ # ` prompts and sh wording in busybox-style containers', async () => {
    const r = rig(controlplane([kexec]));
    await r.run('kexec');
    expect(r.shell.prompt()).toBe('/ # ');
    expect((await r.run('kubectl get pods')).err).toBe('sh: kubectl: not found\n');
    await r.run('cd /tmp');
    expect(r.shell.prompt()).toBe('/tmp # ');
    expect((await r.run('exit')).exitCode).toBe(0);
    expect(r.shell.prompt()).toBe('root@controlplane:~# ');
  });

  it('offers openSession only at an interactive terminal (not in pipes or scripts)', async () => {
    const r = rig(controlplane([ssh]));
    expect(await r.run('ssh node01 | cat')).toMatchObject({ err: 'Pseudo-terminal will not be allocated because stdin is not a terminal.\n' });
    const screen = new Screen();
    const res = await drive(r.clock, r.shell.runScript('ssh node01\necho after $?', { write: screen.write }));
    expect([res.exitCode, screen.text, r.shell.depth]).toEqual([0, 'Pseudo-terminal will not be allocated because stdin is not a terminal.\nafter 255\n', 1]);
  });

  it('answers exit at the outermost prompt with a message, and Ctrl-C in the inner session leaves it open', async () => {
    const r = rig(controlplane([ssh]));
    expect(await r.run('exit')).toMatchObject({ exitCode: 0, err: "exit: this is the sandbox's outermost shell; there is nothing to exit to\n" });
    await r.run('ssh node01');
    const screen = new Screen();
    const p = r.shell.run('sleep 100', { write: screen.write });
    await new Promise((res) => setImmediate(res));
    r.shell.interrupt();
    expect((await p).exitCode).toBe(130);
    expect(r.shell.prompt()).toBe('root@node01:~# ');
  });

  it('runs a line on another host as a separate login (ssh node01 CMD)', async () => {
    const r = rig(controlplane([ssh]));
    await r.run('ssh node01');
    await r.run('echo on-node01 > /root/f; export X=1');
    await r.run('exit');
    let out = '';
    const code = await drive(r.clock, r.shell.runOn(node01(), 'cat /root/f; echo "X=$X"; hostname; exit 4', { out: (t) => (out += t), err: (t) => (out += t) }));
    expect([code, out]).toEqual([4, 'on-node01\nX=\nnode01\n']);
    expect(r.shell.prompt()).toBe('root@controlplane:~# ');
  });

  it('logs in again to a host that is already open further out, without disturbing that session', async () => {
    const inner = node01();
    inner.commands = [{ name: 'ssh', run: (io) => io.openSession!(controlplane()) }];
    const r = rig({ ...controlplane(), commands: [{ name: 'ssh', run: (io) => io.openSession!(inner) }] });
    await r.run('cd /tmp');
    await r.run('ssh node01');
    await r.run('ssh controlplane');
    expect([r.shell.prompt(), r.shell.depth]).toEqual(['root@controlplane:~# ', 3]);
    await r.run('echo hi > /root/from-inner; exit');
    await r.run('exit');
    expect(r.shell.prompt()).toBe('root@controlplane:/tmp# ');
    expect((await r.run('cat /root/from-inner')).out).toBe('hi\n');
  });
});
