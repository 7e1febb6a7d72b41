// core/v1 Secret (printers.go printSecret: NAME TYPE DATA AGE). Defaults: `type: Opaque`; write-only
// `stringData` is merged into `data` (base64, overriding the same keys) as the v1 conversion does,
// so stored secrets never carry stringData. Validation: config keys, the keys each built-in type
// requires, immutable `type`, and the `immutable: true` lock.

import { base64Encode } from '../../sim/bytes';
import type { FieldError } from '../errors';
import type { KObject } from '../types';
import { ageColumn, defineKind, nameColumn } from './define';
import { immutableErrors, keysErrors } from './config-keys';
import { metaErrors } from './meta-validation';

export { base64Encode };

/** Keys a secret of each built-in type must carry (core validation ValidateSecret). */
const REQUIRED: Record<string, string[]> = {
  'kubernetes.io/dockercfg': ['.dockercfg'],
  'kubernetes.io/dockerconfigjson': ['.dockerconfigjson'],
  'kubernetes.io/ssh-auth': ['ssh-privatekey'],
  'kubernetes.io/tls': ['tls.key', 'tls.crt'],
};

function typeErrors(obj: KObject): FieldError[] {
  const data = (obj.data ?? {}) as Record<string, string>;
  const has = (k: string) => typeof data[k] === 'string' && data[k] !== '';
  const type = String(obj.type);
  const errs: FieldError[] = [];
  if (type === 'kubernetes.io/service-account-token' && !obj.metadata.annotations?.['kubernetes.io/service-account.name']) {
    errs.push({ type: 'Required value', field: 'metadata.annotations[kubernetes.io/service-account.name]' });
  }
  if (type === 'kubernetes.io/basic-auth' && !has('username') && !has('password')) {
    errs.push({ type: 'Required value', field: 'data[username]' }, { type: 'Required value', field: 'data[password]' });
  }
  for (const k of REQUIRED[type] ?? []) if (!has(k)) errs.push({ type: 'Required value', field: `data[${k}]` });
  return errs;
}

export const secretKind = defineKind({
  kind: 'Secret',
  group: '',
  version: 'v1',
  plural: 'secrets',
  namespaced: true,
  statusSubresource: false,
  columns: [
    nameColumn,
    { name: 'Type', cell: (o) => String(o.type ?? '') },
    { name: 'Data', cell: (o) => String(Object.keys((o.data ?? {}) as object).length) },
    ageColumn,
  ],
  fields: (o) => ({ type: String(o.type ?? '') }),
  defaults(obj) {
    if (!obj.type) obj.type = 'Opaque';
    const sd = obj.stringData as Record<string, string> | undefined;
    if (sd && typeof sd === 'object') {
      const data = { ...((obj.data ?? {}) as Record<string, string>) };
      for (const [k, v] of Object.entries(sd)) data[k] = base64Encode(String(v));
      obj.data = data;
    }
    delete obj.stringData;
    return obj;
  },
  validate(obj, _ctx, old) {
    const errs = [...metaErrors(obj, 'subdomain'), ...keysErrors(obj.data, 'data'), ...typeErrors(obj)];
    if (old && old.type !== obj.type) {
      errs.push({ type: 'Invalid value', field: 'type', badValue: obj.type, detail: 'field is immutable' });
    }
    errs.push(...immutableErrors(obj, old, ['data']));
    return errs;
  },
});
