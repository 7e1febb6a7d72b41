// The engine worker: the only comlink adapter. It exposes the WorkerApi (engine-api.ts) to the page and
// releases the per-command output proxies the page passes in. Importing this module starts the work at
// once: the bundle (just-bash, the engine) is evaluated and the lessons parsed while the page is still
// drawing, so `boot` only has to build the world.

import * as Comlink from 'comlink';
import { wallEpochNow } from './driver';
import { createEngineApi } from './engine-api';
import { bundledLessons } from './lessons';
import { Saver } from './persistence';
import type { OutputSink, RunResult, WorkerApi } from './protocol';

const lessons = bundledLessons();
const engine = createEngineApi({ lessons: () => lessons, saver: new Saver(), startTime: wallEpochNow(), freeze: import.meta.env.DEV });

const release = (p: unknown) => {
  const r = (p as { [Comlink.releaseProxy]?: () => void } | null)?.[Comlink.releaseProxy];
  if (typeof r === 'function') r.call(p);
};

const api: WorkerApi = {
  boot: (opts, onUpdate) => engine.boot(opts, onUpdate),
  async run(line: string, out: OutputSink): Promise<RunResult> {
    try {
      return await engine.run(line, out);
    } finally {
      release(out);
    }
  },
  interrupt: () => engine.interrupt(),
  complete: (line, cursor) => engine.complete(line, cursor),
  setSpeed: (speed) => engine.setSpeed(speed),
  startLesson: (id) => engine.startLesson(id),
  solution: () => engine.solution(),
  save: () => engine.save(),
};

Comlink.expose(api, self as unknown as Comlink.Endpoint);
