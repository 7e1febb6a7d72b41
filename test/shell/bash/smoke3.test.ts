import { describe, it, beforeAll } from 'vitest';
import { rig, warmUp, drive, Screen, advance } from './helpers';
beforeAll(warmUp);
describe('smoke3', () => {
  it('features', async () => {
    const r = rig();
    const lines = [
      'echo out; ls /nope 2>&1 | wc -l', 'ls /nope 2>/dev/null; echo rc=$?', 'ls /nope &>/dev/null || echo failed', 'echo hi > /tmp/f; echo there >> /tmp/f; cat /tmp/f',
      'ls /nope 2> /tmp/err; cat /tmp/err', 'kubectl get pods > /tmp/p; wc -l < /tmp/p', 'kubectl nope 2>&1 | tr a-z A-Z', '{ echo a; echo b >&2; } 2>&1 | sort',
      'set -o pipefail; false | true; echo $?; set +o pipefail', 'false | true; echo ${PIPESTATUS[@]}', 'if [ -f /tmp/f ]; then echo yes; else echo no; fi',
      '[[ "abc" == a* ]] && echo glob', 'case web-1 in web-*) echo web;; *) echo other;; esac', 'for i in $(seq 1 3); do echo n$i; done', 'i=0; while [ $i -lt 3 ]; do i=$((i+1)); done; echo $i',
      'echo "a b c" | cut -d" " -f2', 'printf "%s-%d\\n" x 5', 'echo aGVsbG8= | base64 -d', 'echo \'{"a":[1,2]}\' | jq -c .a', 'echo hello | sed s/l/L/g', "echo 'a 1' | awk '{print $2}'",
      'printf "b\\na\\nb\\n" | sort | uniq -c', 'echo ABC | tr A-Z a-z', 'seq 5 | head -2; seq 5 | tail -n +4', 'X=${UNSET:-default}; echo $X', 'echo "$(echo nested $(echo deep))"',
      'set -euo pipefail; echo strict', 'echo $-', 'set +euo pipefail', 'kubectl get pods | grep -c Running', 'echo ~', 'cd ~/; pwd', 'mkdir -p d/e && cd d/e && pwd', 'cd -', 'cd /; ls -d /root/d',
      'echo $HOSTNAME $HOME $USER', 'ls -la ~ | head -3', 'cat /etc/hosts | grep node01', 'echo done | kubectl apply -f - <<EOF\nmetadata:\n  name: x\nEOF',
      'watch -n 1 echo hi | head -3 &', 'jobs', 'kill %1', 'sleep 1 & sleep 2 & jobs', 'wait', 'jobs',
    ];
    for (const line of lines) {
      const res = await r.run(line);
      console.log(JSON.stringify(line), res.exitCode, JSON.stringify(r.screen.chunks.map(c => (c.stream === 'err' ? 'E:' : '') + c.text)));
    }
    const s = new Screen();
    await drive(r.clock, r.shell.run('(sleep 2; echo bg-done) &', { write: s.write }));
    console.log('bg started', JSON.stringify(s.text));
    await advance(r.clock, 3000);
    console.log('bg after', JSON.stringify(s.text));
    const s2 = new Screen();
    await drive(r.clock, r.shell.run('echo next', { write: s2.write }));
    console.log('next', JSON.stringify(s2.chunks));
  });
});
