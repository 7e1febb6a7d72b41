// The read-only view lesson checks evaluate against: the API server's objects and the learner's
// command lines.

import type { ApiServer } from '../engine/api/server';
import type { CheckView } from '../course/check';

export function historyView(api: ApiServer, lines: readonly string[]): CheckView {
  return {
    resolve(type) {
      const d = api.registry.resolve(type);
      return d && { key: d.group ? `${d.kind}.${d.group}` : d.kind, namespaced: d.namespaced, singular: d.singular };
    },
    get: (key, ns, name) => api.tryGet(key, ns, name),
    list: (key, ns) => api.list(key, { namespace: ns }),
    history: lines,
    defaultNamespace: 'default',
  };
}
