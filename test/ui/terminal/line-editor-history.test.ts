import { describe, expect, it } from 'vitest';
import { History } from '../../../src/ui/terminal/history';
import { setup, type Harness } from './harness';

/** Types `line`, presses Enter and lets the host finish it at once. */
function run(h: Harness, line: string): void {
  h.ed.feed(line + '\r');
  h.ed.finish();
}

const UP = '\x1b[A';
const DOWN = '\x1b[B';

describe('History rules (HISTCONTROL=ignoreboth, HISTSIZE=1000)', () => {
  it('drops blank lines, lines starting with a space and consecutive duplicates', () => {
    const hist = new History();
    expect(['ls', 'ls', ' secret', '', 'pwd', 'ls'].map((l) => hist.add(l))).toEqual([
      true, false, false, false, true, true,
    ]);
    expect(hist.export()).toEqual(['ls', 'pwd', 'ls']);
  });

  it('keeps the newest 1000 entries', () => {
    const hist = new History();
    for (let i = 0; i < 1005; i++) hist.add(`echo ${i}`);
    expect(hist.length).toBe(1000);
    expect(hist.at(0)).toBe('echo 5');
    expect(hist.at(999)).toBe('echo 1004');
  });

  it('imports with the same rules', () => {
    expect(new History(['a', 'a', ' b', 'c'], 2).export()).toEqual(['a', 'c']);
  });
});

describe('LineEditor: history', () => {
  it('records finished commands and emits them for persisting', () => {
    const h = setup();
    run(h, 'kubectl get pods');
    run(h, 'kubectl get pods');
    run(h, ' kubectl delete pod web');
    expect(h.ed.exportHistory()).toEqual(['kubectl get pods']);
    const persisted = h.events.flatMap((e) => (e.type === 'history' ? [e.entries] : []));
    expect(persisted).toEqual([['kubectl get pods']]);
  });

  it('Up and Down walk the history and keep the line being edited', () => {
    const h = setup({ history: ['one', 'two', 'three'] });
    h.ed.feed('draft');
    h.ed.feed(UP);
    expect(h.screen.text()).toBe('$ three');
    h.ed.feed(UP + UP);
    expect(h.ed.line).toBe('one');
    h.ed.feed(UP); // at the oldest: stays
    expect(h.ed.line).toBe('one');
    h.ed.feed(DOWN + DOWN + DOWN);
    expect(h.ed.line).toBe('draft');
    expect(h.screen.text()).toBe('$ draft');
    expect(h.screen.cursor).toEqual({ row: 0, col: 7 });
    h.ed.feed(DOWN);
    expect(h.ed.line).toBe('draft');
  });

  it('keeps edits to a recalled line while navigating, and runs the edited line', () => {
    const h = setup({ history: ['kubectl get pods', 'ls'] });
    h.ed.feed(UP + UP + ' -A' + DOWN + UP);
    expect(h.ed.line).toBe('kubectl get pods -A');
    h.ed.feed('\r');
    expect(h.submits()).toEqual(['kubectl get pods -A']);
    h.ed.finish();
    expect(h.ed.exportHistory()).toEqual(['kubectl get pods', 'ls', 'kubectl get pods -A']);
    h.ed.feed(UP + UP + UP);
    expect(h.ed.line).toBe('kubectl get pods'); // the original entry is unchanged
  });

  it('Ctrl-P / Ctrl-N and SS3 arrows navigate too', () => {
    const h = setup({ history: ['a', 'b'] });
    h.ed.feed('\x10\x10');
    expect(h.ed.line).toBe('a');
    h.ed.feed('\x0e');
    expect(h.ed.line).toBe('b');
    h.ed.feed('\x1bOA');
    expect(h.ed.line).toBe('a');
  });

  it('Alt-< and Alt-> jump to the oldest entry and back to the line being edited', () => {
    const h = setup({ history: ['a', 'b', 'c'] });
    h.ed.feed('draft\x1b<');
    expect(h.ed.line).toBe('a');
    h.ed.feed('\x1b>');
    expect(h.ed.line).toBe('draft');
  });

  it('imports and exports history', () => {
    const h = setup();
    h.ed.importHistory(['x', 'y']);
    h.ed.feed(UP);
    expect(h.ed.line).toBe('y');
    expect(h.ed.exportHistory()).toEqual(['x', 'y']);
  });

  it('a recalled line shorter than the previous one clears the rest', () => {
    const h = setup({ history: ['kubectl get deployments -A', 'ls'] });
    h.ed.feed(UP + UP + DOWN);
    expect(h.screen.text()).toBe('$ ls');
  });
});

describe('LineEditor: Ctrl-R reverse incremental search', () => {
  const history = ['kubectl get pods', 'echo hello', 'kubectl describe pod web', 'ls'];

  it('shows bash\'s search prompt and the newest match, cursor on the match', () => {
    const h = setup({ history });
    h.ed.feed('\x12');
    expect(h.screen.text()).toBe("(reverse-i-search)`':");
    h.ed.feed('kub');
    expect(h.screen.text()).toBe("(reverse-i-search)`kub': kubectl describe pod web");
    expect(h.screen.cursor).toEqual({ row: 0, col: 25 });
    h.ed.feed('ectl g');
    expect(h.screen.text()).toBe("(reverse-i-search)`kubectl g': kubectl get pods");
  });

  it('Ctrl-R again finds older matches; a failing query says so', () => {
    const h = setup({ history });
    h.ed.feed('\x12pod\x12');
    expect(h.screen.text()).toBe("(reverse-i-search)`pod': kubectl get pods");
    expect(h.screen.cursor).toEqual({ row: 0, col: 37 });
    h.ed.feed('\x12');
    expect(h.screen.text()).toBe("(failed reverse-i-search)`pod': kubectl get pods");
    h.ed.feed('\x7f'); // undoes the failed step
    expect(h.screen.text()).toBe("(reverse-i-search)`pod': kubectl get pods");
    h.ed.feed('x');
    expect(h.screen.text()).toBe("(failed reverse-i-search)`podx': kubectl get pods");
    h.ed.feed('\x7f\x7f'); // each backspace undoes one step, C-r steps included
    expect(h.screen.text()).toBe("(reverse-i-search)`pod': kubectl describe pod web");
    h.ed.feed('\x7f');
    expect(h.screen.text()).toBe("(reverse-i-search)`po': kubectl describe pod web");
  });

  it('Enter runs the match with the normal prompt shown', () => {
    const h = setup({ history });
    h.ed.feed('\x12hel\r');
    expect(h.submits()).toEqual(['echo hello']);
    expect(h.screen.lines()).toEqual(['$ echo hello']);
  });

  it('a motion key accepts the match for editing at the match position', () => {
    const h = setup({ history });
    h.ed.feed('\x12describe\x1b[C');
    expect(h.screen.text()).toBe('$ kubectl describe pod web');
    expect(h.ed.cursor).toBe(9);
    expect(h.screen.cursor).toEqual({ row: 0, col: 11 });
    h.ed.feed(UP); // history continues from the match
    expect(h.ed.line).toBe('echo hello');
  });

  it('Escape accepts without running; Ctrl-G restores the original line', () => {
    const h = setup({ history });
    h.ed.feed('draft\x12echo\x1b');
    expect(h.ed.line).toBe('echo hello');
    expect(h.screen.text()).toBe('$ echo hello');
    h.ed.feed('\x05\x15draft\x12kub\x07');
    expect(h.ed.line).toBe('draft');
    expect(h.screen.text()).toBe('$ draft');
  });

  it('exposes the drawn view during a search', () => {
    const h = setup({ history });
    h.ed.feed('draft\x12hel');
    expect(h.ed.view).toEqual({ prompt: "(reverse-i-search)`hel': ", text: 'echo hello', cursor: 5 });
    expect(h.ed.line).toBe('draft');
  });

  it('Ctrl-R on an empty query repeats the last search', () => {
    const h = setup({ history });
    h.ed.feed('\x12echo\x07\x12\x12');
    expect(h.screen.text()).toBe("(reverse-i-search)`echo': echo hello");
  });

  it('Ctrl-C aborts the search and the line', () => {
    const h = setup({ history });
    h.ed.feed('\x12ls\x03');
    expect(h.screen.lines()).toEqual(["(reverse-i-search)`ls': ls^C", '$']);
    expect(h.submits()).toEqual([]);
  });
});
