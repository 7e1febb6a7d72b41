import { describe, expect, it } from 'vitest';
import { CA, names, world } from './helpers';

describe('serviceaccount and root-ca-cert-publisher controllers', () => {
  it('a new namespace gets ServiceAccount default and ConfigMap kube-root-ca.crt within one settle', () => {
    const w = world();
    w.api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } });
    w.settle();
    expect(names(w, 'ServiceAccount', 'team')).toEqual(['default']);
    const cm = w.api.get('ConfigMap', 'team', 'kube-root-ca.crt');
    expect(cm.data).toEqual({ 'ca.crt': CA });
    expect(cm.metadata.annotations).toEqual({
      'kubernetes.io/description':
        'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.',
    });
    expect(CA.startsWith('-----BEGIN CERTIFICATE-----\nMIIDBTCCAe2gAwIBAgII')).toBe(true);
    expect(CA.endsWith('\n-----END CERTIFICATE-----\n')).toBe(true);
  });

  it('reconciling again writes nothing', () => {
    const w = world();
    const rev = w.store.revision;
    w.api.mutate('Namespace', undefined, 'default', (o) => (o.metadata.labels = { ...o.metadata.labels, team: 'a' }));
    w.settle();
    expect(w.store.revision).toBe(rev + 1);
  });

  it('puts back a deleted ServiceAccount and an edited ConfigMap', () => {
    const w = world();
    w.api.delete('ServiceAccount', 'default', 'default');
    w.api.mutate('ConfigMap', 'default', 'kube-root-ca.crt', (o) => (o.data = { 'ca.crt': 'tampered', extra: 'x' }));
    w.settle();
    expect(names(w, 'ServiceAccount', 'default')).toEqual(['default']);
    expect(w.api.get('ConfigMap', 'default', 'kube-root-ca.crt').data).toEqual({ 'ca.crt': CA });
  });
});
