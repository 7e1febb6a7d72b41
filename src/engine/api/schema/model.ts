// The generated schema (k8s-schema.json, from scripts/gen-schema.ts) as typed, cached field tables:
// what strict decoding walks and what `kubectl explain` will list. Models the Go API types of
// kube-apiserver v1.34 (k8s.io/api), reduced to field names, JSON kinds and Go type names; it keeps
// no descriptions, defaults or enums.

import raw from './k8s-schema.json';

/** A field's type. `go` is the Go type as reflect prints it (`int32`, `[]v1.Container`, `v1.ResourceList`). */
export type TypeRef =
  | {
      kind: 'string' | 'integer' | 'number' | 'boolean' | 'intOrString' | 'quantity' | 'time' | 'microTime' | 'bytes' | 'any';
      go: string;
      /** For integers: the Go width. */
      bits?: 32 | 64;
    }
  | { kind: 'array' | 'map'; go: string; elem: TypeRef }
  | { kind: 'object'; go: string; ref: string };

export interface FieldInfo {
  name: string;
  type: TypeRef;
  required: boolean;
}

export interface TypeDef {
  /** Key in the schema (`PodSpec`, `events.v1.Event`). */
  name: string;
  /** Go type name without package, as Go-json error messages show it (`DeploymentSpec`). */
  goName: string;
  /** Go type with package (`v1.DeploymentSpec`, `v2.MetricSpec`). */
  go: string;
  fields: ReadonlyMap<string, FieldInfo>;
  /** Fields in schema (alphabetical) order. */
  list: readonly FieldInfo[];
}

interface RawSchema {
  roots: Record<string, string>;
  defs: Record<string, Record<string, string>>;
}

const schema = raw as RawSchema;

const SCALARS: Record<string, TypeRef> = {
  s: { kind: 'string', go: 'string' },
  i: { kind: 'integer', go: 'int32', bits: 32 },
  l: { kind: 'integer', go: 'int64', bits: 64 },
  f: { kind: 'number', go: 'float64' },
  b: { kind: 'boolean', go: 'bool' },
  n: { kind: 'intOrString', go: 'intstr.IntOrString' },
  q: { kind: 'quantity', go: 'resource.Quantity' },
  t: { kind: 'time', go: 'v1.Time' },
  m: { kind: 'microTime', go: 'v1.MicroTime' },
  y: { kind: 'bytes', go: '[]uint8' },
  '*': { kind: 'any', go: 'runtime.RawExtension' },
};

const refCache = new Map<string, TypeRef>();
const defCache = new Map<string, TypeDef>();

/** Go type of a def: its "@" entry, else `v1.<Name>`. */
function defGo(name: string): string {
  return schema.defs[name]?.['@'] ?? `v1.${name}`;
}

/** Parses a compact typeRef (`[s@v1.Protocol]`, `{q}@v1.ResourceList`, `PodSpec`). */
export function parseTypeRef(text: string): TypeRef {
  const hit = refCache.get(text);
  if (hit) return hit;
  let base = text;
  let named: string | undefined;
  const close = text.startsWith('[') || text.startsWith('{') ? matchingClose(text) : -1;
  const at = text.indexOf('@', close + 1);
  if (at >= 0) {
    base = text.slice(0, at);
    named = text.slice(at + 1);
  }
  let t: TypeRef;
  if (base.startsWith('[')) {
    const elem = parseTypeRef(base.slice(1, -1));
    t = { kind: 'array', go: named ?? `[]${elem.go}`, elem };
  } else if (base.startsWith('{')) {
    const elem = parseTypeRef(base.slice(1, -1));
    t = { kind: 'map', go: named ?? `map[string]${elem.go}`, elem };
  } else if (SCALARS[base]) {
    t = named ? { ...SCALARS[base], go: named } : SCALARS[base];
  } else {
    if (!schema.defs[base]) throw new Error(`schema: unknown type ${base}`);
    t = { kind: 'object', go: defGo(base), ref: base };
  }
  refCache.set(text, t);
  return t;
}

function matchingClose(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  throw new Error(`schema: unbalanced type ${text}`);
}

/** The compiled def, or undefined when the schema has no such type. */
export function typeDef(name: string): TypeDef | undefined {
  const hit = defCache.get(name);
  if (hit) return hit;
  const rawDef = schema.defs[name];
  if (!rawDef) return undefined;
  const go = defGo(name);
  const list: FieldInfo[] = [];
  for (const [field, text] of Object.entries(rawDef)) {
    if (field === '@') continue;
    const required = text.startsWith('!');
    list.push({ name: field, type: parseTypeRef(required ? text.slice(1) : text), required });
  }
  const def: TypeDef = { name, goName: go.slice(go.indexOf('.') + 1), go, fields: new Map(list.map((f) => [f.name, f])), list };
  defCache.set(name, def);
  return def;
}

/** The schema def name for a kind (`apps/v1`, `Deployment` → `Deployment`). */
export function rootTypeOf(apiVersion: string, kind: string): string | undefined {
  return schema.roots[`${apiVersion}/${kind}`];
}

/** True when the generated schema describes this kind (so strict decoding applies). */
export function schemaKnows(apiVersion: string, kind: string): boolean {
  return rootTypeOf(apiVersion, kind) !== undefined;
}

/** The fields of a schema type in alphabetical order (for `kubectl explain`); undefined if unknown. */
export function fieldsOf(typeName: string): readonly FieldInfo[] | undefined {
  return typeDef(typeName)?.list;
}

/**
 * The field at `path` below a type (`['spec', 'containers', 'ports']` from `Deployment`), stepping
 * through lists and maps as `kubectl explain` does; undefined when a segment does not exist.
 */
export function fieldAt(typeName: string, path: readonly string[]): FieldInfo | undefined {
  let def = typeDef(typeName);
  let found: FieldInfo | undefined;
  for (const seg of path) {
    found = def?.fields.get(seg);
    if (!found) return undefined;
    let t = found.type;
    while (t.kind === 'array' || t.kind === 'map') t = t.elem;
    def = t.kind === 'object' ? typeDef(t.ref) : undefined;
  }
  return found;
}

/** Every `<apiVersion>/<Kind>` the schema covers. */
export function schemaRoots(): readonly string[] {
  return Object.keys(schema.roots);
}
