// How `kubectl -o yaml` writes a string: sigs.k8s.io/yaml marshals through go-yaml v2, whose encoder
// (encode.go stringv, resolve.go) and libyaml-derived emitter (emitterc.go analyze_scalar,
// select_scalar_style, write_*_scalar) decide quoting and line folding:
// - a string that would read back as something else (`""`, `"80"`, `"true"`, `"yes"`, `"~"`,
//   `"2026-01-01T00:00:00Z"`, `"1e3"`, `"0x1F"`, `"1:20"`) is double-quoted;
// - one containing '\n' is a literal block (`|`, `|-`, `|+`, `|2-` when it starts with a space);
// - a plain string that cannot be plain (indicators such as `: `, ` #`, a leading `*`, `- `, `{`,
//   leading/trailing spaces) is single-quoted;
// - control characters, a tab, characters outside the BMP, or spaces before a line break force
//   double quotes with escapes (`\t`, `\n`, `\U0001F600`);
// - plain and quoted scalars fold at a space once the line is past column 80 (best_width), so
//   lines may run longer than 80; literal blocks never fold.
// Simplified: keys are always simple keys (go-yaml makes keys over 128 characters complex `? `),
// and the rare line separators U+2028/U+2029 force double quotes.

export type GoYamlStyle = 'plain' | 'single' | 'double' | 'literal';

const BEST_WIDTH = 80;

const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

const MAP_LOOKUP = new Set([
  'y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON',
  'n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF',
  '', '~', 'null', 'Null', 'NULL',
  '.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF',
]);

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** strconv.ParseInt(s, 0, 64) succeeds, or ParseUint(s, 0, 64) does. */
function parsesAsGoInt(s: string): boolean {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return false;
  const body = m[2]!;
  let digits: bigint;
  if (/^0[xXoObB]/.test(body)) digits = BigInt(body.toLowerCase());
  else if (body.length > 1 && body[0] === '0') digits = BigInt(`0o${body.slice(1)}`);
  else digits = BigInt(body);
  const v = m[1] === '-' ? -digits : digits;
  if (v >= INT64_MIN && v <= INT64_MAX) return true;
  return m[1] === '' && v <= UINT64_MAX; // ParseUint takes no sign
}

function daysIn(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** go-yaml parseTimestamp: the layouts 2006-1-2T15:4:5.999999999Z07:00 (T or t), `2006-1-2 15:4:5`, `2006-1-2`. */
export function isGoYamlTimestamp(s: string): boolean {
  const m =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt](\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))|(?: (\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?))?$/.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return false;
  const h = m[4] ?? m[7];
  const mi = m[5] ?? m[8];
  const se = m[6] ?? m[9];
  if (h === undefined) return true;
  return Number(h) < 24 && Number(mi) < 60 && Number(se) < 60;
}

/** go-yaml v2 resolve(""…): true when `s`, written plain, would read back as null/bool/number/timestamp. */
export function resolvesToNonString(s: string): boolean {
  const c = s[0];
  const hint = s === '' ? 'N' : c === '+' || c === '-' ? 'S' : c! >= '0' && c! <= '9' ? 'D' : 'yYnNtTfFoO~'.includes(c!) ? 'M' : c === '.' ? '.' : '';
  if (hint === '') return false;
  if (MAP_LOOKUP.has(s)) return true;
  if (hint === '.') return /^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s.replace(/_(?=\d)/g, '')) && Number.isFinite(Number(s));
  if (hint !== 'D' && hint !== 'S') return false;
  if (isGoYamlTimestamp(s)) return true;
  const plain = s.replaceAll('_', '');
  if (parsesAsGoInt(plain)) return true;
  if (YAML_STYLE_FLOAT.test(plain) && Number.isFinite(Number(plain))) return true;
  if (/^-?0b[01]+$/.test(plain)) return true;
  return false;
}

const isBreak = (cp: number): boolean => cp === 0x0a || cp === 0x0d || cp === 0x85 || cp === 0x2028 || cp === 0x2029;

/** go-yaml is_printable: '\n', ASCII printable, U+00A0…U+D7FF, U+E000…U+FFFD but not the BOM. */
const isPrintable = (cp: number): boolean =>
  cp === 0x0a || (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff);

interface Analysis {
  multiline: boolean;
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  blockAllowed: boolean;
}

/** yaml_emitter_analyze_scalar (block context only: kubectl output has no flow scalars). */
function analyze(cps: number[]): Analysis {
  if (cps.length === 0) return { multiline: false, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: false };
  let blockIndicators = false;
  let lineBreaks = false;
  let special = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let precededByWhitespace = true;
  let previousSpace = false;
  let previousBreak = false;
  const ch = (i: number): string => String.fromCodePoint(cps[i]!);
  if (cps.length >= 3 && ((ch(0) === '-' && ch(1) === '-' && ch(2) === '-') || (ch(0) === '.' && ch(1) === '.' && ch(2) === '.'))) {
    blockIndicators = true;
  }
  for (let i = 0; i < cps.length; i++) {
    const c = ch(i);
    const followedByWhitespace = i + 1 >= cps.length || cps[i + 1] === 0x20 || cps[i + 1] === 0x09;
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) blockIndicators = true;
      else if ((c === '?' || c === ':' || c === '-') && followedByWhitespace) blockIndicators = true;
    } else if (c === ':' && followedByWhitespace) blockIndicators = true;
    else if (c === '#' && precededByWhitespace) blockIndicators = true;

    if (!isPrintable(cps[i]!)) special = true;
    if (cps[i] === 0x20) {
      if (i === 0) leadingSpace = true;
      if (i === cps.length - 1) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(cps[i]!)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i === cps.length - 1) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = cps[i] === 0x20 || cps[i] === 0x09 || cps[i] === 0 || isBreak(cps[i]!);
  }
  const a: Analysis = { multiline: lineBreaks, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: true };
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) a.blockPlainAllowed = false;
  if (trailingSpace) a.blockAllowed = false;
  if (breakSpace) {
    a.blockPlainAllowed = false;
    a.singleQuotedAllowed = false;
  }
  if (spaceBreak || special) {
    a.blockPlainAllowed = false;
    a.singleQuotedAllowed = false;
    a.blockAllowed = false;
  }
  if (lineBreaks || blockIndicators) a.blockPlainAllowed = false;
  return a;
}

const toCodePoints = (s: string): number[] => Array.from(s, (c) => c.codePointAt(0)!);

/** The style go-yaml v2 gives a string value (`simpleKey`: it is a mapping key). */
export function goYamlStringStyle(s: string, simpleKey = false): GoYamlStyle {
  const cps = toCodePoints(s);
  const a = analyze(cps);
  const canUsePlain = !resolvesToNonString(s) && !BASE60_FLOAT.test(s);
  let style: GoYamlStyle = s.includes('\n') ? 'literal' : canUsePlain ? 'plain' : 'double';
  if (simpleKey && a.multiline) style = 'double';
  if (style === 'plain' && !a.blockPlainAllowed) style = 'single';
  if (style === 'plain' && cps.length === 0 && simpleKey) style = 'single';
  if (style === 'single' && (!a.singleQuotedAllowed || cps.some((c) => c === 0x2028 || c === 0x2029))) style = 'double';
  if (style === 'literal' && (!a.blockAllowed || simpleKey)) style = 'double';
  return style;
}

const DOUBLE_ESCAPES: Record<number, string> = {
  0x00: '0', 0x07: 'a', 0x08: 'b', 0x09: 't', 0x0a: 'n', 0x0b: 'v', 0x0c: 'f', 0x0d: 'r', 0x1b: 'e',
  0x22: '"', 0x5c: '\\', 0x85: 'N', 0xa0: '_', 0x2028: 'L', 0x2029: 'P',
};

function doubleEscape(cp: number): string | undefined {
  if (isPrintable(cp) && cp !== 0xfeff && !isBreak(cp) && cp !== 0x22 && cp !== 0x5c) return undefined;
  const short = DOUBLE_ESCAPES[cp];
  if (short) return `\\${short}`;
  const hex = cp.toString(16).toUpperCase();
  if (cp <= 0xff) return `\\x${hex.padStart(2, '0')}`;
  if (cp <= 0xffff) return `\\u${hex.padStart(4, '0')}`;
  return `\\U${hex.padStart(8, '0')}`;
}

export interface EmitPosition {
  /** Column where the scalar's first character (or opening quote, or `|`) is written. */
  column: number;
  /** Indentation of continuation lines (the scalar's emitter indent: parent indent + 2). */
  indent: number;
  /** A mapping key: never folded, never a block scalar. */
  simpleKey: boolean;
}

/** Writes a string scalar exactly as go-yaml v2 would at that position (without a final newline). */
export function emitGoYamlString(s: string, pos: EmitPosition): string {
  const style = goYamlStringStyle(s, pos.simpleKey);
  const cps = toCodePoints(s);
  const allowBreaks = !pos.simpleKey;
  const pad = '\n' + ' '.repeat(pos.indent);
  let out = '';
  let col = pos.column;
  let spaces = false;
  const put = (text: string, width = 1): void => {
    out += text;
    col += width;
  };
  const fold = (): void => {
    out += pad;
    col = pos.indent;
  };

  if (style === 'literal') {
    const startsBlank = cps[0] === 0x20 || isBreak(cps[0]!);
    const endsBreak = s.endsWith('\n');
    const chomp = !endsBreak ? '-' : s === '\n' || s.endsWith('\n\n') ? '+' : '';
    const body = endsBreak ? s.slice(0, -1) : s;
    const lines = body.split('\n').map((l) => (l === '' ? '' : ' '.repeat(pos.indent) + l));
    return `|${startsBlank ? '2' : ''}${chomp}\n${lines.join('\n')}`;
  }
  if (style === 'plain') {
    cps.forEach((cp, i) => {
      if (cp === 0x20) {
        if (allowBreaks && !spaces && col > BEST_WIDTH && cps[i + 1] !== 0x20) fold();
        else put(' ');
        spaces = true;
      } else {
        put(String.fromCodePoint(cp));
        spaces = false;
      }
    });
    return out;
  }
  if (style === 'single') {
    put("'");
    cps.forEach((cp, i) => {
      if (cp === 0x20) {
        if (allowBreaks && !spaces && col > BEST_WIDTH && i > 0 && i < cps.length - 1 && cps[i + 1] !== 0x20) fold();
        else put(' ');
        spaces = true;
      } else {
        if (cp === 0x27) put("'");
        put(String.fromCodePoint(cp));
        spaces = false;
      }
    });
    put("'");
    return out;
  }
  put('"');
  cps.forEach((cp, i) => {
    const esc = doubleEscape(cp);
    if (esc !== undefined) {
      put(esc, esc.length);
      spaces = false;
    } else if (cp === 0x20) {
      if (allowBreaks && !spaces && col > BEST_WIDTH && i > 0 && i < cps.length - 1) {
        fold();
        // a space after the fold would be eaten as indentation: escape it
        if (cps[i + 1] === 0x20) put('\\');
      } else put(' ');
      spaces = true;
    } else {
      put(String.fromCodePoint(cp));
      spaces = false;
    }
  });
  put('"');
  return out;
}
