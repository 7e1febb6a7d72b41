// `kubectl get -o custom-columns=NAME:.metadata.name,IMAGE:.spec.containers[*].image` and
// `-o custom-columns-file=FILE` (kubectl pkg/cmd/get/customcolumn.go): headers exactly as given,
// each field spec relaxed to `{.path}` (RelaxedJSONPathExpression), every result of a column
// printed with fmt.Sprint (maps as `map[k:v]`, lists as `[a b]`) and joined by `,`, `<none>` when
// the first result group is empty, rows laid out by the `kubectl get` tab writer. Error texts are
// kubectl's (printed after `error: `). Simplified: no watch-event wrapping.

import { goSprint } from './gofmt';
import { findJsonPathResults, JsonPathError, parseJsonPath, type ListNode } from './jsonpath';
import { escapeTerminal } from './table';
import { tablePrinterWriter, type TabWriter } from './tabwriter';

export interface CustomColumn {
  header: string;
  /** A full JSONPath template, e.g. `{.metadata.name}`. */
  fieldSpec: string;
}

/** A custom-columns spec or template kubectl rejects; the message is kubectl's. */
export class CustomColumnsError extends Error {}

const RELAXED = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/;

/**
 * RelaxedJSONPathExpression: `metadata.name`, `.metadata.name`, `{metadata.name}` and
 * `{.metadata.name}` all become `{.metadata.name}` (also used by --sort-by and wait --for=jsonpath).
 */
export function relaxedJsonPathExpression(expr: string): string {
  if (expr.length === 0) return expr;
  const m = RELAXED.exec(expr);
  if (!m) {
    throw new CustomColumnsError("unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'");
  }
  return `{.${m[1] || m[2]}}`;
}

/** NewCustomColumnsPrinterFromSpec: `HEADER:path,HEADER:path`. */
export function parseCustomColumnsSpec(spec: string): CustomColumn[] {
  if (spec.length === 0) throw new CustomColumnsError('custom-columns format specified but no custom columns given');
  return spec.split(',').map((part) => {
    const colon = part.indexOf(':');
    if (colon < 0) throw new CustomColumnsError(`unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`);
    return { header: part.slice(0, colon), fieldSpec: relaxedJsonPathExpression(part.slice(colon + 1)) };
  });
}

/** NewCustomColumnsPrinterFromTemplate: a line of headers, then a line of field specs. */
export function parseCustomColumnsTemplate(text: string): CustomColumn[] {
  // bufio.Scanner lines: a final newline does not start another line; a trailing \r is dropped
  const lines = (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n').map((l) => l.replace(/\r$/, ''));
  const words = (l: string): string[] => l.split(/[ \t\n\v\f\r]+/).filter((w) => w !== '');
  if (text === '') {
    throw new CustomColumnsError('invalid template, missing header line. Expected format is one line of space separated headers, one line of space separated column specs.');
  }
  if (lines.length < 2) {
    throw new CustomColumnsError('invalid template, missing spec line. Expected format is one line of space separated headers, one line of space separated column specs.');
  }
  const headers = words(lines[0]!);
  const specs = words(lines[1]!);
  if (headers.length !== specs.length) {
    throw new CustomColumnsError(`number of headers (${headers.length}) and field specifications (${specs.length}) don't match`);
  }
  return headers.map((header, i) => ({ header, fieldSpec: relaxedJsonPathExpression(specs[i]!) }));
}

export interface RenderCustomColumnsOptions {
  /** --no-headers */
  noHeaders?: boolean;
  /** A writer to reuse across watch events (widths are remembered). */
  writer?: TabWriter;
}

/**
 * Prints `objects` (the items of a list, or one object) as custom columns. A field spec that does
 * not parse throws CustomColumnsError with client-go's message (kubectl prints `error: <message>`).
 */
export function renderCustomColumns(columns: CustomColumn[], objects: readonly unknown[], opts: RenderCustomColumnsOptions = {}): string {
  const parsers: ListNode[] = columns.map((c) => {
    try {
      return parseJsonPath(c.fieldSpec);
    } catch (e) {
      if (e instanceof JsonPathError) throw new CustomColumnsError(e.detail);
      throw e;
    }
  });
  const lines: string[] = [];
  if (!opts.noHeaders) lines.push(columns.map((c) => c.header).join('\t'));
  for (const obj of objects) {
    const cells = parsers.map((root) => {
      let groups: unknown[][];
      try {
        groups = findJsonPathResults(root, obj, { allowMissingKeys: true });
      } catch (e) {
        if (e instanceof JsonPathError) throw new CustomColumnsError(e.detail);
        throw e;
      }
      const values: string[] = [];
      if (groups.length === 0 || groups[0]!.length === 0) values.push('<none>');
      for (const g of groups) for (const v of g) values.push(escapeTerminal(goSprint(v)));
      return values.join(',');
    });
    lines.push(cells.join('\t'));
  }
  const w = opts.writer ?? tablePrinterWriter();
  w.write(lines.map((l) => l + '\n').join(''));
  return w.flush();
}
