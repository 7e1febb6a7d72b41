// Progress through lessons: which steps are done. A step counts as done when its check passed; the
// learner works on the first step not yet done. Plain data, saved by the browser (and --state).

export interface LessonProgress {
  /** Indices of steps whose check has passed. */
  done: number[];
}

export type Progress = Record<string, LessonProgress>;

export function markDone(p: Progress, lessonId: string, step: number): Progress {
  const cur = p[lessonId]?.done ?? [];
  if (cur.includes(step)) return p;
  return { ...p, [lessonId]: { done: [...cur, step].sort((a, b) => a - b) } };
}

/** The step to work on: the first one not done, or `steps` when all are. */
export function currentStep(p: Progress, lessonId: string, steps: number): number {
  const done = new Set(p[lessonId]?.done ?? []);
  for (let i = 0; i < steps; i++) if (!done.has(i)) return i;
  return steps;
}
