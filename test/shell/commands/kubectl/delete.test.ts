// `kubectl delete` (kubectl pkg/cmd/delete, v1.34 messages `pod "web" deleted from default
// namespace`): waits until objects are gone (a pod's graceful termination happens in simulated
// time), --now / --grace-period=0 --force, -l / --all with `No resources found` on stdout, -o name.
import { describe, expect, it } from 'vitest';
import { setup } from './helpers';

describe('kubectl delete', () => {
  it('deletes a pod and waits until it is gone', async () => {
    const h = setup();
    await h.kubectl('run web --image=nginx');
    h.advance(20_000);
    const t0 = h.cluster.clock.now();
    expect(await h.kubectl('delete pod web')).toEqual({ out: 'pod "web" deleted from default namespace\n', err: '', code: 0 });
    expect(h.cluster.api.tryGet('Pod', 'default', 'web')).toBeUndefined();
    expect(h.cluster.clock.now()).toBeGreaterThan(t0);
    expect(await h.kubectl('delete pod web')).toEqual({ out: '', err: 'Error from server (NotFound): pods "web" not found\n', code: 1 });
  });

  it('takes the grace period when the process ignores SIGTERM', async () => {
    const h = setup();
    await h.kubectl('run bb --image=busybox -- sleep 3600');
    h.advance(20_000);
    const t0 = h.cluster.clock.now();
    await h.kubectl('delete pod bb');
    expect(h.cluster.clock.now() - t0).toBeGreaterThanOrEqual(30_000);
    await h.kubectl('run bb2 --image=busybox -- sleep 3600');
    h.advance(20_000);
    const t1 = h.cluster.clock.now();
    expect(await h.kubectl('delete pod bb2 --grace-period=0 --force')).toEqual({
      out: 'pod "bb2" force deleted from default namespace\n',
      err: 'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n',
      code: 0,
    });
    expect(h.cluster.clock.now() - t1).toBeLessThan(1_000);
  });

  it('deletes by selector, --all and -o name; says "No resources found" on stdout', async () => {
    const h = setup();
    await h.kubectl('run a --image=nginx --labels=app=x');
    await h.kubectl('run b --image=nginx --labels=app=x');
    await h.kubectl('run c --image=nginx');
    h.advance(20_000);
    expect((await h.kubectl('delete pods -l app=x -o name')).out).toBe('pod/a\npod/b\n');
    expect(await h.kubectl('delete pods -l app=x')).toEqual({ out: 'No resources found\n', err: '', code: 0 });
    expect((await h.kubectl('delete pods --all --wait=false')).out).toBe('pod "c" deleted from default namespace\n');
  });

  it('deletes cluster-scoped objects without a namespace suffix', async () => {
    const h = setup();
    await h.kubectl('create ns dev');
    expect(await h.kubectl('delete ns dev')).toEqual({ out: 'namespace "dev" deleted\n', err: '', code: 0 });
    expect(await h.kubectl('delete ns dev --ignore-not-found')).toEqual({ out: '', err: '', code: 0 });
  });

  it('deletes from a file with the source in errors', async () => {
    const h = setup({ files: { '/root/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n' } });
    await h.kubectl('create -f cm.yaml');
    expect((await h.kubectl('delete -f cm.yaml')).out).toBe('configmap "c" deleted from default namespace\n');
    expect((await h.kubectl('delete -f cm.yaml')).err).toBe('Error from server (NotFound): error when deleting "cm.yaml": configmaps "c" not found\n');
  });

  it.each([
    [
      'delete',
      "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n",
    ],
    ['delete pods', 'error: resource(s) were provided, but no name was specified\n'],
    ['delete pod x --grace-period=5 --force', 'error: --force and --grace-period greater than 0 cannot be specified together\n'],
    ['delete pod x -o yaml', "error: unexpected -o output mode: yaml. We only support '-o name'\n"],
    ['delete pods --all -l a=b', 'error: cannot set --all and --selector at the same time\n'],
  ])('%s', async (line, err) => {
    expect(await setup().kubectl(line)).toEqual({ out: '', err, code: 1 });
  });
});
