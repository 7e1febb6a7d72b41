// The root-ca-cert-publisher (pkg/controller/certificates/rootcacertpublisher): every Active
// namespace has ConfigMap `kube-root-ca.crt` holding the cluster CA under `ca.crt`, with the
// kubernetes.io/description annotation; edits to it are put back.
import type { World } from '../world';
import type { Controller } from './manager';
import { isNamespaceActive } from './namespace';

export const ROOT_CA_CONFIGMAP = 'kube-root-ca.crt';
export const ROOT_CA_DESCRIPTION =
  'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.';
const DESCRIPTION_ANNOTATION = 'kubernetes.io/description';

export function rootCaPublisher(world: World, caPem: string): Controller {
  const api = world.api;
  return {
    name: 'root-ca-cert-publisher',
    for: 'Namespace',
    watches: [{ key: 'ConfigMap', map: (o) => (o.metadata.name === ROOT_CA_CONFIGMAP && o.metadata.namespace ? [{ name: o.metadata.namespace }] : []) }],
    reconcile(req) {
      if (!isNamespaceActive(api.tryGet('Namespace', undefined, req.name))) return;
      const cm = api.tryGet('ConfigMap', req.name, ROOT_CA_CONFIGMAP);
      if (!cm) {
        api.create({
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: ROOT_CA_CONFIGMAP, namespace: req.name, annotations: { [DESCRIPTION_ANNOTATION]: ROOT_CA_DESCRIPTION } },
          data: { 'ca.crt': caPem },
        });
        return;
      }
      const data = cm.data as Record<string, string> | undefined;
      const same = data && Object.keys(data).length === 1 && data['ca.crt'] === caPem && cm.binaryData === undefined;
      if (same && cm.metadata.annotations?.[DESCRIPTION_ANNOTATION]) return;
      api.mutate('ConfigMap', req.name, ROOT_CA_CONFIGMAP, (o) => {
        o.data = { 'ca.crt': caPem };
        o.metadata.annotations = { ...(o.metadata.annotations ?? {}), [DESCRIPTION_ANNOTATION]: ROOT_CA_DESCRIPTION };
      });
    },
  };
}
