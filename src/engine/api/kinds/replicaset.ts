// apps/v1 ReplicaSet (printers.go printReplicaSet): NAME DESIRED CURRENT READY AGE, wide CONTAINERS
// IMAGES SELECTOR. Defaults: replicas 1 and the template's pod spec; `status: {}` on create.
// Validation: selector, template labels, pod template, immutable selector (workload-validation.ts).

import { ageColumn, defineKind, nameColumn } from './define';
import { metaErrors } from './meta-validation';
import { defaultPodTemplate } from './podspec';
import { containerColumns, count, selectorColumn } from './workload-columns';
import { workloadErrors } from './workload-validation';

export const replicaSetKind = defineKind({
  kind: 'ReplicaSet',
  group: 'apps',
  version: 'v1',
  plural: 'replicasets',
  namespaced: true,
  shortNames: ['rs'],
  categories: ['all'],
  columns: [
    nameColumn,
    { name: 'Desired', cell: (o) => count(o.spec?.replicas) },
    { name: 'Current', cell: (o) => count(o.status?.replicas) },
    { name: 'Ready', cell: (o) => count(o.status?.readyReplicas) },
    ageColumn,
    ...containerColumns,
    selectorColumn,
  ],
  defaults(obj) {
    const spec = (obj.spec = obj.spec ?? {});
    if (spec.replicas === undefined || spec.replicas === null) spec.replicas = 1;
    defaultPodTemplate(spec.template);
    if (obj.status === undefined) obj.status = { replicas: 0 };
    return obj;
  },
  validate: (obj, _ctx, old) => [...metaErrors(obj, 'subdomain'), ...workloadErrors(obj, old, { kind: 'ReplicaSet' })],
});
