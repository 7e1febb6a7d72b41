// The parser of the engine's tiny sh subset (see builtin-sh.ts): words with quotes and `$VAR` /
// `${VAR}`, `;`/newline, `&&`, `||`, `while`/`until … do … done`, `for x in …; do … done`. Anything
// beyond that makes the parse fail, which routes the script to the real shell.

/** A word's parts; `bare` parts were unquoted (an unquoted word that expands to nothing disappears). */
export type Word = { lit: string; vars: boolean; bare?: boolean }[];
export type Node =
  | { k: 'cmd'; words: Word[] }
  | { k: 'and' | 'or'; a: Node; b: Node }
  | { k: 'seq'; items: Node[] }
  | { k: 'while' | 'until'; cond: Node; body: Node }
  | { k: 'for'; name: string; items: Word[]; body: Node };

export type Script = Node;

export const BUILTINS = new Set(['echo', 'sleep', 'true', 'false', ':', 'exit', 'env', 'printenv', 'hostname', 'cat', 'date', 'pwd']);
export const SHELLS = new Set(['sh', 'ash', 'bash', 'dash']);
type Tok = { t: 'w'; w: Word; raw: string } | { t: 'op'; v: string };

function tokenize(s: string): Tok[] | undefined {
  const out: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === ' ' || c === '\t') { i++; continue; }
    if (c === '#') { while (i < s.length && s[i] !== '\n') i++; continue; }
    if (c === '\n' || c === ';') { out.push({ t: 'op', v: ';' }); i++; continue; }
    if (s.startsWith('&&', i) || s.startsWith('||', i)) { out.push({ t: 'op', v: s.slice(i, i + 2) }); i += 2; continue; }
    if ('|&<>()`{}*?[]'.includes(c)) return undefined;
    const w: Word = [];
    const bareParts = new Set<Word[number]>();
    let raw = '';
    while (i < s.length && !' \t\n;'.includes(s[i]) && !s.startsWith('&&', i) && !s.startsWith('||', i)) {
      const ch = s[i];
      if (s.startsWith('${', i)) {
        const j = s.indexOf('}', i);
        if (j < 0 || !/^\$\{\w+\}$/.test(s.slice(i, j + 1))) return undefined; // ${X:-d} etc.: the real shell
        w.push({ lit: s.slice(i, j + 1), vars: true, bare: true });
        raw += s.slice(i, j + 1);
        i = j + 1;
        continue;
      }
      if ('|&<>()`{}*?[]'.includes(ch)) return undefined;
      if (ch === "'") {
        const j = s.indexOf("'", i + 1);
        if (j < 0) return undefined;
        w.push({ lit: s.slice(i + 1, j), vars: false });
        raw += s.slice(i, j + 1);
        i = j + 1;
      } else if (ch === '"') {
        let j = i + 1;
        let lit = '';
        while (j < s.length && s[j] !== '"') {
          if (s[j] === '\\' && j + 1 < s.length && '"\\$`'.includes(s[j + 1])) { lit += s[j + 1]; j += 2; continue; }
          if (s[j] === '`' || s.startsWith('$(', j)) return undefined;
          lit += s[j++];
        }
        if (j >= s.length) return undefined;
        w.push({ lit, vars: true });
        raw += s.slice(i, j + 1);
        i = j + 1;
      } else if (ch === '\\' && i + 1 < s.length) {
        w.push({ lit: s[i + 1], vars: false });
        raw += s.slice(i, i + 2);
        i += 2;
      } else {
        if (s.startsWith('$(', i)) return undefined;
        // A run of bare characters is one part, so `$NAME` stays whole for expansion.
        const last = w[w.length - 1];
        if (last && bareParts.has(last)) last.lit += ch;
        else {
          const part = { lit: ch, vars: true, bare: true };
          bareParts.add(part);
          w.push(part);
        }
        raw += ch;
        i++;
      }
    }
    out.push({ t: 'w', w, raw });
  }
  return out;
}

class Parser {
  private i = 0;
  constructor(private toks: Tok[]) {}
  parse(): Node | undefined {
    const n = this.list(new Set());
    return this.i === this.toks.length ? n : undefined;
  }
  private peekWord(): string | undefined {
    const t = this.toks[this.i];
    return t?.t === 'w' ? t.raw : undefined;
  }
  private skipSeps(): void {
    while (this.toks[this.i]?.t === 'op' && (this.toks[this.i] as { v: string }).v === ';') this.i++;
  }
  private list(stop: Set<string>): Node | undefined {
    const items: Node[] = [];
    this.skipSeps();
    while (this.i < this.toks.length && !stop.has(this.peekWord() ?? '')) {
      const n = this.andOr(stop);
      if (!n) return undefined;
      items.push(n);
      const t = this.toks[this.i];
      if (t && t.t === 'op' && t.v !== ';') return undefined;
      this.skipSeps();
    }
    return items.length === 1 ? items[0] : { k: 'seq', items };
  }
  private andOr(stop: Set<string>): Node | undefined {
    let a = this.command(stop);
    while (a) {
      const t = this.toks[this.i];
      if (!(t && t.t === 'op' && (t.v === '&&' || t.v === '||'))) break;
      this.i++;
      const b = this.command(stop);
      if (!b) return undefined;
      a = { k: t.v === '&&' ? 'and' : 'or', a, b };
    }
    return a;
  }
  private expect(word: string): boolean {
    this.skipSeps();
    if (this.peekWord() !== word) return false;
    this.i++;
    return true;
  }
  private command(stop: Set<string>): Node | undefined {
    const w = this.peekWord();
    if (w === 'while' || w === 'until') {
      this.i++;
      const cond = this.list(new Set(['do']));
      if (!cond || !this.expect('do')) return undefined;
      const body = this.list(new Set(['done']));
      if (!body || !this.expect('done')) return undefined;
      return { k: w, cond, body };
    }
    if (w === 'for') {
      this.i++;
      const name = this.peekWord();
      if (!name || !/^[A-Za-z_]\w*$/.test(name)) return undefined;
      this.i++;
      const items: Word[] = [];
      if (this.peekWord() === 'in') {
        this.i++;
        while (this.toks[this.i]?.t === 'w') items.push((this.toks[this.i++] as { w: Word }).w);
      }
      if (!this.expect('do')) return undefined;
      const body = this.list(new Set(['done']));
      if (!body || !this.expect('done')) return undefined;
      return { k: 'for', name, items, body };
    }
    const words: Word[] = [];
    while (this.toks[this.i]?.t === 'w') {
      const raw = (this.toks[this.i] as { raw: string }).raw;
      if (words.length === 0 && (stop.has(raw) || ['do', 'done', 'then', 'if', 'fi', 'case', 'esac', 'function'].includes(raw))) break;
      if (words.length === 0 && /^[A-Za-z_]\w*=/.test(raw)) return undefined; // assignments: leave to the shell
      words.push((this.toks[this.i++] as { w: Word }).w);
    }
    if (!words.length) return undefined;
    const first = words[0].map((p) => p.lit).join('');
    if (!BUILTINS.has(first)) return undefined;
    return { k: 'cmd', words };
  }
}

/** Parses a `sh -c` script; undefined when it needs the real shell. */
export function parseBuiltinScript(script: string): Script | undefined {
  const toks = tokenize(script);
  return toks ? new Parser(toks).parse() : undefined;
}

