// The page's entry, kept small so the engine starts first: it creates the engine worker (just-bash and
// the engine load and boot while the page draws), starts reading what was saved (a `?fresh` URL
// parameter forgets it instead), then loads the UI chunk (Svelte, xterm, marked) and starts the app.
// Comlink lives here and in the worker only: the UI talks to the plain `Engine` interface.

import * as Comlink from 'comlink';
import './ui/theme.css';
import type { Engine } from './ui/state/engine';
import { clearSaved, loadSaved, Saver } from './worker/persistence';
import type { WorkerApi } from './worker/protocol';

const worker = new Worker(new URL('./worker/engine.worker.ts', import.meta.url), { type: 'module', name: 'podlab-engine' });
const remote = Comlink.wrap<WorkerApi>(worker);
const engine: Engine = {
  boot: (opts, onUpdate) => remote.boot(opts, Comlink.proxy(onUpdate)),
  run: (line, out) => remote.run(line, Comlink.proxy(out)),
  interrupt: () => remote.interrupt(),
  complete: (line, cursor) => remote.complete(line, cursor),
  setSpeed: (speed) => remote.setSpeed(speed),
  startLesson: (id) => remote.startLesson(id),
  solution: () => remote.solution(),
  save: () => remote.save(),
};

const params = new URLSearchParams(location.search);
const saved = params.has('fresh') ? clearSaved().then(() => ({})) : loadSaved();
const historySaver = new Saver();

void import('./ui/start').then(({ startApp }) =>
  startApp(document.getElementById('app')!, engine, {
    saved,
    lesson: params.get('lesson') ?? undefined,
    saveHistory: (history) => historySaver.schedule(() => ({ history })),
    flush: () => void historySaver.flush(),
  }),
);
