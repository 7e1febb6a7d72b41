// Deployment, ReplicaSet and DaemonSet: apps/v1 defaults, validation through the API server, the
// immutable selector, and printer columns.
import { describe, expect, it } from 'vitest';
import type { KObject } from '../../../../src/engine/api/types';
import { errorOf, table, world } from './helpers';

const template = (labels: Record<string, string>, image = 'nginx:1.25') => ({
  metadata: { labels },
  spec: { containers: [{ name: 'nginx', image }] },
});
const workload = (kind: string, name: string, spec: Record<string, unknown>): KObject => ({
  apiVersion: 'apps/v1',
  kind,
  metadata: { name, namespace: 'default' },
  spec,
});

describe('Deployment', () => {
  it('gets the apps/v1 defaults and a defaulted pod template', () => {
    const w = world();
    const d = w.api.create(workload('Deployment', 'web', { selector: { matchLabels: { app: 'web' } }, template: template({ app: 'web' }) }));
    expect(d.spec).toMatchObject({
      replicas: 1,
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
    });
    expect(d.spec.template.spec).toMatchObject({ restartPolicy: 'Always', dnsPolicy: 'ClusterFirst', schedulerName: 'default-scheduler', securityContext: {} });
    expect(d.spec.template.spec.containers[0].imagePullPolicy).toBe('IfNotPresent');
    // Templates are not pods: no serviceAccountName, enableServiceLinks or priority.
    expect(d.spec.template.spec.enableServiceLinks).toBeUndefined();
    expect(d.spec.template.spec.serviceAccountName).toBeUndefined();
    expect(d.status).toEqual({});
  });

  it('leaves rollingUpdate out of a Recreate strategy', () => {
    const w = world();
    const d = w.api.create(
      workload('Deployment', 'web', { strategy: { type: 'Recreate' }, selector: { matchLabels: { app: 'web' } }, template: template({ app: 'web' }) }),
    );
    expect(d.spec.strategy).toEqual({ type: 'Recreate' });
  });

  it('rejects a selector that does not match the template labels', () => {
    const w = world();
    expect(errorOf(() => w.api.create(workload('Deployment', 'web', { selector: { matchLabels: { app: 'web' } }, template: template({ app: 'x' }) })))).toBe(
      'Deployment "web" is invalid: spec.template.metadata.labels: Invalid value: {"app":"x"}: `selector` does not match template `labels`',
    );
  });

  it('keeps its selector immutable', () => {
    const w = world();
    w.api.create(workload('Deployment', 'web', { selector: { matchLabels: { app: 'web' } }, template: template({ app: 'web' }) }));
    expect(
      errorOf(() =>
        w.api.mutate('Deployment.apps', 'default', 'web', (o) => {
          o.spec.selector = { matchLabels: { app: 'web2' } };
          o.spec.template.metadata.labels = { app: 'web2' };
        }),
      ),
    ).toBe('Deployment "web" is invalid: spec.selector: Invalid value: {"matchLabels":{"app":"web2"}}: field is immutable');
  });

  it('prints READY, UP-TO-DATE, AVAILABLE and the wide template columns', () => {
    const w = world();
    w.api.create(workload('Deployment', 'web', { replicas: 3, selector: { matchLabels: { app: 'web' } }, template: template({ app: 'web' }) }));
    w.api.mutate('Deployment.apps', 'default', 'web', (o) => (o.status = { replicas: 3, readyReplicas: 2, updatedReplicas: 3, availableReplicas: 2 }), {
      status: true,
    });
    w.advance(20_000);
    expect(table(w, 'Deployment.apps', { wide: true })).toBe(
      'NAME   READY   UP-TO-DATE   AVAILABLE   AGE   CONTAINERS   IMAGES       SELECTOR\n' +
        'web    2/3     3            2           20s   nginx        nginx:1.25   app=web\n',
    );
  });
});

describe('ReplicaSet', () => {
  it('defaults replicas and prints DESIRED CURRENT READY', () => {
    const w = world();
    const rs = w.api.create(workload('ReplicaSet', 'web-7c5ddbdf54', { selector: { matchLabels: { app: 'web' } }, template: template({ app: 'web' }) }));
    expect(rs.spec.replicas).toBe(1);
    expect(rs.status).toEqual({ replicas: 0 });
    expect(table(w, 'ReplicaSet.apps', { wide: true })).toBe(
      'NAME             DESIRED   CURRENT   READY   AGE   CONTAINERS   IMAGES       SELECTOR\n' +
        'web-7c5ddbdf54   1         0         0       0s    nginx        nginx:1.25   app=web\n',
    );
  });

  it('requires a selector', () => {
    const w = world();
    expect(errorOf(() => w.api.create(workload('ReplicaSet', 'rs', { template: template({ app: 'web' }) })))).toBe(
      'ReplicaSet "rs" is invalid: [spec.selector: Required value, spec.template.metadata.labels: Invalid value: {"app":"web"}: `selector` does not match template `labels`]',
    );
  });
});

describe('DaemonSet', () => {
  it('defaults the update strategy and prints NODE SELECTOR', () => {
    const w = world();
    const t = template({ 'k8s-app': 'kube-proxy' }, 'registry.k8s.io/kube-proxy:v1.34.1');
    (t.spec as Record<string, unknown>).nodeSelector = { 'kubernetes.io/os': 'linux' };
    const ds = w.api.create(workload('DaemonSet', 'kube-proxy', { selector: { matchLabels: { 'k8s-app': 'kube-proxy' } }, template: t }));
    expect(ds.spec.updateStrategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } });
    expect(ds.spec.revisionHistoryLimit).toBe(10);
    w.api.mutate(
      'DaemonSet.apps',
      'default',
      'kube-proxy',
      (o) => (o.status = { desiredNumberScheduled: 2, currentNumberScheduled: 2, numberReady: 2, updatedNumberScheduled: 2, numberAvailable: 2, numberMisscheduled: 0 }),
      { status: true },
    );
    w.advance(15 * 60_000);
    expect(table(w, 'DaemonSet.apps')).toBe(
      'NAME         DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE\n' +
        'kube-proxy   2         2         2       2            2           kubernetes.io/os=linux   15m\n',
    );
  });
});
