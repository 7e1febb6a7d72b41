// Word boundaries as GNU readline defines them: forward-word/backward-word (M-f, M-b, M-d, M-DEL) treat
// letters and digits as word characters; unix-word-rubout (C-w) treats everything but whitespace as part
// of the word. All indexes are code-point indexes into the buffer.

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch);

/** Where M-f moves: past any non-word characters, then past the word. */
export function forwardWord(chars: readonly string[], cursor: number): number {
  let i = cursor;
  while (i < chars.length && !isWordChar(chars[i])) i++;
  while (i < chars.length && isWordChar(chars[i])) i++;
  return i;
}

/** Where M-b moves: back over non-word characters, then to the start of the word. */
export function backwardWord(chars: readonly string[], cursor: number): number {
  let i = cursor;
  while (i > 0 && !isWordChar(chars[i - 1])) i--;
  while (i > 0 && isWordChar(chars[i - 1])) i--;
  return i;
}

/** Where C-w kills back to: over whitespace, then over non-whitespace. */
export function unixWordStart(chars: readonly string[], cursor: number): number {
  let i = cursor;
  while (i > 0 && isSpace(chars[i - 1])) i--;
  while (i > 0 && !isSpace(chars[i - 1])) i--;
  return i;
}
