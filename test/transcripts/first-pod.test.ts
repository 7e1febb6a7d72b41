// The acceptance transcript, pinned byte for byte: what `podlab -c` (and the browser
// terminal) prints for a first pod on the default kubeadm-like cluster. Formats checked against
// kubectl v1.34 (printers.go columns, 3-space tabwriter padding, AGE rules).
import { describe, expect, it } from 'vitest';
import { run, sandbox } from '../helpers/sandbox';

describe('first pod transcript', () => {
  it('kubectl run, sleep 20, get pods -o wide, get pods -A', async () => {
    const sb = await sandbox({ seed: 1 });
    const r = await run(sb, 'kubectl run web --image=nginx; sleep 20; kubectl get pods -o wide; kubectl get pods -A');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        'pod/web created',
        'NAME   READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES',
        'web    1/1     Running   0          20s   10.244.1.4   node01   <none>           <none>',
        'NAMESPACE     NAME                                       READY   STATUS    RESTARTS   AGE',
        'default       web                                        1/1     Running   0          20s',
        'kube-system   calico-kube-controllers-65c54689cb-nm64n   1/1     Running   0          3d',
        'kube-system   canal-g48qg                                2/2     Running   0          3d',
        'kube-system   canal-g6qqk                                2/2     Running   0          3d',
        'kube-system   coredns-5884d848d5-dntdz                   1/1     Running   0          3d',
        'kube-system   coredns-5884d848d5-pw9sj                   1/1     Running   0          3d',
        'kube-system   etcd-controlplane                          1/1     Running   0          3d',
        'kube-system   kube-apiserver-controlplane                1/1     Running   0          3d',
        'kube-system   kube-controller-manager-controlplane       1/1     Running   0          3d',
        'kube-system   kube-proxy-6dwdb                           1/1     Running   0          3d',
        'kube-system   kube-proxy-qsrw6                           1/1     Running   0          3d',
        'kube-system   kube-scheduler-controlplane                1/1     Running   0          3d',
        '',
      ].join('\n'),
    );
  });

  it('shows the pod being created right after kubectl run, with its events in describe', async () => {
    const sb = await sandbox({ seed: 1 });
    await run(sb, 'kubectl run web --image=nginx');
    expect((await run(sb, 'kubectl get pods')).out).toBe(
      'NAME   READY   STATUS              RESTARTS   AGE\nweb    0/1     ContainerCreating   0          0s\n',
    );
    await run(sb, 'sleep 30');
    const d = (await run(sb, 'kubectl describe pod web')).out;
    expect(d).toMatch(/^Name:             web\nNamespace:        default\nPriority:         0\nService Account:  default\nNode:             node01\/172\.30\.2\.2\n/);
    expect(d).toMatch(/Events:\n  Type    Reason     Age   From               Message\n  ----    ------     ----  ----               -------\n  Normal  Scheduled  30s   default-scheduler  Successfully assigned default\/web to node01\n  Normal  Pulling    30s   kubelet            Pulling image "nginx"\n  Normal  Pulled     \d+s   kubelet            Successfully pulled image "nginx" in [\d.]+m?s \([\d.]+m?s including waiting\)\. Image size: \d+ bytes\.\n  Normal  Created    \d+s   kubelet            Created container: web\n  Normal  Started    \d+s   kubelet            Started container web\n$/);
  });

  it('is deterministic: the same seed gives a byte-identical transcript', async () => {
    const script = 'kubectl run a --image=nginx; kubectl run b --image=busybox -- sh -c "while true; do echo hi; sleep 5; done"; sleep 40; kubectl get pods -o wide; kubectl logs b; kubectl get events';
    const one = await run(await sandbox({ seed: 42 }), script);
    const two = await run(await sandbox({ seed: 42 }), script);
    expect(one.screen).toBe(two.screen);
    const other = await run(await sandbox({ seed: 43 }), script);
    expect(other.screen).not.toBe(one.screen);
  });
});
