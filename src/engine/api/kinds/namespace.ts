// core/v1 Namespace (printers.go printNamespace: NAME STATUS AGE). Create-time preparation as the
// namespace registry does it: `spec.finalizers: [kubernetes]`, `status.phase: Active`, and the
// immutable label `kubernetes.io/metadata.name=<name>` (NamespaceDefaultLabelName, GA in 1.22).
// Names are DNS-1123 labels. Deletion (Terminating, content removal) is the namespace controller's.

import type { KObject } from '../types';
import { ageColumn, defineKind, nameColumn } from './define';
import { metaErrors } from './meta-validation';

export const namespaceKind = defineKind({
  kind: 'Namespace',
  group: '',
  version: 'v1',
  plural: 'namespaces',
  namespaced: false,
  shortNames: ['ns'],
  columns: [nameColumn, { name: 'Status', cell: (o) => String(o.status?.phase ?? '') }, ageColumn],
  fields: (o) => ({ 'status.phase': o.status?.phase ?? '' }),
  holdsDeletion: (o) => (o.spec?.finalizers?.length ?? 0) > 0,
  defaults(obj: KObject, _ctx, old): KObject {
    obj.spec = obj.spec ?? {};
    // spec.finalizers is set on create and changed only through the finalize subresource.
    if (old) {
      if (old.spec?.finalizers) obj.spec.finalizers = old.spec.finalizers;
      else delete obj.spec.finalizers;
    } else if (!Array.isArray(obj.spec.finalizers)) obj.spec.finalizers = ['kubernetes'];
    if (!obj.status?.phase) obj.status = { ...(obj.status ?? {}), phase: 'Active' };
    const name = obj.metadata.name;
    if (name) obj.metadata.labels = { ...(obj.metadata.labels ?? {}), 'kubernetes.io/metadata.name': name };
    return obj;
  },
  validate: (obj) => metaErrors(obj, 'label'),
});
