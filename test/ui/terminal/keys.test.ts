import { describe, expect, it } from 'vitest';
import { parseKeys } from '../../../src/ui/terminal/keys';
import { OutputTracker } from '../../../src/ui/terminal/output';
import { charWidth, stringWidth } from '../../../src/ui/terminal/width';

const names = (data: string): string[] =>
  parseKeys(data).keys.map((k) => (k.type === 'key' ? k.name : `${k.type}:${k.text}`));

describe('parseKeys', () => {
  const cases: Array<[string, string, string[]]> = [
    ['text runs', 'ab c', ['text:ab c']],
    ['arrows CSI and SS3', '\x1b[A\x1b[B\x1bOC\x1bOD', ['up', 'down', 'right', 'left']],
    ['home/end forms', '\x1b[H\x1b[F\x1bOH\x1bOF\x1b[1~\x1b[4~\x1b[7~\x1b[8~', ['home', 'end', 'home', 'end', 'home', 'end', 'home', 'end']],
    ['delete', '\x1b[3~', ['delete']],
    ['ctrl/alt word moves', '\x1b[1;5D\x1b[1;5C\x1b[1;3D', ['word-left', 'word-right', 'word-left']],
    ['meta keys', '\x1bb\x1bF\x1b\x7f\x1bd', ['meta-b', 'meta-f', 'meta-backspace', 'meta-d']],
    ['control keys', '\x01\x03\x12\x17', ['ctrl-a', 'ctrl-c', 'ctrl-r', 'ctrl-w']],
    ['enter forms', '\r\n\n\r', ['enter', 'enter', 'enter']],
    ['tab and backspace', '\t\x7f\x08', ['tab', 'backspace', 'backspace']],
    ['lone escape', 'a\x1b', ['text:a', 'escape']],
    ['bracketed paste', 'x\x1b[200~a\nb\x1b[201~y', ['text:x', 'paste:a\nb', 'text:y']],
    ['unknown CSI', '\x1b[5~\x1b[Z', ['unknown', 'unknown']],
  ];
  it.each(cases)('%s', (_name, data, expected) => {
    expect(names(data)).toEqual(expected);
  });

  it('returns an unfinished sequence as rest', () => {
    expect(parseKeys('ab\x1b[200~half')).toEqual({ keys: [{ type: 'text', text: 'ab' }], rest: '\x1b[200~half' });
    expect(parseKeys('\x1b[1;').rest).toBe('\x1b[1;');
    expect(parseKeys('\x1bO').rest).toBe('\x1bO');
  });
});

describe('widths (xterm Unicode 6)', () => {
  it('measures ASCII, CJK, combining marks, emoji and coloured text', () => {
    expect([charWidth(0x41), charWidth(0x65e5), charWidth(0x301), charWidth(0x1f600), charWidth(0x1b)]).toEqual([
      1, 2, 0, 1, 0,
    ]);
    expect(stringWidth('\x1b[1;32mcp\x1b[0m:~$ ')).toBe(6);
    expect(stringWidth('日本語')).toBe(6);
  });
});

describe('OutputTracker', () => {
  it('turns lone LF into CRLF across chunks and tracks the column', () => {
    const t = new OutputTracker();
    expect(t.convert('ab\r', 80)).toBe('ab\r');
    expect(t.convert('\ncd\n', 80)).toBe('\ncd\r\n');
    expect(t.col).toBe(0);
    t.convert('\x1b[31mred\x1b[0m\ttab', 80);
    expect(t.col).toBe(11);
    t.convert('x'.repeat(75), 80);
    expect(t.col).toBe(6);
    t.convert('12345678901234', 20);
    expect(t.col).toBe(20); // wrap pending at the margin
  });
});
