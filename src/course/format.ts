// The lesson format (ARCHITECTURE §5). A lesson is `lessons/NN-track/NN-lesson/lesson.md`:
// YAML front matter (title, seed, cluster, setup), an intro, then one step per `##` heading. Fenced
// blocks tagged `check`, `hint` and `solution` belong to the step they follow; other code blocks are
// shown and can be clicked to run (```bash) or copied. `files/` is copied into the learner's home.

/** One condition of a step's check; all conditions of a check must hold. */
export type Condition =
  | { get: string; namespace?: string; expect?: Record<string, Expectation>; message?: string }
  | { absent: string; namespace?: string; message?: string }
  | { count: string; namespace?: string; selector?: string; min?: number; max?: number; equals?: number; message?: string }
  | { ran: string; message?: string }
  | { script: string; message?: string };

/** An expected field value: a literal (compared as text), or a matcher. */
export type Expectation = string | number | boolean | { matches: string } | { in: (string | number)[] } | { exists: boolean };

export interface Step {
  title: string;
  /** Markdown body of the step, without the check/hint/solution blocks. */
  body: string;
  check: Condition[];
  hints: string[];
  /** Commands that solve the step, one per line (what "Show me" types). */
  solution: string[];
}

export interface Lesson {
  /** `01-basics/01-first-pod`. */
  id: string;
  title: string;
  /** Short summary for the lesson list. */
  description: string;
  /** Seed of the lesson's world: the same lesson always starts the same way. */
  seed: number;
  /** Cluster shape; only `kubeadm-2nodes` exists so far. */
  cluster: string;
  /** Commands run (silently) before step 1. */
  setup: string[];
  intro: string;
  steps: Step[];
  finish: string;
  /** Files copied into the learner's home directory (relative path → content). */
  files: Record<string, string>;
}

/** The result of evaluating a check: when it fails, `missing` says what is not there yet. */
export interface CheckResult {
  ok: boolean;
  missing: string[];
}
