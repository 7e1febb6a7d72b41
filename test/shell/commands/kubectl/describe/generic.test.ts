// describe for Service, Deployment, ReplicaSet, DaemonSet, ConfigMap, Secret, ServiceAccount,
// Namespace and the generic fallback, pinned against kubectl's describers (describe.go).
import { describe, expect, it } from 'vitest';
import { describeObject } from '../../../../../src/shell/commands/kubectl/describe/index';
import { smartLabelFor } from '../../../../../src/shell/commands/kubectl/describe/generic';
import type { World } from '../../../../../src/engine/world';
import { addNode, cluster, runPod } from './fixtures';

const show = (w: World, key: string, ns: string | undefined, name: string) => describeObject({ api: w.api, now: w.clock.now() }, w.api.get(key, ns, name));

describe('describe service', () => {
  it('lists ports, target ports, node ports and the ready endpoints', () => {
    const w = cluster();
    addNode(w, 'node01', '172.30.2.2');
    runPod(w, 'web', 'node01', '172.30.2.2', '192.168.1.4');
    w.api.create({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web', namespace: 'default', labels: { app: 'web' } },
      spec: { type: 'NodePort', clusterIP: '10.100.12.7', selector: { run: 'web' }, ports: [{ port: 80, targetPort: 8080, nodePort: 30080 }] },
    });
    expect(show(w, 'Service', 'default', 'web')).toBe(
      [
        'Name:                     web',
        'Namespace:                default',
        'Labels:                   app=web',
        'Annotations:              <none>',
        'Selector:                 run=web',
        'Type:                     NodePort',
        'IP Family Policy:         SingleStack',
        'IP Families:              IPv4',
        'IP:                       10.100.12.7',
        'IPs:                      10.100.12.7',
        'Port:                     <unset>  80/TCP',
        'TargetPort:               8080/TCP',
        'NodePort:                 <unset>  30080/TCP',
        'Endpoints:                192.168.1.4:8080',
        'Session Affinity:         None',
        'External Traffic Policy:  Cluster',
        'Internal Traffic Policy:  Cluster',
        'Events:                   <none>',
        '',
      ].join('\n'),
    );
  });

  it('shows <none> endpoints for a service without a selector', () => {
    const w = cluster();
    w.api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'kubernetes' }, spec: { clusterIP: '10.96.0.1', ports: [{ name: 'https', port: 443, targetPort: 6443 }] } });
    expect(show(w, 'Service', 'default', 'kubernetes')).toContain('Port:                     https  443/TCP\nTargetPort:               6443/TCP\nEndpoints:                <none>\n');
  });
});

describe('describe workloads', () => {
  const template = {
    metadata: { labels: { app: 'web' } },
    spec: {
      containers: [
        {
          name: 'nginx',
          image: 'nginx:1.25',
          ports: [{ containerPort: 80 }],
          env: [
            { name: 'MODE', value: 'prod' },
            { name: 'POD', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
            { name: 'PASS', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
          ],
          readinessProbe: { httpGet: { path: '/healthz', port: 8080 } },
        },
      ],
    },
  };

  it('prints a deployment with its pod template, conditions and replica sets', () => {
    const w = cluster();
    const d = w.api.create({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', labels: { app: 'web' }, annotations: { 'deployment.kubernetes.io/revision': '1' } },
      spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template },
    });
    w.api.create({
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: 'web-7c5ddbdf54',
        labels: { app: 'web', 'pod-template-hash': '7c5ddbdf54' },
        ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: d.metadata.uid, controller: true }],
      },
      spec: {
        replicas: 2,
        selector: { matchLabels: { app: 'web', 'pod-template-hash': '7c5ddbdf54' } },
        template: { ...template, metadata: { labels: { app: 'web', 'pod-template-hash': '7c5ddbdf54' } } },
      },
    });
    w.api.mutate('ReplicaSet.apps', 'default', 'web-7c5ddbdf54', (o) => (o.status = { replicas: 2 }), { status: true });
    w.api.mutate(
      'Deployment.apps',
      'default',
      'web',
      (o) =>
        (o.status = {
          replicas: 2,
          updatedReplicas: 2,
          availableReplicas: 2,
          conditions: [
            { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable' },
            { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable' },
          ],
        }),
      { status: true },
    );
    w.events.record(d, 'Normal', 'ScalingReplicaSet', 'Scaled up replica set web-7c5ddbdf54 from 0 to 2', { component: 'deployment-controller' });
    w.advance(90_000);
    expect(show(w, 'Deployment.apps', 'default', 'web')).toBe(
      [
        'Name:                   web',
        'Namespace:              default',
        'CreationTimestamp:      Thu, 15 Jan 2026 09:00:00 +0000',
        'Labels:                 app=web',
        'Annotations:            deployment.kubernetes.io/revision: 1',
        'Selector:               app=web',
        'Replicas:               2 desired | 2 updated | 2 total | 2 available | 0 unavailable',
        'StrategyType:           RollingUpdate',
        'MinReadySeconds:        0',
        'RollingUpdateStrategy:  25% max unavailable, 25% max surge',
        'Pod Template:',
        '  Labels:  app=web',
        '  Containers:',
        '   nginx:',
        '    Image:      nginx:1.25',
        '    Port:       80/TCP',
        '    Host Port:  0/TCP',
        '    Readiness:  http-get http://:8080/healthz delay=0s timeout=1s period=10s #success=1 #failure=3',
        '    Environment:',
        '      MODE:        prod',
        '      POD:          (v1:metadata.name)',
        "      PASS:        <set to the key 'password' in secret 'db'>  Optional: false",
        '    Mounts:        <none>',
        '  Volumes:         <none>',
        '  Node-Selectors:  <none>',
        '  Tolerations:     <none>',
        'Conditions:',
        '  Type           Status  Reason',
        '  ----           ------  ------',
        '  Available      True    MinimumReplicasAvailable',
        '  Progressing    True    NewReplicaSetAvailable',
        'OldReplicaSets:  <none>',
        'NewReplicaSet:   web-7c5ddbdf54 (2/2 replicas created)',
        'Events:',
        '  Type    Reason             Age   From                   Message',
        '  ----    ------             ----  ----                   -------',
        '  Normal  ScalingReplicaSet  90s   deployment-controller  Scaled up replica set web-7c5ddbdf54 from 0 to 2',
        '',
      ].join('\n'),
    );
    const rs = show(w, 'ReplicaSet.apps', 'default', 'web-7c5ddbdf54');
    expect(rs.split('\n').slice(0, 9).join('\n')).toBe(
      [
        'Name:           web-7c5ddbdf54',
        'Namespace:      default',
        'Selector:       app=web,pod-template-hash=7c5ddbdf54',
        'Labels:         app=web',
        '                pod-template-hash=7c5ddbdf54',
        'Annotations:    <none>',
        'Controlled By:  Deployment/web',
        'Replicas:       2 current / 2 desired',
        'Pods Status:    0 Running / 0 Waiting / 0 Succeeded / 0 Failed',
      ].join('\n'),
    );
  });

  it('prints a daemon set summary', () => {
    const w = cluster();
    w.api.create({
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'kube-proxy', labels: { 'k8s-app': 'kube-proxy' } },
      spec: {
        selector: { matchLabels: { 'k8s-app': 'kube-proxy' } },
        template: { metadata: { labels: { 'k8s-app': 'kube-proxy' } }, spec: { nodeSelector: { 'kubernetes.io/os': 'linux' }, containers: [{ name: 'kube-proxy', image: 'registry.k8s.io/kube-proxy:v1.34.1' }] } },
      },
    });
    expect(show(w, 'DaemonSet.apps', 'default', 'kube-proxy').split('\n').slice(0, 12).join('\n')).toBe(
      [
        'Name:           kube-proxy',
        'Namespace:      default',
        'Selector:       k8s-app=kube-proxy',
        'Node-Selector:  kubernetes.io/os=linux',
        'Labels:         k8s-app=kube-proxy',
        'Annotations:    <none>',
        'Desired Number of Nodes Scheduled: 0',
        'Current Number of Nodes Scheduled: 0',
        'Number of Nodes Scheduled with Up-to-date Pods: 0',
        'Number of Nodes Scheduled with Available Pods: 0',
        'Number of Nodes Misscheduled: 0',
        'Pods Status:  0 Running / 0 Waiting / 0 Succeeded / 0 Failed',
      ].join('\n'),
    );
  });
});

describe('describe config and accounts', () => {
  it('prints config map data verbatim', () => {
    const w = cluster();
    w.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg' }, data: { 'a.conf': 'x=1\ny=2', b: 'hello' } });
    expect(show(w, 'ConfigMap', 'default', 'cfg')).toBe(
      'Name:         cfg\nNamespace:    default\nLabels:       <none>\nAnnotations:  <none>\n\nData\n====\na.conf:\n----\nx=1\ny=2\n\nb:\n----\nhello\n\n\nBinaryData\n====\n\nEvents:  <none>\n',
    );
  });

  it('prints secret sizes, not values', () => {
    const w = cluster();
    w.api.create({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db' }, stringData: { password: 'hunter22', user: 'admin' } });
    expect(show(w, 'Secret', 'default', 'db')).toBe(
      'Name:         db\nNamespace:    default\nLabels:       <none>\nAnnotations:  <none>\n\nType:  Opaque\n\nData\n====\npassword:  8 bytes\nuser:      5 bytes\n',
    );
  });

  it('prints a service account', () => {
    const w = cluster();
    expect(show(w, 'ServiceAccount', 'default', 'default')).toBe(
      [
        'Name:                default',
        'Namespace:           default',
        'Labels:              <none>',
        'Annotations:         <none>',
        'Image pull secrets:  <none>',
        'Mountable secrets:   <none>',
        'Tokens:              <none>',
        'Events:              <none>',
        '',
      ].join('\n'),
    );
  });

  it('prints a namespace with its quota and limit range notes', () => {
    const w = cluster();
    expect(show(w, 'Namespace', undefined, 'default')).toBe(
      'Name:         default\nLabels:       kubernetes.io/metadata.name=default\nAnnotations:  <none>\nStatus:       Active\n\nNo resource quota.\n\nNo LimitRange resource.\n',
    );
  });
});

describe('generic describer', () => {
  it('titles fields the way smartLabelFor does', () => {
    expect(smartLabelFor('apiVersion')).toBe('API Version');
    expect(smartLabelFor('involvedObject')).toBe('Involved Object');
    expect(smartLabelFor('uid')).toBe('UID');
    expect(smartLabelFor('podIPs')).toBe('Pod I Ps');
    expect(smartLabelFor('ca.crt')).toBe('ca.crt');
  });

  it('prints an event as nested fields', () => {
    const w = cluster();
    const pod = w.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image: 'nginx' }] } });
    w.events.record(pod, 'Normal', 'Scheduled', 'Successfully assigned default/p to node01', { component: 'default-scheduler' });
    const ev = w.api.list('Event')[0]!;
    const out = describeObject({ api: w.api, now: w.clock.now() }, ev);
    expect(out).toBe(
      [
        `Name:             ${ev.metadata.name}`,
        'Namespace:        default',
        'Labels:           <none>',
        'Annotations:      <none>',
        'API Version:      v1',
        'Count:            1',
        'Event Time:       <nil>',
        'First Timestamp:  2026-01-15T09:00:00Z',
        'Involved Object:',
        '  API Version:       v1',
        '  Kind:              Pod',
        '  Name:              p',
        '  Namespace:         default',
        `  Resource Version:  ${pod.metadata.resourceVersion}`,
        `  UID:               ${pod.metadata.uid}`,
        'Kind:                Event',
        'Last Timestamp:      2026-01-15T09:00:00Z',
        'Message:             Successfully assigned default/p to node01',
        'Metadata:',
        '  Creation Timestamp:  2026-01-15T09:00:00Z',
        `  Resource Version:    ${ev.metadata.resourceVersion}`,
        `  UID:                 ${ev.metadata.uid}`,
        'Reason:                Scheduled',
        'Reporting Component:   default-scheduler',
        'Reporting Instance:    ',
        'Source:',
        '  Component:  default-scheduler',
        'Type:         Normal',
        'Events:       <none>',
        '',
      ].join('\n'),
    );
  });
});
