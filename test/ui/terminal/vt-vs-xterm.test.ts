// Checks the test screen (vt.ts) against real xterm.js on the editor's own output, so the editor tests
// that read the test screen see what xterm would show.
import { describe, expect, it } from 'vitest';
import { Terminal } from '@xterm/xterm';
import { LineEditor, type LineEditorOptions } from '../../../src/ui/terminal/line-editor';
import { bufferText } from '../../../src/ui/terminal/xterm-adapter';
import { Screen } from './vt';

type Step = string | { finish: true } | { print: string };

const scenarios: Array<[string, Partial<LineEditorOptions>, Step[]]> = [
  ['typing and editing', {}, ['kubectl get pods', '\x01\x1b[C#', '\x05\x17svc']],
  ['wrap and insert at start', { cols: 20 }, ['0123456789abcdefghijklmnopqrstuvwxyz', '\x01XY', '\x05!']],
  ['exact margin', { cols: 10 }, ['abcdefgh', '\x7f', 'h\x1b[D\x1b[C', 'i\r', { print: 'out\n' }, { finish: true }]],
  ['wide characters', { cols: 9 }, ['ab日本語です', '\x01\x1b[C\x1b[C\x1b[C\x7f']],
  ['history long then short', { cols: 10, history: ['ls', 'a-very-long-command-line'] }, ['\x1b[A', '\x1b[A']],
  ['multi-line recall', { history: ['cat <<EOF\nhi\nEOF'] }, ['\x1b[A', '\x01', '\x05\x7f\x7f']],
  ['search', { history: ['kubectl get pods', 'echo x'] }, ['\x12pod', '\x1b[C']],
  ['output without newline', { cols: 12 }, ['printf\r', { print: 'abcdefghijkl' }, { finish: true }, 'ls -la /etc']],
];

async function runXterm(opts: Partial<LineEditorOptions>, steps: Step[]): Promise<{ text: string; cursor: [number, number] }> {
  const term = new Terminal({ cols: opts.cols ?? 80, rows: 30, allowProposedApi: true });
  const ed = new LineEditor({ ...opts, onEvent: (e) => e.type === 'output' && term.write(e.data) });
  ed.start();
  for (const s of steps) apply(ed, s);
  await new Promise<void>((r) => term.write('', r));
  const b = term.buffer.active;
  return { text: bufferText(term).split('\n').map((l) => l.trimEnd()).join('\n'), cursor: [b.cursorY + b.baseY, b.cursorX] };
}

function apply(ed: LineEditor, s: Step): void {
  if (typeof s === 'string') ed.feed(s);
  else if ('print' in s) ed.print(s.print);
  else ed.finish();
}

describe('test screen vs xterm.js', () => {
  it.each(scenarios)('%s', async (_name, opts, steps) => {
    const screen = new Screen(opts.cols ?? 80);
    const ed = new LineEditor({ ...opts, onEvent: (e) => e.type === 'output' && screen.write(e.data) });
    ed.start();
    for (const s of steps) apply(ed, s);
    const x = await runXterm(opts, steps);
    expect(screen.text()).toBe(x.text);
    expect([screen.cursor.row, screen.cursor.col]).toEqual(x.cursor);
  });
});
