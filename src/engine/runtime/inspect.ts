// Reading a runtime's containers: following a log as `kubectl logs -f` does, and the inspection
// summary (`crictl inspect`/`docker inspect` material) the shell layer uses for exec and the UI.

import type { Network } from '../net';
import type { ImageInfo } from '../registry';
import { formatLine } from './logs';
import { envFromImage } from './resolve';
import type { ContainerExit, ContainerInfo, ContainerRecord } from './types';

export interface FollowOptions {
  /** Prefix lines with their RFC3339Nano time. */
  timestamps?: boolean;
  /** Called when the followed container exits. */
  onEnd?: () => void;
}

/** Streams a container instance's new log lines until `signal` aborts or it exits. */
export function followRecord(
  rt: { onExit(fn: (e: ContainerExit) => void): () => void },
  rec: ContainerRecord,
  onChunk: (text: string) => void,
  signal: AbortSignal | undefined,
  opts: FollowOptions,
): () => void {
  let stopped = false;
  const offLog = rec.log.subscribe((l) => onChunk(formatLine(l, opts.timestamps)));
  const offExit = rt.onExit((e) => {
    if (e.id === rec.id) stop(true);
  });
  const stop = (ended = false) => {
    if (stopped) return;
    stopped = true;
    offLog();
    offExit();
    signal?.removeEventListener('abort', onAbort);
    if (ended) opts.onEnd?.();
  };
  const onAbort = () => stop();
  signal?.addEventListener('abort', onAbort, { once: true });
  if (rec.state === 'exited') queueMicrotask(() => stop(true));
  return () => stop();
}

/** The inspection summary of a container record. */
export function infoOf(rec: ContainerRecord, image: ImageInfo, net: Network): ContainerInfo {
  return {
    id: rec.id,
    name: rec.spec.name,
    podUid: rec.spec.podUid,
    state: rec.state,
    image,
    argv: rec.argv,
    program: rec.program,
    pid: rec.state === 'running' ? 1 : undefined,
    ports: rec.state === 'running' ? net.listeningPorts(rec.spec.ip).filter((p) => net.listener(rec.spec.ip, p)?.owner === `${rec.spec.namespace}/${rec.spec.podName}/${rec.spec.name}`) : [],
    env: { ...envFromImage(image), ...rec.spec.env, HOSTNAME: rec.spec.hostname },
    hostname: rec.spec.hostname,
    ip: rec.spec.ip,
    cwd: rec.spec.workingDir || image.config.workingDir || '/',
    createdAt: rec.createdAt,
    startedAt: rec.startedAt,
    finishedAt: rec.finishedAt,
    exitCode: rec.exitCode,
    reason: rec.reason,
    shell: image.shell,
    prompt: image.prompt,
    os: image.os,
  };
}
