// The virtual file system of one host: just-bash's InMemoryFs plus three things bash's world has and
// InMemoryFs lacks. (1) Terminal devices: writes to /dev/pts/0 (and /dev/tty) and to our stderr twin
// go to the screen as they happen instead of being stored (see transform.ts). (2) Simulated time:
// modification times come from the sim clock, never the wall clock, so `ls -l` is reproducible.
// (3) A dump/load of the user's files for `podlab --state`. The dump reads InMemoryFs's entry map,
// which is private in its typings (pinned by test/shell/bash/just-bash-pins.test.ts).

import { InMemoryFs } from 'just-bash';
import { DEV_ERR, DEV_OUT } from './transform';
import { byteStringToText, bytesToLatin1, decodeUtf8, latin1ToBytes } from './utf8';

export type TermStream = 'out' | 'err';

/** One stored entry of a dumped file system (JSON-serialisable). */
export interface FsEntryDump {
  path: string;
  type: 'file' | 'directory' | 'symlink';
  /** File text; bytes as latin1 chars when `binary`. */
  content?: string;
  binary?: boolean;
  target?: string;
  mode: number;
  mtime: number;
}

type WriteArgs = Parameters<InMemoryFs['writeFile']>;

/** Paths just-bash recreates itself (command stubs, /dev, /proc): not part of a dump. */
const SYSTEM = /^\/(bin|usr\/bin|dev|proc)(\/|$)/;

export class TerminalFs extends InMemoryFs {
  /** Receives terminal output (/dev/pts/0, /dev/tty); the host runtime points it at the screen. */
  sink: (stream: TermStream, text: string) => void = () => {};
  /** Extra devices (a separate run's private terminal), path → stream and receiver. */
  private readonly devices = new Map<string, { stream: TermStream; sink: (stream: TermStream, text: string) => void }>();

  private readonly clock: { now(): number };

  constructor(clock: { now(): number }) {
    super();
    this.clock = clock;
    const root = this.entries().get('/');
    if (root) root.mtime = this.now();
  }

  /** Makes `out`/`err` device paths that deliver to `sink` until detached. */
  attach(out: string, err: string, sink: (stream: TermStream, text: string) => void): void {
    this.devices.set(out, { stream: 'out', sink });
    this.devices.set(err, { stream: 'err', sink });
  }

  detach(...paths: string[]): void {
    for (const p of paths) this.devices.delete(p);
  }

  private device(path: string): { stream: TermStream; sink: (stream: TermStream, text: string) => void } | null {
    if (path === DEV_OUT || path === '/dev/tty') return { stream: 'out', sink: this.sink };
    if (path === DEV_ERR) return { stream: 'err', sink: this.sink };
    return this.devices.get(path) ?? null;
  }

  private emit(dev: { stream: TermStream; sink: (stream: TermStream, text: string) => void }, content: WriteArgs[1], options: WriteArgs[2]): void {
    const enc = typeof options === 'string' ? options : options?.encoding;
    let text: string;
    if (typeof content !== 'string') text = decodeUtf8(content) ?? bytesToLatin1(content);
    else text = enc === 'binary' || enc === 'latin1' ? byteStringToText(content) : content;
    if (text) dev.sink(dev.stream, text);
  }

  private now(): Date {
    // InMemoryFs's constructor creates `/` before `clock` is set
    return new Date(this.clock ? this.clock.now() : 0);
  }

  /** just-bash lays out /bin, /usr/bin, /dev and /proc with these when a Bash is created. */
  override writeFileSync(path: string, content: WriteArgs[1], options?: WriteArgs[2], metadata?: { mode?: number; mtime?: Date }): void {
    super.writeFileSync(path, content, options, { ...metadata, mtime: metadata?.mtime ?? this.now() });
  }

  override writeFileLazy(path: string, lazy: Parameters<InMemoryFs['writeFileLazy']>[1], metadata?: { mode?: number; mtime?: Date }): void {
    super.writeFileLazy(path, lazy, { ...metadata, mtime: metadata?.mtime ?? this.now() });
  }

  override mkdirSync(path: string, options?: Parameters<InMemoryFs['mkdirSync']>[1]): void {
    const before = new Set(this.clock ? this.entries().keys() : []);
    super.mkdirSync(path, options);
    if (!this.clock) return;
    for (const [p, e] of this.entries()) if (!before.has(p)) e.mtime = this.now();
  }

  private async stamp(path: string): Promise<void> {
    try {
      await super.utimes(path, this.now(), this.now());
    } catch {
      // the path may be a dangling symlink; keep the library's time
    }
  }

  override async writeFile(path: string, content: WriteArgs[1], options?: WriteArgs[2]): Promise<void> {
    const dev = this.device(path);
    if (dev) return this.emit(dev, content, options);
    await super.writeFile(path, content, options);
    await this.stamp(path);
  }

  override async appendFile(path: string, content: WriteArgs[1], options?: WriteArgs[2]): Promise<void> {
    const dev = this.device(path);
    if (dev) return this.emit(dev, content, options);
    await super.appendFile(path, content, options);
    await this.stamp(path);
  }

  override async exists(path: string): Promise<boolean> {
    return this.device(path) !== null || super.exists(path);
  }

  override async stat(path: string): ReturnType<InMemoryFs['stat']> {
    if (this.device(path)) return { isFile: false, isDirectory: false, isSymbolicLink: false, mode: 0o620, size: 0, mtime: this.now() };
    return super.stat(path);
  }

  override async mkdir(path: string, options?: Parameters<InMemoryFs['mkdir']>[1]): Promise<void> {
    const created: string[] = [];
    const parts = path.split('/').filter(Boolean);
    for (let i = 1; i <= parts.length; i++) {
      const p = '/' + parts.slice(0, i).join('/');
      if (!(await super.exists(p))) created.push(p);
    }
    await super.mkdir(path, options);
    for (const p of created) if (await super.exists(p)) await this.stamp(p);
  }

  override async cp(src: string, dest: string, options?: Parameters<InMemoryFs['cp']>[2]): Promise<void> {
    await super.cp(src, dest, options);
    await this.stamp(dest);
  }

  /** `touch` asks for the wall clock's now; the simulation's now is the only one there is. */
  override async utimes(path: string, _atime: Date, _mtime: Date): Promise<void> {
    await super.utimes(path, this.now(), this.now());
  }

  private entries(): Map<string, Record<string, unknown>> {
    const data = (this as unknown as { data?: unknown }).data;
    if (!(data instanceof Map)) throw new Error('just-bash InMemoryFs no longer keeps its entries in `data`');
    return data as Map<string, Record<string, unknown>>;
  }

  /** The user's files (everything but the command stubs, /dev and /proc), synchronously. */
  dump(): FsEntryDump[] {
    const out: FsEntryDump[] = [];
    for (const [path, e] of [...this.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (path === '/' || path === '/usr' || SYSTEM.test(path)) continue;
      const mode = Number(e.mode ?? 0o644);
      const mtime = e.mtime instanceof Date ? e.mtime.getTime() : this.clock.now();
      if (e.type === 'directory') out.push({ path, type: 'directory', mode, mtime });
      else if (e.type === 'symlink') out.push({ path, type: 'symlink', target: String(e.target), mode, mtime });
      else if (e.type === 'file' && 'content' in e) {
        const c = e.content;
        const bytes = typeof c === 'string' ? null : (c as Uint8Array);
        const text = bytes ? decodeUtf8(bytes) : (c as string);
        if (text !== null) out.push({ path, type: 'file', content: text, mode, mtime });
        else out.push({ path, type: 'file', content: bytesToLatin1(bytes!), binary: true, mode, mtime });
      }
    }
    return out;
  }

  /** Recreates dumped entries (directories first, as the dump is sorted by path). */
  async load(entries: FsEntryDump[]): Promise<void> {
    for (const e of entries) {
      if (e.type === 'directory') await super.mkdir(e.path, { recursive: true });
      else if (e.type === 'file') {
        const content = e.binary ? latin1ToBytes(e.content ?? '') : (e.content ?? '');
        this.writeFileSync(e.path, content, undefined, { mode: e.mode, mtime: new Date(e.mtime) });
      } else if (e.type === 'symlink' && e.target !== undefined) {
        if (!(await super.exists(e.path))) await super.symlink(e.target, e.path);
      }
    }
    for (const e of entries) {
      if (e.type === 'file') continue;
      const entry = this.entries().get(e.path);
      if (entry) {
        entry.mode = e.mode;
        entry.mtime = new Date(e.mtime);
      }
    }
  }
}
