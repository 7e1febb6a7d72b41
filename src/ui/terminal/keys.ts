// Splits terminal input (as xterm's onData delivers it) into keys, the way readline's input layer reads
// an xterm-compatible terminal: CSI/SS3 cursor and editing keys, ESC-prefixed meta keys, C0 control keys,
// bracketed paste (`ESC[200~ … ESC[201~`) and runs of printable text. Pure: no DOM, no xterm.
// Pasted text becomes text and Enter keys (see pasteKeys). Simplified: unknown sequences become
// `unknown` keys; a lone ESC is the Escape key (the editor treats it as a meta prefix for the next key,
// as readline does).

import { ANSI_RE } from './width';

/** One unit of input. `text` is a run of printable characters; `paste` is bracketed-paste content. */
export type Key =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'paste'; readonly text: string }
  | { readonly type: 'key'; readonly name: string };

/** Result of {@link parseKeys}: complete keys, and a trailing incomplete sequence to prepend to the next data. */
export interface ParsedKeys {
  readonly keys: Key[];
  readonly rest: string;
}

const ESC = '\x1b';
const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';

const CSI_LETTERS: Record<string, string> = { A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end' };
const CSI_TILDE: Record<string, string> = { '1': 'home', '7': 'home', '4': 'end', '8': 'end', '3': 'delete' };

const key = (name: string): Key => ({ type: 'key', name });

/** Names a CSI sequence from its parameter string and final byte. */
function csiKey(params: string, final: string): Key {
  const parts = params.split(';');
  const mod = parts[1] ?? '';
  if (final === '~') {
    if (parts[0] === '3' && (mod === '5' || mod === '3')) return key('meta-d');
    return key(CSI_TILDE[parts[0] ?? ''] ?? 'unknown');
  }
  const name = CSI_LETTERS[final];
  if (!name) return key('unknown');
  // Ctrl/Alt + Left/Right move by words (xterm sends ESC[1;5D, ESC[1;3D).
  if ((mod === '5' || mod === '3') && (name === 'left' || name === 'right')) {
    return key(name === 'left' ? 'word-left' : 'word-right');
  }
  return key(name);
}

/** Names a C0 control character (0x00–0x1f, 0x7f). */
function controlKey(code: number): Key {
  if (code === 0x0d || code === 0x0a) return key('enter');
  if (code === 0x09) return key('tab');
  if (code === 0x7f || code === 0x08) return key('backspace');
  if (code >= 1 && code <= 26) return key('ctrl-' + String.fromCharCode(code + 96));
  return key('ctrl-' + String.fromCharCode(code + 64));
}

const isPrintable = (code: number): boolean => code >= 0x20 && code !== 0x7f && !(code >= 0x80 && code < 0xa0);

/**
 * Parses `data` into keys. A sequence cut off at the end (an open bracketed paste, `ESC[` without its final
 * byte) is returned in `rest` so the caller can prepend it to the next chunk.
 */
export function parseKeys(data: string): ParsedKeys {
  const keys: Key[] = [];
  let i = 0;
  while (i < data.length) {
    const ch = data[i]!;
    const code = ch.charCodeAt(0);
    if (ch === ESC) {
      if (data.startsWith(PASTE_START, i)) {
        const end = data.indexOf(PASTE_END, i + PASTE_START.length);
        if (end < 0) return { keys, rest: data.slice(i) };
        keys.push({ type: 'paste', text: data.slice(i + PASTE_START.length, end) });
        i = end + PASTE_END.length;
        continue;
      }
      const next = data[i + 1];
      if (next === undefined) {
        keys.push(key('escape'));
        i += 1;
      } else if (next === '[') {
        const m = /^\x1b\[([0-9;:?<=>]*)[ -/]*([@-~])/.exec(data.slice(i, i + 32));
        if (!m) {
          if (/^\x1b\[[0-9;:?<=>]*[ -/]*$/.test(data.slice(i))) return { keys, rest: data.slice(i) };
          keys.push(key('unknown'));
          i += 2;
          continue;
        }
        keys.push(csiKey(m[1]!, m[2]!));
        i += m[0].length;
      } else if (next === 'O') {
        const final = data[i + 2];
        if (final === undefined) return { keys, rest: data.slice(i) };
        keys.push(key(CSI_LETTERS[final] ?? 'unknown'));
        i += 3;
      } else if (next === '\x7f' || next === '\x08') {
        keys.push(key('meta-backspace'));
        i += 2;
      } else if (next === ESC) {
        keys.push(key('escape'));
        i += 1;
      } else {
        const cp = data.codePointAt(i + 1)!;
        const c = String.fromCodePoint(cp);
        keys.push(key('meta-' + (cp < 0x20 ? 'ctrl-' + String.fromCharCode(cp + 96) : c.toLowerCase())));
        i += 1 + c.length;
      }
      continue;
    }
    if (!isPrintable(code)) {
      keys.push(controlKey(code));
      // CR LF (a pasted Windows line end) is one Enter.
      i += ch === '\r' && data[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    let j = i + 1;
    while (j < data.length && isPrintable(data.charCodeAt(j))) j++;
    keys.push({ type: 'text', text: data.slice(i, j) });
    i = j;
  }
  return { keys, rest: '' };
}

/** Keys for pasted text: each line end is an Enter; other control characters except tab are dropped. */
export function pasteKeys(text: string): Key[] {
  const clean = text.replace(ANSI_RE, '').replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '');
  const keys: Key[] = [];
  clean.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (i > 0) keys.push(key('enter'));
    if (line !== '') keys.push({ type: 'text', text: line });
  });
  return keys;
}
