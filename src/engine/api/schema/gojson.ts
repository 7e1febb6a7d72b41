// Error texts of Go's encoding/json as kube-apiserver's decoder (sigs.k8s.io/json, Go 1.24)
// produces them: UnmarshalTypeError ("json: cannot unmarshal string into Go struct field
// DeploymentSpec.spec.replicas of type int32") and base64.CorruptInputError for []byte fields
// ("illegal base64 data at input byte 4"). Pure string helpers; validate.ts decides when each applies.

/** The JSON kinds Go names in UnmarshalTypeError.Value. */
export type JsonKind = 'string' | 'number' | 'bool' | 'array' | 'object' | 'null';

export function jsonKind(v: unknown): JsonKind {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'number':
    case 'bigint':
      return 'number';
    case 'boolean':
      return 'bool';
    default:
      return 'object';
  }
}

/**
 * A number as kubectl's JSON encoder writes it (Go float64/int64 encoding agrees with JS
 * String() for finite values: `2.5`, `3000000000`, `1e+21`).
 */
export function goNumberText(n: number): string {
  return Object.is(n, -0) ? '-0' : String(n);
}

/**
 * UnmarshalTypeError.Error(): `value` is the JSON kind (`string`, `number 2.5`, …), `goType` the
 * target's Go type, `struct` the innermost Go struct holding the field and `field` the dotted path
 * from the root without list indexes (both empty at the top level).
 */
export function unmarshalTypeError(value: string, goType: string, struct: string, field: string): string {
  if (struct || field) return `json: cannot unmarshal ${value} into Go struct field ${struct}.${field} of type ${goType}`;
  return `json: cannot unmarshal ${value} into Go value of type ${goType}`;
}

const isB64 = (c: string): boolean => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '+' || c === '/';
const isNL = (c: string | undefined): boolean => c === '\n' || c === '\r';
const corrupt = (at: number): string => `illegal base64 data at input byte ${at}`;

/**
 * base64.StdEncoding.Decode's error for `src`, or undefined when it decodes (newlines are skipped,
 * padding is required). Offsets count bytes; every character before the first bad one is ASCII,
 * so string indexes equal byte offsets.
 */
export function base64Error(src: string): string | undefined {
  const n = src.length;
  let si = 0;
  while (si < n) {
    // decodeQuantum
    for (let j = 0; j < 4; j++) {
      if (si === n) return j === 0 ? undefined : corrupt(si - j);
      const c = src[si++];
      if (isB64(c)) continue;
      if (isNL(c)) {
        j--;
        continue;
      }
      if (c !== '=' || j < 2) return corrupt(si - 1);
      if (j === 2) {
        while (si < n && isNL(src[si])) si++;
        if (si === n) return corrupt(n);
        if (src[si] !== '=') return corrupt(si - 1);
        si++;
      }
      while (si < n && isNL(src[si])) si++;
      return si < n ? corrupt(si) : undefined;
    }
  }
  return undefined;
}
