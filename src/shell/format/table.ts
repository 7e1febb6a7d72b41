// The human-readable table of `kubectl get` (cli-runtime printers/tableprinter.go printTable and
// decorateTable): header = column names upper-cased; priority ≠ 0 columns only with -o wide; extra
// columns in kubectl's order EVENT (--output-watch-events), NAMESPACE (-A), the kind's columns,
// one per -L label (header = the part after the last '/', upper-cased), LABELS (--show-labels);
// cells cut at the first '\n', '\r' or '\f' with `...` appended and ESC shown as `^[`; no header
// when there are no rows. Every width comes from the tab writer; nothing is padded by hand.

import { tablePrinterWriter, type TabWriter } from './tabwriter';

export interface TableColumn {
  /** Column name as the printer defines it (`Name`, `Nominated Node`); printed upper-cased. */
  name: string;
  /** 0 (default) always shown; anything else only with -o wide. */
  priority?: number;
}

export interface Table {
  columns: TableColumn[];
  /** One string per column, in column order (cells past the last column are ignored). */
  rows: string[][];
}

export interface RenderTableOptions {
  /** -o wide: include priority ≠ 0 columns. */
  wide?: boolean;
  /** --no-headers (also used for the rows that follow the first table under -w). */
  noHeaders?: boolean;
  /** -A: each row's namespace, printed first under NAMESPACE. */
  namespaceColumn?: string[];
  /** --show-labels: each row's LABELS cell (see formatLabels), printed last. */
  showLabels?: string[];
  /** -L key,…: one column per key; `header` is the label key (or already the header). */
  labelColumns?: { header: string; values: string[] }[];
  /** --output-watch-events: each row's event type (ADDED, MODIFIED, DELETED), printed first. */
  watchEvents?: string[];
  /** A writer to reuse (kubectl get -w keeps column widths across events); flushed on return. */
  writer?: TabWriter;
}

/** tableprinter.go formatLabelHeaders: `app.kubernetes.io/name` → `NAME`. */
export function labelColumnHeader(key: string): string {
  return key.slice(key.lastIndexOf('/') + 1).toUpperCase();
}

/** labels.FormatLabels: `k1=v1,k2=v2` with keys sorted, `<none>` when there are none. */
export function formatLabels(labels: Readonly<Record<string, string>> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  return keys.length === 0 ? '<none>' : keys.map((k) => `${k}=${labels![k]}`).join(',');
}

const WATCH_EVENT: Record<string, string> = { ADDED: 'ADDED   ', MODIFIED: 'MODIFIED', DELETED: 'DELETED ', ERROR: 'ERROR   ' };

/** tableprinter.go formatEventType: event types padded to 8 characters. */
export function formatEventType(type: string): string {
  return WATCH_EVENT[type] ?? type;
}

/** printers.EscapeTerminal: ESC → `^[`, CR → `\r`. */
export function escapeTerminal(s: string): string {
  return s.replace(/[\x1b\r]/g, (c) => (c === '\x1b' ? '^[' : '\\r'));
}

/** tableprinter.go appendCellValue: cut at the first line break with `...`, escape the terminal. */
export function cellText(value: string): string {
  const cut = value.search(/[\f\n\r]/);
  return cut < 0 ? escapeTerminal(value) : `${escapeTerminal(value.slice(0, cut))}...`;
}

/** Renders a `kubectl get` table; returns '' when there are no rows (kubectl prints no header then). */
export function renderTable(t: Table, opts: RenderTableOptions = {}): string {
  if (t.rows.length === 0) return '';
  const visible = t.columns.map((c, i) => ({ c, i })).filter(({ c }) => opts.wide || !c.priority);
  const headers: string[] = [];
  if (opts.watchEvents) headers.push('EVENT');
  if (opts.namespaceColumn) headers.push('NAMESPACE');
  headers.push(...visible.map(({ c }) => c.name.toUpperCase()));
  for (const l of opts.labelColumns ?? []) headers.push(labelColumnHeader(l.header));
  if (opts.showLabels) headers.push('LABELS');

  const lines: string[] = [];
  if (!opts.noHeaders) lines.push(headers.join('\t'));
  t.rows.forEach((row, r) => {
    const cells: string[] = [];
    if (opts.watchEvents) cells.push(formatEventType(opts.watchEvents[r] ?? ''));
    if (opts.namespaceColumn) cells.push(opts.namespaceColumn[r] ?? '');
    for (const { i } of visible) cells.push(row[i] ?? '');
    for (const l of opts.labelColumns ?? []) cells.push(l.values[r] ?? '');
    if (opts.showLabels) cells.push(opts.showLabels[r] ?? '');
    lines.push(cells.map(cellText).join('\t'));
  });

  const w = opts.writer ?? tablePrinterWriter();
  w.write(lines.join('\n') + '\n');
  return w.flush();
}
