// The evaluator behind jsonpath.ts: client-go util/jsonpath/jsonpath.go FindResults and
// PrintResults, semantics ported (walk per node type, range/end bookkeeping, slices with negative
// indices and steps, union, wildcard, recursive descent, filters compared like text/template's
// eq/lt). Errors carry the values the Go function returned with them, because an `exists` filter
// looks at those. Simplified: map keys are visited sorted where Go's order is random.

import { compareCodePoints, GoFloat, goSprint, goTypeName, sortedKeys } from './gofmt';
import { goJson } from './gojson';
import type { ListNode, Node } from './jsonpath-parse';

/** Go's zero reflect.Value: "no value at all", which is not the same as a JSON null. */
export const NOVALUE: unique symbol = Symbol('no value');

/** An execution error from client-go, with the values its function returned alongside it. */
export class EvalError extends Error {
  constructor(message: string, readonly partial: unknown[]) {
    super(message);
  }
}

type Kind = 'invalid' | 'nil' | 'map' | 'slice' | 'string' | 'int' | 'float' | 'bool';
const kindOf = (v: unknown): Kind => {
  if (v === NOVALUE) return 'invalid';
  if (v === null || v === undefined) return 'nil';
  if (v instanceof GoFloat) return 'float';
  if (Array.isArray(v)) return 'slice';
  switch (typeof v) {
    case 'string': return 'string';
    case 'number': return Number.isInteger(v) ? 'int' : 'float';
    case 'boolean': return 'bool';
    default: return 'map';
  }
};
const isNil = (v: unknown): boolean => v === null || v === undefined;
const num = (v: unknown): number => (v instanceof GoFloat ? v.value : (v as number));

const utf8Bytes = (s: string): number[] => {
  const out: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return out;
};

/** The elements `*` and `..` visit: map values, list items, a string's bytes. */
function children(v: unknown): unknown[] {
  switch (kindOf(v)) {
    case 'map': {
      const o = v as Record<string, unknown>;
      return sortedKeys(o).map((k) => o[k]);
    }
    case 'slice': return (v as unknown[]).map((x) => (x === undefined ? null : x));
    case 'string': return utf8Bytes(v as string);
    default: return [];
  }
}

// text/template (forked in client-go) comparison functions.
type Basic = 'bool' | 'int' | 'float' | 'string';
function basicKind(v: unknown): Basic {
  const k = kindOf(v);
  if (k === 'bool' || k === 'int' || k === 'float' || k === 'string') return k;
  throw new Error('invalid type for comparison');
}
function equal(a: unknown, b: unknown): boolean {
  const ka = basicKind(a);
  const kb = basicKind(b);
  if (ka !== kb) throw new Error('incompatible types for comparison');
  return ka === 'int' || ka === 'float' ? num(a) === num(b) : a === b;
}
function less(a: unknown, b: unknown): boolean {
  const ka = basicKind(a);
  const kb = basicKind(b);
  if (ka !== kb) throw new Error('incompatible types for comparison');
  if (ka === 'bool') throw new Error('invalid type for comparison');
  return ka === 'string' ? compareCodePoints(a as string, b as string) < 0 : num(a) < num(b);
}
const lessOrEqual = (a: unknown, b: unknown): boolean => less(a, b) || equal(a, b);
const COMPARE: Record<string, (a: unknown, b: unknown) => boolean> = {
  '<': less,
  '>': (a, b) => !lessOrEqual(a, b),
  '==': equal,
  '!=': (a, b) => !equal(a, b),
  '<=': lessOrEqual,
  '>=': (a, b) => !less(a, b),
};

export class Executor {
  private beginRange = 0;
  private inRange = 0;
  private endRange = 0;
  private lastEndNode: Node | undefined;

  constructor(private readonly allowMissingKeys: boolean) {}

  /** JSONPath.FindResults: one result group per top-level node, ranges expanded. */
  findResults(data: unknown, nodes: readonly Node[]): unknown[][] {
    const cur = [isNil(data) ? NOVALUE : data];
    const full: unknown[][] = [];
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      const results = this.walk(cur, node);
      // an {end}: this block is over
      if (this.endRange > 0 && this.endRange <= this.inRange) {
        this.endRange--;
        this.lastEndNode = node;
        break;
      }
      // a {range}: run the following nodes once per result
      if (this.beginRange > 0) {
        this.beginRange--;
        this.inRange++;
        const rest = nodes.slice(i + 1);
        if (results.length > 0) for (const value of results) full.push(...this.findResults(value, rest));
        else this.findResults(null, rest); // still advances to the matching {end}
        this.inRange--;
        for (let k = i + 1; k < nodes.length; k++) {
          if (nodes[k] === this.lastEndNode) {
            i = k;
            break;
          }
        }
        continue;
      }
      full.push(results);
    }
    return full;
  }

  private walk(input: unknown[], node: Node): unknown[] {
    switch (node.type) {
      case 'list': return this.evalList(input, node);
      case 'text': return [node.text];
      case 'field': return this.evalField(input, node.name);
      case 'array': return this.evalArray(input, node.params);
      case 'filter': return this.evalFilter(input, node);
      case 'int':
      case 'bool':
      case 'float': return input.map(() => node.value);
      case 'wildcard': return input.filter((v) => !isNil(v)).flatMap(children);
      case 'recursive': return this.evalRecursive(input);
      case 'union': return node.nodes.flatMap((l) => this.evalList(input, l));
      case 'identifier': return this.evalIdentifier(input, node.name);
    }
  }

  private evalList(input: unknown[], list: ListNode): unknown[] {
    let cur = input;
    for (const n of list.nodes) cur = this.walk(cur, n);
    return cur;
  }

  private evalIdentifier(input: unknown[], name: string): unknown[] {
    if (name === 'range') {
      this.beginRange++;
      return input;
    }
    if (name === 'end') {
      if (this.inRange > 0) {
        this.endRange++;
        return [];
      }
      throw new EvalError('not in range, nothing to end', []);
    }
    throw new EvalError(`unrecognized identifier ${name}`, input);
  }

  private evalField(input: unknown[], name: string): unknown[] {
    if (input.length === 0) return [];
    const results: unknown[] = [];
    for (const v of input) {
      if (kindOf(v) !== 'map') continue;
      const o = v as Record<string, unknown>;
      if (Object.hasOwn(o, name) && o[name] !== undefined) results.push(o[name]);
    }
    if (results.length === 0 && !this.allowMissingKeys) throw new EvalError(`${name} is not found`, []);
    return results;
  }

  private evalArray(input: unknown[], params: readonly { known: boolean; value: number; derived: boolean }[]): unknown[] {
    const result: unknown[] = [];
    for (const v of input) {
      if (isNil(v)) continue;
      if (!Array.isArray(v)) {
        throw new EvalError(`${v === NOVALUE ? '<invalid reflect.Value>' : goTypeName(v)} is not array or slice`, input);
      }
      const len = v.length;
      const [p0, p1, p2] = params.map((p) => ({ ...p }));
      if (!p0!.known) p0!.value = 0;
      if (p0!.value < 0) p0!.value += len;
      if (!p1!.known) p1!.value = len;
      if (p1!.value < 0 || (p1!.value === 0 && p1!.derived)) p1!.value += len;
      if (p1!.value === p0!.value) return result; // zero elements requested (Go returns at once)
      if (p0!.value >= len || p0!.value < 0) throw new EvalError(`array index out of bounds: index ${p0!.value}, length ${len}`, input);
      if (p1!.value > len || p1!.value < 0) throw new EvalError(`array index out of bounds: index ${p1!.value - 1}, length ${len}`, input);
      if (p0!.value > p1!.value) throw new EvalError(`starting index ${p0!.value} is greater than ending index ${p1!.value}`, input);
      let step = 1;
      if (p2!.known) {
        if (p2!.value <= 0) throw new EvalError('step must be > 0', input);
        step = p2!.value;
      }
      const slice = v.slice(p0!.value, p1!.value);
      for (let i = 0; i < slice.length; i += step) result.push(slice[i] === undefined ? null : slice[i]);
    }
    return result;
  }

  private evalRecursive(input: unknown[]): unknown[] {
    const result: unknown[] = [];
    for (const v of input) {
      if (isNil(v)) continue;
      const kids = children(v);
      if (kids.length > 0) result.push(v, ...this.evalRecursive(kids));
    }
    return result;
  }

  private evalFilter(input: unknown[], node: Extract<Node, { type: 'filter' }>): unknown[] {
    const results: unknown[] = [];
    for (const v of input) {
      if (!Array.isArray(v)) {
        const shown = v === NOVALUE ? '<invalid reflect.Value>' : goSprint(v);
        throw new EvalError(`${shown} is not array or slice and cannot be filtered`, input);
      }
      for (const raw of v) {
        const elem = raw === undefined ? null : raw;
        const temp = [elem];
        let lefts: unknown[];
        let leftErr: EvalError | undefined;
        try {
          lefts = this.evalList(temp, node.left);
        } catch (e) {
          if (!(e instanceof EvalError)) throw e;
          lefts = e.partial;
          leftErr = e;
        }
        if (node.op === 'exists') {
          if (lefts.length > 0) results.push(elem);
          continue;
        }
        if (leftErr) throw new EvalError(leftErr.message, input);
        if (lefts.length === 0) continue;
        if (lefts.length > 1) throw new EvalError('can only compare one element at a time', input);
        let rights: unknown[];
        try {
          rights = this.evalList(temp, node.right);
        } catch (e) {
          if (e instanceof EvalError) throw new EvalError(e.message, input);
          throw e;
        }
        if (rights.length === 0) continue;
        if (rights.length > 1) throw new EvalError('can only compare one element at a time', input);
        const cmp = COMPARE[node.op];
        if (!cmp) throw new EvalError(`unrecognized filter operator ${node.op}`, results);
        let pass: boolean;
        try {
          pass = cmp(lefts[0], rights[0]);
        } catch (e) {
          throw new EvalError((e as Error).message, results);
        }
        if (pass) results.push(elem);
      }
    }
    return results;
  }
}

/** JSONPath.PrintResults for each group. */
export function printResults(groups: unknown[][], outputJson: boolean): string {
  let out = '';
  for (const group of groups) {
    if (outputJson) {
      out += goJson(group.map((r) => (r === NOVALUE ? null : r)), '    ') + '\n';
      continue;
    }
    out += group
      .map((r) => {
        const k = kindOf(r);
        if (k === 'map' || k === 'slice') return goJson(r);
        return r === NOVALUE ? '<no value>' : goSprint(r);
      })
      .join(' ');
  }
  return out;
}
