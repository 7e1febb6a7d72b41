// The container runtime (containerd as the kubelet sees it through CRI, and later dockerd's):
// per-node image stores, containers with ids, states, exit codes and a running program, per-container
// filesystems with shared pod volumes, and logs per container instance (current and previous).
// The kubelet drives it (create, start, stop with a grace period, remove); `kubectl logs/exec` and
// `docker` read from it. Exits are reported to listeners on a 0 ms timer, never synchronously.
// Simplified: no cgroups or PIDs beyond "PID 1", no image layers, no sandbox (pause) containers.

import type { Network } from '../net';
import { ImageRegistry, type ImageInfo } from '../registry';
import type { World } from '../world';
import { ContainerFs, type VolumeFiles } from './container-fs';
import { followRecord, infoOf, type FollowOptions } from './inspect';
import { LogBuffer, type LogQuery } from './logs';
import type { ExecContext, Signal } from './program';
import { startProcess, type ProcessHost } from './process';
import { chooseProgram, missingBinary, resolveArgv } from './resolve';
import type { ScriptRunner } from './script-runner';
import { restoreRuntime, saveRuntime } from './state';
import { RuntimeError, type ContainerExit, type ContainerInfo, type ContainerRecord, type ContainerSpec, type ExitReason } from './types';

export class ContainerRuntime implements ProcessHost {
  readonly registry = new ImageRegistry();
  /** @internal */ byId = new Map<string, ContainerRecord>();
  /** @internal `podUid/name` → instances, oldest first (current and the previous one are kept). */
  byName = new Map<string, ContainerRecord[]>();
  /** @internal node → image ref → image. */
  nodeImages = new Map<string, Map<string, ImageInfo>>();
  /** @internal podUid → volume name → files. */
  volumes = new Map<string, Map<string, VolumeFiles>>();
  private exitListeners = new Set<(e: ContainerExit) => void>();
  /** @internal the shell's script runner, if installed. */
  runner?: ScriptRunner;

  constructor(
    readonly world: World,
    readonly net: Network,
  ) {
    world.registerState('runtime', { save: () => saveRuntime(this), load: (s) => restoreRuntime(this, s) });
  }

  /** Installs the shell's script runner (see script-runner.ts). */
  setScriptRunner(fn: ScriptRunner | undefined): void {
    this.runner = fn;
  }

  // ---- images -------------------------------------------------------------------------------

  /** The image `ref` (fully qualified) if it is present on `node`. */
  nodeImage(node: string, ref: string): ImageInfo | undefined {
    return this.nodeImages.get(node)?.get(ref);
  }

  /** Records a pulled image on a node. */
  storeImage(node: string, image: ImageInfo): void {
    let m = this.nodeImages.get(node);
    if (!m) this.nodeImages.set(node, (m = new Map()));
    m.set(image.ref, image);
  }

  /** Images present on a node (crictl images), sorted by reference. */
  images(node: string): ImageInfo[] {
    return [...(this.nodeImages.get(node)?.values() ?? [])].sort((a, b) => (a.ref < b.ref ? -1 : 1));
  }

  removeImage(node: string, ref: string): boolean {
    return this.nodeImages.get(node)?.delete(ref) ?? false;
  }

  // ---- volumes ------------------------------------------------------------------------------

  /** A volume's files (created empty on first use); containers mounting it share the map. */
  volume(owner: string, name: string): VolumeFiles {
    let pod = this.volumes.get(owner);
    if (!pod) this.volumes.set(owner, (pod = new Map()));
    let v = pod.get(name);
    if (!v) pod.set(name, (v = new Map()));
    return v;
  }

  // ---- containers ---------------------------------------------------------------------------

  /** Creates a container from an image already on the node; returns its id (64 hex digits). */
  createContainer(spec: ContainerSpec): string {
    const image = this.nodeImage(spec.node, spec.image) ?? this.mustLookup(spec.image);
    const id = this.world.rand.stream('containers').hex(64);
    const fs = new ContainerFs({ ...image.files, ...spec.files });
    for (const m of spec.mounts) fs.mount({ path: m.path, files: this.volume(m.owner ?? spec.podUid, m.volume), readOnly: m.readOnly, subPath: m.subPath });
    const argv = resolveArgv(image, spec.command, spec.args);
    const rec: ContainerRecord = {
      id,
      spec,
      state: 'created',
      createdAt: this.world.clock.now(),
      argv,
      program: chooseProgram(image, argv).program.name,
      log: new LogBuffer(() => this.world.clock.now(), this.world.rand.stream('logs')),
      fs,
    };
    this.byId.set(id, rec);
    const key = `${spec.podUid}/${spec.name}`;
    const list = [...(this.byName.get(key) ?? []), rec];
    for (const old of list.splice(0, Math.max(0, list.length - 2))) this.byId.delete(old.id);
    this.byName.set(key, list);
    return id;
  }

  /**
   * Starts a created container's process. A command the image does not have fails like runc does
   * (`exec: "foo": executable file not found in $PATH`): the container exits at once with 128,
   * reason StartError, and `{ ok: false, message }` is returned.
   */
  startContainer(id: string): { ok: true } | { ok: false; message: string } {
    const rec = this.mustGet(id);
    const image = this.nodeImage(rec.spec.node, rec.spec.image) ?? this.mustLookup(rec.spec.image);
    const missing = missingBinary(image, rec.fs, rec.argv);
    if (missing) {
      const message = `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${missing}: unknown`;
      rec.state = 'exited';
      rec.startedAt = undefined;
      this.finish(rec, 128, 'StartError', message);
      return { ok: false, message };
    }
    this.run(rec, image, false);
    return { ok: true };
  }

  /** @internal starts (or resumes) the program of a record. */
  run(rec: ContainerRecord, image: ImageInfo, resumed: boolean): void {
    startProcess(this, rec, image, resumed);
  }

  /**
   * Stops a running container as CRI StopContainer does: the image's stop signal (SIGTERM unless the
   * image says otherwise, e.g. nginx's SIGQUIT), then SIGKILL after `graceMs` if it still runs.
   */
  stopContainer(id: string, graceMs: number): void {
    const rec = this.byId.get(id);
    const proc = rec?.proc;
    if (!rec || !proc || proc.done) return;
    const image = this.nodeImage(rec.spec.node, rec.spec.image) ?? this.mustLookup(rec.spec.image);
    this.signal(id, (image.config.stopSignal as Signal | undefined) ?? 'SIGTERM');
    if (proc.done) return;
    if (graceMs <= 0) return this.exitProcess(rec, 137);
    proc.killTimer = this.world.clock.setTimer(graceMs, () => this.exitProcess(rec, 137));
  }

  /** Sends a signal to the container's PID 1 (SIGKILL always kills). */
  signal(id: string, sig: Signal): void {
    const rec = this.byId.get(id);
    const proc = rec?.proc;
    if (!rec || !proc || proc.done) return;
    if (sig === 'SIGKILL') return this.exitProcess(rec, 137);
    for (const h of [...proc.handlers]) if (!proc.done) h(sig);
  }

  /** Removes a pod's containers and volumes (its logs go with them). Running ones are killed silently. */
  removePod(podUid: string): void {
    for (const [key, list] of [...this.byName]) {
      if (!key.startsWith(`${podUid}/`)) continue;
      for (const rec of list) {
        if (rec.proc && !rec.proc.done) this.exitProcess(rec, 137, undefined, true);
        this.byId.delete(rec.id);
      }
      this.byName.delete(key);
    }
    this.volumes.delete(podUid);
  }

  /** @internal drops every container silently before a saved state is loaded. */
  removeAllForLoad(): void {
    for (const rec of this.byId.values()) if (rec.proc && !rec.proc.done) this.exitProcess(rec, 137, undefined, true);
    this.byId.clear();
    this.byName.clear();
    this.nodeImages.clear();
    this.volumes.clear();
  }

  /** Listens for container exits (all nodes); returns a function that stops listening. */
  onExit(fn: (e: ContainerExit) => void): () => void {
    this.exitListeners.add(fn);
    return () => this.exitListeners.delete(fn);
  }

  // ---- inspection ---------------------------------------------------------------------------

  /** The current (or, with `previous`, the previous) instance of a pod's container. */
  instance(podUid: string, name: string, previous = false): ContainerRecord | undefined {
    const list = this.byName.get(`${podUid}/${name}`) ?? [];
    return list[list.length - (previous ? 2 : 1)];
  }

  /** `kubectl logs` for a container instance; throws RuntimeError when there is none. */
  logs(podUid: string, container: string, q: LogQuery & { previous?: boolean } = {}): string {
    const rec = this.instance(podUid, container, q.previous);
    if (!rec) {
      const pod = this.podNameOf(podUid);
      throw new RuntimeError(
        q.previous
          ? `previous terminated container "${container}" in pod "${pod}" not found`
          : `container "${container}" in pod "${pod}" is waiting to start: ContainerCreating`,
      );
    }
    return rec.log.render(q);
  }

  /**
   * `kubectl logs -f`: calls `onChunk` with each new line of the current instance until `signal`
   * aborts or the container exits (then `opts.onEnd`). Returns a function that stops following.
   */
  followLogs(podUid: string, container: string, onChunk: (text: string) => void, signal?: AbortSignal, opts: FollowOptions = {}): () => void {
    const rec = this.instance(podUid, container);
    if (!rec) throw new RuntimeError(`container "${container}" in pod "${this.podNameOf(podUid)}" is waiting to start: ContainerCreating`);
    return followRecord(this, rec, onChunk, signal, opts);
  }

  /** The live filesystem of the current instance. */
  containerFs(podUid: string, container: string): ContainerFs | undefined {
    return this.instance(podUid, container)?.fs;
  }

  containerInfo(podUid: string, container: string, previous = false): ContainerInfo | undefined {
    const rec = this.instance(podUid, container, previous);
    return rec && this.info(rec);
  }

  /** Info by container id. */
  inspect(id: string): ContainerInfo | undefined {
    const rec = this.byId.get(id);
    return rec && this.info(rec);
  }

  /**
   * `kubectl exec` for programs that handle the command themselves (`nginx -v`, `nginx -s reload`,
   * `redis-cli ping`). Returns undefined when the program does not: the shell layer then runs the
   * command in a shell over `containerFs` with `containerInfo().env`. Throws RuntimeError when the
   * container is not running.
   */
  exec(podUid: string, container: string, argv: string[], io: Omit<ExecContext, 'argv' | 'process'>): Promise<number> | undefined {
    const rec = this.instance(podUid, container);
    if (!rec || rec.state !== 'running' || !rec.proc) {
      throw new RuntimeError(`unable to upgrade connection: container not found ("${container}")`);
    }
    return rec.proc.program.exec?.({ ...io, argv, process: rec.proc.ctx });
  }

  private info(rec: ContainerRecord): ContainerInfo {
    return infoOf(rec, this.nodeImage(rec.spec.node, rec.spec.image) ?? this.mustLookup(rec.spec.image), this.net);
  }

  /** @internal */
  exitProcess(rec: ContainerRecord, code: number, reason?: ExitReason, silent = false): void {
    const proc = rec.proc;
    if (!proc || proc.done) return;
    proc.done = true;
    for (const t of proc.timers) this.world.clock.clearTimer(t);
    this.world.clock.clearTimer(proc.killTimer);
    for (const u of proc.unbinds) u();
    proc.abort.abort();
    rec.log.close();
    rec.state = 'exited';
    this.finish(rec, code, reason ?? (code === 0 ? 'Completed' : 'Error'), undefined, silent);
  }

  private finish(rec: ContainerRecord, code: number, reason: ExitReason, message?: string, silent = false): void {
    rec.exitCode = code;
    rec.reason = reason;
    rec.message = message;
    rec.finishedAt = this.world.clock.now();
    if (silent) return;
    const e: ContainerExit = {
      id: rec.id,
      node: rec.spec.node,
      podUid: rec.spec.podUid,
      name: rec.spec.name,
      exitCode: code,
      reason,
      message,
      startedAt: rec.startedAt,
      finishedAt: rec.finishedAt,
    };
    this.world.clock.setTimer(0, () => {
      for (const fn of [...this.exitListeners]) fn(e);
    });
  }

  /** @internal */
  podNameOf(podUid: string): string {
    for (const [k, list] of this.byName) if (k.startsWith(`${podUid}/`) && list.length) return list[0].spec.podName;
    return podUid;
  }

  private mustGet(id: string): ContainerRecord {
    const r = this.byId.get(id);
    if (!r) throw new RuntimeError(`container ${id} not found`);
    return r;
  }

  /** @internal */
  mustLookup(ref: string): ImageInfo {
    const r = this.registry.lookup(ref);
    if (!r.ok) throw new RuntimeError(r.message);
    return r.image;
  }
}

export { chooseProgram, resolveArgv } from './resolve';
export type { ContainerExit, ContainerInfo, ContainerSpec, ExitReason, VolumeMountSpec } from './types';
export { RuntimeError } from './types';
export { ContainerFs, hostsFile, resolvConf } from './container-fs';
export type { LogQuery } from './logs';
export type { ScriptRunner, ScriptRunOptions } from './script-runner';
export type { Program, ProgramContext, Signal } from './program';
