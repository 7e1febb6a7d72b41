// Manifest reading (cli-runtime visitors + yaml.YAMLReader + sigs.k8s.io/yaml via go-yaml v2):
// document splitting, YAML 1.1 scalars, List flattening, and go-yaml's error wording for the
// mistakes learners make most. The go-yaml lines were checked against libyaml's scanner/parser
// (scanner errors report the 1-based line, parser errors the 0-based line of the offending token).
import { describe, expect, it } from 'vitest';
import { parseStream, splitDocuments } from '../../../../src/shell/commands/kubectl/manifests';

const err = (text: string) => {
  const items = parseStream(text, 'x.yaml');
  return items.at(-1)?.error?.message;
};

describe('manifests', () => {
  it('splits on --- lines (comments allowed after), keeps other --- text', () => {
    expect(splitDocuments('a: 1\n---\nb: 2\n--- # two\nc: 3\n---x: 4\n')).toEqual(['a: 1', 'b: 2', 'c: 3\n---x: 4\n']);
  });

  it('reads YAML 1.1 scalars as go-yaml v2 does and keeps timestamps as strings', () => {
    const [item] = parseStream('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: yes\n  b: 2026-01-01\n  c: "yes"\n', 's');
    expect(item.obj?.data).toEqual({ a: true, b: '2026-01-01', c: 'yes' });
  });

  it('flattens List kinds and skips empty documents', () => {
    const items = parseStream('---\n# nothing\n---\napiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: a\n', 's');
    expect(items.map((i) => i.obj?.metadata.name)).toEqual(['a']);
  });

  it.each([
    ['a: 1\nb:\n  c: 2\n    d: 3\n', 'line 4: mapping values are not allowed in this context'],
    ['a: b: c\n', 'line 1: mapping values are not allowed in this context'],
    ['a:\n  b: 1\n  c\n  d: 2\n', "line 4: could not find expected ':'"],
    ['a:\n  b: 1\n  c\n', "line 4: could not find expected ':'"],
    ['metadata:\n  name: web\n  labels\n    app: x\n', "line 4: could not find expected ':'"],
    ['a:\n  - b: 1\n    c: 2\n   d: 3\n', 'line 3: did not find expected key'],
    ['a:\n  b: 1\n  - c\n', 'line 2: did not find expected key'],
    ['a:\n\tb: 1\n', 'line 2: found character that cannot start any token'],
    ['a: "b\n', 'line 2: found unexpected end of stream'],
  ])('%j → %s', (text, msg) => {
    expect(err(text)).toBe(`error parsing x.yaml: error converting YAML to JSON: yaml: ${msg}`);
  });

  it('keeps the documents before a syntax error', () => {
    const items = parseStream('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n---\na: b: c\n', 'f');
    expect(items.map((i) => i.obj?.metadata.name ?? i.error?.message)).toEqual([
      'ok',
      'error parsing f: error converting YAML to JSON: yaml: line 1: mapping values are not allowed in this context',
    ]);
  });
});
