// What the browser keeps between visits, in IndexedDB through idb-keyval 6.3.0: the serialised sandbox
// (cluster, files, environment), lesson progress and the terminal's history, each under its own key
// so that each writer (the worker for the first two, the page for history) writes only its own.
// Writes are debounced (and forced after a longest wait, so a cluster that never stops changing is
// still saved); `flush()` writes what is pending at once (after a command, on `pagehide`). Works in the
// worker and on the page alike: nothing here touches DOM or worker globals.

import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { Progress } from '../course/progress';

export interface SavedState {
  sandbox?: string;
  progress?: Progress;
  history?: string[];
}

/** A tiny key-value store; IndexedDB in the browser, a Map in tests. */
export interface KeyValue {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
}

const KEYS = ['sandbox', 'progress', 'history'] as const;

let idb: KeyValue | undefined;

/** The browser's store: database `podlab`, object store `state`. */
export function idbStore(): KeyValue {
  if (idb) return idb;
  const store: UseStore = createStore('podlab', 'state');
  idb = {
    get: (k) => get(k, store),
    set: (k, v) => set(k, v, store),
    del: (k) => del(k, store),
  };
  return idb;
}

/** Reads everything saved; a store that fails (private mode, blocked) reads as empty. */
export async function loadSaved(kv: KeyValue = idbStore()): Promise<SavedState> {
  try {
    const [sandbox, progress, history] = await Promise.all(KEYS.map((k) => kv.get(k)));
    const out: SavedState = {};
    if (typeof sandbox === 'string') out.sandbox = sandbox;
    if (progress && typeof progress === 'object') out.progress = progress as Progress;
    if (Array.isArray(history) && history.every((h) => typeof h === 'string')) out.history = history;
    return out;
  } catch {
    return {};
  }
}

/** Forgets everything (the `?fresh` URL parameter). */
export async function clearSaved(kv: KeyValue = idbStore()): Promise<void> {
  try {
    await Promise.all(KEYS.map((k) => kv.del(k)));
  } catch {
    // nothing saved is as good as cleared
  }
}

export interface SaverOptions {
  /** Quiet time after the last change before writing. */
  delayMs?: number;
  /** Longest time a pending change waits. */
  maxWaitMs?: number;
}

/**
 * Debounced writer of part of the saved state. `schedule(make)` remembers how to produce the state;
 * `make` runs only when the write happens, so the latest state is written.
 */
export class Saver {
  readonly #kv: KeyValue;
  readonly #delay: number;
  readonly #maxWait: number;
  #make?: () => SavedState;
  #debounce?: ReturnType<typeof setTimeout>;
  #deadline?: ReturnType<typeof setTimeout>;
  #writing: Promise<void> = Promise.resolve();

  constructor(kv: KeyValue = idbStore(), opts: SaverOptions = {}) {
    this.#kv = kv;
    this.#delay = opts.delayMs ?? 500;
    this.#maxWait = opts.maxWaitMs ?? 5000;
  }

  /** True while a write is waiting for its debounce. */
  get pending(): boolean {
    return this.#make !== undefined;
  }

  schedule(make: () => SavedState): void {
    this.#make = make;
    clearTimeout(this.#debounce);
    this.#debounce = setTimeout(() => void this.flush(), this.#delay);
    this.#deadline ??= setTimeout(() => void this.flush(), this.#maxWait);
  }

  /** Writes the pending state now; resolves when it (and any earlier write) is stored. */
  flush(): Promise<void> {
    clearTimeout(this.#debounce);
    clearTimeout(this.#deadline);
    this.#debounce = this.#deadline = undefined;
    const make = this.#make;
    this.#make = undefined;
    if (!make) return this.#writing;
    const state = make();
    this.#writing = this.#writing.then(() => write(this.#kv, state)).catch(() => undefined);
    return this.#writing;
  }
}

async function write(kv: KeyValue, s: SavedState): Promise<void> {
  const jobs: Promise<void>[] = [];
  for (const k of KEYS) if (s[k] !== undefined) jobs.push(kv.set(k, s[k]));
  await Promise.all(jobs);
}
