// `kubectl cluster-info` (kubectl pkg/cmd/clusterinfo): the control plane and the
// kubernetes.io/cluster-service=true services of kube-system (CoreDNS's kube-dns), coloured on a
// terminal with go-colortext's ANSI codes.
import { describe, expect, it } from 'vitest';
import { setup } from './helpers';

const h = setup();

describe('kubectl cluster-info', () => {
  it('lists the control plane and CoreDNS', async () => {
    expect(await h.kubectl('cluster-info')).toEqual({
      out:
        'Kubernetes control plane is running at https://172.30.1.2:6443\n' +
        'CoreDNS is running at https://172.30.1.2:6443/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\n' +
        '\n' +
        "To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n",
      err: '',
      code: 0,
    });
  });

  it('colours names green and addresses yellow on a terminal', async () => {
    const r = await h.kubectl('cluster-info', { tty: true });
    expect(r.out.split('\n')[0]).toBe('\x1b[0;32mKubernetes control plane\x1b[0m is running at \x1b[0;33mhttps://172.30.1.2:6443\x1b[0m');
  });

  it('uses the kubeconfig server and -n', async () => {
    const k = setup({
      files: {
        '/root/.kube/config':
          'apiVersion: v1\nkind: Config\ncurrent-context: c\ncontexts:\n- name: c\n  context:\n    cluster: k\nclusters:\n- name: k\n  cluster:\n    server: https://controlplane:6443\n',
      },
    });
    expect((await k.kubectl('cluster-info -n default')).out).toBe(
      "Kubernetes control plane is running at https://controlplane:6443\n\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n",
    );
  });
});
