import { describe, it, expect, beforeAll } from 'vitest';
import { advance, rig, Screen, warmUp } from './helpers';
import { strftime } from '../../../src/shell/bash/utils/strftime';
import { parseDateArg } from '../../../src/shell/bash/utils/date';
import { parseInterval } from '../../../src/shell/bash/utils/sleep';
import { watchHeader } from '../../../src/shell/bash/utils/watch';
import { splitXargsInput } from '../../../src/shell/bash/utils/run-commands';

beforeAll(warmUp);

const T0 = Date.UTC(2026, 10, 25, 19, 30, 0); // a Wednesday

describe('date', () => {
  it('prints simulated UTC time in GNU date’s formats', async () => {
    const r = rig();
    expect((await r.run('date')).out).toBe('Wed Nov 25 19:30:00 UTC 2026\n');
    expect((await r.run('date -u +%Y-%m-%dT%H:%M:%SZ')).out).toBe('2026-11-25T19:30:00Z\n');
    expect((await r.run('date +%s')).out).toBe(`${T0 / 1000}\n`);
    expect((await r.run('date -d @0')).out).toBe('Thu Jan  1 00:00:00 UTC 1970\n');
    expect((await r.run('date -d "+5 minutes" +%T')).out).toBe('19:35:00\n');
    expect((await r.run('date --date="1 hour ago" +%R')).out).toBe('18:30\n');
    expect((await r.run('date -d 2027-01-02 +%A')).out).toBe('Saturday\n');
    expect((await r.run('date -Iseconds')).out).toBe('2026-11-25T19:30:00+00:00\n');
    expect((await r.run('date -I')).out).toBe('2026-11-25\n');
    expect((await r.run('date -R')).out).toBe('Wed, 25 Nov 2026 19:30:00 +0000\n');
    expect(await r.run('date -d tomorrowish')).toMatchObject({ exitCode: 1, err: 'date: invalid date ‘tomorrowish’\n' });
  });

  it('moves with the simulated clock', async () => {
    const r = rig();
    expect((await r.run('sleep 90; date +%T')).out).toBe('19:31:30\n');
  });

  it('formats strftime conversions with GNU flags', () => {
    const t = Date.UTC(2026, 0, 5, 7, 8, 9, 123);
    expect(strftime('%a %A %b %B %d %e %H %I %j %k %l %m %M %p %S %u %w %y %Y %Z %z %:z %%', t)).toBe(
      'Mon Monday Jan January 05  5 07 07 005  7  7 01 08 AM 09 1 1 26 2026 UTC +0000 +00:00 %',
    );
    expect(strftime('%-d/%-m %_H %3N %N %F %T %D %V %G', t)).toBe('5/1  7 123 123000000 2026-01-05 07:08:09 01/05/26 02 2026');
    expect(strftime('%Q', t)).toBe('%Q');
    expect(parseDateArg('2026-11-25 10:00', T0)).toBe(Date.UTC(2026, 10, 25, 10, 0));
    expect(parseDateArg('@1.5', T0)).toBe(1500);
  });
});

describe('sleep', () => {
  it('accepts seconds, fractions, suffixes and several operands on simulated time', async () => {
    const r = rig();
    await r.run('sleep 0.5 1m 1');
    expect(r.clock.now() - T0).toBe(61_500);
    await r.run('sleep 1h');
    expect(r.clock.now() - T0).toBe(3_661_500);
    expect(await r.run('sleep')).toMatchObject({ exitCode: 1, err: "sleep: missing operand\nTry 'sleep --help' for more information.\n" });
    expect(await r.run('sleep 5x')).toMatchObject({ exitCode: 1, err: "sleep: invalid time interval ‘5x’\nTry 'sleep --help' for more information.\n" });
    expect([parseInterval('2d'), parseInterval('.25'), parseInterval('infinity'), parseInterval('-1')]).toEqual([172800, 0.25, Infinity, null]);
  });
});

describe('watch', () => {
  it('redraws the command’s output every interval on a terminal until Ctrl-C', async () => {
    const r = rig();
    const screen = new Screen();
    const p = r.shell.run('watch -n 2 kubectl get pods', { write: screen.write });
    await advance(r.clock, 2_000);
    r.shell.interrupt();
    expect((await p).exitCode).toBe(130);
    const frame = (time: string) =>
      '\x1b[H\x1b[2J' +
      `Every 2.0s: kubectl get pods              controlplane: Wed Nov 25 ${time} 2026\n\n` +
      'NAME   READY   STATUS\nweb    1/1     Running\ndb     0/1     Pending\n';
    expect(screen.out).toBe('\x1b[?1049h' + frame('19:30:00') + frame('19:30:02') + '\x1b[?1049l');
  });

  it('prints each round one after the other when not on a terminal, and -t drops the header', async () => {
    const r = rig();
    const screen = new Screen();
    const p = r.shell.run('watch -t -n1 echo hi > /tmp/w; echo never', { write: screen.write });
    await advance(r.clock, 2_000);
    r.shell.interrupt();
    await p;
    expect(screen.text).toBe('');
    expect((await r.run('watch')).err).toBe('Usage:\n watch [options] command\n');
  });

  it('lays out the header as procps does for the screen width', () => {
    const h = (w: number, cmd = 'kubectl get pods') => watchHeader(2, cmd, 'controlplane', T0, w);
    expect(h(80)).toBe('Every 2.0s: kubectl get pods              controlplane: Wed Nov 25 19:30:00 2026');
    expect(h(60)).toBe('Every 2.0s: kubec...  controlplane: Wed Nov 25 19:30:00 2026');
    expect(h(70, 'kubectl get pods -A -o wide')).toBe('Every 2.0s: kubectl get pod...  controlplane: Wed Nov 25 19:30:00 2026');
    expect(h(30)).toBe('');
    expect(watchHeader(0.5, 'date', 'node01', T0, 60)).toBe('Every 0.5s: date            node01: Wed Nov 25 19:30:00 2026');
  });
});

describe('small utilities', () => {
  it('hostname, whoami, id, uname, clear', async () => {
    const r = rig();
    expect((await r.run('hostname; hostname -i; hostname -I; whoami; id')).out).toBe(
      'controlplane\n192.168.0.10\n192.168.0.10 \nroot\nuid=0(root) gid=0(root) groups=0(root)\n',
    );
    expect((await r.run('uname; uname -m; uname -n -r')).out).toBe('Linux\nx86_64\ncontrolplane 6.8.0-45-generic\n');
    expect((await r.run('clear')).out).toBe('\x1b[H\x1b[2J\x1b[3J');
  });

  it('history lists the session’s lines as bash numbers them (no duplicates in a row, none starting with a space)', async () => {
    const r = rig();
    await r.run('echo one');
    await r.run('echo one');
    await r.run(' echo secret');
    await r.run('echo two');
    expect((await r.run('history')).out).toBe('    1  echo one\n    2  echo two\n    3  history\n');
    expect((await r.run('history 2')).out).toBe('    3  history\n    4  history 2\n');
    expect(r.shell.history).toEqual(['echo one', 'echo two', 'history', 'history 2']);
    await r.run('history -c');
    expect((await r.run('history')).out).toBe('    1  history\n');
  });

  it('env and printenv show exported variables only', async () => {
    const r = rig();
    await r.run('export A=1; B=2');
    expect((await r.run('printenv A; printenv B; echo $?')).out).toBe('1\n1\n');
    expect((await r.run('env -i C=3')).out).toBe('C=3\n');
    expect((await r.run('env | grep -c "^B="')).out).toBe('0\n');
  });

  it('xargs runs the command per item group, with GNU attached option values (-n1, -I{}, -L1)', async () => {
    const r = rig();
    expect((await r.run('printf "a\\nb\\n" | xargs -n1 echo x')).out).toBe('x a\nx b\n');
    expect((await r.run('printf "a\\nb\\n" | xargs -I{} echo "<{}>"')).out).toBe('<a>\n<b>\n');
    expect((await r.run('printf "a b\\nc\\n" | xargs -L1 echo')).out).toBe('a b\nc\n');
    expect((await r.run('printf "a b c" | xargs -n 2')).out).toBe('a b\nc\n');
    expect((await r.run('printf "" | xargs -r echo none; printf "x,y" | xargs -d, -n1 echo')).out).toBe('x\ny\n');
    expect((await r.run('export K=v; echo a | xargs kubectl env | tr , "\\n" | grep -c "^K$"')).out).toBe('1\n');
    expect((await r.run('echo a b | xargs -t false; echo $?')).text).toBe('false a b\n123\n');
    expect(splitXargsInput(`a "b c" 'd e' f\\ g`)).toEqual(['a', 'b c', 'd e', 'f g']);
  });

  it('env, sudo and timeout run commands with the exported variables; timeout on simulated time', async () => {
    const r = rig();
    await r.run('export K=v');
    expect((await r.run('env D=4 printenv D K')).out).toBe('4\nv\n');
    expect((await r.run('env -i X=1 printenv')).out).toBe('X=1\n');
    expect((await r.run('sudo printenv K; sudo -E kubectl get pods | wc -l')).out).toBe('v\n3\n');
    expect((await r.run('echo piped | sudo tee /tmp/t >/dev/null; cat /tmp/t')).out).toBe('piped\n');
    const t = await r.run('timeout 5 sleep 60; echo "rc=$? at $(date +%S)"');
    expect(t.out).toBe('rc=124 at 05\n');
    expect((await r.run('timeout 5 echo quick; echo $?')).out).toBe('quick\n0\n');
    expect((await r.run('timeout 2 kubectl get pods -w')).out).toBe('NAME   READY\nweb-0  1/1\nweb-1  1/1\nweb-2  1/1\n');
    expect((await r.run('timeout x true')).err).toBe("timeout: invalid time interval ‘x’\nTry 'timeout --help' for more information.\n");
  });

  it('commands a host hides are not found there', async () => {
    const r = rig({ id: 'c', hostname: 'web', user: 'root', home: '/root', cwd: '/', promptStyle: 'sh', commands: [], hide: ['jq'] });
    expect((await r.run('jq .')).err).toBe('sh: jq: not found\n');
    expect((await r.run('ls /bin | grep -c "^jq$"')).out).toBe('0\n');
    expect(r.shell.prompt()).toBe('/ # ');
  });
});

describe('more utilities labs use', () => {
  it('envsubst fills manifests from the environment', async () => {
    const r = rig();
    await r.run('export APP=web REPLICAS=3');
    expect((await r.run('printf "name: $APP\\nreplicas: ${REPLICAS}\\nmissing: \\"$NOPE\\"\\n" > t.yaml; envsubst < t.yaml')).out).toBe('name: web\nreplicas: 3\nmissing: ""\n');
    expect((await r.run("echo '$APP $REPLICAS' | envsubst '$APP'")).out).toBe('web $REPLICAS\n');
  });

  it('nohup, tty, less, realpath, mktemp, chown', async () => {
    const r = rig();
    expect(await r.run('nohup echo hi')).toMatchObject({ out: '', err: "nohup: ignoring input and appending output to 'nohup.out'\n" });
    expect((await r.run('cat nohup.out; tty; echo x | tty; less /etc/hosts | head -1')).out).toBe('hi\n/dev/pts/0\nnot a tty\n127.0.0.1 localhost\n');
    expect((await r.run('cd /tmp; mkdir -p a; realpath a ../etc/hosts')).out).toBe('/tmp/a\n/etc/hosts\n');
    const t = (await r.run('mktemp; mktemp -d')).out.split('\n');
    expect(t[0]).toMatch(/^\/tmp\/tmp\.[A-Za-z0-9]{10}$/);
    expect((await r.run(`test -f ${t[0]} && test -d ${t[1]} && echo made`)).out).toBe('made\n');
    expect((await r.run('chown root:root /etc/hosts && echo ok; chown root /nope')).text).toBe("ok\nchown: cannot access '/nope': No such file or directory\n");
  });
});
