// The generic command-spec framework shared by kubectl, docker, oc and istioctl: a CLI is a tree of
// declarative CommandSpecs (usage, examples, flags, subcommands, run). One runner parses argv the
// way cobra + pflag do, prints help and errors in the CLI's style, and calls `run`; completion and
// help come from the same specs. The pieces live in ./spec/ (types, values, parse, help, complete).
// The default style is kubectl's (cobra errors through cmdutil.CheckErr: `error: …`, exit 1).

import type { CommandIO } from '../types';
import { completeCommandLine } from './spec/complete';
import { renderHelp } from './spec/help';
import { parseCommandLine } from './spec/parse';
import type { CommandSpec, RunContext } from './spec/types';

export type { CommandSpec, CommandGroup, CompleteContext, FlagSpec, FlagType, FlagValue, FlagValues, RunContext } from './spec/types';
export { renderHelp, flagsUsages, usageLine, wordWrap, wrapLimit } from './spec/help';
export { parseCommandLine, findCommand, flagsFor, suggestionsFor, levenshtein } from './spec/parse';
export { completeCommandLine } from './spec/complete';
export { formatDuration, parseDuration, parseBool, parseInt64 } from './spec/values';

/** How a CLI words its usage errors. */
export interface CliStyle {
  /** stderr text for a flag parsing error on the command at `commandPath`. */
  flagError(message: string, commandPath: string): string;
  /** stderr text for an unknown subcommand of the root. */
  unknownCommand(name: string, commandPath: string, suggestions: string[]): string;
}

/**
 * kubectl: templater.FlagErrorFunc appends `See '<path> --help' for usage.`; cobra's Find words the
 * unknown command with `Did you mean this?`; CheckErr prefixes `error: ` and ends with a newline.
 */
export const kubectlStyle: CliStyle = {
  flagError: (message, commandPath) => `error: ${message}\nSee '${commandPath} --help' for usage.\n`,
  unknownCommand: (name, commandPath, suggestions) => {
    let s = `error: unknown command ${JSON.stringify(name)} for ${JSON.stringify(commandPath)}`;
    if (suggestions.length) s += `\n\nDid you mean this?\n${suggestions.map((x) => `\t${x}\n`).join('')}`;
    return s.endsWith('\n') ? s : s + '\n';
  },
};

export interface RunCliOptions {
  style?: CliStyle;
  /** Terminal width for help wrapping (only used when io.tty). Defaults to $COLUMNS. */
  width?: number;
}

/** The terminal width help text wraps at: only on a terminal, from the option or $COLUMNS. */
export function helpWidth(io: CommandIO, width?: number): number {
  if (!io.tty) return 0;
  return width ?? (Number(io.env.COLUMNS) || 0);
}

/** Runs `io.argv` against the `root` spec: help, usage errors, or the command's `run`. */
export async function runCli<A>(root: CommandSpec<A>, io: CommandIO, app: A, opts: RunCliOptions = {}): Promise<number> {
  const style = opts.style ?? kubectlStyle;
  const parsed = parseCommandLine(root, io.argv);
  const path = parsed.path;
  const commandPath = path.map((c) => c.name).join(' ');
  for (const w of parsed.warnings) io.err(w + '\n');
  if (parsed.error?.kind === 'unknown') {
    io.err(style.unknownCommand(parsed.error.name, commandPath, parsed.error.suggestions));
    return 1;
  }
  if (parsed.error) {
    io.err(style.flagError(parsed.error.message, commandPath));
    return 1;
  }
  const cmd = path[path.length - 1];
  if (parsed.help || !cmd.run) {
    io.out(renderHelp(path, { width: helpWidth(io, opts.width) }));
    return 0;
  }
  return cmd.run({
    io,
    app,
    command: cmd,
    path,
    commandPath,
    args: parsed.args,
    argsLenAtDash: parsed.argsLenAtDash,
    flags: parsed.flags,
  });
}

/** A `run` that prints the command's help (kubectl's root: `kubectl` alone shows the command list). */
export async function showHelp<A>(ctx: RunContext<A>): Promise<number> {
  ctx.io.out(renderHelp(ctx.path, { width: helpWidth(ctx.io) }));
  return 0;
}

/** Completion for a whole command line; see completeCommandLine. */
export function complete<A>(root: CommandSpec<A>, words: string[], index: number, app: A): Promise<string[] | undefined> {
  return completeCommandLine(root, app, words, index);
}
