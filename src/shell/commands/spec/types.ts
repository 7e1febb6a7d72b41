// The shapes of a declarative command spec (what cobra.Command + pflag.FlagSet hold for a Go CLI):
// a tree of commands, each with usage, examples, flags and a run function. The parser, help
// renderer and completer in this folder read these specs; no CLI keeps a `switch` over verbs.

import type { CommandIO } from '../../types';

/** pflag value types we support. `stringSlice` splits on commas (pflag `strings`), `stringArray` does not. */
export type FlagType = 'bool' | 'string' | 'int' | 'stringArray' | 'stringSlice' | 'duration';

/** A parsed flag value: bool → boolean, int → number, duration → milliseconds, lists → string[]. */
export type FlagValue = boolean | string | number | string[];

export interface FlagSpec {
  name: string;
  /** One-letter shorthand (`n` for `-n`). */
  shorthand?: string;
  type: FlagType;
  /** Default value (bool false, string '', int 0, duration 0 ms, lists [] unless given). */
  default?: FlagValue;
  /** Text of the default in help when it is not derived from `default` (pflag DefValue). */
  defaultText?: string;
  usage: string;
  /**
   * pflag NoOptDefVal: the value used when the flag is given without `=value`
   * (`--dry-run` → `unchanged`). Bool flags always have `true`.
   */
  noOptDefault?: string;
  /** Deprecation message: the flag is hidden and using it prints `Flag --x has been deprecated, <msg>`. */
  deprecated?: string;
  hidden?: boolean;
  /** Completion of the flag's value. */
  complete?(ctx: CompleteContext<unknown>): string[] | Promise<string[]>;
}

/** What a command's run function gets. `A` is the CLI's own context (e.g. kubectl's cluster handle). */
export interface RunContext<A = unknown> {
  io: CommandIO;
  app: A;
  /** The command being run. */
  command: CommandSpec<A>;
  /** Root first, the running command last. */
  path: CommandSpec<A>[];
  /** `kubectl get`, `kubectl create namespace` (names, not aliases). */
  commandPath: string;
  /** Positional arguments (flags removed), in order. */
  args: string[];
  /** Number of positional arguments before `--`, or -1 when there was no `--` (cobra ArgsLenAtDash). */
  argsLenAtDash: number;
  flags: FlagValues;
}

export interface CompleteContext<A = unknown> {
  app: A;
  path: CommandSpec<A>[];
  /** Positional arguments typed before the word being completed. */
  args: string[];
  flags: FlagValues;
  /** The partial word. */
  prefix: string;
  /** The flag whose value is being completed, if any. */
  flag?: FlagSpec;
}

/** A group of subcommands in the root help (`Basic Commands (Beginner):`). */
export interface CommandGroup {
  title: string;
  commands: string[];
}

export interface CommandSpec<A = unknown> {
  name: string;
  aliases?: string[];
  /** One line for command lists. */
  short: string;
  /** The long description shown by `--help` (already rendered: paragraphs, indentation). */
  long?: string;
  /** cobra `Use`: the usage text after the parent's path, starting with the name (`get [(-o|...)] ...`). */
  usage: string;
  /** cobra DisableFlagsInUseLine: do not append ` [flags]` to the usage line. */
  disableFlagsInUseLine?: boolean;
  /** Examples, already indented by two spaces as kubectl's templates.Examples does. */
  examples?: string;
  flags?: FlagSpec[];
  /** Flags inherited by every subcommand (the root's global flags). */
  persistentFlags?: FlagSpec[];
  subcommands?: CommandSpec<A>[];
  /** Root help grouping; commands not in a group are listed under "Other Commands:". */
  groups?: CommandGroup[];
  /** cobra SuggestFor: typed names that should suggest this command. */
  suggestFor?: string[];
  hidden?: boolean;
  /** Completion of positional arguments. */
  complete?(ctx: CompleteContext<A>): string[] | Promise<string[]>;
  /** Absent for pure command groups. Returns the exit code. */
  run?(ctx: RunContext<A>): Promise<number>;
}

/** Typed access to parsed flag values. */
export interface FlagValues {
  string(name: string): string;
  bool(name: string): boolean;
  int(name: string): number;
  /** Milliseconds. */
  duration(name: string): number;
  strings(name: string): string[];
  /** True when the flag was set on the command line (pflag Changed). */
  changed(name: string): boolean;
  /** Every known flag name → value (for debugging and completion). */
  all(): Record<string, FlagValue>;
}
