// A tiny terminal screen for tests: interprets the subset of xterm's control sequences the line editor
// emits (printable text with autowrap and xterm.js's pending-wrap column, CR, LF, BS, CUU/CUD/CUF/CUB,
// EL, ED, CUP home) the way xterm.js's InputHandler does, so tests can assert what a user would see.
// The screen has no height limit (nothing scrolls off); `text()` reads it like the app's screenText().

import { charWidth } from '../../../src/ui/terminal/width';

export class Screen {
  readonly cols: number;
  rows: string[][] = [[]];
  row = 0;
  /** 0..cols; equal to cols while a wrap is pending (as xterm.js keeps buffer.x). */
  col = 0;

  constructor(cols: number) {
    this.cols = cols;
  }

  write(data: string): void {
    let i = 0;
    while (i < data.length) {
      const ch = String.fromCodePoint(data.codePointAt(i)!);
      if (ch === '\x1b') {
        const m = /^\x1b\[([0-9;?]*)([@-~])/.exec(data.slice(i));
        if (m) {
          this.#csi(m[1]!, m[2]!);
          i += m[0].length;
        } else i += 2;
        continue;
      }
      i += ch.length;
      if (ch === '\r') this.col = 0;
      else if (ch === '\n') {
        this.row++;
        if (this.col >= this.cols) this.col = this.cols - 1;
      } else if (ch === '\b') {
        this.#restrict();
        if (this.col > 0) this.col--;
      } else if (ch === '\x07') {
        // bell
      } else this.#print(ch);
    }
  }

  #restrict(): void {
    if (this.col >= this.cols) this.col = this.cols - 1;
  }

  #line(r: number): string[] {
    while (this.rows.length <= r) this.rows.push([]);
    return this.rows[r]!;
  }

  #print(ch: string): void {
    const w = charWidth(ch.codePointAt(0)!);
    if (w === 0) return;
    if (this.col + w > this.cols) {
      this.row++;
      this.col = 0;
    }
    const line = this.#line(this.row);
    while (line.length < this.col) line.push(' ');
    line[this.col] = ch;
    if (w === 2) line[this.col + 1] = '';
    this.col += w;
  }

  #csi(params: string, final: string): void {
    if (params.startsWith('?')) return;
    const n = Math.max(1, Number(params.split(';')[0] || '1'));
    const p0 = Number(params || '0');
    switch (final) {
      case 'A': this.#restrict(); this.row = Math.max(0, this.row - n); break;
      case 'B': this.#restrict(); this.row += n; break;
      case 'C': this.#restrict(); this.col = Math.min(this.cols - 1, this.col + n); break;
      case 'D': this.#restrict(); this.col = Math.max(0, this.col - n); break;
      case 'H': this.row = 0; this.col = 0; break;
      case 'K': this.#restrict(); this.#line(this.row).length = Math.min(this.#line(this.row).length, this.col); break;
      case 'J':
        if (p0 === 2) this.rows = this.rows.map(() => []);
        else {
          this.#restrict();
          const line = this.#line(this.row);
          line.length = Math.min(line.length, this.col);
          this.rows.length = this.row + 1;
        }
        break;
      default: break; // SGR and modes draw nothing
    }
  }

  /** Rows as text (each trimmed at the right), trailing empty rows dropped. */
  text(): string {
    return this.rows.map((r) => r.map((c) => c ?? ' ').join('').trimEnd()).join('\n').replace(/\n+$/, '');
  }

  /** Lines of {@link text}. */
  lines(): string[] {
    return this.text().split('\n');
  }

  /** Cursor as (row, col); col equals `cols` while a wrap is pending. */
  get cursor(): { row: number; col: number } {
    return { row: this.row, col: this.col };
  }
}
