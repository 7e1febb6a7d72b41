// `kubectl wait --for=…` (kubectl pkg/cmd/wait/wait.go conditionFuncFor, condition.go, json.go):
// parsing `delete`, `create`, `condition=NAME[=VALUE]` (names comma-separated, compared with
// Unicode case folding, value default `true`) and `jsonpath='{expr}'[=VALUE]` (split at single `=`,
// `==` kept; the expression relaxed as custom-columns does; the value trimmed of quotes), and the
// checks on an object: a condition counts only when its observedGeneration (or the status's) has
// caught up with metadata.generation; a JSONPath must give exactly one scalar, compared after
// fmt %v and trimming. Error texts are kubectl's.

import type { KObject } from '../../../engine/api/types';
import { CustomColumnsError, relaxedJsonPathExpression } from '../../format/custom-columns';
import { goQuote, goSprint } from '../../format/gofmt';
import { findJsonPathResults, JsonPathError, parseJsonPath, type ListNode } from '../../format/jsonpath';
import { CliError } from './errors';

export type WaitFor =
  | { type: 'delete' }
  | { type: 'create' }
  | { type: 'condition'; names: string[]; status: string }
  | { type: 'jsonpath'; root: ListNode; value?: string };

/** splitJSONPathInput: splits on single `=`; `==` stays in the element. */
function splitJsonPathInput(input: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < input.length; i++) {
    if (input[i] === '=') {
      if (i < input.length - 1 && input[i + 1] === '=') {
        cur += '==';
        i++;
        continue;
      }
      out.push(cur);
      cur = '';
      continue;
    }
    cur += input[i];
  }
  out.push(cur);
  return out;
}

/** strings.Trim(s, `'"`). */
const trimQuotes = (s: string) => s.replace(/^['"]+/, '').replace(/['"]+$/, '');

/** conditionFuncFor: the --for value → what to wait for; `unrecognized condition: ""` otherwise. */
export function parseFor(condition: string): WaitFor {
  const lower = condition.toLowerCase();
  if (lower === 'delete') return { type: 'delete' };
  if (lower === 'create') return { type: 'create' };
  if (condition.startsWith('condition=')) {
    let name = condition.slice('condition='.length);
    let status = 'true';
    const eq = name.indexOf('=');
    if (eq >= 0) {
      status = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    return { type: 'condition', names: name.split(','), status };
  }
  if (condition.startsWith('jsonpath=')) {
    const parts = splitJsonPathInput(condition.slice('jsonpath='.length));
    if (parts.length < 1 || parts.length > 2) {
      throw new CliError("jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'");
    }
    let expr: string;
    try {
      expr = relaxedJsonPathExpression(parts[0]);
    } catch (e) {
      if (e instanceof CustomColumnsError) throw new CliError(e.message);
      throw e;
    }
    let value: string | undefined;
    if (parts.length === 2) {
      value = trimQuotes(parts[1]);
      if (value === '') throw new CliError("jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3");
    }
    if (expr === '') throw new CliError('jsonpath expression cannot be empty');
    try {
      return { type: 'jsonpath', root: parseJsonPath(expr), value };
    } catch (e) {
      if (e instanceof JsonPathError) throw new CliError(e.detail);
      throw e;
    }
  }
  throw new CliError(`unrecognized condition: ${goQuote(condition)}`);
}

/** strings.EqualFold (simple case folding, approximated by both case mappings). */
const equalFold = (a: string, b: string) => a === b || a.toLowerCase() === b.toLowerCase() || a.toUpperCase() === b.toUpperCase();

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** ConditionalWait.checkCondition: the first condition of a wanted type decides. */
function conditionMet(w: { names: string[]; status: string }, obj: KObject): boolean {
  const status = obj.status as Record<string, unknown> | undefined;
  const conditions = status?.conditions;
  if (!Array.isArray(conditions)) return false;
  for (const c of conditions) {
    if (!isMap(c) || typeof c.type !== 'string' || !w.names.some((n) => equalFold(n, c.type as string))) continue;
    if (typeof c.status !== 'string') continue;
    const generation = obj.metadata.generation;
    if (isInt(generation)) {
      const observed = isInt(c.observedGeneration) ? c.observedGeneration : status?.observedGeneration;
      if (isInt(observed) && observed < generation) return false;
    }
    return equalFold(c.status, w.status);
  }
  return false;
}

/** JSONPathWait.checkCondition: exactly one scalar result, equal to the value (or any value). */
function jsonPathMet(w: { root: ListNode; value?: string }, obj: KObject): boolean {
  let results: unknown[][];
  try {
    results = findJsonPathResults(w.root, obj, { allowMissingKeys: true });
  } catch (e) {
    if (e instanceof JsonPathError) throw new CliError(e.detail);
    throw e;
  }
  if (results.length === 0 || results[0].length === 0) return false;
  if (results.length > 1) throw new CliError('given jsonpath expression matches more than one list');
  if (results[0].length > 1) throw new CliError('given jsonpath expression matches more than one value');
  if (w.value === undefined) return true;
  const r = results[0][0];
  if (Array.isArray(r) || isMap(r)) throw new CliError('jsonpath leads to a nested object or list which is not supported');
  return goSprint(r).trim() === w.value.trim();
}

/** True when `obj` satisfies a condition or jsonpath wait; throws kubectl's error for bad JSONPath results. */
export function isMet(w: WaitFor, obj: KObject): boolean {
  if (w.type === 'condition') return conditionMet(w, obj);
  if (w.type === 'jsonpath') return jsonPathMet(w, obj);
  return true;
}
