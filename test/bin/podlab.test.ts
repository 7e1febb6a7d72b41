// bin/podlab as a learner or a CI script uses it: -c and FILE run like bash, exit codes carry over,
// --state continues a sandbox across invocations, --seed makes runs reproducible.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'podlab-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const podlab = (...args: string[]) => {
  const r = spawnSync('node', ['bin/podlab', '--start', '2026-01-15T09:00:00Z', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { out: r.stdout, err: r.stderr, code: r.status };
};

describe('bin/podlab', () => {
  it('runs -c like bash -c, with stdout and stderr apart and the last exit code', () => {
    expect(podlab('-c', 'kubectl get nodes; kubectl get pod nope')).toEqual({
      out: 'NAME           STATUS   ROLES           AGE   VERSION\ncontrolplane   Ready    control-plane   3d    v1.34.1\nnode01         Ready    <none>          3d    v1.34.1\n',
      err: 'Error from server (NotFound): pods "nope" not found\n',
      code: 1,
    });
  });

  it('runs a script file and honours set -e', () => {
    const f = join(dir, 'lab.sh');
    writeFileSync(f, 'set -e\necho start\nfalse\necho never\n');
    expect(podlab(f)).toEqual({ out: 'start\n', err: '', code: 1 });
  });

  it('continues a sandbox with --state: cluster, files, variables and working directory', () => {
    const state = join(dir, 'state.json');
    expect(podlab('--state', state, '-c', 'kubectl run web --image=nginx; mkdir -p /tmp/work; cd /tmp/work; echo saved > note.txt; export LAB=one').code).toBe(0);
    const r = podlab('--state', state, '-c', 'sleep 10; kubectl get pods; pwd; cat note.txt; echo $LAB');
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^NAME   READY   STATUS    RESTARTS   AGE\nweb    1\/1     Running   0          1\ds\n\/tmp\/work\nsaved\none\n$/);
  });

  it('is reproducible with --seed and differs across seeds', () => {
    const cmd = 'kubectl run a --image=nginx; sleep 30; kubectl get pods -o wide; kubectl get pods -n kube-system';
    const a = podlab('--seed', '7', '-c', cmd);
    expect(podlab('--seed', '7', '-c', cmd)).toEqual(a);
    expect(podlab('--seed', '8', '-c', cmd).out).not.toBe(a.out);
  });

  it('rejects unknown options with usage', () => {
    const r = podlab('--nope');
    expect(r.code).toBe(2);
    expect(r.err).toBe('podlab: unknown option --nope\nusage: podlab [--seed N] [--state FILE] [--lesson ID] [--start ISO-TIME] [-c COMMANDS | FILE]\n');
  });

  it('reads commands from standard input when it is not a terminal', () => {
    const out = execFileSync('node', ['bin/podlab', '--start', '2026-01-15T09:00:00Z'], { input: 'echo $((6*7))\nkubectl get ns default\n', encoding: 'utf8', timeout: 60_000 });
    expect(out).toBe('42\nNAME      STATUS   AGE\ndefault   Active   3d\n');
  });
});
