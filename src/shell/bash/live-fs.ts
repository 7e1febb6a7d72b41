// A shell file system backed by a container's live files (the engine's ContainerFs): a copy is
// loaded at start, writes and removals go through to the container at once, and reads, `ls` and
// existence checks look at the container first, so two containers sharing an emptyDir see each
// other's writes. Simplified: text files only; directories come from file paths.

import { TerminalFs } from './terminal-fs';

/** What the shell needs of a live file source (the engine's ContainerFs has these). */
export interface LiveFiles {
  read(path: string): string | undefined;
  write(path: string, content: string): boolean;
  remove?(path: string): boolean;
  allPaths(): string[];
}

type WriteArgs = Parameters<TerminalFs['writeFile']>;

export class LiveFs extends TerminalFs {
  constructor(
    clock: { now(): number },
    private readonly live: LiveFiles,
  ) {
    super(clock);
    for (const p of live.allPaths()) this.pull(p);
  }

  /** >0 while one of our own operations runs (InMemoryFs calls back into stat/exists). */
  private depth = 0;

  private async inner<T>(fn: () => Promise<T>): Promise<T> {
    this.depth++;
    try {
      return await fn();
    } finally {
      this.depth--;
    }
  }

  /** Copies `path` from the container when it has it. */
  private pull(path: string): void {
    if (this.depth > 0) return;
    const v = this.live.read(path);
    if (v === undefined) return;
    const dir = path.slice(0, path.lastIndexOf('/')) || '/';
    this.mkdirSync(dir, { recursive: true });
    this.writeFileSync(path, v);
  }

  private async push(path: string): Promise<void> {
    if (!path.startsWith('/dev/') && (await super.exists(path))) {
      const st = await super.stat(path);
      if (st.isFile && !this.live.write(path, await super.readFile(path))) throw new Error(`${path}: Read-only file system`);
    }
  }

  override async readFile(path: string, options?: Parameters<TerminalFs['readFile']>[1]): Promise<string> {
    this.pull(path);
    return this.inner(() => super.readFile(path, options));
  }

  override async readFileBuffer(path: string): Promise<Uint8Array> {
    this.pull(path);
    return this.inner(() => super.readFileBuffer(path));
  }

  override async readFileBytes(path: string): ReturnType<TerminalFs['readFileBytes']> {
    this.pull(path);
    return this.inner(() => super.readFileBytes(path));
  }

  override async exists(path: string): Promise<boolean> {
    this.pull(path);
    return this.inner(() => super.exists(path));
  }

  override async stat(path: string): ReturnType<TerminalFs['stat']> {
    this.pull(path);
    return this.inner(() => super.stat(path));
  }

  override async readdir(path: string): Promise<string[]> {
    const prefix = path.endsWith('/') ? path : `${path}/`;
    for (const p of this.live.allPaths()) if (p.startsWith(prefix)) this.pull(p);
    return this.inner(() => super.readdir(path));
  }

  override async writeFile(path: string, content: WriteArgs[1], options?: WriteArgs[2]): Promise<void> {
    await this.inner(async () => {
      await super.writeFile(path, content, options);
      await this.push(path);
    });
  }

  override async appendFile(path: string, content: WriteArgs[1], options?: WriteArgs[2]): Promise<void> {
    this.pull(path);
    await this.inner(async () => {
      await super.appendFile(path, content, options);
      await this.push(path);
    });
  }

  override async rm(path: string, options?: Parameters<TerminalFs['rm']>[1]): Promise<void> {
    const prefix = `${path.replace(/\/$/, '')}/`;
    for (const p of this.live.allPaths()) if (p === path || (options?.recursive && p.startsWith(prefix))) this.live.remove?.(p);
    await this.inner(() => super.rm(path, options));
  }
}
