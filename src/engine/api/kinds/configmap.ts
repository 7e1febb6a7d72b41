// core/v1 ConfigMap (printers.go printConfigMap: NAME DATA AGE, DATA = len(data)+len(binaryData)).
// Validation: DNS-1123 subdomain names, config keys, no key in both data and binaryData, and the
// `immutable: true` lock. Simplified: the 1 MiB total size limit is not checked.

import type { FieldError } from '../errors';
import { ageColumn, defineKind, nameColumn } from './define';
import { immutableErrors, keysErrors } from './config-keys';
import { metaErrors } from './meta-validation';

const count = (m: unknown): number => (m && typeof m === 'object' ? Object.keys(m).length : 0);

export const configMapKind = defineKind({
  kind: 'ConfigMap',
  group: '',
  version: 'v1',
  plural: 'configmaps',
  namespaced: true,
  shortNames: ['cm'],
  statusSubresource: false,
  columns: [nameColumn, { name: 'Data', cell: (o) => String(count(o.data) + count(o.binaryData)) }, ageColumn],
  validate(obj, _ctx, old) {
    const errs: FieldError[] = [...metaErrors(obj, 'subdomain'), ...keysErrors(obj.data, 'data'), ...keysErrors(obj.binaryData, 'binaryData')];
    const data = (obj.data ?? {}) as Record<string, unknown>;
    for (const k of Object.keys((obj.binaryData ?? {}) as object)) {
      if (k in data) errs.push({ type: 'Invalid value', field: `data[${k}]`, badValue: k, detail: 'duplicate of key present in binaryData' });
    }
    errs.push(...immutableErrors(obj, old, ['data', 'binaryData']));
    return errs;
  },
});
