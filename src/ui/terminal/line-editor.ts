// Our own readline: a pure state machine fed with terminal input (xterm's onData strings) that emits the
// output to draw and the actions for the host (submit, interrupt, eof, history changed). It models GNU
// readline + bash's interactive loop with emacs bindings: editing keys, history with the edited line
// kept, C-r incremental search, Tab completion through an async hook, bracketed and plain multi-line
// paste (each complete line is submitted in turn), continuation prompts (`> `) while the host says the
// command is incomplete, and a type-ahead queue replayed at the next prompt. No DOM, no xterm: unit-tested
// in Node. Simplified: while a command runs typed keys are not echoed (they show when replayed), and
// C-c then flushes them as the tty's input queue is flushed on SIGINT.

import { LineBuffer } from './buffer';
import { formatCandidates, planCompletion, type CompleteFn, type CompletionResult } from './completion';
import { EditArea } from './edit-area';
import { History } from './history';
import { parseKeys, pasteKeys, type Key } from './keys';
import { OutputTracker } from './output';
import type { View } from './render';
import { ReverseSearch } from './search';

/** What the editor asks of its host. `output` is to be written to the terminal as is. */
export type EditorEvent =
  | { readonly type: 'output'; readonly data: string }
  | { readonly type: 'submit'; readonly text: string }
  | { readonly type: 'interrupt' }
  | { readonly type: 'eof' }
  | { readonly type: 'history'; readonly entries: string[] };

export interface LineEditorOptions {
  /** Receives output and actions, synchronously, in order. */
  readonly onEvent: (e: EditorEvent) => void;
  /** The prompt (may hold ANSI colours and leading lines); default `$ `. */
  readonly prompt?: string;
  /** Shown for continuation lines; default `> ` (bash's PS2). */
  readonly continuationPrompt?: string;
  /** Terminal width; default 80. */
  readonly cols?: number;
  readonly complete?: CompleteFn;
  /** Initial history, oldest first. */
  readonly history?: readonly string[];
}

/** The host's answer to a `submit`: `incomplete` asks for a continuation line; `prompt` sets the next prompt. */
export interface FinishResult {
  readonly incomplete?: boolean;
  readonly prompt?: string;
}

type Mode = 'idle' | 'edit' | 'completing' | 'busy';

const isCtrlC = (k: Key): boolean => k.type === 'key' && k.name === 'ctrl-c';

export class LineEditor {
  readonly #emit: (e: EditorEvent) => void;
  readonly #complete: CompleteFn | undefined;
  readonly #area: EditArea;
  readonly #buf = new LineBuffer();
  readonly #history: History;
  readonly #out = new OutputTracker();
  readonly #edits = new Map<number, string>();
  readonly #queue: Key[] = [];
  #prompt: string;
  #mode: Mode = 'idle';
  #cont: string | null = null;
  #submitted = '';
  #interrupted = false;
  #rest = '';
  #pumping = false;
  #meta = false;
  #lastKey = '';
  #histIndex: number;
  #search: ReverseSearch | null = null;
  #lastQuery = '';
  #completionGen = 0;
  readonly #waiters: Array<() => void> = [];

  constructor(opts: LineEditorOptions) {
    this.#emit = opts.onEvent;
    this.#complete = opts.complete;
    this.#prompt = opts.prompt ?? '$ ';
    this.#area = new EditArea(Math.max(1, Math.floor(opts.cols ?? 80)), opts.continuationPrompt ?? '> ');
    this.#history = new History(opts.history ?? []);
    this.#histIndex = this.#history.length;
  }

  /** The buffer being edited (outside a search). */
  get line(): string {
    return this.#buf.text;
  }
  /** Cursor index in code points. */
  get cursor(): number {
    return this.#buf.cursor;
  }
  /** What is drawn now: prompt, text and cursor (search shows its own prompt and the match). */
  get view(): { prompt: string; text: string; cursor: number } {
    const v = this.#view();
    return { prompt: v.prompt, text: v.chars.join(''), cursor: v.cursor };
  }
  /** True between a `submit` and the host's {@link finish}: keys are queued (type-ahead). */
  get busy(): boolean {
    return this.#mode === 'busy';
  }
  get cols(): number {
    return this.#area.cols;
  }

  /** History entries, oldest first, for persisting. */
  exportHistory(): string[] {
    return this.#history.export();
  }
  /** Replaces the history (e.g. loaded from storage). */
  importHistory(entries: readonly string[]): void {
    this.#history.import(entries);
    this.#histIndex = this.#history.length;
    this.#edits.clear();
  }

  /** Shows the first prompt; input fed before this is queued. */
  start(): void {
    if (this.#mode !== 'idle') return;
    this.#mode = 'edit';
    this.#showPrompt();
    this.#pump();
  }

  /** Feeds terminal input (keys, escape sequences, pasted text). */
  feed(data: string): void {
    const { keys, rest } = parseKeys(this.#rest + data);
    this.#rest = rest;
    this.#queue.push(...keys);
    this.#pump();
  }

  /** Resolves once no completion is pending (the input queue has been processed as far as it can). */
  async settled(): Promise<void> {
    while (this.#mode === 'completing') await new Promise<void>((r) => this.#waiters.push(r));
  }

  /** The host's answer to `submit`: shows the next (or continuation) prompt and replays type-ahead. */
  finish(result: FinishResult = {}): void {
    if (this.#mode !== 'busy') return;
    if (result.prompt !== undefined) this.#prompt = result.prompt;
    if (this.#interrupted && this.#out.col !== 0) this.#write(this.#out.convert('\n', this.#area.cols));
    const more = result.incomplete === true && !this.#interrupted;
    if (!result.incomplete && this.#history.add(this.#submitted)) {
      this.#emit({ type: 'history', entries: this.#history.export() });
    }
    this.#cont = more ? this.#submitted : null;
    this.#interrupted = false;
    this.#mode = 'edit';
    this.#showPrompt();
    this.#pump();
  }

  /**
   * Writes program output: while a command runs it goes straight out (lone `\n` as `\r\n`); while
   * editing, it is printed above the prompt, which is drawn again below it.
   */
  print(chunk: string): void {
    if (this.#mode === 'busy' || this.#mode === 'idle') {
      this.#write(this.#out.convert(chunk, this.#area.cols));
      return;
    }
    // Output before the prompt on its row (no final newline) stays; the text starts a row of its own.
    let out = this.#area.toStart() + '\x1b[J' + (this.#area.startCol > 0 ? '\r\n' : '');
    this.#out.col = 0;
    out += this.#out.convert(chunk, this.#area.cols);
    if (this.#out.col !== 0) out += this.#out.convert('\n', this.#area.cols);
    this.#write(out + this.#area.fresh(this.#view(), 0));
  }

  /** Changes the prompt; redrawn at once when it is showing. */
  setPrompt(prompt: string): void {
    this.#prompt = prompt;
    if (this.#editing() && this.#cont === null && !this.#search) this.#redraw();
  }

  /** The terminal changed width (xterm reflows wrapped rows); redraws the edit area. */
  resize(cols: number): void {
    const c = Math.max(1, Math.floor(cols));
    if (c === this.#area.cols) return;
    if (!this.#editing()) {
      this.#area.cols = c;
      return;
    }
    this.#area.resize(c, this.#view());
    this.#redraw();
  }

  // ---- input processing -------------------------------------------------------------------------

  #pump(): void {
    if (this.#pumping) return;
    this.#pumping = true;
    try {
      while (this.#queue.length > 0 && this.#mode !== 'idle') {
        if (this.#mode !== 'edit') {
          // Only C-c gets past a running command or a pending completion.
          const i = this.#queue.findIndex(isCtrlC);
          if (i < 0) break;
          if (this.#mode === 'busy') {
            this.#queue.splice(0, i + 1);
            this.#interruptRunning();
          } else {
            this.#completionGen++; // the pending answer will be ignored
            this.#completionDone();
          }
          continue;
        }
        this.#handle(this.#queue.shift()!);
      }
    } finally {
      this.#pumping = false;
    }
  }

  #handle(key: Key): void {
    let k = key;
    let name = k.type === 'key' ? k.name : k.type;
    if (this.#search && name === 'escape') return this.#endSearch(true);
    if (name === 'escape') {
      this.#meta = true;
      return;
    }
    if (this.#meta) {
      this.#meta = false;
      if (k.type === 'text') {
        const first = String.fromCodePoint(k.text.codePointAt(0)!);
        if (k.text.length > first.length) this.#queue.unshift({ type: 'text', text: k.text.slice(first.length) });
        name = 'meta-' + first.toLowerCase();
        k = { type: 'key', name };
      } else if (name === 'backspace') name = 'meta-backspace';
    }
    if (this.#search && this.#searchKey(k, name)) {
      this.#lastKey = name;
      return;
    }
    this.#editKey(k, name);
    this.#lastKey = name;
  }

  /** Keys during C-r; returns false when the key ended the search and is to be handled as usual. */
  #searchKey(k: Key, name: string): boolean {
    const s = this.#search!;
    switch (name) {
      case 'text':
        s.type(k.type === 'text' ? k.text : '');
        break;
      case 'ctrl-r':
        s.next();
        break;
      case 'backspace':
        s.back();
        break;
      case 'ctrl-g':
        this.#endSearch(false);
        return true;
      case 'ctrl-c':
        this.#cancelLine();
        return true;
      default:
        this.#endSearch(true);
        return false;
    }
    this.#redraw();
    return true;
  }

  #editKey(k: Key, name: string): void {
    const b = this.#buf;
    switch (name) {
      case 'text': return this.#insert(k.type === 'text' ? k.text : '');
      case 'paste': this.#queue.unshift(...pasteKeys(k.type === 'paste' ? k.text : '')); return;
      case 'enter': case 'ctrl-j': case 'ctrl-m': return this.#accept();
      case 'tab': return this.#tab();
      case 'backspace': case 'ctrl-h': return this.#changed(b.backspace());
      case 'delete': return this.#changed(b.deleteChar());
      case 'ctrl-d':
        if (b.chars.length > 0) return this.#changed(b.deleteChar());
        if (this.#cont === null) this.#emit({ type: 'eof' });
        return;
      case 'left': case 'ctrl-b': return this.#move(b.cursor - 1);
      case 'right': case 'ctrl-f': return this.#move(b.cursor + 1);
      case 'home': case 'ctrl-a': return this.#move(0);
      case 'end': case 'ctrl-e': return this.#move(b.chars.length);
      case 'word-left': case 'meta-b': return this.#move(b.wordLeft());
      case 'word-right': case 'meta-f': return this.#move(b.wordRight());
      case 'up': case 'ctrl-p': return this.#historyGo(this.#histIndex - 1);
      case 'down': case 'ctrl-n': return this.#historyGo(this.#histIndex + 1);
      case 'meta-<': return this.#historyGo(0);
      case 'meta->': return this.#historyGo(this.#history.length);
      case 'ctrl-u': return this.#changed(b.killToStart());
      case 'ctrl-k': return this.#changed(b.killToEnd());
      case 'ctrl-w': return this.#changed(b.killUnixWord());
      case 'meta-backspace': return this.#changed(b.killWordBack());
      case 'meta-d': return this.#changed(b.killWordForward());
      case 'ctrl-y': return this.#changed(b.yank());
      case 'ctrl-l': return this.#clearScreen();
      case 'ctrl-c': return this.#cancelLine();
      case 'ctrl-r': return this.#startSearch();
      default: return; // unbound: readline would ring the bell
    }
  }

  // ---- editing commands -------------------------------------------------------------------------

  #insert(text: string): void {
    const b = this.#buf;
    const atEnd = b.cursor === b.chars.length;
    b.insert(text);
    // Appending at the end writes just the characters; the terminal's autowrap places them.
    if (atEnd && !text.includes('\n')) this.#write(this.#area.append(this.#view(), text));
    else this.#redraw();
  }

  #accept(): void {
    const text = this.#buf.text;
    this.#write(this.#area.toEnd(this.#view()) + '\r\n');
    this.#out.col = 0;
    if (this.#cont === null && text.trim() === '') return this.#showPrompt();
    this.#submitted = this.#cont === null ? text : this.#cont + '\n' + text;
    this.#interrupted = false;
    this.#mode = 'busy';
    this.#emit({ type: 'submit', text: this.#submitted });
  }

  #cancelLine(): void {
    this.#write(this.#area.toEnd(this.#view()) + '^C\r\n');
    this.#out.col = 0;
    this.#cont = null;
    this.#showPrompt();
  }

  #interruptRunning(): void {
    this.#interrupted = true;
    this.#write(this.#out.convert('^C', this.#area.cols));
    this.#emit({ type: 'interrupt' });
  }

  #clearScreen(): void {
    this.#write('\x1b[H\x1b[2J' + this.#area.fresh(this.#view(), 0));
  }

  #historyGo(target: number): void {
    if (target < 0 || target > this.#history.length || target === this.#histIndex) return;
    this.#edits.set(this.#histIndex, this.#buf.text);
    this.#histIndex = target;
    this.#buf.set(this.#edits.get(target) ?? this.#history.at(target) ?? '');
    this.#redraw();
  }

  #startSearch(): void {
    this.#edits.set(this.#histIndex, this.#buf.text);
    this.#search = new ReverseSearch(this.#history, this.#histIndex, this.#lastQuery);
    this.#redraw();
  }

  #endSearch(accept: boolean): void {
    const s = this.#search!;
    this.#search = null;
    if (s.query !== '') this.#lastQuery = s.query;
    if (accept && s.match) {
      this.#histIndex = s.match.index;
      this.#buf.set(this.#history.at(s.match.index) ?? '', s.match.offset);
    }
    this.#redraw();
  }

  #tab(): void {
    const complete = this.#complete;
    if (!complete) return;
    const line = this.#buf.text;
    const cursor = this.#buf.cursorOffset;
    const again = this.#lastKey === 'tab';
    const gen = ++this.#completionGen;
    this.#mode = 'completing';
    const done = (r: CompletionResult | null): void => {
      if (gen !== this.#completionGen) return;
      this.#completionDone();
      if (r) this.#applyCompletion(line, r, again);
      this.#lastKey = 'tab';
      this.#pump();
    };
    void Promise.resolve()
      .then(() => complete(line, cursor))
      .then(done, () => done(null));
  }

  #completionDone(): void {
    this.#mode = 'edit';
    for (const wake of this.#waiters.splice(0)) wake();
  }

  #applyCompletion(line: string, r: CompletionResult, again: boolean): void {
    const plan = planCompletion(line, r, again);
    if (plan.kind === 'insert') {
      this.#buf.replaceRange(plan.from, plan.to, plan.text);
      this.#buf.moveTo(this.#buf.cursor + plan.skip);
      this.#redraw();
    } else if (plan.kind === 'list') {
      const rows = formatCandidates(plan.candidates, this.#area.cols);
      const out = this.#area.toEnd(this.#view()) + '\r\n' + rows.map((row) => row + '\r\n').join('');
      this.#write(out + this.#area.fresh(this.#view(), 0));
    }
  }

  // ---- display ----------------------------------------------------------------------------------

  #editing(): boolean {
    return this.#mode === 'edit' || this.#mode === 'completing';
  }

  #showPrompt(): void {
    this.#buf.set('');
    this.#search = null;
    this.#meta = false;
    this.#edits.clear();
    this.#histIndex = this.#history.length;
    this.#lastKey = '';
    let out = '';
    if (this.#out.col >= this.#area.cols) {
      out += ' \r'; // force the pending wrap so the prompt starts a row
      this.#out.col = 0;
    }
    const prompt = this.#cont === null ? this.#prompt : this.#area.contPrompt;
    const nl = prompt.lastIndexOf('\n');
    if (nl >= 0) out += this.#out.convert(prompt.slice(0, nl + 1), this.#area.cols);
    this.#write(out + this.#area.fresh(this.#view(), this.#out.col));
  }

  #view(): View {
    const s = this.#search;
    if (s) {
      const chars = Array.from(s.text(this.#buf.text));
      return { prompt: s.prompt, chars, cursor: s.match ? s.match.offset : Math.min(this.#buf.cursor, chars.length) };
    }
    const prompt = this.#cont === null ? this.#prompt.slice(this.#prompt.lastIndexOf('\n') + 1) : this.#area.contPrompt;
    return { prompt, chars: this.#buf.chars, cursor: this.#buf.cursor };
  }

  #redraw(): void {
    this.#write(this.#area.redraw(this.#view()));
  }

  #changed(changed: boolean): void {
    if (changed) this.#redraw();
  }

  /** Moves the cursor to `to` with relative cursor movement only. */
  #move(to: number): void {
    const from = this.#buf.cursor;
    if (this.#buf.moveTo(to)) this.#write(this.#area.move(this.#view(), from));
  }

  #write(data: string): void {
    if (data !== '') this.#emit({ type: 'output', data });
  }
}
