// `kubectl describe pod` pinned against the shape of real kubectl v1.34 output (public transcripts of
// `kubectl describe pod` on 1.30+ clusters, e.g. a minikube nginx pod: same field order, the
// `Type  Status` conditions table with its trailing spaces, the projected kube-api-access volume with
// `Optional:  false`, the two default tolerations, and the Events table).
import { describe, expect, it } from 'vitest';
import { describeObject } from '../../../../../src/shell/commands/kubectl/describe/index';
import { addNode, cluster, iso, runPod } from './fixtures';

describe('describe pod', () => {
  it('prints a running pod in full', () => {
    const w = cluster();
    addNode(w, 'node01', '172.30.2.2');
    w.advance(60_000);
    const pod = runPod(w, 'nginx', 'node01', '172.30.2.2', '192.168.1.4');
    w.advance(61_000);
    const vol = pod.spec.volumes[0].name;
    expect(describeObject({ api: w.api, now: w.clock.now() }, pod)).toBe(
      [
        'Name:             nginx',
        'Namespace:        default',
        'Priority:         0',
        'Service Account:  default',
        'Node:             node01/172.30.2.2',
        'Start Time:       Thu, 15 Jan 2026 09:01:00 +0000',
        'Labels:           run=nginx',
        'Annotations:      <none>',
        'Status:           Running',
        'IP:               192.168.1.4',
        'IPs:',
        '  IP:  192.168.1.4',
        'Containers:',
        '  nginx:',
        '    Container ID:   containerd://7a1c3e5f9b2d4f6a8c0e2a4c6e8f0b2d4f6a8c0e2a4c6e8f0b2d4f6a8c0e2a4c',
        '    Image:          nginx',
        '    Image ID:       docker.io/library/nginx@sha256:2d194184b067db3598771b4cf326cfe6ad5051937ba1132b8b7d4b0184e0d0a6',
        '    Port:           <none>',
        '    Host Port:      <none>',
        '    State:          Running',
        '      Started:      Thu, 15 Jan 2026 09:01:02 +0000',
        '    Ready:          True',
        '    Restart Count:  0',
        '    Environment:    <none>',
        '    Mounts:',
        `      /var/run/secrets/kubernetes.io/serviceaccount from ${vol} (ro)`,
        'Conditions:',
        '  Type                        Status',
        '  PodReadyToStartContainers   True ',
        '  Initialized                 True ',
        '  Ready                       True ',
        '  ContainersReady             True ',
        '  PodScheduled                True ',
        'Volumes:',
        `  ${vol}:`,
        '    Type:                    Projected (a volume that contains injected data from multiple sources)',
        '    TokenExpirationSeconds:  3607',
        '    ConfigMapName:           kube-root-ca.crt',
        '    Optional:                false',
        '    DownwardAPI:             true',
        'QoS Class:                   BestEffort',
        'Node-Selectors:              <none>',
        'Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s',
        '                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s',
        'Events:',
        '  Type    Reason     Age   From               Message',
        '  ----    ------     ----  ----               -------',
        '  Normal  Scheduled  63s   default-scheduler  Successfully assigned default/nginx to node01',
        '  Normal  Pulling    63s   kubelet            Pulling image "nginx"',
        '  Normal  Pulled     61s   kubelet            Successfully pulled image "nginx" in 1.868s (1.868s including waiting). Image size: 72223946 bytes.',
        '  Normal  Created    61s   kubelet            Created container: nginx',
        '  Normal  Started    61s   kubelet            Started container nginx',
        '',
      ].join('\n'),
    );
  });

  it('prints a pending, unscheduled pod with Node <none> and Events <none>', () => {
    const w = cluster();
    const pod = w.api.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'web', namespace: 'default', labels: { app: 'web', tier: 'fe' }, annotations: { team: 'blue' } },
      spec: {
        automountServiceAccountToken: false,
        nodeSelector: { disktype: 'ssd' },
        containers: [
          {
            name: 'app',
            image: 'registry.example.com/app:2.1',
            command: ['/bin/app'],
            args: ['--port=8080', '--verbose'],
            ports: [{ name: 'http', containerPort: 8080 }],
            resources: { requests: { cpu: '250m', memory: '64Mi' }, limits: { cpu: '500m', memory: '128Mi' } },
            livenessProbe: { tcpSocket: { port: 8080 }, initialDelaySeconds: 5 },
            envFrom: [{ configMapRef: { name: 'app-config' } }],
            volumeMounts: [{ name: 'cache', mountPath: '/cache' }],
          },
        ],
        volumes: [{ name: 'cache', emptyDir: {} }],
      },
    });
    w.advance(5_000);
    expect(describeObject({ api: w.api, now: w.clock.now() }, pod)).toBe(
      [
        'Name:             web',
        'Namespace:        default',
        'Priority:         0',
        'Service Account:  default',
        'Node:             <none>',
        'Labels:           app=web',
        '                  tier=fe',
        'Annotations:      team: blue',
        'Status:           Pending',
        'IP:               ',
        'IPs:              <none>',
        'Containers:',
        '  app:',
        '    Image:      registry.example.com/app:2.1',
        '    Port:       8080/TCP (http)',
        '    Host Port:  0/TCP (http)',
        '    Command:',
        '      /bin/app',
        '    Args:',
        '      --port=8080',
        '      --verbose',
        '    Limits:',
        '      cpu:     500m',
        '      memory:  128Mi',
        '    Requests:',
        '      cpu:     250m',
        '      memory:  64Mi',
        '    Liveness:  tcp-socket :8080 delay=5s timeout=1s period=10s #success=1 #failure=3',
        '    Environment Variables from:',
        '      app-config  ConfigMap  Optional: false',
        '    Environment:  <none>',
        '    Mounts:',
        '      /cache from cache (rw)',
        'Volumes:',
        '  cache:',
        '    Type:        EmptyDir (a temporary directory that shares a pod\'s lifetime)',
        '    Medium:      ',
        '    SizeLimit:   <unset>',
        'QoS Class:       Burstable',
        'Node-Selectors:  disktype=ssd',
        'Tolerations:     node.kubernetes.io/not-ready:NoExecute op=Exists for 300s',
        '                 node.kubernetes.io/unreachable:NoExecute op=Exists for 300s',
        'Events:          <none>',
        '',
      ].join('\n'),
    );
  });

  it('shows a crash-looping container, its last state and a repeated event', () => {
    const w = cluster();
    addNode(w, 'node01', '172.30.2.2');
    const pod = runPod(w, 'crash', 'node01', '172.30.2.2', '192.168.1.9');
    const src = { component: 'kubelet', host: 'node01' };
    for (let i = 0; i < 70; i++) {
      w.events.record(pod, 'Warning', 'BackOff', 'Back-off restarting failed container crash in pod crash_default(x)', src, 'spec.containers{crash}');
      w.advance(13_000);
    }
    const died = w.clock.now() - 40_000;
    w.api.mutate(
      'Pod',
      'default',
      'crash',
      (o) => {
        const cs = o.status.containerStatuses[0];
        cs.ready = false;
        cs.restartCount = 7;
        cs.state = { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 5m0s restarting failed container' } };
        cs.lastState = { terminated: { exitCode: 1, reason: 'Error', startedAt: iso(died - 1_000), finishedAt: iso(died) } };
      },
      { status: true },
    );
    w.advance(33_000);
    const out = describeObject({ api: w.api, now: w.clock.now() }, w.api.get('Pod', 'default', 'crash'));
    expect(out).toContain(
      [
        '    State:          Waiting',
        '      Reason:       CrashLoopBackOff',
        '    Last State:     Terminated',
        '      Reason:       Error',
        '      Exit Code:    1',
        '      Started:      Thu, 15 Jan 2026 09:14:31 +0000',
        '      Finished:     Thu, 15 Jan 2026 09:14:32 +0000',
        '    Ready:          False',
        '    Restart Count:  7',
      ].join('\n'),
    );
    expect(out.split('\n').slice(-3).join('\n')).toBe(
      '  Normal   Started    15m                 kubelet            Started container crash\n' +
        '  Warning  BackOff    46s (x70 over 15m)  kubelet            Back-off restarting failed container crash in pod crash_default(x)\n',
    );
  });

  it('shows Terminating with the grace period while a scheduled pod is being deleted', () => {
    const w = cluster();
    addNode(w, 'node01', '172.30.2.2');
    runPod(w, 'web', 'node01', '172.30.2.2', '192.168.1.4');
    w.api.delete('Pod', 'default', 'web');
    w.advance(10_000);
    const out = describeObject({ api: w.api, now: w.clock.now() }, w.api.get('Pod', 'default', 'web'));
    expect(out).toContain('\nStatus:                    Terminating (lasts <invalid>)\nTermination Grace Period:  30s\nIP:  ');
  });
});
