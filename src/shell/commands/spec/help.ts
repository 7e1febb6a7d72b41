// `--help` text in kubectl's layout (kubectl pkg/util/templates: templater.go help/usage,
// help_flags_printer.go; cobra NameAndAliases/UseLine): the long description, then Aliases,
// Examples, the subcommand groups, Options (`    -A, --all-namespaces=false:` + a tab-indented,
// word-wrapped usage), Usage (` [options]` appended), and the two "Use …" tips. On a terminal the
// text is word-wrapped at 80/100/120 columns as term.NewResponsiveWriter does, flag usages at
// that limit minus 10 (go-wordwrap semantics). Flags are listed sorted by name, as pflag does.

import { flagsFor, findSub } from './parse';
import type { CommandSpec, FlagSpec } from './types';
import { defaultText } from './values';

export interface HelpOptions {
  /** Terminal width when stdout is a terminal; 0/undefined means no wrapping (piped output). */
  width?: number;
}

/** kubectl term.getTerminalLimitWidth. */
export function wrapLimit(width: number | undefined): number {
  if (!width) return 0;
  return width >= 120 ? 120 : width >= 100 ? 100 : width >= 80 ? 80 : 0;
}

/** github.com/mitchellh/go-wordwrap WrapString; `lim` ≤ 0 means no wrapping. */
export function wordWrap(s: string, lim: number): string {
  if (lim <= 0) return s;
  let buf = '';
  let current = 0;
  let word = '';
  let space = '';
  for (const ch of s) {
    if (ch === '\n') {
      if (word.length === 0) {
        if (current + space.length <= lim) buf += space;
      } else {
        buf += space + word;
      }
      space = '';
      word = '';
      buf += ch;
      current = 0;
    } else if (/\s/.test(ch) && ch !== '\u00a0') {
      if (space.length === 0 || word.length > 0) {
        current += space.length + [...word].length;
        buf += space + word;
        space = '';
        word = '';
      }
      space += ch;
    } else {
      word += ch;
      const wl = [...word].length;
      if (current + space.length + wl > lim && wl < lim) {
        buf += '\n';
        current = 0;
        space = '';
      }
    }
  }
  if (word.length === 0) {
    if (current + space.length <= lim) buf += space;
  } else buf += space + word;
  return buf;
}

const trimRight = (s: string) => s.replace(/\s+$/u, '');

/** One flag as kubectl's HelpFlagPrinter prints it (with the trailing blank line). */
function flagUsage(f: FlagSpec, lim: number): string {
  const def = defaultText(f);
  const value = f.type === 'string' ? `'${def}'` : def;
  const head = f.shorthand ? `    -${f.shorthand}, --${f.name}=${value}:` : `    --${f.name}=${value}:`;
  const usage = f.deprecated ? `${f.usage} (DEPRECATED: ${f.deprecated})` : f.usage;
  const wrapped = lim > 10 ? wordWrap(usage, lim - 10) : usage;
  return `${head}\n${wrapped}`.replace(/\n/g, '\n\t') + '\n\n';
}

/** kubectl flagsUsages: visible flags sorted by name. */
export function flagsUsages(flags: FlagSpec[], lim = 0): string {
  return [...flags]
    .filter((f) => !f.hidden && !f.deprecated)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((f) => flagUsage(f, lim))
    .join('');
}

const available = <A>(c: CommandSpec<A>): boolean => !c.hidden && (!!c.run || (c.subcommands ?? []).some(available));

/** cobra NamePadding: the longest sibling name, at least 11. */
const namePadding = <A>(parent: CommandSpec<A>) => Math.max(11, ...(parent.subcommands ?? []).map((s) => s.name.length));

/** The subcommand listing: the root's groups (then "Other Commands:"), or "Available Commands:". */
function commandGroups<A>(c: CommandSpec<A>, isRoot: boolean): string {
  const subs = c.subcommands ?? [];
  const pad = namePadding(c);
  const line = (s: CommandSpec<A>) => `  ${s.name.padEnd(pad)}   ${s.short}`;
  const groups: string[] = [];
  if (isRoot && c.groups?.length) {
    const grouped = new Set<string>();
    for (const g of c.groups) {
      const cmds = g.commands.map((n) => subs.find((s) => s.name === n)).filter((s): s is CommandSpec<A> => !!s);
      cmds.forEach((s) => grouped.add(s.name));
      const lines = cmds.filter(available).map(line);
      if (lines.length || g.commands.length === 0) groups.push([g.title, ...lines].join('\n'));
    }
    const other = subs.filter((s) => !grouped.has(s.name) && s.name !== 'options' && available(s));
    other.sort((a, b) => (a.name < b.name ? -1 : 1));
    if (other.length) groups.push(['Other Commands:', ...other.map(line)].join('\n'));
  } else {
    const cmds = subs.filter((s) => s.name !== 'options' && available(s)).sort((a, b) => (a.name < b.name ? -1 : 1));
    groups.push(['Available Commands:', ...cmds.map(line)].join('\n'));
  }
  return groups.join('\n\n');
}

/** cobra UseLine + kubectl usageLine: `kubectl get … [flags] [options]`. */
export function usageLine<A>(path: CommandSpec<A>[]): string {
  const c = path[path.length - 1];
  const parents = path.slice(0, -1).map((p) => p.name);
  let line = [...parents, c.usage].join(' ');
  const hasFlags = flagsFor(path).some((f) => !f.hidden);
  if (!c.disableFlagsInUseLine && hasFlags && !line.includes('[flags]')) line += ' [flags]';
  if (hasFlags && !line.includes('[options]')) line += ' [options]';
  return line;
}

/** The full `--help` output for the last command of `path`. */
export function renderHelp<A>(path: CommandSpec<A>[], opts: HelpOptions = {}): string {
  const c = path[path.length - 1];
  const root = path[0];
  const isRoot = path.length === 1;
  const lim = wrapLimit(opts.width);
  let b = (c.long ?? c.short).trim();
  if (!c.run && !(c.subcommands ?? []).length) return wordWrap(b, lim);
  b += '\n\n';
  if (c.aliases?.length) b += `Aliases:\n${[c.name, ...c.aliases].join(', ')}\n\n`;
  if (c.examples) b += `Examples:\n${trimRight(c.examples)}\n\n`;
  if ((c.subcommands ?? []).some(available)) b += commandGroups(c, isRoot) + '\n\n';
  // Local, non-persistent flags (kubectl flagsNotIntersected(LocalFlags, PersistentFlags)).
  const visible = (c.flags ?? []).filter((f) => !f.hidden && !f.deprecated);
  if (visible.length) b += `Options:\n${trimRight(flagsUsages(visible, lim))}\n\n`;
  const line = usageLine(path);
  if (c.run && line !== root.name) b += `Usage:\n  ${line}\n\n`;
  if ((c.subcommands ?? []).length) b += `Use "${path.map((p) => p.name).join(' ')} <command> --help" for more information about a given command.\n`;
  // kubectl optionsCmdFor: the nearest ancestor with an `options` subcommand.
  if (c.run) {
    for (let i = path.length - 1; i >= 0; i--) {
      if (findSub(path[i], 'options')) {
        b += `Use "${path.slice(0, i + 1).map((p) => p.name).join(' ')} options" for a list of global command-line options (applies to all commands).\n`;
        break;
      }
    }
  }
  return wordWrap(b, lim);
}
