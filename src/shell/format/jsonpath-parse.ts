// The parser of kubectl's JSONPath templates (client-go util/jsonpath/parser.go), semantics ported:
// text outside `{…}` is literal; inside, `.field` (with `\.` escapes), `..` recursive descent,
// `[i]`, `[start:end:step]`, `[*]`, `[a,b]` unions, `['key']`, `[?(@.x=="y")]` filters (the text is
// split at the first run of `!<>=` characters; no regular expressions), quoted literals with Go
// escapes, numbers, `true`/`false`, and the identifiers `range`/`end`. Error texts are client-go's.
// Simplified: the Go parser recurses once per token; this one loops.

import { GoFloat, goRuneU } from './gofmt';

export interface ListNode { type: 'list'; nodes: Node[] }
export interface SliceParam { known: boolean; value: number; derived: boolean }
export type Node =
  | ListNode
  | { type: 'text'; text: string }
  | { type: 'field'; name: string }
  | { type: 'array'; params: [SliceParam, SliceParam, SliceParam] }
  | { type: 'filter'; left: ListNode; right: ListNode; op: string }
  | { type: 'int'; value: number }
  | { type: 'float'; value: GoFloat }
  | { type: 'bool'; value: boolean }
  | { type: 'wildcard' }
  | { type: 'recursive' }
  | { type: 'union'; nodes: ListNode[] }
  | { type: 'identifier'; name: string };

/** A template the parser rejected; the message is client-go's (e.g. `unclosed action`). */
export class JsonPathSyntaxError extends Error {}

const EOF = -1;
const isDigit = (r: number): boolean => r >= 0 && /\p{Nd}/u.test(String.fromCodePoint(r));
const isLetter = (r: number): boolean => r >= 0 && /\p{L}/u.test(String.fromCodePoint(r));
const isAlphaNumeric = (r: number): boolean => r === 0x5f || isLetter(r) || isDigit(r);
const isEndOfLine = (r: number): boolean => r === 0x0d || r === 0x0a;
const isTerminator = (r: number): boolean =>
  r === 0x20 || r === 0x09 || isEndOfLine(r) || r === EOF || '.,[]$@{}'.includes(String.fromCodePoint(r));

const DICT_KEY = /^'([^']*)'$/;
const SLICE = /^(-?[\d]*)(:-?[\d]*)?(:-?[\d]*)?$/;
const FILTER = /^([^!<>=]+)([!<>=]+)([^\n]+?)$/; // Go's `.` is any character but '\n'

/** strconv.Atoi */
const atoi = (s: string): number | undefined => (/^[+-]?[0-9]+$/.test(s) && Number.isSafeInteger(Number(s)) ? Number(s) : undefined);

/** client-go UnquoteExtend: strconv.Unquote that also accepts single quotes. */
export function unquoteExtend(s: string): string {
  const quote = s[0];
  if (s.length < 2 || quote !== s[s.length - 1] || (quote !== '"' && quote !== "'")) throw new Error('invalid syntax');
  let body = s.slice(1, -1);
  if (!body.includes('\\') && !body.includes(quote)) return body;
  let out = '';
  const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
  while (body.length > 0) {
    const c = body[0]!;
    if (c === quote) throw new Error('invalid syntax');
    if (c !== '\\') {
      const ch = String.fromCodePoint(body.codePointAt(0)!);
      out += ch;
      body = body.slice(ch.length);
      continue;
    }
    if (body.length <= 1) throw new Error('invalid syntax');
    const e = body[1]!;
    body = body.slice(2);
    if (simple[e] !== undefined) out += simple[e];
    else if (e === "'" || e === '"') {
      if (e !== quote) throw new Error('invalid syntax');
      out += e;
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = body.slice(0, n);
      if (hex.length < n || !/^[0-9a-fA-F]+$/.test(hex)) throw new Error('invalid syntax');
      const v = parseInt(hex, 16);
      if (e !== 'x' && (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))) throw new Error('invalid syntax');
      out += String.fromCodePoint(v);
      body = body.slice(n);
    } else if (e >= '0' && e <= '7') {
      const oct = e + body.slice(0, 2);
      if (!/^[0-7]{3}$/.test(oct) || parseInt(oct, 8) > 255) throw new Error('invalid syntax');
      out += String.fromCharCode(parseInt(oct, 8));
      body = body.slice(2);
    } else throw new Error('invalid syntax');
  }
  return out;
}

class Parser {
  private pos = 0;
  private start = 0;
  private width = 0;
  private readonly root: ListNode = { type: 'list', nodes: [] };

  constructor(private readonly input: string) {}

  private next(): number {
    if (this.pos >= this.input.length) {
      this.width = 0;
      return EOF;
    }
    const r = this.input.codePointAt(this.pos)!;
    this.width = r > 0xffff ? 2 : 1;
    this.pos += this.width;
    return r;
  }
  private backup(): void {
    this.pos -= this.width;
  }
  private peek(): number {
    const r = this.next();
    this.backup();
    return r;
  }
  private consume(): string {
    const v = this.input.slice(this.start, this.pos);
    this.start = this.pos;
    return v;
  }
  private at(prefix: string): boolean {
    return this.input.startsWith(prefix, this.pos);
  }

  parse(): ListNode {
    for (;;) {
      // text until the next '{'
      while (!this.at('{')) {
        if (this.next() === EOF) {
          if (this.pos > this.start) this.root.nodes.push({ type: 'text', text: this.consume() });
          return this.root;
        }
      }
      if (this.pos > this.start) this.root.nodes.push({ type: 'text', text: this.consume() });
      this.pos++;
      this.consume();
      const cur: ListNode = { type: 'list', nodes: [] };
      this.root.nodes.push(cur);
      while (this.action(cur)) {
        /* one token per call, until the closing '}' */
      }
    }
  }

  /** Parses one token inside `{…}`; false once the closing '}' is consumed. */
  private action(cur: ListNode): boolean {
    if (this.at('}')) {
      this.pos++;
      this.consume();
      return false;
    }
    if (this.at('[?(')) {
      this.filter(cur);
      return true;
    }
    if (this.at('..')) {
      if (cur.nodes[cur.nodes.length - 1]?.type === 'recursive') throw new JsonPathSyntaxError('invalid multiple recursive descent');
      this.pos += 2;
      this.consume();
      cur.nodes.push({ type: 'recursive' });
      if (isAlphaNumeric(this.peek())) this.field(cur);
      return true;
    }
    const r = this.next();
    if (r === EOF || isEndOfLine(r)) throw new JsonPathSyntaxError('unclosed action');
    const c = String.fromCodePoint(r);
    if (c === ' ' || c === '@' || c === '$') this.consume();
    else if (c === '[') this.array(cur);
    else if (c === '"' || c === "'") this.quote(cur, c);
    else if (c === '.') this.field(cur);
    else if (c === '+' || c === '-' || isDigit(r)) {
      this.backup();
      this.number(cur);
    } else if (isAlphaNumeric(r)) {
      this.backup();
      this.identifier(cur);
    } else throw new JsonPathSyntaxError(`unrecognized character in action: ${goRuneU(r)}`);
    return true;
  }

  private identifier(cur: ListNode): void {
    while (!isTerminator(this.next()));
    this.backup();
    const v = this.consume();
    cur.nodes.push(v === 'true' || v === 'false' ? { type: 'bool', value: v === 'true' } : { type: 'identifier', name: v });
  }

  private number(cur: ListNode): void {
    const r0 = this.peek();
    if (r0 === 0x2b || r0 === 0x2d) this.next();
    for (;;) {
      const r = this.next();
      if (r !== 0x2e && !isDigit(r)) {
        this.backup();
        break;
      }
    }
    const v = this.consume();
    const i = atoi(v);
    if (i !== undefined) cur.nodes.push({ type: 'int', value: i });
    else if (/^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)$/.test(v)) cur.nodes.push({ type: 'float', value: new GoFloat(Number(v)) });
    else throw new JsonPathSyntaxError(`cannot parse number ${v}`);
  }

  private array(cur: ListNode): void {
    for (;;) {
      const r = this.next();
      if (r === EOF || r === 0x0a) throw new JsonPathSyntaxError('unterminated array');
      if (r === 0x5d) break;
    }
    let text = this.consume().slice(1, -1);
    if (text === '*') text = ':';
    const parts = text.split(',');
    if (parts.length > 1) {
      cur.nodes.push({ type: 'union', nodes: parts.map((p) => parseAction(`[${p.replace(/^ +| +$/g, '')}]`)) });
      return;
    }
    const key = DICT_KEY.exec(text);
    if (key) {
      cur.nodes.push(...parseAction(`.${key[1]}`).nodes);
      return;
    }
    const m = SLICE.exec(text);
    if (!m) throw new JsonPathSyntaxError(`invalid array index ${text}`);
    const params: SliceParam[] = [];
    for (let i = 0; i < 3; i++) {
      let v = m[i + 1] ?? '';
      const p: SliceParam = { known: false, value: 0, derived: false };
      if (v !== '') {
        if (i > 0) v = v.slice(1);
        if (!(i > 0 && v === '')) {
          const n = atoi(v);
          if (n === undefined) throw new JsonPathSyntaxError(`array index ${v} is not a number`);
          p.known = true;
          p.value = n;
        }
      } else if (i === 1) {
        p.known = true;
        p.value = params[0]!.value + 1;
        p.derived = true;
      }
      params.push(p);
    }
    cur.nodes.push({ type: 'array', params: params as [SliceParam, SliceParam, SliceParam] });
  }

  private filter(cur: ListNode): void {
    this.pos += 3;
    this.consume();
    let begin = false;
    let end = false;
    let pair = '';
    for (;;) {
      const r = this.next();
      if (r === EOF || r === 0x0a) throw new JsonPathSyntaxError('unterminated filter');
      const c = String.fromCodePoint(r);
      if (c === '"' || c === "'") {
        if (!begin) {
          begin = true;
          pair = c;
          continue;
        }
        if (this.input[this.pos - 2] !== '\\' && c === pair) end = true;
      } else if (c === ')' && begin === end) break;
    }
    if (this.next() !== 0x5d) throw new JsonPathSyntaxError('unclosed array expect ]');
    const text = this.consume().slice(0, -2);
    const m = FILTER.exec(text);
    if (!m) cur.nodes.push({ type: 'filter', left: parseAction(text), right: { type: 'list', nodes: [] }, op: 'exists' });
    else cur.nodes.push({ type: 'filter', left: parseAction(m[1]!), right: parseAction(m[3]!), op: m[2]! });
  }

  private quote(cur: ListNode, end: string): void {
    for (;;) {
      const r = this.next();
      if (r === EOF || r === 0x0a) throw new JsonPathSyntaxError('unterminated quoted string');
      if (String.fromCodePoint(r) === end && this.input[this.pos - 2] !== '\\') break;
    }
    const v = this.consume();
    try {
      cur.nodes.push({ type: 'text', text: unquoteExtend(v) });
    } catch (e) {
      throw new JsonPathSyntaxError(`unquote string ${v} error ${(e as Error).message}`);
    }
  }

  private field(cur: ListNode): void {
    this.consume();
    for (;;) {
      const r = this.next();
      if (r === 0x5c) this.next();
      else if (isTerminator(r)) {
        this.backup();
        break;
      }
    }
    const v = this.consume();
    cur.nodes.push(v === '*' ? { type: 'wildcard' } : { type: 'field', name: v.replaceAll('\\', '') });
  }
}

/** parser.go parseAction: parses `{text}` and returns that action's node list. */
function parseAction(text: string): ListNode {
  return new Parser(`{${text}}`).parse().nodes[0] as ListNode;
}

/** Parses a whole template (text and `{…}` actions) into its root list. */
export function parseTemplate(template: string): ListNode {
  return new Parser(template).parse();
}
