// Command-line parsing as cobra + pflag do it: cobra's Find walks the command tree looking only at
// the first non-flag word at each level (stripFlags / argsMinusFirstX), then pflag parses the
// found command's flags (its own, every ancestor's persistent flags, and -h/--help) with
// interspersed positionals, `--` ending the flags, `--flag=value`, `--flag value`, `-n ns`, `-nns`,
// `-n=ns`, combined bool shorthands (`-it`), NoOptDefVal flags and pflag's exact error texts.
// Simplified: no flag-name normalization, no ShorthandDeprecated, no TraverseChildren.

import type { CommandSpec, FlagSpec, FlagValue, FlagValues } from './types';
import { convert, defaultOf, noOptValue, takesOptionalValue } from './values';

/** What parsing a command line gives. */
export interface Parsed<A> {
  /** Root first, the found command last. */
  path: CommandSpec<A>[];
  args: string[];
  argsLenAtDash: number;
  flags: FlagValues;
  /** -h / --help was given. */
  help: boolean;
  /** `Flag --x has been deprecated, …` lines for stderr. */
  warnings: string[];
  /** A parse failure: `unknown` is an unknown subcommand of the root; `flag` is a pflag error. */
  error?: { kind: 'unknown'; name: string; suggestions: string[] } | { kind: 'flag'; message: string };
}

export const helpFlag = (c: CommandSpec<unknown>): FlagSpec => ({
  name: 'help',
  shorthand: 'h',
  type: 'bool',
  usage: `help for ${c.name}`,
  hidden: true,
});

/** Every flag the last command of `path` accepts: its own, ancestors' persistent flags, help. */
export function flagsFor<A>(path: CommandSpec<A>[]): FlagSpec[] {
  const cmd = path[path.length - 1];
  const out: FlagSpec[] = [...(cmd.flags ?? [])];
  for (const c of path) out.push(...(c.persistentFlags ?? []));
  out.push(helpFlag(cmd as CommandSpec<unknown>));
  return out;
}

const byLong = (flags: FlagSpec[], name: string) => flags.find((f) => f.name === name);
const byShort = (flags: FlagSpec[], ch: string) => flags.find((f) => f.shorthand === ch);

/** cobra stripFlags: the non-flag words, skipping values of flags that need one. */
function stripFlags(args: string[], flags: FlagSpec[]): string[] {
  const out: string[] = [];
  const rest = [...args];
  while (rest.length > 0) {
    const s = rest.shift()!;
    if (s === '--') break;
    const longNeedsValue = s.startsWith('--') && !s.includes('=') && !optional(byLong(flags, s.slice(2)));
    const shortNeedsValue = !s.startsWith('--') && s.startsWith('-') && !s.includes('=') && s.length === 2 && !optional(byShort(flags, s[1]));
    if (longNeedsValue || shortNeedsValue) {
      if (rest.length <= 1) break;
      rest.shift();
      continue;
    }
    if (s !== '' && !s.startsWith('-')) out.push(s);
  }
  return out;
}

const optional = (f: FlagSpec | undefined) => (f ? takesOptionalValue(f) : false);

/** cobra argsMinusFirstX: removes the first non-flag occurrence of `x`. */
function argsMinusFirst(args: string[], x: string, flags: FlagSpec[]): string[] {
  for (let pos = 0; pos < args.length; pos++) {
    const s = args[pos];
    if (s === '--') break;
    const isFlag = s.startsWith('-') && s.length > 1;
    if (isFlag && !s.includes('=') && !optional(s.startsWith('--') ? byLong(flags, s.slice(2)) : byShort(flags, s[1]))) {
      pos++;
      continue;
    }
    if (!isFlag && s === x) return [...args.slice(0, pos), ...args.slice(pos + 1)];
  }
  return args;
}

/** cobra findNext: a subcommand by name or alias. */
export function findSub<A>(c: CommandSpec<A>, name: string): CommandSpec<A> | undefined {
  return c.subcommands?.find((s) => s.name === name || (s.aliases ?? []).includes(name));
}

/** cobra Find: the command an argv names, and the argv without the subcommand words. */
export function findCommand<A>(root: CommandSpec<A>, argv: string[]): { path: CommandSpec<A>[]; rest: string[] } {
  const path = [root];
  let rest = argv;
  for (;;) {
    const cur = path[path.length - 1];
    const words = stripFlags(rest, flagsFor(path));
    if (words.length === 0) break;
    const next = findSub(cur, words[0]);
    if (!next) break;
    rest = argsMinusFirst(rest, words[0], flagsFor(path));
    path.push(next);
  }
  return { path, rest };
}

/** Parses `argv` (without the program name) against `root`. */
export function parseCommandLine<A>(root: CommandSpec<A>, argv: string[]): Parsed<A> {
  const { path, rest } = findCommand(root, argv);
  const known = flagsFor(path);
  const values = new Map<string, FlagValue>(known.map((f) => [f.name, defaultOf(f)]));
  const changed = new Set<string>();
  const result: Parsed<A> = { path, args: [], argsLenAtDash: -1, flags: flagValues(values, changed), help: false, warnings: [] };
  const cmd = path[path.length - 1];

  // Root with subcommands: a leftover word is an unknown command (cobra legacyArgs).
  const words = stripFlags(rest, known);
  if (cmd === root && root.subcommands?.length && words.length > 0) {
    result.error = { kind: 'unknown', name: words[0], suggestions: suggestionsFor(root, words[0]) };
    return result;
  }

  const set = (f: FlagSpec, raw: string): string | undefined => {
    try {
      values.set(f.name, convert(f, raw, values.get(f.name)!, !changed.has(f.name)));
    } catch (e) {
      const name = f.shorthand ? `-${f.shorthand}, --${f.name}` : `--${f.name}`;
      return `invalid argument ${JSON.stringify(raw)} for ${JSON.stringify(name)} flag: ${(e as Error).message}`;
    }
    changed.add(f.name);
    if (f.deprecated) result.warnings.push(`Flag --${f.name} has been deprecated, ${f.deprecated}`);
    return undefined;
  };
  const fail = (message: string) => {
    result.error = { kind: 'flag', message };
    return result;
  };

  const args = [...rest];
  while (args.length > 0) {
    const s = args.shift()!;
    if (s.length < 2 || s[0] !== '-') {
      result.args.push(s);
      continue;
    }
    if (s === '--') {
      result.argsLenAtDash = result.args.length;
      result.args.push(...args);
      break;
    }
    if (s.startsWith('--')) {
      const body = s.slice(2);
      if (body[0] === '-' || body[0] === '=') return fail(`bad flag syntax: ${s}`);
      const eq = body.indexOf('=');
      const name = eq < 0 ? body : body.slice(0, eq);
      const f = byLong(known, name);
      if (!f) return fail(`unknown flag: --${name}`);
      let value: string;
      if (eq >= 0) value = body.slice(eq + 1);
      else if (takesOptionalValue(f)) value = noOptValue(f);
      else if (args.length > 0) value = args.shift()!;
      else return fail(`flag needs an argument: ${s}`);
      const err = set(f, value);
      if (err) return fail(err);
      continue;
    }
    // Shorthands: -abc, -nns, -n=ns, -n ns.
    let shorts = s.slice(1);
    while (shorts.length > 0) {
      const c = shorts[0];
      const f = byShort(known, c);
      if (!f) return fail(`unknown shorthand flag: '${c}' in -${shorts}`);
      let value: string;
      let next = shorts.slice(1);
      if (shorts.length > 2 && shorts[1] === '=') {
        value = shorts.slice(2);
        next = '';
      } else if (takesOptionalValue(f)) value = noOptValue(f);
      else if (shorts.length > 1) {
        value = shorts.slice(1);
        next = '';
      } else if (args.length > 0) value = args.shift()!;
      else return fail(`flag needs an argument: '${c}' in -${shorts}`);
      const err = set(f, value);
      if (err) return fail(err);
      shorts = next;
    }
  }
  result.help = values.get('help') === true;
  return result;
}

function flagValues(values: Map<string, FlagValue>, changed: Set<string>): FlagValues {
  const get = (name: string) => {
    if (!values.has(name)) throw new Error(`flag accessed but not defined: ${name}`);
    return values.get(name)!;
  };
  return {
    string: (n) => String(get(n)),
    bool: (n) => get(n) === true,
    int: (n) => Number(get(n)),
    duration: (n) => Number(get(n)),
    strings: (n) => [...(get(n) as string[])],
    changed: (n) => changed.has(n),
    all: () => Object.fromEntries(values),
  };
}

/** Levenshtein distance, case-insensitive as cobra's ld(…, true). */
export function levenshtein(a: string, b: string): number {
  a = a.toLowerCase();
  b = b.toLowerCase();
  const d: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}

/** cobra SuggestionsFor: distance ≤ 2, a prefix match, or an explicit SuggestFor, in registration order. */
export function suggestionsFor<A>(c: CommandSpec<A>, typed: string): string[] {
  const out: string[] = [];
  for (const sub of c.subcommands ?? []) {
    if (sub.hidden) continue;
    if (levenshtein(typed, sub.name) <= 2 || sub.name.toLowerCase().startsWith(typed.toLowerCase())) out.push(sub.name);
    for (const s of sub.suggestFor ?? []) if (s.toLowerCase() === typed.toLowerCase()) out.push(sub.name);
  }
  return out;
}
