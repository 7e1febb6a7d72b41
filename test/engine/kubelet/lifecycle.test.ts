import { describe, expect, it } from 'vitest';
import { workerErrors } from '../../../src/engine/kubelet';
import { node01 } from './node01';

describe('kubelet: a pod from binding to Running', () => {
  it('goes Pending → ContainerCreating → Running with the kubelet events of a first pull', () => {
    const s = node01(1, { jitter: false });
    s.pod('web', { containers: [{ name: 'nginx', image: 'nginx' }] });
    s.w.advance(10_000);
    // admit 100 ms, sandbox 800 ms, pull 450 ms + 72223946 B at 18 MB/s, create 150 ms, start 300 ms,
    // and the PLEG relist (500 ms) that puts the running container into the status
    expect(s.timeline).toEqual(['0.000 web Pending', '0.100 web ContainerCreating', '6.312 web Running']);
    expect(s.events('web')).toEqual([
      'Normal Pulling Pulling image "nginx"',
      'Normal Pulled Successfully pulled image "nginx" in 4.462s (4.462s including waiting). Image size: 72223946 bytes.',
      'Normal Created Created container: nginx',
      'Normal Started Started container nginx',
    ]);
    expect(workerErrors).toEqual([]);
  });

  it('records container events with the container fieldPath and the kubelet source', () => {
    const s = node01(1, { jitter: false });
    s.pod('web', { containers: [{ name: 'nginx', image: 'nginx' }] });
    s.w.advance(10_000);
    const e = s.w.api.list('Event', { namespace: 'default' }).find((x) => x.reason === 'Started')!;
    expect(e.involvedObject).toMatchObject({ kind: 'Pod', name: 'web', namespace: 'default', fieldPath: 'spec.containers{nginx}' });
    expect(e.source).toEqual({ component: 'kubelet', host: 'node01' });
  });

  it('writes the status a running pod has: IPs, conditions, container status, QoS', () => {
    const s = node01(1, { jitter: false });
    s.pod('web', { containers: [{ name: 'nginx', image: 'nginx' }] });
    s.w.advance(10_000);
    const st = s.get('web').status;
    expect(st.phase).toBe('Running');
    expect(st.hostIP).toBe('172.30.2.2');
    expect(st.hostIPs).toEqual([{ ip: '172.30.2.2' }]);
    expect(st.podIP).toBe('10.244.1.2');
    expect(st.podIPs).toEqual([{ ip: '10.244.1.2' }]);
    expect(st.startTime).toBe('2026-01-15T09:00:00Z');
    expect(st.qosClass).toBe('BestEffort');
    expect(st.conditions.map((c: { type: string; status: string; lastTransitionTime: string }) => `${c.type}=${c.status}@${c.lastTransitionTime}`)).toEqual([
      'PodReadyToStartContainers=True@2026-01-15T09:00:00Z',
      'Initialized=True@2026-01-15T09:00:00Z',
      'Ready=True@2026-01-15T09:00:06Z',
      'ContainersReady=True@2026-01-15T09:00:06Z',
      'PodScheduled=True@2026-01-15T09:00:00Z',
    ]);
    const cs = st.containerStatuses[0];
    expect(cs).toMatchObject({
      image: 'docker.io/library/nginx:latest',
      lastState: {},
      name: 'nginx',
      ready: true,
      restartCount: 0,
      started: true,
      state: { running: { startedAt: '2026-01-15T09:00:05Z' } },
    });
    expect(cs.imageID).toMatch(/^docker\.io\/library\/nginx@sha256:[0-9a-f]{64}$/);
    expect(cs.containerID).toMatch(/^containerd:\/\/[0-9a-f]{64}$/);
  });

  it('shows ContainerCreating with unready conditions before the container runs', () => {
    const s = node01(1, { jitter: false });
    s.pod('web', { containers: [{ name: 'nginx', image: 'nginx' }] });
    s.w.advance(2_000);
    const st = s.get('web').status;
    expect(st.phase).toBe('Pending');
    expect(st.containerStatuses[0]).toEqual({ image: 'nginx', imageID: '', lastState: {}, name: 'nginx', ready: false, restartCount: 0, started: false, state: { waiting: { reason: 'ContainerCreating' } } });
    const ready = st.conditions.find((c: { type: string }) => c.type === 'Ready');
    expect(ready).toMatchObject({ status: 'False', reason: 'ContainersNotReady', message: 'containers with unready status: [nginx]' });
  });

  it('only touches pods bound to its own node', () => {
    const s = node01();
    s.w.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'elsewhere', namespace: 'default' }, spec: { nodeName: 'controlplane', containers: [{ name: 'c', image: 'nginx' }] } });
    s.w.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'unbound', namespace: 'default' }, spec: { containers: [{ name: 'c', image: 'nginx' }] } });
    s.w.advance(30_000);
    expect(s.get('elsewhere').status?.containerStatuses).toBeUndefined();
    expect(s.w.api.get('Pod', 'default', 'unbound').status?.containerStatuses).toBeUndefined();
    expect(s.events('elsewhere')).toEqual([]);
  });

  it('gives a hostNetwork pod the node IP', () => {
    const s = node01(1, { jitter: false });
    s.pod('hn', { hostNetwork: true, containers: [{ name: 'nginx', image: 'nginx' }] });
    s.w.advance(10_000);
    expect(s.get('hn').status.podIP).toBe('172.30.2.2');
    expect(s.rt.containerInfo(s.get('hn').metadata.uid, 'nginx')?.hostname).toBe('node01');
  });

  it('computes the QoS class from requests and limits', () => {
    const s = node01();
    s.pod('g', { containers: [{ name: 'c', image: 'nginx', resources: { limits: { cpu: '500m', memory: '128Mi' } } }] });
    s.pod('b', { containers: [{ name: 'c', image: 'nginx', resources: { requests: { cpu: '100m' } } }] });
    s.w.advance(1_000);
    expect(s.get('g').status.qosClass).toBe('Guaranteed');
    expect(s.get('b').status.qosClass).toBe('Burstable');
  });

  it('starts init containers first, one at a time, each to completion', () => {
    const s = node01(1, { jitter: false });
    s.pod('app', {
      initContainers: [
        { name: 'wait', image: 'busybox:1.36', command: ['sh', '-c', 'echo waiting; sleep 5'] },
        { name: 'setup', image: 'busybox:1.36', command: ['echo', 'setup done'] },
      ],
      containers: [{ name: 'web', image: 'nginx:1.25' }],
    });
    s.w.advance(3_000);
    let st = s.get('app').status;
    expect(st.phase).toBe('Pending');
    expect(st.initContainerStatuses.map((c: { state: object }) => Object.keys(c.state)[0])).toEqual(['running', 'waiting']);
    expect(st.containerStatuses[0].state).toEqual({ waiting: { reason: 'PodInitializing' } });
    expect(st.conditions.find((c: { type: string }) => c.type === 'Initialized')).toMatchObject({ status: 'False', reason: 'ContainersNotInitialized', message: 'containers with incomplete status: [wait setup]' });
    s.w.advance(20_000);
    st = s.get('app').status;
    expect(st.phase).toBe('Running');
    expect(st.initContainerStatuses.map((c: { state: { terminated: { reason: string } }; ready: boolean }) => [c.state.terminated.reason, c.ready])).toEqual([['Completed', true], ['Completed', true]]);
    const uid = s.get('app').metadata.uid;
    expect(s.rt.logs(uid, 'wait')).toBe('waiting\n');
    expect(s.rt.logs(uid, 'setup')).toBe('setup done\n');
    const order = s.events('app').filter((e) => e.includes('Started'));
    expect(order).toEqual(['Normal Started Started container wait', 'Normal Started Started container setup', 'Normal Started Started container web']);
  });

  it('writes /etc/hostname, /etc/hosts and /etc/resolv.conf into the container', () => {
    const s = node01(1, { jitter: false });
    s.pod('web', { containers: [{ name: 'nginx', image: 'nginx' }] });
    s.w.advance(10_000);
    const fs = s.rt.containerFs(s.get('web').metadata.uid, 'nginx')!;
    expect(fs.read('/etc/hostname')).toBe('web\n');
    expect(fs.read('/etc/resolv.conf')).toBe('search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n');
    expect(fs.read('/etc/hosts')).toBe(
      '# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n10.244.1.2\tweb\n',
    );
    expect(fs.read('/usr/share/nginx/html/index.html')).toContain('<title>Welcome to nginx!</title>');
  });
});
