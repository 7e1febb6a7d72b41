import { describe, it, expect } from 'vitest';
import { rig, advance, settle, drive, Screen, node01, container, controlplane, warmUp } from './helpers';
import { beforeAll } from 'vitest';
beforeAll(warmUp);
import type { ShellCommand } from '../../../src/shell/types';

describe('smoke2', () => {
  it('streams', async () => {
    const r = rig();
    const screen = new Screen();
    const p = r.shell.run('while true; do echo hi; sleep 5; done', { write: screen.write });
    await advance(r.clock, 12_000);
    console.log('after 12s', JSON.stringify(screen.text));
    r.shell.interrupt();
    const res = await p;
    console.log('res', res, JSON.stringify(screen.text));
    console.log((await r.run('echo $?')).text);
    const s2 = new Screen();
    const p2 = r.shell.run('kubectl get pods -w', { write: s2.write });
    await advance(r.clock, 3_000);
    r.shell.interrupt();
    console.log(await p2, JSON.stringify(s2.text));
    const s3 = new Screen();
    const p3 = r.shell.run('watch -n 2 kubectl get pods', { write: s3.write });
    await advance(r.clock, 4_000);
    r.shell.interrupt();
    console.log(await p3, JSON.stringify(s3.text));
    for (const line of ['sleep 100 &', 'jobs', 'kill %1', 'jobs', 'echo x', 'set -x; echo traced; false', 'echo $?; set +x', 'set -e; false; echo no', 'echo still here', 'set +e', 'f() { echo in-f; return 3; }', 'f; echo $?', 'type f', 'ls -l /etc', 'echo $!', 'sleep 3 & echo pid=$!', 'wait $!; echo rc=$?', 'exit', 'nosuch', 'cd; pwd', 'x=1; echo ${x:-d} ${y:-d}', 'set -u; echo $nope; echo after', 'echo next', 'unset -f f; f', 'printf "a\\nb\\n" | xargs -n1 echo', 'hostname; hostname -i; whoami; id']) {
      const res = await r.run(line);
      console.log(JSON.stringify(line), res.exitCode, JSON.stringify(r.screen.chunks));
    }
  });
  it('nests', async () => {
    const ssh: ShellCommand = { name: 'ssh', async run(io) { const c = await io.openSession!(node01()); io.err(`logout\nConnection to node01 closed.\n`); return c; } };
    const kx: ShellCommand = { name: 'kx', async run(io) { return io.openSession ? io.openSession(container()) : 99; } };
    const r = rig(controlplane([ssh, kx]));
    console.log(r.shell.prompt());
    for (const line of ['ssh node01', 'hostname; cd /tmp', 'exit 3', 'echo $?', 'ssh node01; echo back=$?', 'pwd', 'exit', 'kx', 'kubectl get pods', 'exit', 'kx | cat', 'exit']) {
      const res = await r.run(line);
      console.log(JSON.stringify(line), res, r.shell.prompt(), r.shell.depth);
    }
  });
});
