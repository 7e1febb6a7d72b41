// The page's picture of the engine: boot, the latest batched Update (simulated time, cluster, course),
// the prompt and history for the terminal, and the actions the page may take. Every action that
// changes the cluster goes through the terminal as a visible command (run/type); only lesson changes
// and the speed of time are asked of the engine directly.

import type { CourseState } from '../../course/course';
import type { TerminalApi } from '../terminal/xterm-adapter';
import type { ClusterView, Completion, OutputSink, RunResult, TimeView, Update } from '../../worker/protocol';
import type { Engine, Saved } from './engine';

export type Phase = 'booting' | 'ready' | 'failed';

export interface SessionOptions {
  /** What was saved last time (empty for a fresh start). */
  saved?: Saved | Promise<Saved>;
  /** Lesson to open at boot (the `?lesson=` URL parameter). */
  lesson?: string;
  /** Called with the terminal's history when it changes (the page persists it). */
  saveHistory?(history: string[]): void;
}

export class Session {
  readonly #engine: Engine;
  readonly #opts: SessionOptions;
  #phase = $state.raw<Phase>('booting');
  #error = $state.raw('');
  #banner = $state.raw('');
  #prompt = $state.raw('$ ');
  #history = $state.raw<string[]>([]);
  #time = $state.raw<TimeView>({ now: 0, speed: 1 });
  #cluster = $state.raw<ClusterView>({ nodes: [], unscheduled: [] });
  #course = $state.raw<CourseState>({ lessons: [] });
  /** The learner ran a command since the current lesson step became current. */
  #tried = $state.raw(false);
  #stepKey = '';
  /** Bumped when the terminal must start afresh (a new lesson, a new world). */
  #epoch = $state.raw(0);
  #terminal: TerminalApi | undefined;
  #pendingNotice = '';
  #resolveReady!: () => void;
  /** Resolves once booted and a terminal is attached: the prompt is shown and a command can run. */
  readonly ready: Promise<void>;

  constructor(engine: Engine, opts: SessionOptions = {}) {
    this.#engine = engine;
    this.#opts = opts;
    this.ready = new Promise((r) => (this.#resolveReady = r));
  }

  get phase(): Phase {
    return this.#phase;
  }
  get error(): string {
    return this.#error;
  }
  get prompt(): string {
    return this.#prompt;
  }
  get history(): string[] {
    return this.#history;
  }
  get time(): TimeView {
    return this.#time;
  }
  get cluster(): ClusterView {
    return this.#cluster;
  }
  get course(): CourseState {
    return this.#course;
  }
  /**
   * True once the learner has run a command on the current step: only then is what its check found
   * missing worth showing (not the moment a step becomes current).
   */
  get tried(): boolean {
    return this.#tried;
  }
  get epoch(): number {
    return this.#epoch;
  }
  get terminal(): TerminalApi | undefined {
    return this.#terminal;
  }

  /** Boots the engine with what was saved; the terminal can be shown afterwards. */
  async start(): Promise<void> {
    try {
      const saved = (await this.#opts.saved) ?? {};
      const info = await this.#engine.boot(
        { saved: saved.sandbox, progress: saved.progress, lesson: this.#opts.lesson },
        (u) => this.apply(u),
      );
      this.#prompt = info.prompt;
      this.#banner = info.banner;
      this.#history = saved.history ?? info.history;
      this.#phase = 'ready';
    } catch (err) {
      this.#error = err instanceof Error ? err.message : String(err);
      this.#phase = 'failed';
    }
  }

  /** Takes a batched update from the worker. */
  apply(u: Update): void {
    this.#time = u.time;
    this.#cluster = u.cluster;
    this.#course = u.course;
    const a = u.course.active;
    const key = a ? `${a.id}#${a.current}` : '';
    if (key !== this.#stepKey) {
      this.#stepKey = key;
      this.#tried = false;
    }
  }

  /** The terminal is mounted and shows its prompt. */
  attachTerminal(api: TerminalApi): void {
    this.#terminal = api;
    const text = this.#banner + this.#pendingNotice;
    this.#banner = '';
    this.#pendingNotice = '';
    if (text) api.write(text);
    this.#resolveReady();
  }

  detachTerminal(api: TerminalApi): void {
    if (this.#terminal === api) this.#terminal = undefined;
  }

  // ---- the terminal's host -----------------------------------------------------------------------

  run = (line: string, write: OutputSink): Promise<RunResult> => {
    if (line.trim()) this.#tried = true;
    return this.#engine.run(line, write);
  };
  interrupt = (): void => void this.#engine.interrupt();
  complete = (line: string, cursor: number): Promise<Completion> => this.#engine.complete(line, cursor);
  onHistory = (history: string[]): void => {
    this.#history = history;
    this.#opts.saveHistory?.(history);
  };

  // ---- actions -----------------------------------------------------------------------------------

  /** Types `text` into the terminal as the learner would (`\r` is Enter) and focuses it. */
  type(text: string): void {
    this.#terminal?.type(text);
    this.#terminal?.focus();
  }

  /** Types each line of `command` and Enter: the click-to-run of code blocks and "Show me". */
  runCommand(command: string): void {
    const lines = command.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n');
    this.type(lines.map((l) => l + '\r').join(''));
  }

  /** Types the current step's solution, visibly. */
  async showMe(): Promise<void> {
    const a = this.#course.active;
    const fromState = a && a.current < a.steps.length ? a.steps[a.current].solution : undefined;
    const lines = fromState ?? (await this.#engine.solution());
    if (lines.length) this.runCommand(lines.join('\n'));
  }

  setSpeed(speed: number): void {
    this.#time = { ...this.#time, speed };
    void this.#engine.setSpeed(speed);
  }

  /** Opens a lesson (or free play with `undefined`) on a fresh world, with a fresh terminal. */
  async startLesson(id: string | undefined): Promise<void> {
    void this.#engine.interrupt();
    const r = await this.#engine.startLesson(id);
    const title = id ? this.#course.lessons.find((l) => l.id === id)?.title : undefined;
    this.#pendingNotice = title ? `Lesson: ${title}. A fresh cluster is ready.\n` : 'Free play. A fresh cluster is ready.\n';
    this.#prompt = r.prompt;
    this.#terminal = undefined;
    this.#epoch += 1;
  }
}
