// `kubectl -o yaml` and `-o json` (cli-runtime printers/yaml.go, json.go) for objects decoded from
// JSON (what kubectl prints for objects it got from the API server):
// - JSON: encoding/json MarshalIndent with 4 spaces, map keys sorted by bytes, `<`, `>`, `&`,
//   U+2028/U+2029 escaped as \u003c… (Go's HTML-safe default), then a newline.
// - YAML: sigs.k8s.io/yaml → go-yaml v2: keys in go-yaml's "natural" order (digit runs compared as
//   numbers, non-letters before letters), 2-space indent, sequences not indented under their key,
//   empty maps/lists as `{}`/`[]`, strings quoted and folded as goyaml-scalar.ts explains.
// The layout is the `yaml` package's; scalars go through custom tags that follow go-yaml.
// Simplified: integral JS numbers print as integers (Go would print a float64 2.0 from JSON as 2
// too); `undefined` fields are dropped as JSON would drop them.

import { Document, type ScalarTag } from 'yaml';
import { goFloat, GoFloat } from './gofmt';
import { goJson } from './gojson';
import { emitGoYamlString } from './goyaml-scalar';

export { goJson };

const isLetter = (c: string): boolean => /\p{L}/u.test(c);
const isDigit = (c: string): boolean => /\p{Nd}/u.test(c);

/** go-yaml v2 keyList.Less for two string keys. */
export function goYamlKeyLess(a: string, b: string): boolean {
  const ar = Array.from(a);
  const br = Array.from(b);
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]!);
    const bl = isLetter(br[i]!);
    if (al && bl) return ar[i]!.codePointAt(0)! < br[i]!.codePointAt(0)!;
    if (al || bl) return bl;
    let an = 0;
    let bn = 0;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]!); j--) {
        if (ar[j] !== '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < ar.length && isDigit(ar[ai]!); ai++) an = an * 10 + (ar[ai]!.codePointAt(0)! - 48);
    let bi = i;
    for (; bi < br.length && isDigit(br[bi]!); bi++) bn = bn * 10 + (br[bi]!.codePointAt(0)! - 48);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i]!.codePointAt(0)! < br[i]!.codePointAt(0)!;
  }
  return ar.length < br.length;
}

const goYamlKeyCompare = (a: string, b: string): number => (goYamlKeyLess(a, b) ? -1 : goYamlKeyLess(b, a) ? 1 : 0);

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof GoFloat);

/** Copies a JSON-like value into Maps with keys in go-yaml order (a Map keeps that order). */
function toYamlNodes(v: unknown): unknown {
  if (v instanceof GoFloat) return v.value;
  if (Array.isArray(v)) return v.map((x) => (x === undefined ? null : toYamlNodes(x)));
  if (isPlainObject(v)) {
    const keys = Object.keys(v).filter((k) => v[k] !== undefined).sort(goYamlKeyCompare);
    return new Map(keys.map((k) => [k, toYamlNodes(v[k])]));
  }
  return v === undefined ? null : v;
}

const YAML_STR = 'tag:yaml.org,2002:str';
const YAML_INT = 'tag:yaml.org,2002:int';
const YAML_FLOAT = 'tag:yaml.org,2002:float';

/** Strings as go-yaml writes them, at the column the `yaml` layout puts them. */
const goString: ScalarTag = {
  tag: YAML_STR,
  default: true,
  identify: (v) => typeof v === 'string',
  resolve: (s) => s,
  stringify(item, ctx) {
    const c = ctx as typeof ctx & { indentAtStart?: number };
    const indent = c.indent.length;
    // A mapping value starts after `key: ` (indentAtStart = len("key:") + 1, counted from the key's
    // column, one indent step left of ctx.indent); a sequence item starts right after `- `.
    const column = typeof c.indentAtStart === 'number' ? indent - c.indentStep.length + c.indentAtStart : indent;
    return emitGoYamlString(String(item.value), { column, indent, simpleKey: !!c.implicitKey });
  },
};

const goInt: ScalarTag = {
  tag: YAML_INT,
  default: true,
  identify: (v) => typeof v === 'number' && Number.isInteger(v),
  resolve: (s) => Number(s),
  stringify: (item) => String(item.value),
};

const goFloatTag: ScalarTag = {
  tag: YAML_FLOAT,
  default: true,
  identify: (v) => typeof v === 'number' && !Number.isInteger(v),
  resolve: (s) => Number(s),
  stringify: (item) => {
    const s = goFloat(Number(item.value));
    return s === '+Inf' ? '.inf' : s === '-Inf' ? '-.inf' : s === 'NaN' ? '.nan' : s;
  },
};

/** `kubectl -o yaml` of one object (ends with a newline). */
export function toYaml(obj: unknown): string {
  const doc = new Document(toYamlNodes(obj), {
    aliasDuplicateObjects: false,
    customTags: (tags) => [
      ...tags.filter((t) => typeof t === 'string' || (t.tag !== YAML_STR && t.tag !== YAML_INT && t.tag !== YAML_FLOAT)),
      goString,
      goInt,
      goFloatTag,
    ],
  });
  return doc.toString({ indent: 2, indentSeq: false, lineWidth: 0, nullStr: 'null', trueStr: 'true', falseStr: 'false' });
}

/** `kubectl -o json` of one object: 4-space indent, sorted keys, trailing newline. */
export function toJson(obj: unknown): string {
  return goJson(obj, '    ') + '\n';
}

/** The List kubectl wraps several objects in for -o yaml/json (and for `get` of a collection). */
export function listOf(items: readonly unknown[]): Record<string, unknown> {
  return { apiVersion: 'v1', items: [...items], kind: 'List', metadata: { resourceVersion: '' } };
}

/** `kubectl get <collection> -o yaml`. */
export function toListYaml(items: readonly unknown[]): string {
  return toYaml(listOf(items));
}

/** `kubectl get <collection> -o json`. */
export function toListJson(items: readonly unknown[]): string {
  return toJson(listOf(items));
}
