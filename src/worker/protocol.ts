// The messages between the page and the engine worker, typed in both directions. The page calls
// `WorkerApi` (through comlink); the worker calls back only through the proxies the page passes in
// (`OutputSink`, `UpdateSink`). Everything crossing is structured-clone data.

import type { CourseState } from '../course/course';

export type { ClusterView, Completion, NodeView, OutputSink, PodView, RunResult, Stream } from '../sandbox/types';
import type { ClusterView, Completion, OutputSink, RunResult } from '../sandbox/types';

export interface TimeView {
  /** Simulated now, epoch ms. */
  now: number;
  /** 0 = paused, 1 = real time, >1 = fast-forward. */
  speed: number;
}

/** A batched picture of everything the page shows besides the terminal. */
export interface Update {
  time: TimeView;
  cluster: ClusterView;
  course: CourseState;
}

export type UpdateSink = (u: Update) => void;

export interface BootOptions {
  /** Seed of the world; lessons bring their own. */
  seed?: number;
  /** A previously saved sandbox (from `save()`), to continue where the learner left off. */
  saved?: string;
  /** Lesson progress saved by the page. */
  progress?: Record<string, { done: number[] }>;
  /** Lesson to activate at boot. */
  lesson?: string;
}

export interface BootInfo {
  prompt: string;
  /** Text printed before the first prompt (a greeting, like a lab's motd). */
  banner: string;
  history: string[];
}

export interface WorkerApi {
  boot(opts: BootOptions, onUpdate: UpdateSink): Promise<BootInfo>;
  run(line: string, out: OutputSink): Promise<RunResult>;
  /** Ctrl-C: interrupts the foreground command. */
  interrupt(): void;
  complete(line: string, cursor: number): Promise<Completion>;
  /** 0 pauses simulated time, 1 follows the wall clock, N fast-forwards. */
  setSpeed(speed: number): void;
  /** Starts (or restarts) a lesson: a fresh world on the lesson's seed, its setup and files. */
  startLesson(id: string | undefined): Promise<RunResult>;
  /** The current step's solution commands, for "Show me" (the page types them visibly). */
  solution(): Promise<string[]>;
  /** Serialised sandbox (cluster, files, environment) for persistence. */
  save(): Promise<string>;
}
