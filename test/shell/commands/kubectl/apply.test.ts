// `kubectl apply -f` (client-side apply, kubectl pkg/cmd/apply): created / configured / unchanged,
// the last-applied-configuration annotation (compact JSON with sorted keys, `annotations: {}`, the
// namespace, a trailing newline — as real objects show it), the warning for objects made by
// `create`, and three-way merges that keep fields set by others and drop fields removed from the file.
import { describe, expect, it } from 'vitest';
import { setup } from './helpers';

const DEPLOY = (replicas: number, extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web${extra}
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
`;

describe('kubectl apply', () => {
  it('creates, then reports unchanged, then configured', async () => {
    const h = setup({ files: { '/root/d.yaml': DEPLOY(2), '/root/d3.yaml': DEPLOY(3) } });
    expect(await h.kubectl('apply -f d.yaml')).toEqual({ out: 'deployment.apps/web created\n', err: '', code: 0 });
    h.advance(5000);
    expect(await h.kubectl('apply -f d.yaml')).toEqual({ out: 'deployment.apps/web unchanged\n', err: '', code: 0 });
    expect(await h.kubectl('apply -f d3.yaml')).toEqual({ out: 'deployment.apps/web configured\n', err: '', code: 0 });
    expect(h.cluster.api.get('Deployment.apps', 'default', 'web').spec.replicas).toBe(3);
  });

  it('stores the last applied configuration', async () => {
    const h = setup({ files: { '/root/d.yaml': DEPLOY(2) } });
    await h.kubectl('apply -f d.yaml');
    const d = h.cluster.api.get('Deployment.apps', 'default', 'web');
    expect(d.metadata.annotations?.['kubectl.kubernetes.io/last-applied-configuration']).toBe(
      '{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"annotations":{},"labels":{"app":"web"},"name":"web","namespace":"default"},"spec":{"replicas":2,"selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"image":"nginx:1.27","name":"nginx"}]}}}}\n',
    );
  });

  it('warns when the live object has no annotation (made by create)', async () => {
    const h = setup({ files: { '/root/d.yaml': DEPLOY(2) } });
    await h.kubectl('create -f d.yaml');
    expect(await h.kubectl('apply -f d.yaml')).toEqual({
      out: 'deployment.apps/web configured\n',
      err: 'Warning: resource deployments.apps/web is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n',
      code: 0,
    });
  });

  it('keeps fields others set and removes fields dropped from the file', async () => {
    const h = setup({ files: { '/root/d.yaml': DEPLOY(2, '\n    tier: web'), '/root/d2.yaml': DEPLOY(2) } });
    await h.kubectl('apply -f d.yaml');
    h.cluster.api.mutate('Deployment.apps', 'default', 'web', (o) => {
      o.metadata.labels = { ...o.metadata.labels, owner: 'ops' };
    });
    expect((await h.kubectl('apply -f d2.yaml')).out).toBe('deployment.apps/web configured\n');
    expect(h.cluster.api.get('Deployment.apps', 'default', 'web').metadata.labels).toEqual({ app: 'web', owner: 'ops' });
  });

  it('prints dry runs and needs -f', async () => {
    const h = setup({ files: { '/root/d.yaml': DEPLOY(2) } });
    expect((await h.kubectl('apply -f d.yaml --dry-run=client')).out).toBe('deployment.apps/web created (dry run)\n');
    expect((await h.kubectl('apply -f d.yaml --dry-run=server')).out).toBe('deployment.apps/web created (server dry run)\n');
    expect(h.cluster.api.tryGet('Deployment.apps', 'default', 'web')).toBeUndefined();
    expect(await h.kubectl('apply')).toEqual({ out: '', err: 'error: must specify one of -f and -k\n', code: 1 });
  });

  it('reports the namespace rule and missing namespaces', async () => {
    const h = setup({ files: { '/root/p.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  namespace: dev\n' } });
    expect((await h.kubectl('apply -f p.yaml')).err).toBe('Error from server (NotFound): error when creating "p.yaml": namespaces "dev" not found\n');
    expect((await h.kubectl('apply -f p.yaml -n prod')).err).toBe(
      'error: the namespace from the provided object "dev" does not match the namespace "prod". You must pass \'--namespace=dev\' to perform this operation.\n',
    );
  });
});
