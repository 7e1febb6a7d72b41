import { describe, it, expect } from 'vitest';
import { rig } from './helpers';

describe('smoke', () => {
  it('runs', async () => {
    const r = rig();
    for (const line of ['echo hi', 'kubectl get pods | grep web', 'cd /tmp && export X=42', 'pwd; echo $X', 'f() { echo "f:$1"; }', 'f a; f b | tr a-z A-Z', 'false', 'echo $?', 'ls /nope; echo rc=$?', 'echo a; echo b >&2; echo c', 'date', 'sleep 2m; date', 'env | sort', 'sleep 1 & echo started', 'jobs', 'wait; echo waited', 'x=$(kubectl get pods | wc -l); echo lines=$x', 'alias k=kubectl', 'k get pods | head -1', 'cat <<EOF | kubectl apply -f -\nkind: Pod\nmetadata:\n  name: web\nEOF', 'kubectl tty; kubectl tty | cat', 'history']) {
      const res = await r.run(line);
      console.log(JSON.stringify(line), res.exitCode, JSON.stringify(res.chunks ?? r.screen.chunks));
    }
    expect(1).toBe(1);
  });
});
