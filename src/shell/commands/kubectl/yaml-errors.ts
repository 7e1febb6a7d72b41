// YAML syntax errors worded as go-yaml v2 (what sigs.k8s.io/yaml, and so kubectl, uses) words
// them, from the errors the `yaml` package reports. go-yaml's texts come from libyaml's scanner and
// parser (scannerc.go, parserc.go); its `line N` is 1-based for scanner errors but the 0-based line
// of the offending token for parser errors (yaml.go parser.fail), which is why "did not find
// expected key" points one line above the culprit, as kubectl users know it. Mapped cases:
// - a key indented deeper than a value, `a: b: c`          → mapping values are not allowed in this context
// - a key without ':' where a sibling key is expected       → could not find expected ':' (next line)
// - a key or `-` entry dedented into the wrong block        → did not find expected key
// - a tab used as indentation                               → found character that cannot start any token
// - an unclosed quote                                       → found unexpected end of stream
// - an unclosed flow mapping / sequence                     → did not find expected ',' or '}' / ']'
// Anything else falls back to "did not find expected key" at the reported line.

import type { YAMLError } from 'yaml';

const lineOf = (src: string, offset: number) => src.slice(0, offset).split('\n').length;

/** The line of the first `:` that starts a mapping value at or after `offset`. */
function nextMappingColonLine(src: string, offset: number): number | undefined {
  const re = /:(?=[ \t]|\r?\n|$)/g;
  re.lastIndex = offset;
  const m = re.exec(src);
  return m ? lineOf(src, m.index) : undefined;
}

const indentOf = (l: string) => l.length - l.trimStart().length;

/** go-yaml's `line N: message` (without the `yaml: ` prefix) for a `yaml` package error. */
export function goYamlMessage(src: string, err: YAMLError): string {
  const [start, end] = err.pos;
  const line = err.linePos?.[0]?.line ?? lineOf(src, start);
  const msg = err.message;
  const lines = src.split('\n');
  if (err.code === 'TAB_AS_INDENT') return `line ${line}: found character that cannot start any token`;
  if (/Missing closing .?quote/.test(msg)) return `line ${line}: found unexpected end of stream`;
  if (/Flow map/.test(msg) || /Expected a flow map/.test(msg)) return `line ${line}: did not find expected ',' or '}'`;
  if (/Flow sequence/.test(msg) || /Expected a flow sequence/.test(msg)) return `line ${line}: did not find expected ',' or ']'`;
  if (err.code === 'BLOCK_AS_IMPLICIT_KEY' && /Nested mappings/.test(msg)) {
    return `line ${nextMappingColonLine(src, start) ?? line}: mapping values are not allowed in this context`;
  }
  if (err.code === 'MISSING_CHAR' && /Implicit map keys need to be followed/.test(msg)) {
    // A bare key among its siblings: the scanner gives up at the next token.
    let next = line;
    while (next < lines.length && lines[next].trim() === '') next++;
    return `line ${Math.min(next, lines.length - 1) + 1}: could not find expected ':'`;
  }
  if (err.code === 'MULTILINE_IMPLICIT_KEY') {
    // A key that should sit beside its siblings but has no ':' → the scanner fails on the next token.
    const keyLine = lines[line - 1] ?? '';
    let prev = line - 2;
    while (prev >= 0 && lines[prev].trim() === '') prev--;
    const sibling = prev >= 0 && indentOf(lines[prev]) === indentOf(keyLine) && /:(\s|$)/.test(lines[prev]);
    if (sibling) {
      let next = line;
      while (next < lines.length && lines[next].trim() === '') next++;
      return `line ${Math.min(next, lines.length - 1) + 1}: could not find expected ':'`;
    }
    return `line ${nextMappingColonLine(src, start) ?? lineOf(src, end)}: mapping values are not allowed in this context`;
  }
  // Dedented keys and `-` entries: a parser error, reported at the 0-based line of the token.
  return `line ${Math.max(1, line - 1)}: did not find expected key`;
}
