// Config key rules shared by ConfigMap and Secret (apimachinery validation.IsConfigMapKey and
// core validation's immutable-object checks), worded as the API server words them.

import type { FieldError } from '../errors';
import type { KObject } from '../types';

const KEY_RE = /^[-._a-zA-Z0-9]+$/;
const KEY_MSG =
  "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

/** IsConfigMapKey: the messages for one key ([] when valid). */
export function configKeyErrors(key: string): string[] {
  const errs: string[] = [];
  if (key.length > 253) errs.push('must be no more than 253 characters');
  if (!KEY_RE.test(key)) errs.push(KEY_MSG);
  if (key === '.') errs.push("must not be '.'");
  else if (key === '..') errs.push("must not be '..'");
  else if (key.startsWith('..')) errs.push("must not start with '..'");
  return errs;
}

/** Key errors for every key of `data` under `path` (`data[key]`). */
export function keysErrors(data: unknown, path: string): FieldError[] {
  const out: FieldError[] = [];
  if (!data || typeof data !== 'object') return out;
  for (const k of Object.keys(data)) {
    for (const msg of configKeyErrors(k)) out.push({ type: 'Invalid value', field: `${path}[${k}]`, badValue: k, detail: msg });
  }
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});

/** Updates of an object whose old version had `immutable: true` may not touch the given fields. */
export function immutableErrors(obj: KObject, old: KObject | undefined, fields: string[]): FieldError[] {
  if (!old || old.immutable !== true) return [];
  const out: FieldError[] = [];
  const detail = 'field is immutable when `immutable` is set';
  if (obj.immutable !== true) out.push({ type: 'Forbidden', field: 'immutable', detail });
  for (const f of fields) if (!same(obj[f], old[f])) out.push({ type: 'Forbidden', field: f, detail });
  return out;
}
