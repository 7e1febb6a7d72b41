// Shapes of the container runtime: what the kubelet asks for (ContainerSpec), what exits look like,
// what inspection returns, and the runtime's internal records of containers and live processes.

import type { ImageInfo } from '../registry';
import type { ContainerFs } from './container-fs';
import type { LogBuffer } from './logs';
import type { Program, ProgramContext, Signal } from './program';

export interface VolumeMountSpec {
  /** Mount point in the container. */
  path: string;
  /** Pod volume name (runtime.volume(owner, name)). */
  volume: string;
  /** Whose volume: the pod's uid by default; `hostpath:<node>` or `pvc:<ns>` for volumes outliving it. */
  owner?: string;
  readOnly?: boolean;
  subPath?: string;
}

/** Everything needed to create a container (CRI CreateContainer, resolved by the kubelet). */
export interface ContainerSpec {
  node: string;
  podUid: string;
  podName: string;
  namespace: string;
  /** Container name within the pod. */
  name: string;
  /** Fully qualified image reference, already pulled on `node`. */
  image: string;
  command?: string[];
  args?: string[];
  env: Record<string, string>;
  workingDir?: string;
  /** Pod IP (node IP with hostNetwork). */
  ip: string;
  hostname: string;
  /** Files written into the container (/etc/hosts, /etc/hostname, /etc/resolv.conf). */
  files: Record<string, string>;
  mounts: VolumeMountSpec[];
  stdin?: boolean;
  tty?: boolean;
  /** resources.limits.memory in bytes. */
  memoryLimit?: number;
  hostNetwork?: boolean;
}

export type ExitReason = 'Completed' | 'Error' | 'OOMKilled' | 'StartError';

export interface ContainerExit {
  id: string;
  node: string;
  podUid: string;
  name: string;
  exitCode: number;
  reason: ExitReason;
  message?: string;
  startedAt?: number;
  finishedAt: number;
}

/** What `containerInfo` reports (crictl inspect / docker inspect material). */
export interface ContainerInfo {
  id: string;
  name: string;
  podUid: string;
  state: 'created' | 'running' | 'exited';
  image: ImageInfo;
  /** The process's argv after entrypoint/cmd/command/args resolution. */
  argv: string[];
  program: string;
  pid?: number;
  /** Ports the process listens on. */
  ports: number[];
  env: Record<string, string>;
  hostname: string;
  ip: string;
  cwd: string;
  createdAt: number;
  startedAt?: number;
  finishedAt?: number;
  exitCode?: number;
  reason?: ExitReason;
  /** Interactive shell of the image (`/bin/sh`, `/bin/bash`) and its prompt style; none for distroless. */
  shell?: string;
  prompt?: 'ash' | 'bash';
  os: ImageInfo['os'];
}

/** @internal a live process. */
export interface Process {
  ctx: ProgramContext;
  program: Program;
  done: boolean;
  timers: Set<number>;
  unbinds: (() => void)[];
  handlers: ((s: Signal) => void)[];
  abort: AbortController;
  killTimer?: number;
}

/** @internal */
export interface ContainerRecord {
  id: string;
  spec: ContainerSpec;
  state: 'created' | 'running' | 'exited';
  createdAt: number;
  startedAt?: number;
  finishedAt?: number;
  exitCode?: number;
  reason?: ExitReason;
  message?: string;
  argv: string[];
  program: string;
  log: LogBuffer;
  fs: ContainerFs;
  proc?: Process;
}

/** Thrown by logs/exec when the container instance does not exist or cannot be reached. */
export class RuntimeError extends Error {}
