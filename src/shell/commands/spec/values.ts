// Flag value conversions as pflag does them: strconv.ParseBool, strconv.ParseInt(s, 0, 64),
// time.ParseDuration, CSV splitting for string slices, and the DefValue text help prints
// (`false`, `''`, `[]`, `0s`, `1m0s`). Error texts are Go's.

import type { FlagSpec, FlagValue } from './types';

const goQuote = (s: string) => JSON.stringify(s);

/** strconv.ParseBool. */
export function parseBool(s: string): boolean {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  throw new Error(`strconv.ParseBool: parsing ${goQuote(s)}: invalid syntax`);
}

/** strconv.ParseInt(s, 0, 64): decimal, 0x hex, 0o/0 octal, 0b binary, optional sign and underscores. */
export function parseInt64(s: string): number {
  const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO]?[0-7_]*|[1-9][0-9_]*|0)$/.exec(s);
  if (!m) throw new Error(`strconv.ParseInt: parsing ${goQuote(s)}: invalid syntax`);
  const body = m[2].replace(/_/g, '');
  let v: number;
  if (/^0[xX]/.test(body)) v = parseInt(body.slice(2), 16);
  else if (/^0[bB]/.test(body)) v = parseInt(body.slice(2), 2);
  else if (/^0[oO]/.test(body)) v = parseInt(body.slice(2), 8);
  else if (body.length > 1 && body.startsWith('0')) v = parseInt(body.slice(1), 8);
  else v = parseInt(body, 10);
  if (!Number.isSafeInteger(v)) throw new Error(`strconv.ParseInt: parsing ${goQuote(s)}: value out of range`);
  return m[1] === '-' ? -v : v;
}

const UNITS: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, 'μs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** time.ParseDuration, returning milliseconds (sub-millisecond parts are kept as fractions). */
export function parseDuration(s: string): number {
  const orig = s;
  let neg = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') throw new Error(`time: invalid duration ${goQuote(orig)}`);
  let total = 0;
  while (s !== '') {
    const num = /^([0-9]*)(\.[0-9]*)?/.exec(s)!;
    if (num[0] === '' || num[0] === '.') throw new Error(`time: invalid duration ${goQuote(orig)}`);
    s = s.slice(num[0].length);
    const unit = /^[^0-9.]*/.exec(s)![0];
    if (unit === '') throw new Error(`time: missing unit in duration ${goQuote(orig)}`);
    const mult = UNITS[unit];
    if (mult === undefined) throw new Error(`time: unknown unit ${goQuote(unit)} in duration ${goQuote(orig)}`);
    s = s.slice(unit.length);
    total += parseFloat(num[0]) * mult;
  }
  return neg ? -total : total;
}

/** time.Duration.String() for a duration in milliseconds: `0s`, `300ms`, `20s`, `1m0s`, `1h2m3.5s`. */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  const neg = ms < 0;
  let v = Math.abs(ms);
  let out: string;
  if (v < 1000) {
    out = `${trimFloat(v)}ms`;
  } else {
    const h = Math.floor(v / 3_600_000);
    v -= h * 3_600_000;
    const m = Math.floor(v / 60_000);
    v -= m * 60_000;
    const sec = `${trimFloat(v / 1000)}s`;
    out = h ? `${h}h${m}m${sec}` : m ? `${m}m${sec}` : sec;
  }
  return neg ? `-${out}` : out;
}

const trimFloat = (x: number) => String(Number(x.toFixed(9)));

/** encoding/csv reading of one record, as pflag's stringSlice does. */
export function splitCsv(s: string): string[] {
  if (s === '') return [];
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"' && cur === '') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** The default value of a flag, typed. */
export function defaultOf(f: FlagSpec): FlagValue {
  if (f.default !== undefined) return Array.isArray(f.default) ? [...f.default] : f.default;
  switch (f.type) {
    case 'bool':
      return false;
    case 'int':
    case 'duration':
      return 0;
    case 'stringArray':
    case 'stringSlice':
      return [];
    default:
      return '';
  }
}

/** pflag DefValue: the default as help prints it. */
export function defaultText(f: FlagSpec): string {
  if (f.defaultText !== undefined) return f.defaultText;
  const d = defaultOf(f);
  if (f.type === 'duration') return formatDuration(d as number);
  if (Array.isArray(d)) return `[${d.join(',')}]`;
  return String(d);
}

/** Converts a command-line string to the flag's value, merging into the previous one for lists. */
export function convert(f: FlagSpec, raw: string, prev: FlagValue, firstSet: boolean): FlagValue {
  switch (f.type) {
    case 'bool':
      return parseBool(raw);
    case 'int':
      return parseInt64(raw);
    case 'duration':
      return parseDuration(raw);
    case 'stringArray':
      return firstSet ? [raw] : [...(prev as string[]), raw];
    case 'stringSlice':
      return firstSet ? splitCsv(raw) : [...(prev as string[]), ...splitCsv(raw)];
    default:
      return raw;
  }
}

/** True when the flag may be given without a value (bool, or a NoOptDefVal). */
export const takesOptionalValue = (f: FlagSpec) => f.type === 'bool' || f.noOptDefault !== undefined;
export const noOptValue = (f: FlagSpec) => (f.type === 'bool' ? 'true' : (f.noOptDefault ?? ''));
