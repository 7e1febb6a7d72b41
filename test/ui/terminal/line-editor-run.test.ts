import { describe, expect, it } from 'vitest';
import { LineEditor } from '../../../src/ui/terminal/line-editor';
import { setup } from './harness';

describe('LineEditor: multi-line paste', () => {
  it('bracketed paste submits each complete line in order and keeps the last partial line', () => {
    const h = setup();
    h.ed.feed('\x1b[200~echo a\necho b\r\necho c\x1b[201~');
    expect(h.submits()).toEqual(['echo a']);
    h.ed.finish();
    expect(h.submits()).toEqual(['echo a', 'echo b']);
    h.ed.finish();
    expect(h.submits()).toEqual(['echo a', 'echo b']);
    expect(h.ed.line).toBe('echo c');
    expect(h.screen.lines()).toEqual(['$ echo a', '$ echo b', '$ echo c']);
  });

  it('a plain paste containing newlines does the same', () => {
    const h = setup();
    h.ed.feed('kubectl get pods\rkubectl get svc\r');
    h.ed.finish();
    h.ed.finish();
    expect(h.submits()).toEqual(['kubectl get pods', 'kubectl get svc']);
    expect(h.ed.busy).toBe(false);
  });

  it('inserts tabs and keeps text from a bracketed paste literally (no completion, no keys)', () => {
    let called = 0;
    const h = setup({ complete: async () => ((called += 1), { from: 0, to: 0, candidates: ['x'] }) });
    h.ed.feed('\x1b[200~a\tb\x01c\x1b[201~');
    expect(called).toBe(0);
    expect(h.ed.line).toBe('a\tbc');
    expect(h.screen.text()).toBe('$ a bc');
  });

  it('waits for the end of a bracketed paste split across chunks', () => {
    const h = setup();
    h.ed.feed('\x1b[200~echo one\nec');
    expect(h.submits()).toEqual([]);
    h.ed.feed('ho two\x1b[201~');
    expect(h.submits()).toEqual(['echo one']);
  });

  it('a pasted heredoc goes through continuation prompts as one command', () => {
    const h = setup();
    // The host says the command is incomplete until the EOF line arrives.
    const answer = (text: string): void => h.ed.finish({ incomplete: text.startsWith('cat') && !/\nEOF$/.test(text) });
    h.ed.feed('\x1b[200~cat <<EOF > /tmp/pod.yaml\nkind: Pod\nEOF\nls\n\x1b[201~');
    for (let i = 0; i < 10 && h.ed.busy; i++) answer(h.submits().at(-1)!);
    expect(h.submits()).toEqual([
      'cat <<EOF > /tmp/pod.yaml',
      'cat <<EOF > /tmp/pod.yaml\nkind: Pod',
      'cat <<EOF > /tmp/pod.yaml\nkind: Pod\nEOF',
      'ls',
    ]);
    expect(h.screen.lines()).toEqual(['$ cat <<EOF > /tmp/pod.yaml', '> kind: Pod', '> EOF', '$ ls', '$']);
    expect(h.ed.exportHistory()).toEqual(['cat <<EOF > /tmp/pod.yaml\nkind: Pod\nEOF', 'ls']);
  });
});

describe('LineEditor: continuation lines', () => {
  it('shows "> " while the host says incomplete and submits the joined text', () => {
    const h = setup();
    h.ed.feed('echo "a\r');
    expect(h.submits()).toEqual(['echo "a']);
    h.ed.finish({ incomplete: true });
    expect(h.screen.lines()).toEqual(['$ echo "a', '>']);
    h.ed.feed('\r');
    expect(h.submits().at(-1)).toBe('echo "a\n');
    h.ed.finish({ incomplete: true });
    h.ed.feed('b"\r');
    expect(h.submits().at(-1)).toBe('echo "a\n\nb"');
    h.ed.print('a\n\nb\n');
    h.ed.finish();
    expect(h.screen.lines()).toEqual(['$ echo "a', '>', '> b"', 'a', '', 'b', '$']);
    expect(h.ed.exportHistory()).toEqual(['echo "a\n\nb"']);
  });

  it('Ctrl-C in a continuation drops the whole command', () => {
    const h = setup();
    h.ed.feed('for i in 1 2\r');
    h.ed.finish({ incomplete: true });
    h.ed.feed('do echo\x03ls\r');
    expect(h.submits()).toEqual(['for i in 1 2', 'ls']);
    expect(h.screen.lines()).toEqual(['$ for i in 1 2', '> do echo^C', '$ ls']);
  });

  it('a recalled multi-line command is drawn with continuation prompts and submitted whole', () => {
    const h = setup({ history: ['cat <<EOF\nhi\nEOF'] });
    h.ed.feed('\x1b[A');
    expect(h.screen.lines()).toEqual(['$ cat <<EOF', '> hi', '> EOF']);
    expect(h.screen.cursor).toEqual({ row: 2, col: 5 });
    h.ed.feed('\x01');
    expect(h.screen.cursor).toEqual({ row: 0, col: 2 });
    h.ed.feed('\r');
    expect(h.submits()).toEqual(['cat <<EOF\nhi\nEOF']);
    expect(h.screen.cursor).toEqual({ row: 3, col: 0 });
  });
});

describe('LineEditor: type-ahead and interrupt while a command runs', () => {
  it('queues keys typed while busy and replays them at the next prompt', () => {
    const h = setup({ history: ['old'] });
    h.ed.feed('sleep 5\r');
    h.ed.feed('kubectl get pdsx');
    h.ed.feed('\x7f\x1b[D\x1b[Do');
    expect(h.screen.lines()).toEqual(['$ sleep 5']);
    h.ed.feed('\r');
    expect(h.submits()).toEqual(['sleep 5']);
    h.ed.finish();
    expect(h.submits()).toEqual(['sleep 5', 'kubectl get pods']);
    expect(h.screen.lines()).toEqual(['$ sleep 5', '$ kubectl get pods']);
  });

  it('Ctrl-C while busy emits interrupt at once, echoes ^C and flushes earlier type-ahead', () => {
    const h = setup();
    h.ed.feed('kubectl logs -f web\r');
    h.ed.print('line 1\n');
    h.ed.feed('typed ahead');
    h.ed.feed('\x03');
    expect(h.interrupts()).toBe(1);
    h.ed.feed('ls');
    h.ed.finish({ prompt: '$ ' });
    expect(h.screen.lines()).toEqual(['$ kubectl logs -f web', 'line 1', '^C', '$ ls']);
    expect(h.ed.exportHistory()).toEqual(['kubectl logs -f web']);
  });

  it('adds a newline after ^C before the prompt', () => {
    const h = setup();
    h.ed.feed('sleep 9\r');
    h.ed.print('partial');
    h.ed.feed('\x03');
    h.ed.finish();
    expect(h.screen.lines()).toEqual(['$ sleep 9', 'partial^C', '$']);
  });

  it('replays a typed sequence of commands one at a time, with Ctrl-C reaching the running one', () => {
    const h = setup();
    h.ed.feed('sleep 100\r\x03echo ok\r');
    expect(h.interrupts()).toBe(1);
    h.ed.finish();
    expect(h.submits()).toEqual(['sleep 100', 'echo ok']);
  });

  it('works when the host finishes synchronously inside the submit event', () => {
    const submitted: string[] = [];
    const ed: LineEditor = new LineEditor({
      onEvent: (e) => {
        if (e.type !== 'submit') return;
        submitted.push(e.text);
        ed.finish({ incomplete: e.text.endsWith('\\') });
      },
    });
    ed.start();
    ed.feed('a\rb\\\rc\rd');
    expect(submitted).toEqual(['a', 'b\\', 'b\\\nc']);
    expect(ed.line).toBe('d');
    expect(ed.busy).toBe(false);
  });
});

describe('LineEditor: lines longer than the terminal', () => {
  it('wraps typed text and tracks the cursor across rows', () => {
    const h = setup({ cols: 20 });
    h.ed.feed('0123456789abcdefghijklmnopqrstuvwxyz');
    expect(h.screen.lines()).toEqual(['$ 0123456789abcdefgh', 'ijklmnopqrstuvwxyz']);
    expect(h.screen.cursor).toEqual({ row: 1, col: 18 });
    h.ed.feed('\x01');
    expect(h.screen.cursor).toEqual({ row: 0, col: 2 });
    h.ed.feed('XY');
    expect(h.screen.lines()).toEqual(['$ XY0123456789abcdef', 'ghijklmnopqrstuvwxyz']);
    expect(h.screen.cursor).toEqual({ row: 0, col: 4 });
    h.ed.feed('\x05!');
    expect(h.screen.lines()).toEqual(['$ XY0123456789abcdef', 'ghijklmnopqrstuvwxyz', '!']);
    expect(h.screen.cursor).toEqual({ row: 2, col: 1 });
  });

  it('puts the cursor on the next row when the text ends exactly at the margin', () => {
    const h = setup({ cols: 10 });
    h.ed.feed('abcdefgh');
    expect(h.screen.lines()).toEqual(['$ abcdefgh']);
    expect(h.screen.cursor).toEqual({ row: 1, col: 0 });
    h.ed.feed('\x7f');
    expect(h.screen.lines()).toEqual(['$ abcdefg']);
    expect(h.screen.cursor).toEqual({ row: 0, col: 9 });
    h.ed.feed('h\x1b[D\x1b[C');
    expect(h.screen.cursor).toEqual({ row: 1, col: 0 });
    h.ed.feed('i\r');
    expect(h.submits()).toEqual(['abcdefghi']);
    expect(h.screen.lines()).toEqual(['$ abcdefgh', 'i']);
    expect(h.screen.cursor).toEqual({ row: 2, col: 0 });
  });

  it('moves left and right across the wrap point', () => {
    const h = setup({ cols: 10 });
    h.ed.feed('abcdefghijk\x1b[D\x1b[D\x1b[D\x1b[D');
    expect(h.screen.cursor).toEqual({ row: 0, col: 9 });
    h.ed.feed('\x1b[C');
    expect(h.screen.cursor).toEqual({ row: 1, col: 0 });
    h.ed.feed('\x7f\x7f');
    expect(h.screen.lines()).toEqual(['$ abcdefij', 'k']);
    expect(h.screen.cursor).toEqual({ row: 0, col: 8 });
  });

  it('a short recalled line after a long one clears the extra rows', () => {
    const h = setup({ cols: 10, history: ['ls', 'a-very-long-command-line'] });
    h.ed.feed('\x1b[A');
    expect(h.screen.lines()).toEqual(['$ a-very-l', 'ong-comman', 'd-line']);
    h.ed.feed('\x1b[A');
    expect(h.screen.lines()).toEqual(['$ ls']);
    expect(h.screen.cursor).toEqual({ row: 0, col: 4 });
  });

  it('wraps a wide character that does not fit whole to the next row', () => {
    const h = setup({ cols: 6 });
    h.ed.feed('abc日');
    expect(h.screen.lines()).toEqual(['$ abc', '日']);
    expect(h.screen.cursor).toEqual({ row: 1, col: 2 });
    h.ed.feed('\x01\x1b[C\x1b[C\x1b[C');
    expect(h.screen.cursor).toEqual({ row: 1, col: 0 });
  });

  it('redraws at the new width after a resize', () => {
    const h = setup({ cols: 20 });
    h.ed.feed('0123456789abcdef');
    h.resize(10);
    expect(h.ed.cols).toBe(10);
    expect(h.screen.lines()).toEqual(['$ 01234567', '89abcdef']);
    h.ed.feed('\x01X');
    expect(h.screen.lines()).toEqual(['$ X0123456', '789abcdef']);
    expect(h.screen.cursor).toEqual({ row: 0, col: 3 });
    h.resize(30);
    h.ed.feed('\x05Y');
    expect(h.screen.lines()).toEqual(['$ X0123456789abcdefY']);
  });
});
