// The pieces around each exec's script: the transform plugin that hands the parsed script to the
// rewrite armed for that exec (sub-execs of commands like xargs pass through untouched), `$!` mapped
// to our job pids, the display text of a job, and the removal of our plumbing from `set -x` traces.

import type { TransformPlugin } from 'just-bash';
import { displayText, type ScriptNode, type StatementNode } from './ast';
import { EXIT_CMD } from './commands';
import { CAPTURE_CMD, RC_CMD } from './state';

/** Hands each exec's parsed script to the function armed for that exec (and leaves sub-execs alone). */
export class LinePlugin implements TransformPlugin {
  readonly name = 'podlab-terminal';
  private armed: ((ast: ScriptNode) => ScriptNode) | null = null;
  arm(fn: (ast: ScriptNode) => ScriptNode): void {
    this.armed = fn;
  }
  transform(ctx: { ast: ScriptNode }) {
    const fn = this.armed;
    this.armed = null;
    return { ast: fn ? fn(ctx.ast) : ctx.ast };
  }
}

const TRACE_HIDDEN = new RegExp(`^\\++ (?:__TTYE?=\\S*|(?:${RC_CMD}|${CAPTURE_CMD}|${EXIT_CMD}|__bg)(?: .*)?)\\n?$`);

/** Drops our plumbing from `set -x` traces (they reach stderr through the command's redirections). */
export function cleanTrace(text: string): string {
  let s = text;
  if (s.includes('+ ')) {
    s = s
      .split(/(?<=\n)/)
      .filter((l) => !TRACE_HIDDEN.test(l))
      .map((l) => (/^\++ /.test(l) ? l.replace(/ __TTYE?=\S*(?= )/g, '').replace(/^(\++ )__wait\b/, '$1wait') : l))
      .join('');
  }
  return s;
}

export function jobText(st: StatementNode): string {
  const src = st.sourceText?.trim().replace(/\s*&$/, '');
  if (src) return src;
  return st.pipelines.map((p) => p.commands.map(displayText).join(' | ')).join(' && ');
}

/** `$!` is just-bash's (always 0): read our jobs' last pid instead. */
export function renameLastBg(script: ScriptNode): ScriptNode {
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(visit);
    else if (n && typeof n === 'object') {
      const o = n as { type?: string; parameter?: string };
      if (o.type === 'ParameterExpansion' && o.parameter === '!') o.parameter = '__LASTBG';
      for (const v of Object.values(n)) if (v && typeof v === 'object') visit(v);
    }
  };
  visit(script);
  return script;
}
