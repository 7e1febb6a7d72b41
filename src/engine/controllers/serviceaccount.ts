// The serviceaccount controller (pkg/controller/serviceaccount): every Active namespace has a
// ServiceAccount named `default`; it is recreated if deleted. No token Secrets (as since v1.24).
import type { World } from '../world';
import type { Controller } from './manager';
import { isNamespaceActive } from './namespace';

export function serviceAccountController(world: World): Controller {
  const api = world.api;
  return {
    name: 'serviceaccount-controller',
    for: 'Namespace',
    watches: [{ key: 'ServiceAccount', map: (o) => (o.metadata.name === 'default' && o.metadata.namespace ? [{ name: o.metadata.namespace }] : []) }],
    reconcile(req) {
      if (!isNamespaceActive(api.tryGet('Namespace', undefined, req.name))) return;
      if (api.tryGet('ServiceAccount', req.name, 'default')) return;
      api.create({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: req.name } });
    },
  };
}
