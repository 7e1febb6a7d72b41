// How Go's fmt and strconv print the values kubectl gets from decoding JSON into interface{}
// (map[string]interface{}, []interface{}, string, int64, float64, bool, nil). kubectl's jsonpath
// and custom-columns printers and their error messages go through these verbs:
// - %v / fmt.Sprint  → goSprint      (`map[app:web tier:db]`, `[a b]`, `<nil>`)
// - %#v              → goSharpV      (`map[string]interface {}{"a":"b"}`)
// - %q / strconv.Quote → goQuote
// - %#U              → goRuneU       (`U+0026 '&'`)
// - strconv.FormatFloat(f, 'g', -1, 64) → goFloat
// Simplified: a JS number that is an integer is taken to be Go's int64 (apimachinery decodes JSON
// integers as int64), any other number float64; map keys print sorted, as fmt sorts them.

/** A float64 that is integral but must still behave as a float (a `3.0` literal in a template). */
export class GoFloat {
  constructor(readonly value: number) {}
}

const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof GoFloat);

/** Object keys in Go's map order for printing: sorted by UTF-8 bytes (code points). */
export function sortedKeys(o: Record<string, unknown>): string[] {
  return Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort(compareCodePoints);
}

/** Compares strings as Go compares them: by UTF-8 bytes, i.e. by code point. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/** strconv.FormatFloat(f, 'g', -1, 64) (also %v): shortest digits, `1e+06` form when exp < -4 or exp >= 6. */
export function goFloat(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  // toExponential() gives the shortest round-tripping digits, as Go's shortest formatting does.
  const [mant, expStr] = f.toExponential().split('e') as [string, string];
  const exp = Number(expStr);
  if (exp < -4 || exp >= 6) {
    const sign = exp < 0 ? '-' : '+';
    const abs = Math.abs(exp);
    return `${mant}e${sign}${abs < 10 ? '0' : ''}${abs}`;
  }
  // In this range JS prints plain decimal notation with the same shortest digits.
  return String(f);
}

const isNonPrint = (ch: string): boolean => ch !== ' ' && /[\p{C}\p{Z}]/u.test(ch);

/** strconv.Quote: double-quoted with Go escapes; printable Unicode is kept as is. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    switch (ch) {
      case '"': out += '\\"'; break;
      case '\\': out += '\\\\'; break;
      case '\x07': out += '\\a'; break;
      case '\b': out += '\\b'; break;
      case '\f': out += '\\f'; break;
      case '\n': out += '\\n'; break;
      case '\r': out += '\\r'; break;
      case '\t': out += '\\t'; break;
      case '\v': out += '\\v'; break;
      default: {
        if (!isNonPrint(ch)) {
          out += ch;
          break;
        }
        const cp = ch.codePointAt(0)!;
        if (cp < 0x80) out += `\\x${cp.toString(16).padStart(2, '0')}`;
        else if (cp <= 0xffff) out += `\\u${cp.toString(16).padStart(4, '0')}`;
        else out += `\\U${cp.toString(16).padStart(8, '0')}`;
      }
    }
  }
  return out + '"';
}

/** %#U of a rune: `U+0026 '&'` (the quoted character only when printable). */
export function goRuneU(cp: number): string {
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const ch = String.fromCodePoint(cp);
  return isNonPrint(ch) ? hex : `${hex} '${ch}'`;
}

/** Go's type name for a decoded JSON value, as reflect.Type.String() prints it. */
export function goTypeName(v: unknown): string {
  if (v === null || v === undefined) return 'interface {}';
  if (v instanceof GoFloat) return 'float64';
  if (Array.isArray(v)) return '[]interface {}';
  switch (typeof v) {
    case 'string': return 'string';
    case 'boolean': return 'bool';
    case 'number': return Number.isInteger(v) ? 'int64' : 'float64';
    default: return 'map[string]interface {}';
  }
}

const scalar = (v: unknown): string | undefined => {
  if (v instanceof GoFloat) return goFloat(v.value);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : goFloat(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return undefined;
};

/** fmt.Sprint / %v: `map[k:v k2:v2]`, `[a b]`, `<nil>`, strings bare. */
export function goSprint(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return v;
  const s = scalar(v);
  if (s !== undefined) return s;
  if (Array.isArray(v)) return `[${v.map(goSprint).join(' ')}]`;
  if (isMap(v)) return `map[${sortedKeys(v).map((k) => `${k}:${goSprint(v[k])}`).join(' ')}]`;
  return String(v);
}

/** %#v (Go syntax) of a value held in an interface{}. */
export function goSharpV(v: unknown): string {
  if (v === null || v === undefined) return 'interface {}(nil)';
  if (typeof v === 'string') return goQuote(v);
  const s = scalar(v);
  if (s !== undefined) return s;
  if (Array.isArray(v)) return `[]interface {}{${v.map(goSharpV).join(', ')}}`;
  if (isMap(v)) {
    return `map[string]interface {}{${sortedKeys(v).map((k) => `${goQuote(k)}:${goSharpV(v[k])}`).join(', ')}}`;
  }
  return String(v);
}
