// Starts the app on the page: the Session over the engine, the Svelte app, saving when the page is
// hidden or left, and the `window.podlab` hooks for end-to-end tests and benchmarks. Loaded by
// main.ts after it has started the engine worker.

import { mount } from 'svelte';
import App from './App.svelte';
import type { Engine, PodlabHooks } from './state/engine';
import { Session, type SessionOptions } from './state/session.svelte';

declare global {
  interface Window {
    podlab: PodlabHooks;
  }
}

export interface StartOptions extends SessionOptions {
  /** Writes what the page keeps (history) at once. */
  flush?(): void;
}

export function startApp(target: HTMLElement, engine: Engine, opts: StartOptions): Session {
  const session = new Session(engine, opts);

  // Leaving or hiding the page: write what is pending now (the worker saves the sandbox on save()).
  const flush = () => {
    opts.flush?.();
    if (session.phase === 'ready') void engine.save();
  };
  addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });

  const metrics: PodlabHooks['metrics'] = {};
  window.podlab = {
    ready: session.ready.then(() => {
      metrics.readyMs = Math.round(performance.now());
    }),
    screenText: () => session.terminal?.screenText() ?? '',
    type: (text) => session.type(text),
    setSpeed: (n) => session.setSpeed(n),
    metrics,
  };

  mount(App, { target, props: { session } });
  void session.start();
  return session;
}
