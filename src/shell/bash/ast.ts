// Types and builders for just-bash's AST (3.4.x), used by our transform plugin. just-bash exports only
// a few node types from its entry, so the others are derived here from those. The builders make the
// small synthetic nodes we splice into scripts (`__TTY=… cmd >>/dev/pts/0`, `__bg 3`, `export -n X`).

import type { CommandNode, PipelineNode, ScriptNode, SimpleCommandNode, StatementNode, WordNode } from 'just-bash';

export type { CommandNode, PipelineNode, ScriptNode, SimpleCommandNode, StatementNode, WordNode };
export type RedirectionNode = SimpleCommandNode['redirections'][number];
export type AssignmentNode = SimpleCommandNode['assignments'][number];
export type WordPart = WordNode['parts'][number];
export type FunctionDefNode = Extract<CommandNode, { type: 'FunctionDef' }>;
export type CompoundNode = Exclude<CommandNode, SimpleCommandNode | FunctionDefNode>;
export type GroupNode = Extract<CommandNode, { type: 'Group' }>;

/** A word made of one literal (no expansion, no splitting: the interpreter runs the AST directly). */
export function lit(value: string): WordNode {
  return { type: 'Word', parts: [{ type: 'Literal', value }] };
}

/** `"${NAME:-fallback}"` as a word. */
export function varOr(name: string, fallback: string): WordNode {
  return {
    type: 'Word',
    parts: [
      {
        type: 'DoubleQuoted',
        parts: [
          {
            type: 'ParameterExpansion',
            parameter: name,
            operation: { type: 'DefaultValue', word: lit(fallback), checkEmpty: true },
          },
        ],
      },
    ],
  };
}

/** `"$NAME"` as a word. */
export function varWord(name: string): WordNode {
  return { type: 'Word', parts: [{ type: 'DoubleQuoted', parts: [{ type: 'ParameterExpansion', parameter: name, operation: null }] }] };
}

export function assign(name: string, value: string): AssignmentNode {
  return { type: 'Assignment', name, value: lit(value), append: false, array: null };
}

export function redirect(operator: RedirectionNode['operator'], fd: number | null, target: WordNode): RedirectionNode {
  return { type: 'Redirection', fd, operator, target };
}

export function simple(argv: (string | WordNode)[], assignments: AssignmentNode[] = []): SimpleCommandNode {
  const words = argv.map((a) => (typeof a === 'string' ? lit(a) : a));
  return { type: 'SimpleCommand', assignments, name: words[0] ?? null, args: words.slice(1), redirections: [] };
}

export function pipeline(commands: CommandNode[]): PipelineNode {
  return { type: 'Pipeline', commands, negated: false };
}

export function statement(commands: CommandNode[], operators: ('&&' | '||' | ';')[] = []): StatementNode {
  if (operators.length === 0) return { type: 'Statement', pipelines: [pipeline(commands)], operators: [], background: false };
  // `a && b`: one pipeline per command.
  return { type: 'Statement', pipelines: commands.map((c) => pipeline([c])), operators, background: false };
}

export function group(body: StatementNode[], redirections: RedirectionNode[] = []): GroupNode {
  return { type: 'Group', body, redirections };
}

/** Deep copy of a plain AST value (nodes are JSON data). */
export function clone<T>(node: T): T {
  return JSON.parse(JSON.stringify(node)) as T;
}

/** The literal text of a word when it has no expansions (`exit`, `wait`, `2`), else null. */
export function literalText(word: WordNode | null | undefined): string | null {
  if (!word) return null;
  let s = '';
  for (const p of word.parts) {
    if (p.type === 'Literal' || p.type === 'SingleQuoted' || p.type === 'Escaped') s += p.value;
    else if (p.type === 'DoubleQuoted' && p.parts.every((q) => q.type === 'Literal')) s += p.parts.map((q) => (q as { value: string }).value).join('');
    else return null;
  }
  return s;
}

/** A rough rendering of a simple command for display (`jobs` when the source text is unknown). */
export function displayText(cmd: CommandNode): string {
  if (cmd.type !== 'SimpleCommand') return cmd.type.toLowerCase();
  const words = [cmd.name, ...cmd.args].filter((w): w is WordNode => !!w);
  return words.map((w) => literalText(w) ?? '…').join(' ');
}

/** Calls `fn` on every object inside `node` (depth first), including `node` itself. */
export function visitDeep(node: unknown, fn: (n: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) {
    for (const x of node) visitDeep(x, fn);
  } else if (node && typeof node === 'object') {
    fn(node as Record<string, unknown>);
    for (const v of Object.values(node)) if (v && typeof v === 'object') visitDeep(v, fn);
  }
}
