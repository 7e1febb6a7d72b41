// Parsing without running, for the line editor: is the input complete, or does bash want more lines
// (continuation prompt `> `)? just-bash's `parse` is exported only from its Node entry, so this goes
// through `Bash.transform` with a plugin that captures the AST and stops before serialising.
// Incomplete: an unterminated quote, `$(`, heredoc, `if/then`, `do`, `case`, `{`; a trailing `|`,
// `&&`, `||` or `\`. Simplified: an unfinished `$(( … ` arithmetic is accepted as complete.

import { Bash } from 'just-bash';
import { visitDeep, type ScriptNode } from './ast';

class Captured {
  constructor(readonly ast: ScriptNode) {}
}

export interface ParseResult {
  ast?: ScriptNode;
  error?: { message: string; line?: number; column?: number };
}

export class ScriptParser {
  private bash: Bash | null = null;

  parse(text: string): ParseResult {
    if (!this.bash) {
      this.bash = new Bash();
      this.bash.registerTransformPlugin({
        name: 'capture',
        transform(ctx) {
          throw new Captured(ctx.ast);
        },
      });
    }
    try {
      this.bash.transform(text);
      return { error: { message: 'no AST' } };
    } catch (e) {
      if (e instanceof Captured) return { ast: e.ast };
      const err = e as { message?: string; line?: number; column?: number };
      return { error: { message: String(err.message ?? e), line: err.line, column: err.column } };
    }
  }
}

/** True when bash would wait for more input after `text` (the terminal shows `> `). */
export function isIncomplete(text: string, parser: ScriptParser): boolean {
  const m = /(\\+)$/.exec(text);
  if (m && m[1].length % 2 === 1) return true;
  const r = parser.parse(text);
  if (r.error) {
    const { message, line, column } = r.error;
    if (/EOF/.test(message)) return true;
    const lines = text.split('\n');
    if (line !== undefined && column !== undefined) {
      if (line > lines.length || (line === lines.length && column > lines[lines.length - 1].length)) return true;
    }
    return false;
  }
  const ast = r.ast!;
  let open = false;
  visitDeep(ast, (n) => {
    if (n.type === 'HereDoc' && n.terminated === false) open = true;
  });
  if (open) return true;
  const last = ast.statements.at(-1);
  if (!last) return false;
  const pl = last.pipelines.at(-1)!;
  const cmd = pl.commands.at(-1);
  const empty = cmd?.type === 'SimpleCommand' && !cmd.name && cmd.args.length === 0 && cmd.assignments.length === 0 && cmd.redirections.length === 0;
  return !!empty && (pl.commands.length > 1 || last.pipelines.length > 1);
}
