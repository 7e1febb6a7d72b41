// Tab completion driven by the command specs (what cobra's __complete does): subcommand names,
// flag names, a flag's values (its `complete` hook) and positional arguments (the command's
// `complete` hook, e.g. resource types then object names). Parsing here is lenient: an
// unfinished command line never errors, it just completes less.

import { findCommand, flagsFor } from './parse';
import type { CommandSpec, CompleteContext, FlagSpec } from './types';
import { convert, defaultOf, noOptValue, takesOptionalValue } from './values';
import type { FlagValue, FlagValues } from './types';

const startsWith = (prefix: string) => (s: string) => s.startsWith(prefix);

/**
 * Completion candidates for `words[index]` (words[0] is the program name; `words[index]` may be
 * '' or missing for a new word). Candidates are whole words that start with the typed prefix;
 * undefined means "not ours to complete" (a flag value without a completer, such as a file name).
 */
export async function completeCommandLine<A>(root: CommandSpec<A>, app: A, words: string[], index: number): Promise<string[] | undefined> {
  const prefix = words[index] ?? '';
  const before = words.slice(1, index);
  const { path, rest } = findCommand(root, before);
  const cmd = path[path.length - 1];
  const known = flagsFor(path);
  const values = new Map<string, FlagValue>(known.map((f) => [f.name, defaultOf(f)]));
  const changed = new Set<string>();
  const args: string[] = [];
  let pending: FlagSpec | undefined;
  let dashed = false;
  const set = (f: FlagSpec, v: string) => {
    try {
      values.set(f.name, convert(f, v, values.get(f.name)!, !changed.has(f.name)));
      changed.add(f.name);
    } catch {
      /* lenient */
    }
  };
  for (const s of rest) {
    if (pending) {
      set(pending, s);
      pending = undefined;
    } else if (dashed || s.length < 2 || s[0] !== '-') args.push(s);
    else if (s === '--') dashed = true;
    else if (s.startsWith('--')) {
      const [name, ...v] = s.slice(2).split('=');
      const f = known.find((k) => k.name === name);
      if (!f) continue;
      if (v.length) set(f, v.join('='));
      else if (takesOptionalValue(f)) set(f, noOptValue(f));
      else pending = f;
    } else {
      for (let i = 1; i < s.length; i++) {
        const f = known.find((k) => k.shorthand === s[i]);
        if (!f) break;
        if (takesOptionalValue(f)) set(f, noOptValue(f));
        else {
          if (i + 1 < s.length) set(f, s.slice(i + 1).replace(/^=/, ''));
          else pending = f;
          break;
        }
      }
    }
  }
  const flags = valuesView(values, changed);
  const ctx = (extra: Partial<CompleteContext<A>>): CompleteContext<A> => ({ app, path, args, flags, prefix, ...extra });

  if (pending) {
    // A value without a completer (e.g. -f FILE): undefined lets the shell offer file names.
    if (!pending.complete) return undefined;
    const vals = await pending.complete(ctx({ flag: pending }) as CompleteContext<unknown>);
    return vals.filter(startsWith(prefix));
  }
  if (!dashed && prefix.startsWith('--') && prefix.includes('=')) {
    const name = prefix.slice(2, prefix.indexOf('='));
    const f = known.find((k) => k.name === name);
    if (!f?.complete) return [];
    const valuePrefix = prefix.slice(prefix.indexOf('=') + 1);
    const vals = await f.complete(ctx({ flag: f, prefix: valuePrefix }) as CompleteContext<unknown>);
    return vals.filter(startsWith(valuePrefix)).map((v) => `--${name}=${v}`);
  }
  if (!dashed && prefix.startsWith('-')) {
    const out: string[] = [];
    for (const f of known) {
      if (f.hidden || f.deprecated) continue;
      out.push(`--${f.name}`);
      if (f.shorthand && prefix.length <= 2) out.push(`-${f.shorthand}`);
    }
    return out.filter(startsWith(prefix)).sort();
  }
  const out: string[] = [];
  if (args.length === 0) {
    for (const s of cmd.subcommands ?? []) if (!s.hidden) out.push(s.name);
  }
  if (cmd.complete && !(cmd.subcommands?.length && !cmd.run)) out.push(...(await cmd.complete(ctx({}))));
  return [...new Set(out.filter(startsWith(prefix)))];
}

function valuesView(values: Map<string, FlagValue>, changed: Set<string>): FlagValues {
  return {
    string: (n) => String(values.get(n) ?? ''),
    bool: (n) => values.get(n) === true,
    int: (n) => Number(values.get(n) ?? 0),
    duration: (n) => Number(values.get(n) ?? 0),
    strings: (n) => [...((values.get(n) as string[]) ?? [])],
    changed: (n) => changed.has(n),
    all: () => Object.fromEntries(values),
  };
}
