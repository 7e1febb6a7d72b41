// Kubernetes resource quantities as apimachinery parses and prints them (pkg/api/resource:
// quantity.go ParseQuantity/parseQuantityString with their three errors, suffix.go, and
// CanonicalizeBytes for String()). Values are exact: a BigInt count of nano-units, which is the
// precision the API server keeps (finer values round up to 1n). Simplified: no cap at 2^63-1.

/** The notation a quantity was written in; String() keeps it. */
export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

/** A parsed quantity: value = nanos × 10⁻⁹ in the resource's base unit (cores, bytes, …). */
export interface Quantity {
  readonly nanos: bigint;
  readonly format: QuantityFormat;
}

export const QUANTITY_FORMAT_ERROR =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
export const QUANTITY_NUMERIC_ERROR = 'unable to parse numeric part of quantity';
export const QUANTITY_SUFFIX_ERROR = "unable to parse quantity's suffix";

const DEC_SUFFIX: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BIN_SUFFIX: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const SUFFIX_CHARS = 'eEinumkKMGTP';
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** ParseQuantity: a quantity, or `{ error }` with apimachinery's exact message. */
export function parseQuantity(str: string): Quantity | { error: string } {
  if (str.length === 0) return { error: QUANTITY_FORMAT_ERROR };
  if (str === '0') return { nanos: 0n, format: 'DecimalSI' };
  // parseQuantityString: sign, numerator, optional .denominator, suffix letters, optional signed digits.
  let pos = 0;
  const end = str.length;
  let positive = true;
  if (str[0] === '-' || str[0] === '+') {
    positive = str[0] === '+';
    pos++;
  }
  while (pos < end && str[pos] === '0') pos++;
  if (pos >= end) return { nanos: 0n, format: 'DecimalSI' };
  let i = pos;
  while (i < end && isDigit(str[i])) i++;
  const num = str.slice(pos, i) || '0';
  pos = i;
  let denom = '';
  if (pos < end && str[pos] === '.') {
    i = ++pos;
    while (i < end && isDigit(str[i])) i++;
    denom = str.slice(pos, i);
    pos = i;
  }
  const suffixStart = pos;
  while (pos < end && SUFFIX_CHARS.includes(str[pos])) pos++;
  if (pos < end && (str[pos] === '-' || str[pos] === '+')) pos++;
  while (pos < end && isDigit(str[pos])) pos++;
  if (pos < end) return { error: QUANTITY_FORMAT_ERROR };
  const suffix = str.slice(suffixStart);

  // suffixHandler.interpret
  let base: 10 | 2;
  let exponent: number;
  let format: QuantityFormat;
  if (suffix in DEC_SUFFIX) [base, exponent, format] = [10, DEC_SUFFIX[suffix], 'DecimalSI'];
  else if (suffix in BIN_SUFFIX) [base, exponent, format] = [2, BIN_SUFFIX[suffix], 'BinarySI'];
  else if (suffix.length > 1 && (suffix[0] === 'e' || suffix[0] === 'E') && /^[+-]?\d+$/.test(suffix.slice(1))) {
    [base, exponent, format] = [10, Number(suffix.slice(1)), 'DecimalExponent'];
  } else return { error: QUANTITY_SUFFIX_ERROR };

  const mantissa = BigInt(num + denom);
  let nanos: bigint;
  if (base === 10) {
    const shift = exponent + 9 - denom.length;
    nanos = shift >= 0 ? mantissa * 10n ** BigInt(shift) : ceilDiv(mantissa, 10n ** BigInt(-shift));
  } else {
    nanos = ceilDiv(mantissa * (1n << BigInt(exponent)) * 1_000_000_000n, 10n ** BigInt(denom.length));
  }
  // A BinarySI value between 0 and 1 is shown as DecimalSI (ParseQuantity).
  if (format === 'BinarySI' && nanos < 1_000_000_000n) format = 'DecimalSI';
  return { nanos: positive ? nanos : -nanos, format };
}

/** Parses or throws an Error with the apimachinery message. */
export function mustParseQuantity(str: string): Quantity {
  const q = parseQuantity(str);
  if ('error' in q) throw new Error(q.error);
  return q;
}

/** Type guard for parseQuantity's result. */
export const isQuantity = (q: Quantity | { error: string }): q is Quantity => !('error' in q);

function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}

/** Rounds away from zero to a multiple of `unit` nanos, then divides (Quantity.ScaledValue). */
function scaled(q: Quantity, unit: bigint): number {
  const neg = q.nanos < 0n;
  const v = ceilDiv(neg ? -q.nanos : q.nanos, unit);
  return Number(neg ? -v : v);
}

/** MilliValue(): the value in thousandths, rounded up (cpu `500m` → 500, `1` → 1000). */
export const milliValue = (q: Quantity): number => scaled(q, 1_000_000n);

/** Value(): the value in base units, rounded up (memory `1Gi` → 1073741824). */
export const quantityValue = (q: Quantity): number => scaled(q, 1_000_000_000n);

/** Cmp: -1, 0 or 1. */
export function compareQuantity(a: Quantity, b: Quantity): -1 | 0 | 1 {
  return a.nanos < b.nanos ? -1 : a.nanos > b.nanos ? 1 : 0;
}

/** String(): the canonical form (`0.5` → `500m`, `1.5Gi` → `1536Mi`, `1000` → `1k`). */
export function formatQuantity(q: Quantity): string {
  if (q.nanos === 0n) return '0';
  const neg = q.nanos < 0n;
  const abs = neg ? -q.nanos : q.nanos;
  let format = q.format;
  if (format === 'BinarySI' && (abs < 1024_000_000_000n || abs % 1_000_000_000n !== 0n)) format = 'DecimalSI';
  let body: string;
  if (format === 'BinarySI') {
    let amount = abs / 1_000_000_000n;
    let exp = 0;
    while (amount >= 1024n && amount % 1024n === 0n) {
      amount /= 1024n;
      exp++;
    }
    body = `${amount}${['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'][exp] ?? `*2^${exp * 10}`}`;
  } else {
    // int64Amount.AsCanonicalBytes: strip factors of ten, then lower the exponent to a multiple of 3.
    let amount = abs;
    let exp = -9;
    while (amount >= 10n && amount % 10n === 0n) {
      amount /= 10n;
      exp++;
    }
    const r = ((exp % 3) + 3) % 3;
    amount *= 10n ** BigInt(r);
    exp -= r;
    if (format === 'DecimalSI' && exp <= 18) body = `${amount}${decSuffix(exp)}`;
    else body = exp === 0 ? `${amount}` : `${amount}e${exp}`;
  }
  return neg ? `-${body}` : body;
}

function decSuffix(exp: number): string {
  for (const [s, e] of Object.entries(DEC_SUFFIX)) if (e === exp) return s;
  return '';
}

/** Parses `cpu` text to millicores; throws on a malformed quantity. */
export const parseMilliCpu = (s: string | number): number => milliValue(mustParseQuantity(String(s)));

/** Parses `memory`/storage text to bytes; throws on a malformed quantity. */
export const parseBytes = (s: string | number): number => quantityValue(mustParseQuantity(String(s)));

/** Millicores as the API prints them (`500m`, `1`, `1500m`). */
export const formatMilliCpu = (milli: number): string =>
  formatQuantity({ nanos: BigInt(Math.round(milli)) * 1_000_000n, format: 'DecimalSI' });

/** Bytes in the given notation (`BinarySI`: `128Mi`, `1Gi`; `DecimalSI`: `128M`). */
export const formatBytes = (bytes: number, format: QuantityFormat = 'BinarySI'): string =>
  formatQuantity({ nanos: BigInt(Math.round(bytes)) * 1_000_000_000n, format });
