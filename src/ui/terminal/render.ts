// Drawing the edit area (prompt + buffer) the way readline's redisplay does on an xterm: return to the
// prompt's first row, erase to the end of the screen, write prompt and text (a `\n` in the buffer shows
// as a new row with the continuation prompt), then put the cursor back with relative moves. Autowrap is
// the terminal's; when the text ends exactly at the right margin a space + CR forces the pending wrap so
// the cursor row is unambiguous. Simplified: redraw() rewrites the whole area (edit-area.ts adds the
// append and cursor-only shortcuts); rows that scrolled off the top of the screen cannot be reached.

import { ANSI_RE, charWidth, displayChar, layout, type Pos } from './width';

/** What is shown: a prompt (may hold ANSI colours, no newlines), the buffer's code points, the cursor index. */
export interface View {
  readonly prompt: string;
  readonly chars: readonly string[];
  readonly cursor: number;
}

/** Where the edit area sits: the column its first row starts at, the width, the continuation prompt. */
export interface Frame {
  readonly startCol: number;
  readonly cols: number;
  readonly contPrompt: string;
}

/** Positions (relative to the edit area's first row) of every buffer index 0..chars.length. */
export function positions(view: View, frame: Frame): Pos[] {
  const promptChars = Array.from(view.prompt.replace(ANSI_RE, ''));
  const all = layout([...promptChars, ...view.chars], frame.startCol, frame.cols, contWidth(frame));
  return all.slice(promptChars.length);
}

const contWidth = (frame: Frame): number => Array.from(frame.contPrompt.replace(ANSI_RE, '')).length;

/** Relative cursor movement from `a` to `b`. */
export function moveFromTo(a: Pos, b: Pos): string {
  let out = '';
  if (b.row < a.row) out += `\x1b[${a.row - b.row}A`;
  else if (b.row > a.row) out += `\x1b[${b.row - a.row}B`;
  if (b.col < a.col) out += b.col === 0 ? '\r' : `\x1b[${a.col - b.col}D`;
  else if (b.col > a.col) out += `\x1b[${b.col - a.col}C`;
  return out;
}

/**
 * Output that draws `view` and leaves the cursor at `view.cursor`; `curRow` is the row the cursor is on
 * now. With `fresh`, the cursor is already at the area's start on a clean row (a new prompt). Returns the
 * output and the cursor's new row.
 */
export function redraw(view: View, frame: Frame, curRow: number, fresh: boolean): { out: string; row: number } {
  let out = '';
  if (!fresh) {
    if (curRow > 0) out += `\x1b[${curRow}A`;
    out += '\r';
    if (frame.startCol > 0) out += `\x1b[${frame.startCol}C`;
    out += '\x1b[J';
  }
  out += view.prompt;
  const pos = positions(view, frame);
  // Pending wrap: the previous cell written ended exactly at the right margin.
  let pending = endsAtMargin(view.prompt.replace(ANSI_RE, ''), frame.startCol, frame.cols);
  view.chars.forEach((ch, i) => {
    if (ch === '\n') {
      out += (pending ? ' \r' : '') + '\r\n' + frame.contPrompt;
      pending = false;
      return;
    }
    const shown = displayChar(ch);
    out += shown;
    const w = shown === ch ? charWidth(ch.codePointAt(0)!) : 1;
    pending = w > 0 ? pos[i]!.col + w >= frame.cols : pending;
  });
  if (pending) out += ' \r';
  const end = pos[pos.length - 1]!;
  const at = pos[Math.min(view.cursor, view.chars.length)]!;
  out += moveFromTo(end, at);
  return { out, row: at.row };
}

/** Whether writing `text` from column `startCol` leaves the cursor pending at the right margin. */
function endsAtMargin(text: string, startCol: number, cols: number): boolean {
  const chars = Array.from(text);
  if (chars.length === 0) return startCol >= cols;
  const pos = layout(chars, startCol, cols, 0);
  const last = pos[chars.length - 1]!;
  return last.col + charWidth(chars[chars.length - 1]!.codePointAt(0)!) >= cols;
}
