// kubectl describe's output plumbing (pkg/describe/describe.go): a PrefixWriter that indents by two
// spaces per level over the describe tabwriter (minwidth 0, tabwidth 8, padding 2), and the shared
// multi-line printers for labels, annotations, taints and tolerations. Alignment is real tabwriter
// column-block semantics: nothing here pads by hand.

import { describeWriter, type TabWriter } from '../../../format/tabwriter';
import { describeTimestamp } from '../../../format/time';
import { formatQuantity, isQuantity, parseQuantity } from '../../../../engine/api/validation/quantity';


/** PrefixWriter: Write(level, text) prefixes `2×level` spaces to the text (once, not per line). */
export class PrefixWriter {
  private readonly tw: TabWriter = describeWriter();
  private out = '';

  write(level: number, text: string): void {
    this.tw.write('  '.repeat(level) + text);
  }

  /** WriteLine: the text and a newline, no indentation. */
  writeLine(text = ''): void {
    this.tw.write(`${text}\n`);
  }

  /** Ends the current column blocks (DescribeEvents does this before its table). */
  flush(): void {
    this.out += this.tw.flush();
  }

  /** Everything written, aligned. */
  toString(): string {
    this.flush();
    return this.out;
  }
}

/** Runs `f` with a fresh writer and returns the aligned text (describe.go tabbedString). */
export function tabbedString(f: (w: PrefixWriter) => void): string {
  const w = new PrefixWriter();
  f(w);
  return w.toString();
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** printLabelsMultilineWithIndent: `Title:\tk=v` then `\tk2=v2` lines, keys sorted, `<none>` if empty. */
export function printLabelsMultiline(
  w: PrefixWriter,
  title: string,
  labels: Readonly<Record<string, string>> | undefined | null,
  initialIndent = '',
  innerIndent = '\t',
): void {
  w.write(0, `${initialIndent}${title}:${innerIndent}`);
  const keys = Object.keys(labels ?? {}).sort(byCodeUnit);
  if (keys.length === 0) {
    w.writeLine('<none>');
    return;
  }
  keys.forEach((k, i) => {
    if (i !== 0) w.write(0, initialIndent + innerIndent);
    w.write(0, `${k}=${labels![k]}\n`);
  });
}

const MAX_ANNOTATION_LEN = 140;
const SKIP_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);
const shorten = (s: string, max: number) => (s.length > max ? `${s.slice(0, max)}...` : s);

/** printAnnotationsMultiline: `k: v`, long or multi-line values on their own indented lines. */
export function printAnnotationsMultiline(w: PrefixWriter, title: string, annotations: Readonly<Record<string, string>> | undefined | null): void {
  w.write(0, `${title}:\t`);
  const keys = Object.keys(annotations ?? {})
    .filter((k) => !SKIP_ANNOTATIONS.has(k))
    .sort(byCodeUnit);
  if (keys.length === 0) {
    w.writeLine('<none>');
    return;
  }
  const indent = '\t';
  keys.forEach((k, i) => {
    if (i !== 0) w.write(0, indent);
    const value = String(annotations![k]).replace(/\n$/, '');
    if (value.length + k.length + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      w.write(0, `${k}:\n`);
      for (const s of value.split('\n')) w.write(0, `${indent}  ${shorten(s, MAX_ANNOTATION_LEN - 2)}\n`);
    } else {
      w.write(0, `${k}: ${value}\n`);
    }
  });
}

/** Taint.ToString: `key=value:effect` or `key:effect`. */
export const taintString = (t: any): string => (t.value ? `${t.key}=${t.value}:${t.effect}` : `${t.key}:${t.effect}`);

/** printTaintsMultilineWithIndent: sorted by `effect,key`. */
export function printTaintsMultiline(w: PrefixWriter, title: string, taints: readonly any[] | undefined): void {
  w.write(0, `${title}:\t`);
  const list = [...(taints ?? [])];
  if (list.length === 0) {
    w.writeLine('<none>');
    return;
  }
  const key = (t: any) => `${t.effect ?? ''},${t.key ?? ''}`;
  list.sort((a, b) => byCodeUnit(key(a), key(b)));
  list.forEach((t, i) => {
    if (i !== 0) w.write(0, '\t');
    w.write(0, `${taintString(t)}\n`);
  });
}

/** printTolerationsMultilineWithIndent: `key[=value][:effect][ op=Exists][ for Ns]`, sorted by key. */
export function printTolerationsMultiline(w: PrefixWriter, title: string, tolerations: readonly any[] | undefined, initialIndent = ''): void {
  w.write(0, `${initialIndent}${title}:\t`);
  const list = [...(tolerations ?? [])];
  if (list.length === 0) {
    w.writeLine('<none>');
    return;
  }
  list.sort((a, b) => byCodeUnit(a.key ?? '', b.key ?? ''));
  list.forEach((t, i) => {
    if (i !== 0) w.write(0, `${initialIndent}\t`);
    let s = t.key ?? '';
    if (t.value) s += `=${t.value}`;
    if (t.effect) s += `:${t.effect}`;
    if (t.operator === 'Exists' && !t.value) s += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (typeof t.tolerationSeconds === 'number') s += ` for ${t.tolerationSeconds}s`;
    w.write(0, `${s}\n`);
  });
}

/** printBool: `True` / `False`. */
export const printBool = (v: unknown): string => (v ? 'True' : 'False');

/** `<none>` for an empty string. */
export const stringOrNone = (s: string): string => s || '<none>';

/** time.RFC1123Z of an RFC 3339 timestamp (UTC); a zero metav1.Time formats as Go's zero time. */
export function rfc1123z(ts: string | undefined | null): string {
  return describeTimestamp(ts) ?? 'Mon, 01 Jan 0001 00:00:00 +0000';
}

/** Quantity.String() of a stored quantity (its canonical form); unparsable text as written. */
export function quantityString(v: unknown): string {
  if (v === undefined || v === null) return '0';
  const q = parseQuantity(String(v));
  return isQuantity(q) ? formatQuantity(q) : String(v);
}
