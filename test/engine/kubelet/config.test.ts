import { describe, expect, it } from 'vitest';
import { node01 } from './node01';

function cm(s: ReturnType<typeof node01>, name: string, data: Record<string, string>) {
  s.w.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default' }, data });
}

describe('kubelet: environment and volumes', () => {
  it('builds the environment from env, envFrom, fieldRefs and Service links', () => {
    const s = node01(1, { jitter: false });
    cm(s, 'app', { MODE: 'prod', 'log.level': 'debug' });
    s.w.api.create({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db', namespace: 'default' }, data: { password: 'czNjcjN0' } });
    s.w.api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'kubernetes', namespace: 'default' }, spec: { clusterIP: '10.96.0.1', ports: [{ name: 'https', port: 443, protocol: 'TCP' }] } });
    s.pod('env', {
      containers: [
        {
          name: 'c',
          image: 'busybox:1.36',
          command: ['sleep', '3600'],
          envFrom: [{ configMapRef: { name: 'app' }, prefix: 'APP_' }],
          env: [
            { name: 'GREETING', value: 'hello $(APP_MODE)' },
            { name: 'LEVEL', valueFrom: { configMapKeyRef: { name: 'app', key: 'log.level' } } },
            { name: 'PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
            { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
            { name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
            { name: 'NODE', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } },
          ],
        },
      ],
    });
    s.w.advance(5_000);
    const env = s.rt.containerInfo(s.get('env').metadata.uid, 'c')!.env;
    expect(env).toMatchObject({
      APP_MODE: 'prod',
      'APP_log.level': 'debug',
      GREETING: 'hello prod',
      LEVEL: 'debug',
      PASSWORD: 's3cr3t',
      POD_NAME: 'env',
      POD_IP: '10.244.1.2',
      NODE: 'node01',
      KUBERNETES_SERVICE_HOST: '10.96.0.1',
      KUBERNETES_SERVICE_PORT: '443',
      KUBERNETES_SERVICE_PORT_HTTPS: '443',
      KUBERNETES_PORT: 'tcp://10.96.0.1:443',
      KUBERNETES_PORT_443_TCP: 'tcp://10.96.0.1:443',
      KUBERNETES_PORT_443_TCP_ADDR: '10.96.0.1',
      KUBERNETES_PORT_443_TCP_PORT: '443',
      KUBERNETES_PORT_443_TCP_PROTO: 'tcp',
      PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      HOSTNAME: 'env',
    });
  });

  it('waits in CreateContainerConfigError until the ConfigMap exists', () => {
    const s = node01(1, { jitter: false });
    s.pod('cfg', { containers: [{ name: 'c', image: 'busybox:1.36', command: ['sleep', '3600'], env: [{ name: 'X', valueFrom: { configMapKeyRef: { name: 'app-config', key: 'x' } } }] }] });
    s.w.advance(5_000);
    expect(s.get('cfg').status.containerStatuses[0].state.waiting).toEqual({ reason: 'CreateContainerConfigError', message: 'configmap "app-config" not found' });
    expect(s.events('cfg')).toContain('Warning Failed Error: configmap "app-config" not found');
    cm(s, 'app-config', { y: '1' });
    s.w.advance(10_000);
    expect(s.get('cfg').status.containerStatuses[0].state.waiting.message).toBe("couldn't find key x in ConfigMap default/app-config");
    const c = s.w.api.get('ConfigMap', 'default', 'app-config');
    s.w.api.update({ ...c, data: { x: '42' } });
    s.w.advance(10_000);
    expect(s.get('cfg').status.phase).toBe('Running');
    expect(s.rt.containerInfo(s.get('cfg').metadata.uid, 'c')!.env.X).toBe('42');
  });

  it('mounts a ConfigMap as files, so nginx serves it', async () => {
    const s = node01(1, { jitter: false });
    cm(s, 'site', { 'index.html': '<h1>Hello from a ConfigMap</h1>\n' });
    s.pod('web', {
      containers: [{ name: 'nginx', image: 'nginx:1.25', volumeMounts: [{ name: 'html', mountPath: '/usr/share/nginx/html' }] }],
      volumes: [{ name: 'html', configMap: { name: 'site' } }],
    });
    s.w.advance(10_000);
    const p = s.get('web');
    const r = await s.net.request({ from: { kind: 'node', name: 'node01' }, ip: p.status.podIP, port: 80 });
    expect(r.ok && r.body).toBe('<h1>Hello from a ConfigMap</h1>\n');
    expect(p.status.containerStatuses[0].volumeMounts).toEqual([{ mountPath: '/usr/share/nginx/html', name: 'html' }]);
    expect(s.rt.containerFs(p.metadata.uid, 'nginx')!.write('/usr/share/nginx/html/x', 'y')).toBe(false); // read-only
  });

  it('reports FailedMount while a volume source is missing, then starts', () => {
    const s = node01(1, { jitter: false });
    s.pod('web', { containers: [{ name: 'nginx', image: 'nginx:1.25' }], volumes: [{ name: 'cfg', configMap: { name: 'cfg' } }] });
    s.w.advance(5_000);
    expect(s.events('web')).toEqual(['Warning FailedMount MountVolume.SetUp failed for volume "cfg" : configmap "cfg" not found (x2)']);
    expect(s.get('web').status.containerStatuses[0].state.waiting.reason).toBe('ContainerCreating');
    cm(s, 'cfg', { a: 'b' });
    s.w.advance(20_000);
    expect(s.get('web').status.phase).toBe('Running');
  });

  it('shares an emptyDir between the containers of a pod', () => {
    const s = node01(1, { jitter: false });
    s.pod('shared', {
      containers: [
        { name: 'a', image: 'busybox:1.36', command: ['sleep', '3600'], volumeMounts: [{ name: 'data', mountPath: '/data' }] },
        { name: 'b', image: 'busybox:1.36', command: ['sleep', '3600'], volumeMounts: [{ name: 'data', mountPath: '/shared' }] },
      ],
      volumes: [{ name: 'data', emptyDir: {} }],
    });
    s.w.advance(10_000);
    const uid = s.get('shared').metadata.uid;
    s.rt.containerFs(uid, 'a')!.write('/data/msg', 'hi');
    expect(s.rt.containerFs(uid, 'b')!.read('/shared/msg')).toBe('hi');
  });

  it('projects the service account token volume', () => {
    const s = node01(1, { jitter: false });
    s.pod('sa', {
      containers: [{ name: 'c', image: 'busybox:1.36', command: ['sleep', '3600'], volumeMounts: [{ name: 'kube-api-access-abcde', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true }] }],
      volumes: [
        {
          name: 'kube-api-access-abcde',
          projected: {
            sources: [
              { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
              { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
              { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
            ],
          },
        },
      ],
    });
    s.w.advance(5_000);
    const fs = s.rt.containerFs(s.get('sa').metadata.uid, 'c')!;
    expect(fs.list('/var/run/secrets/kubernetes.io/serviceaccount')).toEqual(['ca.crt', 'namespace', 'token']);
    expect(fs.read('/var/run/secrets/kubernetes.io/serviceaccount/namespace')).toBe('default');
    expect(fs.read('/var/run/secrets/kubernetes.io/serviceaccount/token')).toMatch(/^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$/);
    expect(s.get('sa').status.containerStatuses[0].volumeMounts).toEqual([
      { mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', name: 'kube-api-access-abcde', readOnly: true, recursiveReadOnly: 'Disabled' },
    ]);
  });
});
