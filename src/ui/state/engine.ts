// The engine as the page sees it: every WorkerApi method, answered asynchronously, with plain callbacks.
// main.ts builds one over comlink (wrapping the callbacks in proxies); tests build one over the worker's
// createEngineApi directly. The UI depends on this type only, never on the worker's code.

import type { WorkerApi } from '../../worker/protocol';

export type Engine = {
  [K in keyof WorkerApi]: (...args: Parameters<WorkerApi[K]>) => Promise<Awaited<ReturnType<WorkerApi[K]>>>;
};

/** What the page keeps between visits (src/worker/persistence.ts writes it). */
export interface Saved {
  sandbox?: string;
  progress?: Record<string, { done: number[] }>;
  history?: string[];
}

/** The e2e and benchmark hooks, as `window.podlab`. */
export interface PodlabHooks {
  /** Resolves when the prompt is shown and a command can run. */
  ready: Promise<void>;
  screenText(): string;
  type(text: string): void;
  setSpeed(n: number): void;
  metrics: { readyMs?: number };
}
