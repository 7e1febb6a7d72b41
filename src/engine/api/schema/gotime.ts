// Go's time.Parse errors for the layouts metav1.Time and metav1.MicroTime unmarshal with
// (time.RFC3339 "2006-01-02T15:04:05Z07:00", RFC3339Micro "2006-01-02T15:04:05.000000Z07:00"):
// `parsing time "x" as "<layout>": cannot parse "x" as "2006"`, `parsing time "…": month out of
// range`, `…: extra text: "…"`, `…: day out of range`. Follows time/format.go's chunk walk for
// these two layouts only.

type Std = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'frac6' | 'tz';
type Chunk = [prefix: string, std: Std | null, stdstr: string];

const RFC3339 = '2006-01-02T15:04:05Z07:00';
const RFC3339_MICRO = '2006-01-02T15:04:05.000000Z07:00';
const HEAD: Chunk[] = [
  ['', 'year', '2006'],
  ['-', 'month', '01'],
  ['-', 'day', '02'],
  ['T', 'hour', '15'],
  [':', 'minute', '04'],
  [':', 'second', '05'],
];
const LAYOUTS: Record<'time' | 'micro', [string, Chunk[]]> = {
  time: [RFC3339, [...HEAD, ['', 'tz', 'Z07:00'], ['', null, '']]],
  micro: [RFC3339_MICRO, [...HEAD, ['', 'frac6', '.000000'], ['', 'tz', 'Z07:00'], ['', null, '']]],
};

const digit = (s: string, i: number): boolean => i < s.length && s[i] >= '0' && s[i] <= '9';
const quote = (s: string): string => JSON.stringify(s);

/** getnum: one or two digits (exactly two when `fixed`); undefined on a bad value. */
function getnum(s: string, fixed: boolean): [number, string] | undefined {
  if (!digit(s, 0)) return undefined;
  if (!digit(s, 1)) return fixed ? undefined : [Number(s[0]), s.slice(1)];
  return [Number(s.slice(0, 2)), s.slice(2)];
}

function daysIn(month: number, year: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The error time.Parse gives for `value`, or undefined when it parses. */
export function goTimeParseError(value: string, kind: 'time' | 'micro' = 'time'): string | undefined {
  const [layout, chunks] = LAYOUTS[kind];
  const cannot = (v: string, elem: string): string => `parsing time ${quote(value)} as ${quote(layout)}: cannot parse ${quote(v)} as ${quote(elem)}`;
  let v = value;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let ci = 0; ci < chunks.length; ci++) {
    const [prefix, std, stdstr] = chunks[ci];
    for (const c of prefix) {
      if (v[0] !== c) return cannot(v, prefix);
      v = v.slice(1);
    }
    if (!std) {
      if (v.length) return `parsing time ${quote(value)}: extra text: ${quote(v)}`;
      break;
    }
    const hold = v;
    let n: [number, string] | undefined;
    let range = '';
    let ok = true;
    switch (std) {
      case 'year':
        ok = v.length >= 4 && /^\d{4}$/.test(v.slice(0, 4));
        if (ok) [year, v] = [Number(v.slice(0, 4)), v.slice(4)];
        break;
      case 'month':
      case 'day':
      case 'minute':
      case 'second':
      case 'hour':
        n = getnum(v, std !== 'hour');
        if (!n) {
          ok = false;
          break;
        }
        v = n[1];
        if (std === 'month' && (n[0] < 1 || n[0] > 12)) range = 'month';
        if (std === 'hour' && n[0] >= 24) range = 'hour';
        if (std === 'minute' && n[0] >= 60) range = 'minute';
        if (std === 'second' && n[0] >= 60) range = 'second';
        if (std === 'month') month = n[0];
        if (std === 'day') day = n[0];
        // A fraction after the seconds is accepted even when the layout has none.
        if (std === 'second' && !range && v.length >= 2 && (v[0] === '.' || v[0] === ',') && digit(v, 1) && chunks[ci + 1][1] !== 'frac6') {
          let k = 2;
          while (digit(v, k)) k++;
          v = v.slice(k);
        }
        break;
      case 'frac6':
        ok = v.length >= 7 && (v[0] === '.' || v[0] === ',') && /^\d{6}$/.test(v.slice(1, 7));
        if (ok) v = v.slice(7);
        break;
      case 'tz':
        if (v[0] === 'Z') {
          v = v.slice(1);
          break;
        }
        ok = v.length >= 6 && v[3] === ':' && (v[0] === '+' || v[0] === '-');
        if (ok) {
          const hh = getnum(v.slice(1, 3), true);
          const mm = getnum(v.slice(4, 6), true);
          ok = !!hh && !!mm;
          if (hh && hh[0] > 24) range = 'time zone offset hour';
          if (mm && mm[0] > 60) range = 'time zone offset minute';
          v = v.slice(6);
        }
        break;
    }
    if (range) return `parsing time ${quote(value)}: ${range} out of range`;
    if (!ok) return cannot(hold, stdstr);
  }
  if (day < 1 || day > daysIn(month, year)) return `parsing time ${quote(value)}: day out of range`;
  return undefined;
}
