// The adapter on a real @xterm/xterm 6 Terminal: xterm's core runs in Node without open() (no renderer),
// so typing, output, the buffer and reflow are xterm's own.
import { describe, expect, it } from 'vitest';
import { Terminal } from '@xterm/xterm';
import { XtermAdapter, type RunResult, type WriteFn } from '../../../src/ui/terminal/xterm-adapter';

/** Lets pending promises run, then waits until xterm has parsed everything written so far. */
async function settle(term: Terminal): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await new Promise<void>((r) => term.write('', r));
  }
}

interface Host {
  term: Terminal;
  adapter: XtermAdapter;
  ran: string[];
  interrupts: number;
  history: string[][];
}

function host(
  run: (text: string, write: WriteFn) => Promise<RunResult> | RunResult,
  opts: { cols?: number; history?: string[] } = {},
): Host {
  const term = new Terminal({ cols: opts.cols ?? 40, rows: 10, scrollback: 100, allowProposedApi: true });
  const h: Host = { term, adapter: undefined as unknown as XtermAdapter, ran: [], interrupts: 0, history: [] };
  h.adapter = new XtermAdapter(term, {
    prompt: 'controlplane:~$ ',
    history: opts.history,
    runLine: async (text, write) => {
      h.ran.push(text);
      return run(text, write);
    },
    interrupt: () => {
      h.interrupts += 1;
    },
    complete: async (line, cursor) => ({ from: 0, to: cursor, candidates: ['kubectl'].filter((c) => c.startsWith(line)) }),
    onHistory: (e) => h.history.push(e),
  });
  return h;
}

const echo = (text: string, write: WriteFn): RunResult => {
  write('out', text.replace(/^echo /, '') + '\n');
  return { exitCode: 0, prompt: 'controlplane:~$ ' };
};

describe('XtermAdapter on xterm', () => {
  it('shows the prompt, runs typed lines and writes their output', async () => {
    const h = host(echo);
    await settle(h.term);
    // translateToString(true) keeps written trailing spaces, such as the prompt's.
    expect(h.adapter.screenText()).toBe('controlplane:~$ ');
    h.adapter.type('echo hello\r');
    await settle(h.term);
    expect(h.ran).toEqual(['echo hello']);
    expect(h.adapter.screenText()).toBe('controlplane:~$ echo hello\nhello\ncontrolplane:~$ ');
    expect(h.history).toEqual([['echo hello']]);
    expect(h.term.buffer.active.cursorX).toBe(16);
  });

  it('is busy while a command runs, queues type-ahead and forwards Ctrl-C', async () => {
    let release: (r: RunResult) => void = () => {};
    const h = host((text, write) =>
      text === 'sleep 5' ? new Promise<RunResult>((r) => (release = r)) : echo(text, write),
    );
    h.adapter.type('sleep 5\r');
    await settle(h.term);
    expect(h.adapter.busy).toBe(true);
    h.adapter.type('echo next\r');
    await settle(h.term);
    expect(h.ran).toEqual(['sleep 5']);
    release({ exitCode: 0, prompt: 'controlplane:~$ ' });
    await settle(h.term);
    expect(h.ran).toEqual(['sleep 5', 'echo next']);
    expect(h.adapter.screenText()).toBe(
      'controlplane:~$ sleep 5\ncontrolplane:~$ echo next\nnext\ncontrolplane:~$ ',
    );
    h.adapter.type('sleep 5\r');
    await settle(h.term);
    h.adapter.type('\x03');
    expect(h.interrupts).toBe(1);
    release({ exitCode: 130, prompt: 'controlplane:~$ ' });
    await settle(h.term);
    expect(h.adapter.screenText().split('\n').slice(-3)).toEqual(['controlplane:~$ sleep 5', '^C', 'controlplane:~$ ']);
  });

  it('converts lone LF in output to CRLF', async () => {
    const h = host((_t, write) => {
      write('out', 'a\n  b\n');
      write('err', 'error: x\n');
      return { exitCode: 1, prompt: '$ ' };
    });
    h.adapter.type('x\r');
    await settle(h.term);
    expect(h.adapter.screenText()).toBe('controlplane:~$ x\na\n  b\nerror: x\n$ ');
  });

  it('runs each line of a bracketed paste in order', async () => {
    const h = host(echo);
    await settle(h.term);
    expect(h.term.modes.bracketedPasteMode).toBe(true);
    // term.paste() needs the DOM textarea; this is the data it sends in bracketed paste mode.
    h.term.input('\x1b[200~echo one\recho two\r\x1b[201~', false);
    await settle(h.term);
    expect(h.ran).toEqual(['echo one', 'echo two']);
  });

  it('completes with Tab and keeps a failing host from losing the prompt', async () => {
    const h = host(() => {
      throw new Error('engine down');
    });
    h.adapter.type('ku\t');
    await settle(h.term);
    expect(h.adapter.editor.line).toBe('kubectl ');
    h.adapter.type('\r');
    await settle(h.term);
    expect(h.adapter.screenText()).toBe('controlplane:~$ kubectl \npodlab: engine down\ncontrolplane:~$ ');
  });

  it('long lines wrap and redraw correctly on xterm, also after a resize', async () => {
    const h = host(echo, { cols: 20 });
    h.adapter.type('kubectl get pods -A -o wide');
    await settle(h.term);
    expect(h.adapter.screenText()).toBe('controlplane:~$ kube\nctl get pods -A -o w\nide');
    h.adapter.type('\x01#');
    await settle(h.term);
    expect(h.adapter.screenText()).toBe('controlplane:~$ #kub\nectl get pods -A -o \nwide');
    expect([h.term.buffer.active.cursorX, h.term.buffer.active.cursorY]).toEqual([17, 0]);
    h.term.resize(30, 10);
    await settle(h.term);
    h.adapter.type('\x05!');
    await settle(h.term);
    expect(h.adapter.screenText()).toBe('controlplane:~$ #kubectl get p\nods -A -o wide!');
  });

  it('the exact-margin case leaves the cursor at the start of the next row', async () => {
    const h = host(echo, { cols: 20 });
    h.adapter.type('abcd');
    await settle(h.term);
    expect([h.term.buffer.active.cursorX, h.term.buffer.active.cursorY]).toEqual([0, 1]);
    h.adapter.type('\x7f');
    await settle(h.term);
    expect(h.adapter.screenText()).toBe('controlplane:~$ abc');
    expect([h.term.buffer.active.cursorX, h.term.buffer.active.cursorY]).toEqual([19, 0]);
  });

  it('write() prints a message above the prompt while editing', async () => {
    const h = host(echo);
    h.adapter.type('kubectl');
    h.adapter.api.write('Step 2 unlocked\n');
    await settle(h.term);
    expect(h.adapter.screenText()).toBe('Step 2 unlocked\ncontrolplane:~$ kubectl');
  });
});
