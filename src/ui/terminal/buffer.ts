// The edit buffer: code points and a cursor, with readline's editing commands (insert, delete-char,
// backward-delete-char, kill-line, unix-line-discard, unix-word-rubout, kill-word, backward-kill-word,
// yank, cursor and word motions). Pure data; the editor decides what to redraw. Simplified: the kill
// ring holds one entry and consecutive kills replace rather than append to it.

import { backwardWord, forwardWord, unixWordStart } from './words';

export class LineBuffer {
  chars: string[] = [];
  cursor = 0;
  /** The last killed text, for C-y. */
  killed = '';

  /** The buffer as a string. */
  get text(): string {
    return this.chars.join('');
  }

  /** Cursor position as a UTF-16 offset into {@link text}. */
  get cursorOffset(): number {
    return this.chars.slice(0, this.cursor).join('').length;
  }

  /** Replaces the whole buffer; the cursor goes to `cursor` (default: the end). */
  set(text: string, cursor?: number): void {
    this.chars = Array.from(text);
    this.cursor = Math.max(0, Math.min(cursor ?? this.chars.length, this.chars.length));
  }

  /** Inserts `text` at the cursor. */
  insert(text: string): void {
    const cps = Array.from(text);
    this.chars.splice(this.cursor, 0, ...cps);
    this.cursor += cps.length;
  }

  /** Replaces UTF-16 range [from, to) of {@link text} with `text`, cursor after it. */
  replaceRange(from: number, to: number, text: string): void {
    const s = this.text;
    const a = Array.from(s.slice(0, Math.max(0, Math.min(from, s.length)))).length;
    const b = Math.max(a, Array.from(s.slice(0, Math.max(0, Math.min(to, s.length)))).length);
    const cps = Array.from(text);
    this.chars.splice(a, b - a, ...cps);
    this.cursor = a + cps.length;
  }

  /** Deletes the character before the cursor (backspace); false at the start. */
  backspace(): boolean {
    if (this.cursor === 0) return false;
    this.chars.splice(--this.cursor, 1);
    return true;
  }

  /** Deletes the character under the cursor; false at the end. */
  deleteChar(): boolean {
    if (this.cursor >= this.chars.length) return false;
    this.chars.splice(this.cursor, 1);
    return true;
  }

  /** Moves the cursor to `to` (clamped); false when it did not move. */
  moveTo(to: number): boolean {
    const c = Math.max(0, Math.min(to, this.chars.length));
    if (c === this.cursor) return false;
    this.cursor = c;
    return true;
  }

  /** M-b's and M-f's targets. */
  wordLeft(): number {
    return backwardWord(this.chars, this.cursor);
  }
  wordRight(): number {
    return forwardWord(this.chars, this.cursor);
  }

  /** Kills [from, to) into the kill ring and leaves the cursor at `from`; false when empty. */
  kill(from: number, to: number): boolean {
    if (to <= from) return false;
    this.killed = this.chars.slice(from, to).join('');
    this.chars.splice(from, to - from);
    this.cursor = from;
    return true;
  }

  /** C-u, C-k, C-w, M-DEL, M-d. */
  killToStart(): boolean {
    return this.kill(0, this.cursor);
  }
  killToEnd(): boolean {
    return this.kill(this.cursor, this.chars.length);
  }
  killUnixWord(): boolean {
    return this.kill(unixWordStart(this.chars, this.cursor), this.cursor);
  }
  killWordBack(): boolean {
    return this.kill(backwardWord(this.chars, this.cursor), this.cursor);
  }
  killWordForward(): boolean {
    return this.kill(this.cursor, forwardWord(this.chars, this.cursor));
  }

  /** C-y: inserts the last killed text. */
  yank(): boolean {
    if (this.killed === '') return false;
    this.insert(this.killed);
    return true;
  }
}
