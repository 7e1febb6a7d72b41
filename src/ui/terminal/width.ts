// Column widths and screen layout for the line editor, matching xterm.js's default Unicode 6 width table
// (CJK/Hangul/fullwidth are 2 columns, emoji are 1 as xterm 6 measures them without the unicode11 addon,
// common combining marks are 0) and xterm's autowrap (a character that does not fit wraps whole; writing
// the last column leaves the cursor pending until the next character). Simplified: the combining-mark
// table covers the frequent blocks only.

const ZERO: ReadonlyArray<readonly [number, number]> = [
  [0x0300, 0x036f], [0x0483, 0x0489], [0x0591, 0x05bd], [0x0610, 0x061a], [0x064b, 0x065f],
  [0x1ab0, 0x1aff], [0x1dc0, 0x1dff], [0x200b, 0x200f], [0x20d0, 0x20ff], [0xfe00, 0xfe0f], [0xfe20, 0xfe2f],
];
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], [0x2329, 0x232a], [0x2e80, 0x303e], [0x3040, 0xa4cf], [0xac00, 0xd7a3], [0xf900, 0xfaff],
  [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x20000, 0x2fffd], [0x30000, 0x3fffd],
];

const inRanges = (cp: number, ranges: ReadonlyArray<readonly [number, number]>): boolean =>
  ranges.some(([lo, hi]) => cp >= lo && cp <= hi);

/** Columns one code point takes in xterm (0 for control characters and combining marks). */
export function charWidth(cp: number): number {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp < 0x300) return 1;
  if (inRanges(cp, ZERO)) return 0;
  return inRanges(cp, WIDE) ? 2 : 1;
}

/** Matches one ANSI escape sequence (CSI, OSC terminated by BEL or ST, or a two-byte ESC sequence). */
export const ANSI_RE = /\x1b(?:\[[0-9;:?<=>]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])/g;

/** Display width of `s` in columns, ignoring ANSI escape sequences (prompts may be coloured). */
export function stringWidth(s: string): number {
  let w = 0;
  for (const ch of s.replace(ANSI_RE, '')) w += charWidth(ch.codePointAt(0)!);
  return w;
}

/** A screen position relative to the first row of the edit area. */
export interface Pos {
  readonly row: number;
  readonly col: number;
}

/**
 * Lays out `chars` (code points; `\n` starts a new row that begins with `contWidth` columns of
 * continuation prompt) after `startCol` columns on a `cols`-wide screen. Returns the position of each
 * character and of the end (index `chars.length`). A position that would be the pending-wrap column is
 * reported at the start of the next row, where the cursor is shown.
 */
export function layout(chars: readonly string[], startCol: number, cols: number, contWidth: number): Pos[] {
  const out: Pos[] = [];
  let row = 0;
  let col = startCol;
  const norm = (): void => {
    if (col >= cols) {
      row += 1;
      col = 0;
    }
  };
  for (const ch of chars) {
    if (ch === '\n') {
      norm();
      out.push({ row, col });
      row += 1;
      col = contWidth;
      continue;
    }
    const w = displayChar(ch) === ch ? charWidth(ch.codePointAt(0)!) : 1;
    norm();
    if (col + w > cols) {
      row += 1;
      col = 0;
    }
    out.push({ row, col });
    col += w;
  }
  norm();
  out.push({ row, col });
  return out;
}

/** How a buffer character is drawn: tabs and other control characters show as one space. */
export function displayChar(ch: string): string {
  const cp = ch.codePointAt(0)!;
  return cp < 0x20 || cp === 0x7f ? ' ' : ch;
}
