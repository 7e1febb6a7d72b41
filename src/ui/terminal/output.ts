// Program output on its way to the terminal: what a tty's ONLCR output flag does (a lone `\n` becomes
// `\r\n`), plus tracking of the cursor column so the next prompt knows where it starts (bash prints the
// prompt right after output that lacks a final newline). Escape sequences are passed through and take no
// columns. Simplified: cursor-positioning sequences in program output are not followed (the column is
// only approximate after them), tabs stop every 8 columns.

import { charWidth } from './width';

type EscState = 'none' | 'esc' | 'csi' | 'osc' | 'osc-esc';

export class OutputTracker {
  /** Cursor column after the output so far; equal to `cols` while a wrap is pending. */
  col = 0;
  #lastCR = false;
  #esc: EscState = 'none';

  /** Converts `chunk` for the terminal and advances the column on a `cols`-wide screen. */
  convert(chunk: string, cols: number): string {
    let out = '';
    for (const ch of chunk) {
      if (ch === '\n' && !this.#lastCR) out += '\r';
      out += ch;
      this.#lastCR = ch === '\r';
      this.#advance(ch, cols);
    }
    return out;
  }

  #advance(ch: string, cols: number): void {
    const cp = ch.codePointAt(0)!;
    switch (this.#esc) {
      case 'esc':
        this.#esc = ch === '[' ? 'csi' : ch === ']' ? 'osc' : 'none';
        return;
      case 'csi':
        if (cp >= 0x40 && cp <= 0x7e) this.#esc = 'none';
        return;
      case 'osc':
        if (ch === '\x07') this.#esc = 'none';
        else if (ch === '\x1b') this.#esc = 'osc-esc';
        return;
      case 'osc-esc':
        this.#esc = 'none';
        return;
      case 'none':
        break;
    }
    if (ch === '\x1b') this.#esc = 'esc';
    else if (ch === '\r' || ch === '\n') this.col = 0;
    else if (ch === '\b') this.col = Math.max(0, Math.min(this.col, cols - 1) - 1);
    else if (ch === '\t') this.col = Math.min(cols - 1, (Math.floor(this.col / 8) + 1) * 8);
    else {
      const w = charWidth(cp);
      if (w === 0) return;
      this.col = this.col + w > cols ? w : this.col + w;
    }
  }
}
