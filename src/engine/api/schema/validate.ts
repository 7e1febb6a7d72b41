// Strict decoding as kube-apiserver v1.34 does it for create/update bodies with
// fieldValidation=Strict (kubectl's default since 1.27): sigs.k8s.io/json UnmarshalStrict into the
// Go type (case-sensitive keys). It reports
//  - unknown fields, with paths like `spec.template.spec.containers[0].imagee`, in the order the
//    decoder meets them (deduplicated, at most 100) — the caller renders
//    `strict decoding error: unknown field "a", unknown field "b"`;
//  - the first Go-json type error (`json: cannot unmarshal string into Go struct field
//    DeploymentSpec.spec.replicas of type int32`), which wins over unknown fields. Errors raised by
//    custom unmarshalers (Quantity, IntOrString, Time) abort decoding at once and win over earlier
//    type errors, as in Go.
// Key order: kubectl sends JSON it re-encoded from a map, so keys arrive sorted at every level;
// `keyOrder: 'document'` walks the object's own key order instead (raw API clients).
// Simplified: duplicate keys cannot be seen in an already-parsed object.

import { parseQuantity } from '../validation/quantity';
import { base64Error, goNumberText, jsonKind, unmarshalTypeError } from './gojson';
import { goTimeParseError } from './gotime';
import { rootTypeOf, typeDef, type TypeRef } from './model';

export interface DecodeResult {
  /** Unknown field paths in decode order. */
  unknownFields: string[];
  /** The Go-json decoding error that makes the server answer `cannot be handled as a <Kind>`. */
  typeError?: string;
}

export interface DecodeOptions {
  /** `sorted` (default) models kubectl's re-encoded JSON; `document` keeps the object's key order. */
  keyOrder?: 'sorted' | 'document';
}

const MAX_STRICT_ERRORS = 100;
const INT_LIMIT = { 32: 2 ** 31, 64: 2 ** 63 } as const;

class Decoder {
  readonly unknown: string[] = [];
  private readonly seen = new Set<string>();
  /** First saved (non-fatal) type error. */
  saved?: string;
  /** An error that stopped decoding (from a custom UnmarshalJSON). */
  fatal?: string;

  constructor(private readonly sorted: boolean) {}

  private keys(o: object): string[] {
    const k = Object.keys(o);
    return this.sorted ? k.sort() : k;
  }

  private save(msg: string): void {
    this.saved ??= msg;
  }

  private typeError(v: unknown, t: TypeRef, struct: string, field: string): void {
    this.save(unmarshalTypeError(jsonKind(v), t.go, struct, field));
  }

  /** Decodes `v` into type `t`; `struct`/`field` are Go's error context, `path` the strict-error path. */
  value(v: unknown, t: TypeRef, struct: string, field: string, path: string): void {
    if (v === null || v === undefined || this.fatal) return;
    switch (t.kind) {
      case 'string':
        if (typeof v !== 'string') this.typeError(v, t, struct, field);
        return;
      case 'boolean':
        if (typeof v !== 'boolean') this.typeError(v, t, struct, field);
        return;
      case 'number':
        if (typeof v !== 'number') this.typeError(v, t, struct, field);
        return;
      case 'integer':
        if (typeof v !== 'number') this.typeError(v, t, struct, field);
        else if (!fitsInt(v, t.bits ?? 32)) this.save(unmarshalTypeError(`number ${goNumberText(v)}`, t.go, struct, field));
        return;
      case 'intOrString':
        // IntOrString.UnmarshalJSON: strings are kept; anything else is json.Unmarshal'd into int32.
        if (typeof v === 'string') return;
        if (typeof v === 'number') {
          if (!fitsInt(v, 32)) this.fatal = unmarshalTypeError(`number ${goNumberText(v)}`, 'int32', struct, field);
        } else this.fatal = unmarshalTypeError(jsonKind(v), 'int32', struct, field);
        return;
      case 'quantity': {
        // Quantity.UnmarshalJSON parses the raw JSON text (quotes stripped, spaces trimmed).
        const text = typeof v === 'string' ? v.trim() : typeof v === 'number' ? goNumberText(v) : JSON.stringify(v);
        const q = parseQuantity(text);
        if ('error' in q) this.fatal = q.error;
        return;
      }
      case 'time':
      case 'microTime':
        // Time.UnmarshalJSON: json.Unmarshal into a string, then time.Parse(RFC3339[Micro]).
        if (typeof v !== 'string') this.fatal = unmarshalTypeError(jsonKind(v), 'string', struct, field);
        else this.fatal = goTimeParseError(v, t.kind === 'time' ? 'time' : 'micro');
        return;
      case 'bytes':
        if (typeof v === 'string') {
          const err = base64Error(v);
          if (err) this.save(err);
        } else if (Array.isArray(v)) {
          for (const b of v) {
            if (b === null) continue;
            if (typeof b !== 'number') this.save(unmarshalTypeError(jsonKind(b), 'uint8', struct, field));
            else if (!Number.isInteger(b) || b < 0 || b > 255) this.save(unmarshalTypeError(`number ${goNumberText(b)}`, 'uint8', struct, field));
          }
        } else this.typeError(v, t, struct, field);
        return;
      case 'any':
        return;
      case 'array':
        if (!Array.isArray(v)) return this.typeError(v, t, struct, field);
        for (let i = 0; i < v.length && !this.fatal; i++) this.value(v[i], t.elem, struct, field, `${path}[${i}]`);
        return;
      case 'map': {
        if (jsonKind(v) !== 'object') return this.typeError(v, t, struct, field);
        const o = v as Record<string, unknown>;
        for (const k of this.keys(o)) {
          if (this.fatal) return;
          this.value(o[k], t.elem, struct, field, path ? `${path}.${k}` : k);
        }
        return;
      }
      case 'object': {
        if (jsonKind(v) !== 'object') return this.typeError(v, t, struct, field);
        const def = typeDef(t.ref)!;
        const o = v as Record<string, unknown>;
        for (const k of this.keys(o)) {
          if (this.fatal) return;
          const p = path ? `${path}.${k}` : k;
          const f = def.fields.get(k);
          if (f) this.value(o[k], f.type, def.goName, field ? `${field}.${k}` : k, p);
          else this.unknownField(p);
        }
      }
    }
  }

  private unknownField(path: string): void {
    if (this.unknown.length >= MAX_STRICT_ERRORS || this.seen.has(path)) return;
    this.seen.add(path);
    this.unknown.push(path);
  }
}

function fitsInt(v: number, bits: 32 | 64): boolean {
  const lim = INT_LIMIT[bits];
  return Number.isInteger(v) && v >= -lim && v < lim;
}

/**
 * Strictly decodes `obj` as `<apiVersion>/<kind>` the way kube-apiserver v1.34 does. Kinds the
 * schema does not know (see schemaKnows) decode without errors.
 */
export function decodeStrict(obj: unknown, apiVersion: string, kind: string, opts: DecodeOptions = {}): DecodeResult {
  const root = rootTypeOf(apiVersion, kind);
  if (!root) return { unknownFields: [] };
  const d = new Decoder(opts.keyOrder !== 'document');
  const def = typeDef(root)!;
  d.value(obj, { kind: 'object', go: def.go, ref: root }, '', '', '');
  const typeError = d.fatal ?? d.saved;
  return typeError ? { unknownFields: d.unknown, typeError } : { unknownFields: d.unknown };
}
