import { describe, expect, it } from 'vitest';
import { setup } from './harness';

describe('LineEditor: typing and submitting', () => {
  it('shows the prompt and echoes typed text', () => {
    const h = setup();
    expect(h.screen.text()).toBe('$');
    h.ed.feed('echo hi');
    expect(h.screen.text()).toBe('$ echo hi');
    expect(h.screen.cursor).toEqual({ row: 0, col: 9 });
    expect(h.ed.line).toBe('echo hi');
    expect(h.ed.cursor).toBe(7);
  });

  it('queues input fed before start and shows it with the first prompt', () => {
    const h = setup({ prompt: 'controlplane:~$ ' }, false);
    h.ed.feed('ls');
    expect(h.output()).toBe('');
    h.ed.start();
    expect(h.screen.text()).toBe('controlplane:~$ ls');
  });

  it('submits on Enter, is busy until finish, then shows the new prompt', () => {
    const h = setup();
    h.ed.feed('echo hi\r');
    expect(h.submits()).toEqual(['echo hi']);
    expect(h.ed.busy).toBe(true);
    h.ed.print('hi\n');
    h.ed.finish({ prompt: '# ' });
    expect(h.ed.busy).toBe(false);
    expect(h.screen.lines()).toEqual(['$ echo hi', 'hi', '#']);
    expect(h.screen.cursor).toEqual({ row: 2, col: 2 });
  });

  it('writes program output with lone LF turned into CRLF', () => {
    const h = setup();
    h.ed.feed('cat f\r');
    const before = h.output().length;
    h.ed.print('a\nb\r\n');
    h.ed.print('c\n');
    expect(h.output().slice(before)).toBe('a\r\nb\r\nc\r\n');
  });

  it('prints the next prompt right after output that lacks a final newline, as bash does', () => {
    const h = setup();
    h.ed.feed('printf abc\r');
    h.ed.print('abc');
    h.ed.finish();
    expect(h.screen.lines()).toEqual(['$ printf abc', 'abc$']);
    h.ed.feed('xy');
    expect(h.screen.lines()).toEqual(['$ printf abc', 'abc$ xy']);
    expect(h.screen.cursor).toEqual({ row: 1, col: 7 });
  });

  it('does not submit a blank line but shows a new prompt', () => {
    const h = setup();
    h.ed.feed('\r   \r');
    expect(h.submits()).toEqual([]);
    expect(h.screen.lines()).toEqual(['$', '$', '$']);
  });

  it('accepts LF (Ctrl-J) and CR LF as one Enter', () => {
    const h = setup();
    h.ed.feed('a\r\n');
    h.ed.finish();
    h.ed.feed('b\n');
    expect(h.submits()).toEqual(['a', 'b']);
    expect(h.screen.lines()).toEqual(['$ a', '$ b']);
  });

  it('Ctrl-D on an empty line emits eof, elsewhere deletes the character under the cursor', () => {
    const h = setup();
    h.ed.feed('\x04');
    expect(h.events.filter((e) => e.type === 'eof')).toHaveLength(1);
    h.ed.feed('abc\x01\x04');
    expect(h.ed.line).toBe('bc');
  });
});

describe('LineEditor: editing keys', () => {
  // Each case types `keys` after the prompt `$ ` and expects the buffer and the cursor index.
  const cases: Array<[string, string, string, number]> = [
    ['Left then insert', 'abc\x1b[D\x1b[DX', 'aXbc', 2],
    ['Right after Left', 'abc\x1b[D\x1b[D\x1b[CX', 'abXc', 3],
    ['Ctrl-B / Ctrl-F', 'abc\x02\x02\x06X', 'abXc', 3],
    ['SS3 arrows', 'abc\x1bOD\x1bODX', 'aXbc', 2],
    ['Home ESC[H', 'abc\x1b[HX', 'Xabc', 1],
    ['Home ESC O H', 'abc\x1bOHX', 'Xabc', 1],
    ['Home ESC[1~', 'abc\x1b[1~X', 'Xabc', 1],
    ['Home ESC[7~', 'abc\x1b[7~X', 'Xabc', 1],
    ['Ctrl-A', 'abc\x01X', 'Xabc', 1],
    ['End ESC[F', 'abc\x01\x1b[FX', 'abcX', 4],
    ['End ESC O F', 'abc\x01\x1bOFX', 'abcX', 4],
    ['End ESC[4~', 'abc\x01\x1b[4~X', 'abcX', 4],
    ['End ESC[8~', 'abc\x01\x1b[8~X', 'abcX', 4],
    ['Ctrl-E', 'abc\x01\x05X', 'abcX', 4],
    ['Backspace DEL', 'abc\x7f', 'ab', 2],
    ['Backspace ^H', 'abc\x08', 'ab', 2],
    ['Backspace in the middle', 'abc\x1b[D\x7f', 'ac', 1],
    ['Backspace at start does nothing', 'ab\x01\x7f', 'ab', 0],
    ['Delete ESC[3~', 'abc\x01\x1b[3~', 'bc', 0],
    ['Left stops at the start', 'a\x1b[D\x1b[D\x1b[DX', 'Xa', 1],
    ['Right stops at the end', 'a\x1b[C\x1b[CX', 'aX', 2],
    ['Ctrl-U kills to the start', 'kubectl get pods\x1b[D\x1b[D\x15', 'ds', 0],
    ['Ctrl-K kills to the end', 'kubectl get pods\x01\x1b[C\x1b[C\x0b', 'ku', 2],
    ['Ctrl-W kills the previous whitespace word', 'kubectl get pods/web  \x17', 'kubectl get ', 12],
    ['Alt-Backspace kills a word of letters', 'kubectl get pods/web\x1b\x7f', 'kubectl get pods/', 17],
    ['Alt-B moves back a word', 'kubectl get pods\x1bbX', 'kubectl get Xpods', 13],
    ['Alt-B twice', 'kubectl get-pods\x1bb\x1bbX', 'kubectl Xget-pods', 9],
    ['Alt-F moves forward a word', 'kubectl get pods\x01\x1bfX', 'kubectlX get pods', 8],
    ['Ctrl-Left / Ctrl-Right', 'one two three\x1b[1;5D\x1b[1;5D\x1b[1;5CX', 'one twoX three', 8],
    ['Alt-D kills the next word', 'one two three\x01\x1bd', ' two three', 0],
    ['Ctrl-Y yanks the last kill', 'one two\x17\x01\x19', 'twoone ', 3],
    ['Unknown sequences are ignored', 'ab\x1b[5~\x1b[Zc', 'abc', 3],
  ];
  it.each(cases)('%s', (_name, keys, line, cursor) => {
    const h = setup();
    h.ed.feed(keys);
    expect(h.ed.line).toBe(line);
    expect(h.ed.cursor).toBe(cursor);
    expect(h.screen.text()).toBe(('$ ' + line).trimEnd());
    expect(h.screen.cursor).toEqual({ row: 0, col: 2 + cursor });
  });

  it('treats a lone ESC followed by a key in a later chunk as meta', () => {
    const h = setup();
    h.ed.feed('one two');
    h.ed.feed('\x1b');
    h.ed.feed('b');
    h.ed.feed('X');
    expect(h.ed.line).toBe('one Xtwo');
  });

  it('Ctrl-L clears the screen and redraws the prompt and line', () => {
    const h = setup();
    h.ed.feed('echo 1\r');
    h.ed.print('1\n');
    h.ed.finish();
    h.ed.feed('echo 2\x1b[D\x0c');
    expect(h.screen.text()).toBe('$ echo 2');
    expect(h.screen.cursor).toEqual({ row: 0, col: 7 });
    expect(h.ed.line).toBe('echo 2');
  });

  it('Ctrl-C on a line prints ^C and a fresh prompt without an interrupt', () => {
    const h = setup();
    h.ed.feed('kubectl get\x01\x03');
    expect(h.screen.lines()).toEqual(['$ kubectl get^C', '$']);
    expect(h.ed.line).toBe('');
    expect(h.interrupts()).toBe(0);
    expect(h.submits()).toEqual([]);
  });

  it('keeps UTF-8 intact, measuring wide characters as two columns', () => {
    const h = setup();
    h.ed.feed('echo 日本é\x1b[D\x1b[DX');
    expect(h.ed.line).toBe('echo 日X本é');
    expect(h.screen.text()).toBe('$ echo 日X本é');
    expect(h.screen.cursor).toEqual({ row: 0, col: 10 });
    h.ed.feed('\x7f\x7f');
    expect(h.ed.line).toBe('echo 本é');
    expect(h.screen.text()).toBe('$ echo 本é');
    expect(h.screen.cursor).toEqual({ row: 0, col: 7 });
  });

  it('handles astral code points as one character', () => {
    const h = setup();
    h.ed.feed('a😀b\x1b[D\x7f');
    expect(h.ed.line).toBe('ab');
  });

  it('draws a coloured prompt by its visible width', () => {
    const h = setup({ prompt: '\x1b[1;32mcp\x1b[0m:~$ ' });
    h.ed.feed('ls\x1b[D');
    expect(h.screen.text()).toBe('cp:~$ ls');
    expect(h.screen.cursor).toEqual({ row: 0, col: 7 });
  });

  it('prints text while editing above the prompt and redraws the line', () => {
    const h = setup();
    h.ed.feed('kubectl g');
    h.ed.print('lesson step 2 unlocked\n');
    expect(h.screen.lines()).toEqual(['lesson step 2 unlocked', '$ kubectl g']);
    expect(h.screen.cursor).toEqual({ row: 1, col: 11 });
  });

  it('prints text while editing below output that lacked a final newline', () => {
    const h = setup();
    h.ed.feed('printf abc\r');
    h.ed.print('abc');
    h.ed.finish();
    h.ed.feed('ls');
    h.ed.print('note\n');
    expect(h.screen.lines()).toEqual(['$ printf abc', 'abc', 'note', '$ ls']);
  });

  it('setPrompt redraws the prompt in place', () => {
    const h = setup();
    h.ed.feed('ls');
    h.ed.setPrompt('node01:~$ ');
    expect(h.screen.text()).toBe('node01:~$ ls');
  });

  it('shows the leading lines of a multi-line prompt once', () => {
    const h = setup({ prompt: '[ctx]\n$ ' });
    h.ed.feed('abc\x01X');
    expect(h.screen.lines()).toEqual(['[ctx]', '$ Xabc']);
  });
});
