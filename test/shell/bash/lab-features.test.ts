// What real lab scripts use, line by line, with the output bash prints.
import { describe, it, expect, beforeAll } from 'vitest';
import { rig, warmUp } from './helpers';

beforeAll(warmUp);

const cases: [string, string][] = [
  ['kubectl get pods | grep web | wc -l', '1\n'],
  ['kubectl get pods > /tmp/p; wc -l < /tmp/p', '3\n'],
  ['echo hi > /tmp/f; echo there >> /tmp/f; cat /tmp/f', 'hi\nthere\n'],
  ['ls /nope 2> /tmp/err; cat /tmp/err', 'ls: /nope: No such file or directory\n'],
  ['ls /nope 2>/dev/null; echo rc=$?', 'rc=2\n'],
  ['ls /nope &>/dev/null || echo failed', 'failed\n'],
  ['kubectl nope 2>&1 | tr a-z A-Z', 'ERROR: UNKNOWN COMMAND "NOPE" FOR "KUBECTL"\n'],
  ['{ echo a; echo b >&2; } 2>&1 | sort -r', 'b\na\n'],
  ['printf "%s-%d\\n" x 5; echo -e "a\\tb"; echo -n no-newline; echo', 'x-5\na\tb\nno-newline\n'],
  ['echo "$(echo nested $(echo deep))"', 'nested deep\n'],
  ['X=${UNSET:-default}; Y=set; echo "$X ${Y:-no} ${#Y} ${Y^^}"', 'default set 3 SET\n'],
  ['if [ -f /etc/hosts ]; then echo yes; else echo no; fi', 'yes\n'],
  ['[[ "web-1" == web-* ]] && echo glob || echo none', 'glob\n'],
  ['case web-1 in web-*) echo web;; *) echo other;; esac', 'web\n'],
  ['for i in $(seq 1 3); do echo n$i; done', 'n1\nn2\nn3\n'],
  ['i=0; while [ $i -lt 3 ]; do i=$((i+1)); done; echo $i', '3\n'],
  ['kubectl get pods | tail -n +2 | while read name ready status; do echo "$name=$status"; done', 'web=Running\ndb=Pending\n'],
  ['true && echo and; false || echo or', 'and\nor\n'],
  ['set -o pipefail; false | true; echo $?; set +o pipefail', '1\n'],
  ['false | true; echo ${PIPESTATUS[@]}', '1 0\n'],
  ['kubectl get pods | tail -n +2 | cut -c1-3 | sort | uniq -c', '      1 db \n      1 web\n'],
  ['printf "b\\na\\nb\\n" | sort | uniq -c | sort -rn', '      2 b\n      1 a\n'],
  ['echo hello | sed s/l/L/g; echo "a 1" | awk \'{print $2}\'', 'heLLo\n1\n'],
  ['echo \'{"items":[{"name":"web"}]}\' | jq -r ".items[].name"', 'web\n'],
  ['echo -n admin | base64; echo YWRtaW4= | base64 -d; echo', 'YWRtaW4=\nadmin\n'],
  ['seq 5 | head -2; seq 5 | tail -1; seq 2 2 6 | tr "\\n" " "; echo', '1\n2\n5\n2 4 6 \n'],
  ['cat <<EOF | kubectl apply -f -\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nEOF', 'pod/web created\n'],
  ['kubectl apply -f - <<EOF\nmetadata:\n  name: $HOSTNAME\nEOF', 'pod/controlplane created\n'],
  ["cat <<'EOF' > /tmp/s.yaml\nspec:\n  home: $HOME\nEOF\ncat /tmp/s.yaml", 'spec:\n  home: $HOME\n'],
  ['cd /tmp && mkdir -p a/b && cd a/b && pwd; cd - >/dev/null; pwd', '/tmp/a/b\n/tmp\n'],
  ['echo ~ $HOME $USER $HOSTNAME', '/root /root root controlplane\n'],
  ['grep -c node /etc/hosts; grep -E "^192" /etc/hosts | cut -d" " -f2 | sort', '1\ncontrolplane\nnode01\n'],
  ['arr=(a b c); echo ${arr[1]} ${#arr[@]}', 'b 3\n'],
  ['type kubectl; command -v kubectl; which kubectl', 'kubectl is /usr/bin/kubectl\n/usr/bin/kubectl\n/usr/bin/kubectl\n'],
];

describe('lab script features', () => {
  it.each(cases)('%s', async (line, want) => {
    const r = rig();
    const res = await r.run(line);
    expect(res.text).toBe(want);
  });

  it('set -euo pipefail in a script stops at the first failure with its status', async () => {
    const r = rig();
    const screen: string[] = [];
    const res = await r.shell.runScript('set -euo pipefail\necho start\nkubectl get pods | grep nothing\necho never', { write: (_s, t) => screen.push(t) });
    expect([res.exitCode, screen.join('')]).toEqual([1, 'start\n']);
  });

  it('set -x traces commands without the shell’s plumbing (a trace follows its command’s output)', async () => {
    const r = rig();
    const res = await r.run('set -x; kubectl get pods | wc -l; sleep 1 & wait');
    expect(res.out).toBe('3\n');
    expect(res.err).toBe('+ kubectl get pods\n+ wc -l\n[1] 24000\n+ sleep 1\n+ wait\n[1]+  Done                    sleep 1\n');
    expect((await r.run('echo $?; set +x')).err).toBe('+ echo 0\n+ set +x\n');
  });
});
