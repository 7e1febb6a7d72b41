// How a container's command is found: Kubernetes' command/args over the image's ENTRYPOINT/CMD,
// which program runs it (the image's own or the generic command runner), whether the binary exists
// (runc's "executable file not found in $PATH"), and the image's environment.

import type { ImageInfo } from '../registry';
import type { ContainerFs } from './container-fs';
import type { Program } from './program';
import { basename } from './program';
import { PROGRAMS } from './programs';

/** Kubernetes' rule: `command` replaces ENTRYPOINT (and drops CMD), `args` replaces CMD. */
export function resolveArgv(image: ImageInfo, command?: string[], args?: string[]): string[] {
  if (command?.length) return [...command, ...(args ?? [])];
  return [...(image.config.entrypoint ?? []), ...(args?.length ? args : image.config.cmd ?? [])];
}

/**
 * The program that runs `argv` in `image` and the argv it gets: the image's own program for its
 * binaries, else the generic command runner. An entrypoint wrapper (`docker-entrypoint.sh`) that
 * would just `exec "$@"` a foreign command is skipped, as the exec replaces it.
 */
export function chooseProgram(image: ImageInfo, argv: string[]): { program: Program; argv: string[] } {
  const bin = basename(argv[0] ?? '');
  const ownNext = image.binaries.includes(bin) && image.binaries.includes(basename(argv[1] ?? ''));
  if (image.wrappers.includes(bin) && argv.length > 1 && !ownNext) return chooseProgram(image, argv.slice(1));
  if (image.binaries.includes(bin)) return { program: PROGRAMS[image.program] ?? PROGRAMS.command, argv };
  return { program: PROGRAMS.command, argv };
}

/** runc's complaint when argv[0] is not in the image, or undefined when it is. */
export function missingBinary(image: ImageInfo, fs: ContainerFs, argv: string[]): string | undefined {
  const cmd = argv[0];
  if (!cmd) return 'exec: no command';
  const bin = basename(cmd);
  const known = image.binaries.includes(bin) || image.wrappers.includes(bin) || image.path.includes(bin);
  if (cmd.includes('/')) return known || fs.read(cmd) !== undefined ? undefined : `exec: "${cmd}": stat ${cmd}: no such file or directory`;
  return known ? undefined : `exec: "${cmd}": executable file not found in $PATH`;
}

export function envFromImage(image: ImageInfo): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of image.config.env) {
    const i = e.indexOf('=');
    out[e.slice(0, i)] = e.slice(i + 1);
  }
  return out;
}
