// core/v1 Secret (printers.go printSecret: NAME TYPE DATA AGE). Defaults: `type: Opaque`; write-only
// `stringData` is merged into `data` (base64, overriding the same keys) as the v1 conversion does,
// so stored secrets never carry stringData. Validation: config keys, the keys each built-in type
// requires, immutable `type`, and the `immutable: true` lock.

import type { FieldError } from '../errors';
import type { KObject } from '../types';
import { ageColumn, defineKind, nameColumn } from './define';
import { immutableErrors, keysErrors } from './config-keys';
import { metaErrors } from './meta-validation';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** UTF-8 bytes of a string (TextEncoder is not part of the ES library the engine may use). */
function utf8(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** Standard base64 of the UTF-8 bytes of `s` (no DOM btoa in the engine). */
export function base64Encode(s: string): string {
  const bytes = utf8(s);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? B64[n & 63]! : '=';
  }
  return out;
}

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
