// Elastic tabstops as Go's text/tabwriter computes them, with the RememberWidths extension of
// github.com/liggitt/tabwriter (the 2018 version kubectl v1.34 vendors): every table kubectl prints
// goes through one. Semantics ported, code our own:
// - text is cut into cells by '\t' (hard) or '\v' (soft) tabs; '\n' and '\f' end a line;
// - cells are tab-*terminated*: the text after a line's last tab is not part of any column and is
//   never padded (so the last column of a kubectl table has no trailing spaces);
// - a column block is a run of consecutive lines that have a cell in that column; its width is the
//   widest cell + padding, at least minwidth, computed per block (a line with fewer cells ends it);
// - a line with no tab, or a '\f', flushes what is buffered;
// - RememberWidths keeps the widest width seen per column across flushes (`kubectl get -w`).
// Widths count Unicode code points, as Go counts runes. Simplified: output is collected and returned
// by flush() instead of streamed to an io.Writer. Go's Escape byte 0xff cannot occur in UTF-8 text;
// JS strings have no such byte, so the escape character here is the noncharacter U+FFFF.

/** Flags, bit-compatible with Go's tabwriter constants. */
export const TabFlags = {
  /** Ignore HTML tags (width 0) and treat entities like `&lt;` as one character. */
  FilterHTML: 1 << 0,
  /** Drop the Escape characters around escaped text instead of passing them through. */
  StripEscape: 1 << 1,
  /** Right-align cell content (ignored when padchar is a tab). */
  AlignRight: 1 << 2,
  /** Columns made only of empty soft-tab ('\v') cells get width 0. */
  DiscardEmptyColumns: 1 << 3,
  /** Pad leading empty cells with tabs whatever the padchar. */
  TabIndent: 1 << 4,
  /** Print '|' between columns. */
  Debug: 1 << 5,
  /** Remember the widest width seen per column, even after flush() (liggitt/tabwriter). */
  RememberWidths: 1 << 6,
} as const;

/** Brackets a text segment whose tabs and line breaks are passed through uninterpreted. */
export const TAB_ESCAPE = '\uffff';

export interface TabWriterOptions {
  /** Minimal cell width, padding included. */
  minwidth: number;
  /** Width of a tab character in the output (used when padchar is '\t'). */
  tabwidth: number;
  /** Added to a cell's width before computing its column's width. */
  padding: number;
  /** Padding character, usually ' ' (kubectl) or '\t'. */
  padchar: string;
  /** OR of {@link TabFlags}. */
  flags?: number;
}

interface Cell {
  text: string;
  /** Width in code points, excluding ignored HTML tags / escape characters. */
  width: number;
  /** Terminated by a hard tab '\t' (not '\v'). */
  htab: boolean;
}

const codePoints = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // count a surrogate pair once
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
};

/** A text/tabwriter Writer: write() cells, then flush() to get the aligned text. */
export class TabWriter {
  private readonly minwidth: number;
  private readonly tabwidth: number;
  private readonly padding: number;
  private readonly padchar: string;
  private readonly flags: number;

  private lines: Cell[][] = [[]];
  /** The current, unterminated cell. */
  private cell: Cell = { text: '', width: 0, htab: false };
  /** Text appended to the current cell whose width is not yet counted. */
  private uncounted = '';
  /** Character closing the current escaped segment ('' when not inside one). */
  private endChar = '';
  /** Column widths of the enclosing column blocks while formatting. */
  private widths: number[] = [];
  private maxwidths: number[] = [];
  private out = '';

  constructor(opts: TabWriterOptions) {
    if (opts.minwidth < 0 || opts.tabwidth < 0 || opts.padding < 0) {
      throw new Error('negative minwidth, tabwidth, or padding');
    }
    this.minwidth = opts.minwidth;
    this.tabwidth = opts.tabwidth;
    this.padding = opts.padding;
    this.padchar = opts.padchar;
    let flags = opts.flags ?? 0;
    // tab padding enforces left-alignment
    if (opts.padchar === '\t') flags &= ~TabFlags.AlignRight;
    this.flags = flags;
  }

  private has(flag: number): boolean {
    return (this.flags & flag) !== 0;
  }

  /** The remembered per-column maximum widths (RememberWidths). */
  rememberedWidths(): number[] {
    return [...this.maxwidths];
  }

  /** Sets the remembered per-column maximum widths (RememberWidths). */
  setRememberedWidths(widths: readonly number[]): this {
    this.maxwidths = [...widths];
    return this;
  }

  /** True when nothing is buffered. */
  isEmpty(): boolean {
    return this.cell.text.length === 0 && this.lines.length === 1 && this.lines[0]!.length === 0;
  }

  /** Feeds text; cells end at '\t' or '\v', lines at '\n' or '\f'. */
  write(text: string): void {
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (this.endChar === '') {
        if (ch === '\t' || ch === '\v' || ch === '\n' || ch === '\f') {
          this.append(text.slice(n, i));
          this.updateWidth();
          n = i + 1;
          const ncells = this.terminateCell(ch === '\t');
          if (ch === '\n' || ch === '\f') {
            this.lines.push([]);
            // A lone cell does not affect later lines' formatting, so it is safe to flush.
            if (ch === '\f' || ncells === 1) {
              this.flushBuffered();
              if (ch === '\f' && this.has(TabFlags.Debug)) this.out += '---\n';
            }
          }
        } else if (ch === TAB_ESCAPE) {
          this.append(text.slice(n, i));
          this.updateWidth();
          n = this.has(TabFlags.StripEscape) ? i + 1 : i;
          this.endChar = TAB_ESCAPE;
        } else if ((ch === '<' || ch === '&') && this.has(TabFlags.FilterHTML)) {
          this.append(text.slice(n, i));
          this.updateWidth();
          n = i;
          this.endChar = ch === '<' ? '>' : ';';
        }
      } else if (ch === this.endChar) {
        const j = ch === TAB_ESCAPE && this.has(TabFlags.StripEscape) ? i : i + 1;
        this.append(text.slice(n, j));
        n = i + 1;
        this.endEscape();
      }
    }
    this.append(text.slice(n));
  }

  /** Formats everything buffered and returns all output produced since the last flush(). */
  flush(): string {
    this.flushBuffered();
    const s = this.out;
    this.out = '';
    return s;
  }

  private append(text: string): void {
    this.cell.text += text;
    this.uncounted += text;
  }

  private updateWidth(): void {
    this.cell.width += codePoints(this.uncounted);
    this.uncounted = '';
  }

  private endEscape(): void {
    if (this.endChar === TAB_ESCAPE) {
      this.updateWidth();
      if (!this.has(TabFlags.StripEscape)) this.cell.width -= 2; // the Escape characters do not count
    } else if (this.endChar === ';') {
      this.cell.width++; // an entity counts as one character
    } // a tag counts as nothing
    this.uncounted = '';
    this.endChar = '';
  }

  private terminateCell(htab: boolean): number {
    this.cell.htab = htab;
    const line = this.lines[this.lines.length - 1]!;
    line.push(this.cell);
    this.cell = { text: '', width: 0, htab: false };
    return line.length;
  }

  private flushBuffered(): void {
    if (this.cell.text.length > 0) {
      if (this.endChar !== '') this.endEscape(); // an unterminated escape ends here
      this.terminateCell(false);
    }
    this.format(0, this.lines.length);
    // reset
    this.cell = { text: '', width: 0, htab: false };
    this.uncounted = '';
    this.endChar = '';
    this.lines = [[]];
    this.widths = [];
  }

  /** Formats lines [line0, line1), computing one column block at a time, left to right. */
  private format(line0: number, line1: number): void {
    const column = this.widths.length;
    for (let cur = line0; cur < line1; cur++) {
      if (column >= this.lines[cur]!.length - 1) continue;
      // This line has a cell in this column: a column block starts here.
      this.writeLines(line0, cur);
      line0 = cur;
      let width = this.minwidth;
      let discardable = true;
      for (; cur < line1; cur++) {
        const line = this.lines[cur]!;
        if (column >= line.length - 1) break;
        const c = line[column]!;
        if (c.width + this.padding > width) width = c.width + this.padding;
        if (c.width > 0 || c.htab) discardable = false;
      }
      if (discardable && this.has(TabFlags.DiscardEmptyColumns)) width = 0;
      if (this.has(TabFlags.RememberWidths)) width = this.remember(width);
      this.widths.push(width);
      this.format(line0, cur);
      this.widths.pop();
      line0 = cur;
    }
    this.writeLines(line0, line1);
  }

  private remember(width: number): number {
    const col = this.widths.length;
    if (this.maxwidths.length < col) this.maxwidths.push(...this.widths.slice(this.maxwidths.length));
    if (this.maxwidths.length === col) this.maxwidths.push(width);
    else if (this.maxwidths[col]! > width) return this.maxwidths[col]!;
    else if (this.maxwidths[col]! < width) this.maxwidths[col] = width;
    return width;
  }

  private writeLines(line0: number, line1: number): void {
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i]!;
      let useTabs = this.has(TabFlags.TabIndent);
      line.forEach((c, j) => {
        if (j > 0 && this.has(TabFlags.Debug)) this.out += '|';
        const padded = j < this.widths.length;
        if (c.text.length === 0) {
          if (padded) this.writePadding(c.width, this.widths[j]!, useTabs);
        } else {
          useTabs = false;
          if (!this.has(TabFlags.AlignRight)) {
            this.out += c.text;
            if (padded) this.writePadding(c.width, this.widths[j]!, false);
          } else {
            if (padded) this.writePadding(c.width, this.widths[j]!, false);
            this.out += c.text;
          }
        }
      });
      // The last buffered line has no newline yet: write the pending cell text instead.
      this.out += i + 1 === this.lines.length ? this.cell.text : '\n';
    }
  }

  private writePadding(textw: number, cellw: number, useTabs: boolean): void {
    if (this.padchar === '\t' || useTabs) {
      if (this.tabwidth === 0) return; // tabs have no width: no padding possible
      const w = Math.ceil(cellw / this.tabwidth) * this.tabwidth;
      const n = w - textw;
      if (n < 0) throw new Error('tabwriter: internal error');
      this.out += '\t'.repeat(Math.ceil(n / this.tabwidth));
      return;
    }
    this.out += this.padchar.repeat(Math.max(0, cellw - textw));
  }
}

/** The writer of `kubectl get` tables (cli-runtime GetNewTabWriter): minwidth 6, tabwidth 4, padding 3. */
export function tablePrinterWriter(): TabWriter {
  return new TabWriter({ minwidth: 6, tabwidth: 4, padding: 3, padchar: ' ', flags: TabFlags.RememberWidths });
}

/** The writer of `kubectl describe` and `rollout history` (describe.go tabbedString): padding 2. */
export function describeWriter(): TabWriter {
  return new TabWriter({ minwidth: 0, tabwidth: 8, padding: 2, padchar: ' ', flags: 0 });
}

/** Runs `text` through a fresh writer made by `make` and returns the aligned result. */
export function tabulate(text: string, make: () => TabWriter = tablePrinterWriter): string {
  const w = make();
  w.write(text);
  return w.flush();
}
