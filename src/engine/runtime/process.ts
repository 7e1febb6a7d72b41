// A container's process: the ProgramContext a program runs with — output into the container log,
// timers that die with the process, sockets on the container's address, signal handlers, and the
// script runner and network for programs that need them.

import type { Network } from '../net';
import type { HttpHandler } from '../net/types';
import type { ImageInfo } from '../registry';
import type { World } from '../world';
import type { ProgramContext } from './program';
import { chooseProgram, envFromImage } from './resolve';
import type { ScriptRunner } from './script-runner';
import type { ContainerRecord, ExitReason, Process } from './types';

/** What a process needs from the runtime. */
export interface ProcessHost {
  world: World;
  net: Network;
  runner?: ScriptRunner;
  exitProcess(rec: ContainerRecord, code: number, reason?: ExitReason): void;
}

/** Starts (or, after a load, resumes) the program of a container record. */
export function startProcess(host: ProcessHost, rec: ContainerRecord, image: ImageInfo, resumed: boolean): void {
  const clock = host.world.clock;
  if (!resumed) rec.startedAt = clock.now();
  rec.state = 'running';
  const { program, argv } = chooseProgram(image, rec.argv);
  const abort = new AbortController();
  const proc: Process = { ctx: undefined as unknown as ProgramContext, program, done: false, timers: new Set(), unbinds: [], handlers: [], abort };
  rec.proc = proc;
  const spec = rec.spec;
  const env = { ...envFromImage(image), ...spec.env };
  let lastMs = -1;
  let lastNs = 0;
  const ctx: ProgramContext = {
    argv,
    env,
    hostname: spec.hostname,
    ip: spec.ip,
    cwd: spec.workingDir || image.config.workingDir || '/',
    fs: rec.fs,
    image,
    startedAt: rec.startedAt ?? clock.now(),
    resumed,
    stdinOpen: !!spec.stdin,
    memoryLimit: spec.memoryLimit,
    rand: host.world.rand.stream('programs'),
    scriptRunner: host.runner,
    signal: abort.signal,
    stdout: (t) => !proc.done && rec.log.write('stdout', t),
    stderr: (t) => !proc.done && rec.log.write('stderr', t),
    now: () => clock.now(),
    subMs: () => {
      const t = clock.now();
      lastNs = t === lastMs ? Math.min(999_999, lastNs + ctx.rand.int(1_000, 40_000)) : ctx.rand.int(0, 300_000);
      lastMs = t;
      return lastNs;
    },
    after: (ms, fn) => {
      if (proc.done) return () => {};
      const tid = clock.setTimer(ms, () => {
        proc.timers.delete(tid);
        if (!proc.done) fn();
      });
      proc.timers.add(tid);
      return () => {
        clock.clearTimer(tid);
        proc.timers.delete(tid);
      };
    },
    sleep: (ms) => clock.sleep(ms, abort.signal),
    exit: (code) => host.exitProcess(rec, code),
    oomKill: () => host.exitProcess(rec, 137, 'OOMKilled'),
    listen: (port: number, handler: HttpHandler) => {
      if (proc.done) return false;
      const un = host.net.bind(spec.ip, port, handler, `${spec.namespace}/${spec.podName}/${spec.name}`);
      if (!un) return false;
      proc.unbinds.push(un);
      return true;
    },
    onSignal: (fn) => proc.handlers.push(fn),
    request: (r) => host.net.request({ ...r, from: { kind: 'pod', namespace: spec.namespace, name: spec.podName } }),
  };
  proc.ctx = ctx;
  program.start(ctx);
}
