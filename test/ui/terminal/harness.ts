// Test harness: a LineEditor wired to the test screen, recording the events it emits.

import { LineEditor, type EditorEvent, type LineEditorOptions } from '../../../src/ui/terminal/line-editor';
import { Screen } from './vt';

export interface Harness {
  readonly ed: LineEditor;
  readonly screen: Screen;
  /**
   * Resizes: a new screen of `cols` columns gets the old screen's rows re-flowed (as xterm does for a
   * single wrapped line with the cursor at its end), then the editor is told.
   */
  resize(cols: number): void;
  readonly events: EditorEvent[];
  /** Texts submitted so far, in order. */
  submits(): string[];
  /** Number of interrupt events. */
  interrupts(): number;
  /** All output written so far, concatenated. */
  output(): string;
}

export function setup(opts: Partial<Omit<LineEditorOptions, 'onEvent'>> = {}, start = true): Harness {
  const events: EditorEvent[] = [];
  let screen = new Screen(opts.cols ?? 80);
  const ed = new LineEditor({
    ...opts,
    onEvent: (e) => {
      events.push(e);
      if (e.type === 'output') screen.write(e.data);
    },
  });
  if (start) ed.start();
  return {
    ed,
    get screen() {
      return screen;
    },
    resize(cols) {
      const old = screen;
      screen = new Screen(cols);
      screen.write(old.rows.map((r) => r.join('')).join(''));
      ed.resize(cols);
    },
    events,
    submits: () => events.flatMap((e) => (e.type === 'submit' ? [e.text] : [])),
    interrupts: () => events.filter((e) => e.type === 'interrupt').length,
    output: () => events.flatMap((e) => (e.type === 'output' ? [e.data] : [])).join(''),
  };
}
