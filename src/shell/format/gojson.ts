// Go's encoding/json Marshal / MarshalIndent of values decoded from JSON, as kubectl's -o json and
// jsonpath printers emit them: map keys sorted by bytes, HTML-safe escaping of `<`, `>`, `&` and
// U+2028/U+2029 (\u003c…), floats in JavaScript's shortest form (the same digits and exponent
// rules as Go's). Simplified: integral numbers print as integers; `undefined` fields are dropped.

import { compareCodePoints, GoFloat } from './gofmt';

const jsonString = (s: string): string =>
  JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Go's encoding/json Marshal (indent '' → compact) of a value decoded from JSON. */
export function goJson(v: unknown, indent = '', prefix = ''): string {
  if (v === null || v === undefined) return 'null';
  if (v instanceof GoFloat) return goJson(v.value);
  switch (typeof v) {
    case 'string':
      return jsonString(v);
    case 'number':
      return Number.isFinite(v) ? String(v) : 'null';
    case 'boolean':
      return v ? 'true' : 'false';
    default:
      break;
  }
  const inner = prefix + indent;
  const nl = indent ? '\n' : '';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[${nl}${v.map((x) => inner + goJson(x, indent, inner)).join(`,${nl}`)}${nl}${indent ? prefix : ''}]`;
  }
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort(compareCodePoints);
  if (keys.length === 0) return '{}';
  const sep = indent ? ': ' : ':';
  return `{${nl}${keys.map((k) => `${inner}${jsonString(k)}${sep}${goJson(o[k], indent, inner)}`).join(`,${nl}`)}${nl}${indent ? prefix : ''}}`;
}
