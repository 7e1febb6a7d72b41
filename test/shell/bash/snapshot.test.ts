import { describe, it, expect, beforeAll } from 'vitest';
import { SimClock } from '../../../src/engine/sim/clock';
import { createShell } from '../../../src/shell/shell';
import { controlplane, drive, node01, rig, Screen, T0, warmUp } from './helpers';
import type { ShellCommand } from '../../../src/shell/types';

beforeAll(warmUp);

const ssh: ShellCommand = { name: 'ssh', run: (io) => io.openSession!(node01()) };

describe('snapshot / restore', () => {
  it('round-trips files, directory, variables, exports, functions, aliases, options, $? and history through JSON', async () => {
    const a = rig(controlplane([ssh]));
    for (const line of [
      'mkdir -p ~/app && cd ~/app',
      'printf "kind: Pod\\n" > pod.yaml; printf "\\xff\\xfe" > bin.dat; ln -s pod.yaml link.yaml',
      'export NS=prod; PLAIN=1',
      'greet() { echo "hi $1"; }',
      'alias k=kubectl',
      'set -o pipefail',
      'ssh node01',
      'echo on-node > /root/n.txt',
      'exit',
      'false',
    ])
      await a.run(line);
    const bytes = (await a.run('od bin.dat')).out;
    await a.run('false');
    const json = JSON.stringify(a.shell.snapshot());
    const clock = new SimClock(T0 + 60_000);
    const b = createShell({ host: controlplane([ssh]), clock });
    b.restore(JSON.parse(json));
    const screen = new Screen();
    const run = async (line: string) => {
      screen.clear();
      const r = await drive(clock, b.run(line, { write: screen.write }));
      return { ...r, out: screen.out, err: screen.err };
    };
    expect(b.prompt()).toBe('root@controlplane:~/app# ');
    expect((await run('echo $?')).out).toBe('1\n');
    expect((await run('cat pod.yaml; readlink link.yaml')).out).toBe('kind: Pod\npod.yaml\n');
    expect((await run('od bin.dat')).out).toBe(bytes);
    expect((await run('echo $NS $PLAIN; env | grep -c PLAIN')).out).toBe('prod 1\n0\n');
    expect((await run('greet you; k get pods | wc -l')).out).toBe('hi you\n3\n');
    expect((await run('false | true; echo $?')).out).toBe('1\n');
    expect(b.history.slice(0, 3)).toEqual(['mkdir -p ~/app && cd ~/app', 'printf "kind: Pod\\n" > pod.yaml; printf "\\xff\\xfe" > bin.dat; ln -s pod.yaml link.yaml', 'export NS=prod; PLAIN=1']);
    expect((await run('ls -l pod.yaml')).out).toBe('-rw-r--r-- 1 user user    10 Nov 25 19:30 pod.yaml\n');
    await run('ssh node01');
    expect((await run('cat /root/n.txt')).out).toBe('on-node\n');
    expect(JSON.parse(JSON.stringify(b.snapshot())).stack).toEqual(['node/controlplane', 'node/node01']);
  });

  it('restores open nested sessions through hostFactory', async () => {
    const a = rig(controlplane([ssh]));
    await a.run('ssh node01');
    await a.run('cd /tmp');
    const state = a.shell.snapshot();
    const clock = new SimClock(T0);
    const b = createShell({ host: controlplane([ssh]), clock, hostFactory: (id) => (id === 'node/node01' ? node01() : undefined) });
    b.restore(state);
    expect([b.prompt(), b.depth]).toEqual(['root@node01:/tmp# ', 2]);
    await drive(clock, b.run('exit', { write: () => {} }));
    expect([b.prompt(), b.depth]).toEqual(['root@controlplane:~# ', 1]);
  });
});
