// Binds a LineEditor to an @xterm/xterm 6 Terminal: input from onData goes to the editor, the editor's
// output to term.write, a submitted line to the host's runLine (its output chunks are written as they
// come, lone `\n` as `\r\n`), and the host's answer back to the editor. Enables bracketed paste
// (`ESC[?2004h`) so pastes arrive marked. Also serves the e2e hooks: screenText() reads the whole buffer
// (scrollback included) and type() feeds text as if typed. Thin on purpose; the logic is in the editor.

import type { IDisposable, Terminal } from '@xterm/xterm';
import type { CompleteFn } from './completion';
import { LineEditor, type EditorEvent } from './line-editor';

/** What running a line gives back: `incomplete` asks for a continuation line, `prompt` is the next prompt. */
export interface RunResult {
  readonly exitCode: number;
  readonly incomplete?: boolean;
  readonly prompt: string;
}

/** Writes a chunk of a running command's output. */
export type WriteFn = (stream: 'out' | 'err', chunk: string) => void;

/** What the terminal offers the rest of the app (and `window.podlab` in e2e). */
export interface TerminalApi {
  /** The buffer's text, scrollback included: each row right-trimmed, trailing empty rows dropped. */
  screenText(): string;
  /** Feeds `text` as if typed (`\r` is Enter). */
  type(text: string): void;
  focus(): void;
  /** Writes a message: as output while a command runs, otherwise above the prompt. */
  write(text: string): void;
}

export interface XtermAdapterOptions {
  runLine(text: string, write: WriteFn): Promise<RunResult>;
  interrupt(): void;
  complete?: CompleteFn;
  prompt: string;
  history?: readonly string[];
  onHistory?(entries: string[]): void;
  /** Ctrl-D on an empty line. */
  onEof?(): void;
}

/** The part of xterm's Terminal the adapter uses. */
export type XtermLike = Pick<Terminal, 'cols' | 'buffer' | 'onData' | 'onResize' | 'write' | 'focus'> &
  Partial<Pick<Terminal, 'input'>>;

/** Reads a terminal's whole buffer as text (rows right-trimmed, trailing empty rows dropped). */
export function bufferText(term: Pick<Terminal, 'buffer'>): string {
  const b = term.buffer.active;
  const rows: string[] = [];
  for (let i = 0; i < b.length; i++) rows.push(b.getLine(i)?.translateToString(true) ?? '');
  while (rows.length > 0 && rows[rows.length - 1] === '') rows.pop();
  return rows.join('\n');
}

export class XtermAdapter {
  readonly editor: LineEditor;
  readonly #term: XtermLike;
  readonly #opts: XtermAdapterOptions;
  readonly #subs: IDisposable[] = [];
  #disposed = false;

  constructor(term: XtermLike, opts: XtermAdapterOptions) {
    this.#term = term;
    this.#opts = opts;
    this.editor = new LineEditor({
      prompt: opts.prompt,
      cols: term.cols,
      complete: opts.complete,
      history: opts.history,
      onEvent: (e) => this.#onEvent(e),
    });
    term.write('\x1b[?2004h');
    this.#subs.push(
      term.onData((data) => this.editor.feed(data)),
      term.onResize(({ cols }) => this.editor.resize(cols)),
    );
    this.editor.start();
  }

  /** True while a command runs. */
  get busy(): boolean {
    return this.editor.busy;
  }

  /** Changes the prompt (redrawn at once if showing). */
  setPrompt(text: string): void {
    this.editor.setPrompt(text);
  }

  screenText(): string {
    return bufferText(this.#term);
  }

  type(text: string): void {
    if (typeof this.#term.input === 'function') this.#term.input(text, true);
    else this.editor.feed(text);
  }

  /** The {@link TerminalApi} view of this adapter. */
  get api(): TerminalApi {
    return {
      screenText: () => this.screenText(),
      type: (text) => this.type(text),
      focus: () => this.#term.focus(),
      write: (text) => this.editor.print(text),
    };
  }

  dispose(): void {
    this.#disposed = true;
    for (const s of this.#subs.splice(0)) s.dispose();
  }

  #onEvent(e: EditorEvent): void {
    if (this.#disposed) return;
    switch (e.type) {
      case 'output':
        this.#term.write(e.data);
        return;
      case 'submit':
        void this.#run(e.text);
        return;
      case 'interrupt':
        this.#opts.interrupt();
        return;
      case 'history':
        this.#opts.onHistory?.(e.entries);
        return;
      case 'eof':
        this.#opts.onEof?.();
        return;
    }
  }

  async #run(text: string): Promise<void> {
    let result: { incomplete?: boolean; prompt?: string };
    try {
      result = await this.#opts.runLine(text, (_stream, chunk) => this.editor.print(chunk));
    } catch (err) {
      // A failing host must not leave the terminal without a prompt.
      this.editor.print(`podlab: ${err instanceof Error ? err.message : String(err)}\n`);
      result = {};
    }
    if (!this.#disposed) this.editor.finish(result);
  }
}
