// The course runner: the lessons, the active one, and progress. After each command the learner runs,
// the active step's check is evaluated (typed conditions by the pure evaluator, verify scripts through
// the shell); a passing step is marked done and the next one is checked at once, so doing two steps
// in one go advances twice. What a failing check is missing is kept for the lesson pane.

import { evaluateCondition, type CheckView } from './check';
import type { Lesson } from './format';
import { currentStep, markDone, type Progress } from './progress';

export interface CourseHost {
  /** A read-only view of the cluster and history as they are now. */
  view(): CheckView;
  /** Runs a verify script silently; resolves to its exit code. */
  runScript(script: string): Promise<number>;
}

export interface StepState {
  title: string;
  body: string;
  done: boolean;
  hints: string[];
  solution: string[];
}

/** What the lesson pane shows. */
export interface CourseState {
  lessons: { id: string; title: string; description: string; steps: number; done: number }[];
  active?: {
    id: string;
    title: string;
    intro: string;
    finish: string;
    steps: StepState[];
    current: number;
    /** What the current step's check found missing, after the last evaluation. */
    missing: string[];
  };
}

export class Course {
  private activeId?: string;
  private missing: string[] = [];

  constructor(
    readonly lessons: readonly Lesson[],
    private progress: Progress = {},
  ) {}

  get active(): Lesson | undefined {
    return this.lessons.find((l) => l.id === this.activeId);
  }

  lesson(id: string): Lesson | undefined {
    return this.lessons.find((l) => l.id === id);
  }

  /** Makes `id` the active lesson (the caller resets the world and runs its setup). */
  activate(id: string | undefined): void {
    this.activeId = id && this.lesson(id) ? id : undefined;
    this.missing = [];
  }

  getProgress(): Progress {
    return this.progress;
  }

  setProgress(p: Progress): void {
    this.progress = p;
  }

  /** Evaluates the active step (and the following ones while they pass); returns steps newly done. */
  async evaluate(host: CourseHost): Promise<number[]> {
    const lesson = this.active;
    if (!lesson) return [];
    const newlyDone: number[] = [];
    for (;;) {
      const i = currentStep(this.progress, lesson.id, lesson.steps.length);
      if (i >= lesson.steps.length) {
        this.missing = [];
        return newlyDone;
      }
      const missing = await this.check(lesson, i, host);
      this.missing = missing;
      if (missing.length) return newlyDone;
      this.progress = markDone(this.progress, lesson.id, i);
      newlyDone.push(i);
    }
  }

  /** What step `i` of `lesson` still misses (empty when it passes). */
  async check(lesson: Lesson, i: number, host: CourseHost): Promise<string[]> {
    const view = host.view();
    const missing: string[] = [];
    for (const c of lesson.steps[i].check) {
      const r = evaluateCondition(c, view);
      if ('script' in r) {
        const code = await host.runScript(r.script);
        if (code !== 0) missing.push(c.message ?? `the step's verify script exited with ${code}`);
      } else if (!r.ok) missing.push(r.missing);
    }
    return missing;
  }

  state(): CourseState {
    const lessons = this.lessons.map((l) => ({
      id: l.id,
      title: l.title,
      description: l.description,
      steps: l.steps.length,
      done: this.progress[l.id]?.done.length ?? 0,
    }));
    const l = this.active;
    if (!l) return { lessons };
    const done = new Set(this.progress[l.id]?.done ?? []);
    return {
      lessons,
      active: {
        id: l.id,
        title: l.title,
        intro: l.intro,
        finish: l.finish,
        steps: l.steps.map((s, i) => ({ title: s.title, body: s.body, done: done.has(i), hints: s.hints, solution: s.solution })),
        current: currentStep(this.progress, l.id, l.steps.length),
        missing: this.missing,
      },
    };
  }
}
