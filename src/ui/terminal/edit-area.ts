// The edit area on screen: where the prompt starts (column), which row of it the cursor is on, and the
// terminal width, with the output that draws a view into it (full redraw, fresh draw, append, cursor
// moves) while keeping that bookkeeping right. This is readline's display.c role; the drawing itself
// is in render.ts.

import { moveFromTo, positions, redraw, type Frame, type View } from './render';
import { charWidth, displayChar } from './width';

export class EditArea {
  /** Column the prompt's last line starts at (non-zero after output without a final newline). */
  startCol = 0;
  /** The cursor's row, relative to the area's first row. */
  row = 0;
  cols: number;
  readonly contPrompt: string;

  constructor(cols: number, contPrompt: string) {
    this.cols = cols;
    this.contPrompt = contPrompt;
  }

  get frame(): Frame {
    return { startCol: this.startCol, cols: this.cols, contPrompt: this.contPrompt };
  }

  /** Redraws the whole area in place. */
  redraw(view: View): string {
    const r = redraw(view, this.frame, this.row, false);
    this.row = r.row;
    return r.out;
  }

  /** Draws `view` as a new area starting at column `startCol` of the cursor's (clean) row. */
  fresh(view: View, startCol: number): string {
    this.startCol = startCol;
    const r = redraw(view, this.frame, 0, true);
    this.row = r.row;
    return r.out;
  }

  /** Output for `text` just appended at the end of `view` (the cursor was at the end). */
  append(view: View, text: string): string {
    const pos = positions(view, this.frame);
    const n = view.chars.length;
    const last = view.chars[n - 1]!;
    const w = displayChar(last) === last ? charWidth(last.codePointAt(0)!) : 1;
    this.row = pos[n]!.row;
    // Ending exactly at the margin: force the pending wrap so the cursor row is known.
    return Array.from(text, displayChar).join('') + (w > 0 && pos[n - 1]!.col + w >= this.cols ? ' \r' : '');
  }

  /** Moves the cursor from buffer index `from` to `view.cursor`. */
  move(view: View, from: number): string {
    const pos = positions(view, this.frame);
    this.row = pos[view.cursor]!.row;
    return moveFromTo(pos[from]!, pos[view.cursor]!);
  }

  /** Moves the cursor to the end of the text, erasing the space a forced wrap may have left there. */
  toEnd(view: View): string {
    const pos = positions(view, this.frame);
    const end = pos[view.chars.length]!;
    this.row = end.row;
    return moveFromTo(pos[view.cursor]!, end) + '\x1b[K';
  }

  /** Moves the cursor to where the area starts. */
  toStart(): string {
    const out = (this.row > 0 ? `\x1b[${this.row}A` : '') + '\r';
    this.row = 0;
    return out + (this.startCol > 0 ? `\x1b[${this.startCol}C` : '');
  }

  /**
   * Takes a new width. xterm re-flows wrapped rows, so the cursor is where the new width's layout puts
   * it; the caller redraws.
   */
  resize(cols: number, view: View): void {
    this.cols = cols;
    this.startCol %= cols;
    this.row = positions(view, this.frame)[view.cursor]!.row;
  }
}
