// The Pod kind: API-server defaults, printer columns, field selectors, graceful deletion and the
// update rules, through a real World and its API server.
import { describe, expect, it } from 'vitest';
import { parseFieldSelector } from '../../../../src/engine/api/selectors';
import { errorOf, pod, table, world } from './helpers';

describe('Pod defaults', () => {
  it('fills spec and container defaults as the API server does', () => {
    const w = world();
    const p = w.api.create(pod('web', { containers: [{ name: 'a', image: 'nginx:1.25', ports: [{ containerPort: 80 }] }, { name: 'b', image: 'busybox' }] }));
    const [a, b] = p.spec.containers;
    expect(a.imagePullPolicy).toBe('IfNotPresent');
    expect(b.imagePullPolicy).toBe('Always');
    expect(a.ports).toEqual([{ containerPort: 80, protocol: 'TCP' }]);
    expect(a.terminationMessagePath).toBe('/dev/termination-log');
    expect(a.terminationMessagePolicy).toBe('File');
    expect(a.resources).toEqual({});
    expect(p.spec).toMatchObject({
      restartPolicy: 'Always',
      dnsPolicy: 'ClusterFirst',
      terminationGracePeriodSeconds: 30,
      schedulerName: 'default-scheduler',
      securityContext: {},
      enableServiceLinks: true,
      serviceAccountName: 'default',
      serviceAccount: 'default',
      priority: 0,
      preemptionPolicy: 'PreemptLowerPriority',
    });
    expect(p.status).toEqual({ phase: 'Pending', qosClass: 'BestEffort' });
  });

  it('uses IfNotPresent for digests and Always for :latest', () => {
    const w = world();
    const p = w.api.create(
      pod('d', { containers: [{ name: 'a', image: 'nginx@sha256:abc' }, { name: 'b', image: 'registry:5000/app:latest' }, { name: 'c', image: 'registry:5000/app' }] }),
    );
    expect(p.spec.containers.map((c: { imagePullPolicy: string }) => c.imagePullPolicy)).toEqual(['IfNotPresent', 'Always', 'Always']);
  });

  it('defaults requests to limits and computes the QoS class', () => {
    const w = world();
    const p = w.api.create(pod('g', { containers: [{ name: 'a', image: 'nginx', resources: { limits: { cpu: '500m', memory: '128Mi' } } }] }));
    expect(p.spec.containers[0].resources.requests).toEqual({ cpu: '500m', memory: '128Mi' });
    expect(p.status.qosClass).toBe('Guaranteed');
  });
});

describe('Pod columns', () => {
  it('prints a new pod as Pending, and wide columns with <none>', () => {
    const w = world();
    w.api.create(pod('nginx'));
    w.advance(64_000);
    expect(table(w, 'Pod')).toBe('NAME    READY   STATUS    RESTARTS   AGE\nnginx   0/1     Pending   0          64s\n');
    expect(table(w, 'Pod', { wide: true })).toBe(
      'NAME    READY   STATUS    RESTARTS   AGE   IP       NODE     NOMINATED NODE   READINESS GATES\n' +
        'nginx   0/1     Pending   0          64s   <none>   <none>   <none>           <none>\n',
    );
  });

  it('prints a running pod with its IP and node', () => {
    const w = world();
    const p = w.api.create(pod('nginx'));
    w.api.mutate('Pod', 'default', 'nginx', (o) => (o.spec.nodeName = 'node01'));
    w.api.mutate(
      'Pod',
      'default',
      'nginx',
      (o) =>
        (o.status = {
          phase: 'Running',
          podIP: '10.244.1.5',
          podIPs: [{ ip: '10.244.1.5' }],
          conditions: [{ type: 'Ready', status: 'True' }],
          containerStatuses: [{ name: 'nginx', ready: true, restartCount: 0, state: { running: { startedAt: p.metadata.creationTimestamp } } }],
        }),
      { status: true },
    );
    w.advance(4 * 60_000 + 4_000);
    expect(table(w, 'Pod', { wide: true })).toBe(
      'NAME    READY   STATUS    RESTARTS   AGE    IP           NODE     NOMINATED NODE   READINESS GATES\n' +
        'nginx   1/1     Running   0          4m4s   10.244.1.5   node01   <none>           <none>\n',
    );
  });
});

describe('Pod fields and deletion', () => {
  it('offers the pod field selectors', () => {
    const w = world();
    w.api.create(pod('a'));
    w.api.create(pod('b', { restartPolicy: 'Never' }));
    w.api.mutate('Pod', 'default', 'a', (o) => (o.spec.nodeName = 'node01'));
    const names = (sel: string) => w.api.list('Pod', { fieldSelector: parseFieldSelector(sel) }).map((p) => p.metadata.name);
    expect(names('spec.nodeName=node01')).toEqual(['a']);
    expect(names('spec.restartPolicy=Never')).toEqual(['b']);
    expect(names('status.phase=Pending,spec.serviceAccountName=default')).toEqual(['a', 'b']);
    expect(names('spec.nodeName=')).toEqual(['b']);
  });

  it('deletes an unscheduled pod at once but gives a scheduled one its grace period', () => {
    const w = world();
    w.api.create(pod('pending'));
    expect(w.api.delete('Pod', 'default', 'pending').gone).toBe(true);
    w.api.create(pod('bound', { terminationGracePeriodSeconds: 10 }));
    w.api.mutate('Pod', 'default', 'bound', (o) => (o.spec.nodeName = 'node01'));
    const r = w.api.delete('Pod', 'default', 'bound');
    expect(r.gone).toBe(false);
    expect(r.object.metadata.deletionGracePeriodSeconds).toBe(10);
    expect(table(w, 'Pod')).toBe('NAME    READY   STATUS        RESTARTS   AGE\nbound   0/1     Terminating   0          0s\n');
  });
});

describe('Pod validation', () => {
  it('rejects a bad name with the RFC 1123 message', () => {
    const w = world();
    expect(errorOf(() => w.api.create(pod('My_Pod')))).toBe(
      `Pod "My_Pod" is invalid: metadata.name: Invalid value: "My_Pod": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
    );
  });

  it('lets an update change the image but nothing else in the spec', () => {
    const w = world();
    w.api.create(pod('web'));
    const updated = w.api.mutate('Pod', 'default', 'web', (o) => (o.spec.containers[0].image = 'nginx:1.27'));
    expect(updated.spec.containers[0].image).toBe('nginx:1.27');
    expect(errorOf(() => w.api.mutate('Pod', 'default', 'web', (o) => (o.spec.containers[0].ports = [{ containerPort: 8080 }])))).toBe(
      'Pod "web" is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
    );
  });

  it('allows adding tolerations but not removing them', () => {
    const w = world();
    w.api.create(pod('web'));
    w.api.mutate('Pod', 'default', 'web', (o) => o.spec.tolerations.push({ key: 'x', operator: 'Exists' }));
    expect(errorOf(() => w.api.mutate('Pod', 'default', 'web', (o) => (o.spec.tolerations = [])))).toContain('spec: Forbidden: pod updates may not change');
  });
});
