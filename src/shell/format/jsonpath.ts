// `kubectl … -o jsonpath=TEMPLATE`: client-go util/jsonpath (jsonpath.go) evaluation and
// cli-runtime's JSONPathPrinter, semantics ported. Each top-level piece of the template yields a
// group of results; a group prints space-separated, maps and lists as compact JSON, null as
// `<nil>`, with no newline added. `{range …}…{end}` repeats the nodes in between per result.
// Missing keys print nothing (--allow-missing-template-keys=true is kubectl's default). Filters
// compare like Go's text/template eq/lt (int vs float, or string vs number, is an error).
// Errors read as kubectl prints them after `error: `:
//   error parsing jsonpath {.a[}, unterminated array
//   error executing jsonpath "{.items[3]}": Error executing template: array index out of bounds: …
// Simplified: map keys are visited in sorted order where Go's order is random (`{.labels.*}`,
// `{..name}`); a JS integer is Go's int64, any other number float64.
// `-o jsonpath` does not add braces: text without `{}` prints as is (kubectl does the same);
// relaxedJsonPathExpression (custom-columns, --sort-by) is the one that adds them.

import { goQuote, goSharpV } from './gofmt';
import { EvalError, Executor, printResults } from './jsonpath-exec';
import { JsonPathSyntaxError, parseTemplate, type ListNode } from './jsonpath-parse';

export type { ListNode } from './jsonpath-parse';

/** A JSONPath failure, worded as kubectl prints it after `error: `. */
export class JsonPathError extends Error {
  constructor(
    message: string,
    readonly kind: 'parse' | 'execute',
    /** client-go's own error text, e.g. `unterminated array` or `array index out of bounds: …`. */
    readonly detail: string,
  ) {
    super(message);
    this.name = 'JsonPathError';
  }
}

export interface JsonPathOptions {
  /** --allow-missing-template-keys (default true): a missing key yields nothing instead of `x is not found`. */
  allowMissingKeys?: boolean;
  /** `-o jsonpath-as-json`: each result group prints as an indented JSON array. */
  outputJson?: boolean;
}

/** Parses a template; throws JsonPathError (`error parsing jsonpath <tmpl>, <reason>`). */
export function parseJsonPath(template: string): ListNode {
  try {
    return parseTemplate(template);
  } catch (e) {
    if (e instanceof JsonPathSyntaxError) throw new JsonPathError(`error parsing jsonpath ${template}, ${e.message}`, 'parse', e.message);
    throw e;
  }
}

/**
 * client-go FindResults on a parsed template: the raw result groups (used by custom-columns).
 * Throws JsonPathError (kind `execute`, message = client-go's error text).
 */
export function findJsonPathResults(root: ListNode, data: unknown, opts: JsonPathOptions = {}): unknown[][] {
  try {
    return new Executor(opts.allowMissingKeys ?? true).findResults(data, root.nodes);
  } catch (e) {
    if (e instanceof EvalError) throw new JsonPathError(e.message, 'execute', e.message);
    throw e;
  }
}

/**
 * `-o jsonpath=<template>` over `data` (one object, or the List kubectl builds for several).
 * Returns the printed text (no newline added); throws JsonPathError worded as kubectl prints it.
 */
export function executeJsonPath(template: string, data: unknown, opts: JsonPathOptions = {}): string {
  const root = parseJsonPath(template);
  let groups: unknown[][];
  try {
    groups = findJsonPathResults(root, data, opts);
  } catch (e) {
    if (!(e instanceof JsonPathError)) throw e;
    const message =
      `error executing jsonpath ${goQuote(template)}: Error executing template: ${e.detail}. ` +
      'Printing more information for debugging the template:\n' +
      `\ttemplate was:\n\t\t${template}\n` +
      `\tobject given to jsonpath engine was:\n\t\t${goSharpV(data)}\n\n`;
    throw new JsonPathError(message, 'execute', e.detail);
  }
  return printResults(groups, opts.outputJson ?? false);
}
