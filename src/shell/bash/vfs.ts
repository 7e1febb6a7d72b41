// The VirtualFs contract (shell/types.ts) over just-bash's file system: what programs and
// completers see. Relative paths resolve against the working directory they were given.

import type { IFileSystem } from 'just-bash';
import type { VirtualFs } from '../types';

export function virtualFsAt(fs: IFileSystem, cwd: string): VirtualFs {
  const abs = (p: string) => fs.resolvePath(cwd, p);
  return {
    readFile: (p) => fs.readFile(abs(p)),
    writeFile: (p, c) => fs.writeFile(abs(p), c),
    appendFile: (p, c) => fs.appendFile(abs(p), c),
    exists: (p) => fs.exists(abs(p)),
    stat: async (p) => {
      const s = await fs.stat(abs(p));
      return { isFile: s.isFile, isDirectory: s.isDirectory, size: s.size };
    },
    readdir: (p) => fs.readdir(abs(p)),
    mkdir: (p, o) => fs.mkdir(abs(p), o),
    rm: (p, o) => fs.rm(abs(p), o),
  };
}
