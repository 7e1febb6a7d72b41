// kubectl completion from the specs and the store: subcommands, flags, resource types as
// `kubectl api-resources -o name` prints them, object names in the namespace, TYPE/NAME forms,
// namespaces for -n, and undefined (file names) for -f.
import { describe, expect, it } from 'vitest';
import { kubectlCompleter } from '../../../../src/shell/commands/kubectl/index';
import { setup } from './helpers';

const h = setup();
const complete = kubectlCompleter(h.cluster);
const ask = (line: string) => {
  const words = line.split(' ');
  return complete({ argv: words.slice(0, -1), word: words.at(-1)!, cwd: '/root', env: { HOME: '/root' }, fs: h.fs });
};

describe('kubectl completion', () => {
  it('completes commands, flags and namespaces', async () => {
    expect(await ask('kubectl ge')).toEqual(['get']);
    expect(await ask('kubectl de')).toEqual(['delete', 'describe']);
    expect(await ask('kubectl get --show-l')).toEqual(['--show-labels']);
    expect(await ask('kubectl get pods -n kube-')).toEqual(['kube-node-lease', 'kube-public', 'kube-system']);
    expect(await ask('kubectl apply -f ')).toBeUndefined();
  });

  it('completes resource types, then names', async () => {
    await h.kubectl('run web --image=nginx');
    expect(await ask('kubectl get dep')).toEqual(['deployments.apps']);
    expect(await ask('kubectl get pods ')).toEqual(['web']);
    expect(await ask('kubectl describe pod/w')).toEqual(['pod/web']);
    expect(await ask('kubectl logs ')).toEqual(['web']);
    expect(await ask('kubectl get nodes node')).toEqual(['node01']);
    expect(await ask('kubectl -n kube-system get pods etcd')).toEqual(['etcd-controlplane']);
  });
});
