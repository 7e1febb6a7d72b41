// The default admission chain on pod create: ServiceAccount, Priority, DefaultTolerationSeconds.
import { describe, expect, it } from 'vitest';
import { defaultAdmission } from '../../../../src/engine/api/admission';
import { ApiError } from '../../../../src/engine/api/errors';
import { World } from '../../../../src/engine/world';
import { errorOf, pod, world } from '../kinds/helpers';

describe('ServiceAccount admission', () => {
  it('adds the kube-api-access projected volume and read-only mounts in every container', () => {
    const w = world();
    const p = w.api.create(pod('web', { initContainers: [{ name: 'init', image: 'busybox' }] }));
    const vol = p.spec.volumes[0];
    expect(vol.name).toMatch(/^kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(vol.projected).toEqual({
      defaultMode: 420,
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
        { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
        { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
      ],
    });
    const mount = { name: vol.name, readOnly: true, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' };
    expect(p.spec.containers[0].volumeMounts).toEqual([mount]);
    expect(p.spec.initContainers[0].volumeMounts).toEqual([mount]);
    expect(p.spec.serviceAccountName).toBe('default');
  });

  it('mounts nothing when automountServiceAccountToken is false on the pod or the account', () => {
    const w = world();
    expect(w.api.create(pod('a', { automountServiceAccountToken: false })).spec.volumes).toBeUndefined();
    w.api.create({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'quiet' }, automountServiceAccountToken: false });
    expect(w.api.create(pod('b', { serviceAccountName: 'quiet' })).spec.volumes).toBeUndefined();
    expect(w.api.create(pod('c', { serviceAccountName: 'quiet', automountServiceAccountToken: true })).spec.volumes).toHaveLength(1);
  });

  it('rejects a pod whose service account does not exist', () => {
    const w = world();
    let err: unknown;
    try {
      w.api.create(pod('web', { serviceAccountName: 'ghost' }));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).reason).toBe('Forbidden');
    expect((err as ApiError).message).toBe('pods "web" is forbidden: error looking up service account default/ghost: serviceaccount "ghost" not found');
    // Pods made from a template are named by their generateName in the message.
    expect(errorOf(() => w.api.create(pod('', { serviceAccountName: 'ghost' }, { metadata: { generateName: 'web-7c5d-' } })))).toBe(
      'pods "web-7c5d-" is forbidden: error looking up service account default/ghost: serviceaccount "ghost" not found',
    );
  });

  it('leaves mirror pods alone', () => {
    const w = world();
    const p = w.api.create(pod('etcd-controlplane', {}, { metadata: { annotations: { 'kubernetes.io/config.mirror': 'abc' } } }));
    expect(p.spec.volumes).toBeUndefined();
    expect(p.spec.serviceAccountName).toBeUndefined();
  });

  it('is deterministic for a seed', () => {
    const make = () => {
      const w = new World({ seed: 42 });
      w.api.admission.push(...defaultAdmission());
      w.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });
      w.api.create({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default' } });
      return w.api.create(pod('p')).spec.volumes[0].name;
    };
    expect(make()).toBe(make());
  });
});

describe('Priority admission', () => {
  it('gives plain pods priority 0 and system classes their values', () => {
    const w = world();
    expect(w.api.create(pod('a')).spec).toMatchObject({ priority: 0, preemptionPolicy: 'PreemptLowerPriority' });
    expect(w.api.create(pod('b', { priorityClassName: 'system-node-critical' })).spec.priority).toBe(2000001000);
    expect(w.api.create(pod('c', { priorityClassName: 'system-cluster-critical' })).spec.priority).toBe(2000000000);
  });

  it('rejects unknown classes and priorities that disagree with the class', () => {
    const w = world();
    expect(errorOf(() => w.api.create(pod('a', { priorityClassName: 'gold' })))).toBe('pods "a" is forbidden: no PriorityClass with name gold was found');
    expect(errorOf(() => w.api.create(pod('b', { priority: 5 })))).toBe(
      'pods "b" is forbidden: the integer value of priority (5) must not be provided in pod spec; priority admission controller computed 0 from the given PriorityClass name',
    );
  });
});

describe('DefaultTolerationSeconds admission', () => {
  it('adds the two 300 s NoExecute tolerations unless the pod has them', () => {
    const w = world();
    expect(w.api.create(pod('a')).spec.tolerations).toEqual([
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    ]);
    const own = { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 6000 };
    expect(w.api.create(pod('b', { tolerations: [own] })).spec.tolerations).toEqual([
      own,
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    ]);
    // An empty key with operator Exists tolerates everything.
    expect(w.api.create(pod('c', { tolerations: [{ operator: 'Exists' }] })).spec.tolerations).toEqual([{ operator: 'Exists' }]);
  });

  it('does not touch updates', () => {
    const w = world();
    w.api.create(pod('a', { tolerations: [] }));
    const after = w.api.mutate('Pod', 'default', 'a', (o) => (o.metadata.labels = { x: 'y' }));
    expect(after.spec.tolerations).toHaveLength(2);
  });
});
