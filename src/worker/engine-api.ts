// The worker's side of the protocol, without the messaging: implements WorkerApi by delegating to the
// Sandbox (src/sandbox.ts), with the Driver pacing simulated time and a Saver keeping the sandbox and
// lesson progress in IndexedDB. engine.worker.ts exposes it through comlink; tests call it directly.
// A saved sandbox that no longer loads (an older format) is dropped with a note in the banner.

import type { Lesson } from '../course/format';
import { createSandbox, type Sandbox } from '../sandbox';
import { Driver, realWallClock, type WallClock } from './driver';
import { Saver } from './persistence';
import type { BootInfo, BootOptions, Completion, OutputSink, RunResult, UpdateSink, WorkerApi } from './protocol';

export interface EngineDeps {
  lessons(): Lesson[];
  /** Where the sandbox and progress are saved; none in tests that do not care. */
  saver?: Saver;
  wall?: WallClock;
  /** Simulated start of a new world, epoch ms (the browser passes the wall clock). */
  startTime?: number;
  /** Speed at boot (1 = real time). */
  speed?: number;
  /** Deep-freeze stored objects (development and tests); off in the production page. */
  freeze?: boolean;
}

/** WorkerApi plus what the adapter and tests may look at. */
export interface EngineApi extends WorkerApi {
  readonly sandbox: Sandbox | undefined;
  readonly driver: Driver | undefined;
}

export function createEngineApi(deps: EngineDeps): EngineApi {
  let sandbox: Sandbox | undefined;
  let driver: Driver | undefined;
  let unsubscribe: (() => void) | undefined;
  const saver = deps.saver;

  const need = (): Sandbox => {
    if (!sandbox) throw new Error('podlab: the engine has not booted yet');
    return sandbox;
  };
  const persist = () => {
    const s = sandbox;
    if (s && saver) saver.schedule(() => ({ sandbox: s.save(), progress: s.progress() }));
  };

  return {
    get sandbox() {
      return sandbox;
    },
    get driver() {
      return driver;
    },

    async boot(opts: BootOptions, onUpdate: UpdateSink): Promise<BootInfo> {
      driver?.stop();
      unsubscribe?.();
      const base = { seed: opts.seed, progress: opts.progress, lesson: opts.lesson, lessons: deps.lessons(), startTime: deps.startTime, freeze: deps.freeze, mode: 'paced' as const };
      let note = '';
      try {
        sandbox = await createSandbox({ ...base, saved: opts.saved });
      } catch (err) {
        if (opts.saved === undefined) throw err;
        sandbox = await createSandbox(base);
        note = 'podlab: the saved session could not be restored; starting a fresh cluster.\n';
      }
      unsubscribe = sandbox.onChange(persist);
      driver = new Driver(sandbox, onUpdate, deps.wall ?? realWallClock, deps.speed ?? 1);
      driver.start();
      return { prompt: sandbox.prompt(), banner: note + sandbox.banner(), history: sandbox.history() };
    },

    async run(line: string, out: OutputSink): Promise<RunResult> {
      const s = need();
      // Output goes back through a proxy; wait for the last chunk's delivery before answering, so the
      // page never sees the next prompt before the output (they travel on different message ports).
      let last: unknown;
      try {
        return await s.run(line, (stream, text) => {
          last = out(stream, text);
        });
      } finally {
        await Promise.resolve(last).catch(() => undefined);
        persist();
        driver?.flush();
      }
    },

    interrupt(): void {
      sandbox?.interrupt();
    },

    complete(line: string, cursor: number): Promise<Completion> {
      return need().complete(line, cursor);
    },

    setSpeed(speed: number): void {
      driver?.setSpeed(speed);
    },

    async startLesson(id: string | undefined): Promise<RunResult> {
      const r = await need().startLesson(id);
      persist();
      driver?.flush();
      return r;
    },

    async solution(): Promise<string[]> {
      return need().solution();
    },

    async save(): Promise<string> {
      const s = need();
      const json = s.save();
      if (saver) {
        saver.schedule(() => ({ sandbox: json, progress: s.progress() }));
        await saver.flush();
      }
      return json;
    },
  };
}
