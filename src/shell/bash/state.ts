// Shell state that outlives one just-bash `exec()` (which starts fresh each time, stack.md §2 gap 1):
// variables with their export flag, the working directory, functions, `set -o`/`shopt` options and
// `$?`. Each line runs with a prelude rebuilt from this state — `export` for the exported variables,
// the recorded function definitions, the options, then `__rc N && :` to restore `$?` (the `&&` keeps
// `set -e` from firing) — and the state is read back from the result and a trailer command.

import { clone, simple, statement, type FunctionDefNode, type StatementNode } from './ast';
import { TTY_ERR_VAR, TTY_VAR } from './transform';

export interface SessionState {
  cwd: string;
  /** Every shell variable, exported or not (the interpreter's transient ones removed). */
  env: Record<string, string>;
  /** Names of exported variables. */
  exported: string[];
  /** Function definitions by name, as just-bash AST (plain JSON). */
  functions: Record<string, FunctionDefNode>;
  /** `$SHELLOPTS` and `$BASHOPTS` as last seen. */
  shellopts: string;
  bashopts: string;
  lastRc: number;
}

export const DEFAULT_SHELLOPTS = 'braceexpand:hashall:interactive-comments';
export const DEFAULT_BASHOPTS = 'globskipdots';
/** Command names of the state plumbing (also hidden from `set -x` traces). */
export const RC_CMD = '__rc';
export const CAPTURE_CMD = '__cap';

const TRANSIENT = new Set(['?', 'SHELLOPTS', 'BASHOPTS', '_', TTY_VAR, TTY_ERR_VAR]);

/** The variables to keep from an exec result. */
export function keepVars(env: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (!TRANSIENT.has(k)) out[k] = v;
  return out;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The state of a fresh login on `host`-like settings. */
export function loginState(opts: { cwd: string; env: Record<string, string>; unexported?: Record<string, string> }): SessionState {
  return {
    cwd: opts.cwd,
    env: { ...opts.env, ...opts.unexported, PWD: opts.cwd },
    exported: Object.keys(opts.env).concat('PWD'),
    functions: {},
    shellopts: DEFAULT_SHELLOPTS,
    bashopts: DEFAULT_BASHOPTS,
    lastRc: 0,
  };
}

function optionStatements(st: SessionState, interactive: boolean): StatementNode[] {
  const out: StatementNode[] = [];
  const have = new Set(st.bashopts.split(':').filter(Boolean));
  if (interactive) have.add('expand_aliases');
  const defaults = new Set(DEFAULT_BASHOPTS.split(':'));
  const on = [...have].filter((o) => !defaults.has(o));
  const off = [...defaults].filter((o) => !have.has(o));
  if (on.length) out.push(statement([simple(['shopt', '-s', ...on])]));
  if (off.length) out.push(statement([simple(['shopt', '-u', ...off])]));
  const set = new Set(st.shellopts.split(':').filter(Boolean));
  const sdef = new Set(DEFAULT_SHELLOPTS.split(':'));
  const son = [...set].filter((o) => !sdef.has(o) && o !== 'xtrace');
  const soff = [...sdef].filter((o) => !set.has(o));
  for (const o of son) out.push(statement([simple(['set', '-o', o])]));
  for (const o of soff) out.push(statement([simple(['set', '+o', o])]));
  if (set.has('xtrace')) out.push(statement([simple(['set', '-o', 'xtrace'])]));
  return out;
}

/**
 * Statements that recreate `st` at the start of a script: exports, functions (`extraFns` after the
 * recorded ones), options, `$?`.
 */
export function prelude(st: SessionState, interactive: boolean, extraFns: FunctionDefNode[] = []): StatementNode[] {
  const out: StatementNode[] = [];
  // Variables passed to exec() arrive unexported (and `env` would list them all): export ours.
  const exported = st.exported.filter((k) => NAME.test(k) && k in st.env);
  if (exported.length) out.push(statement([simple(['export', ...exported])]));
  for (const fn of [...Object.values(st.functions), ...extraFns]) out.push(statement([clone(fn)]));
  out.push(...optionStatements(st, interactive));
  if (st.lastRc !== 0) out.push(statement([simple([RC_CMD, String(st.lastRc)]), simple([':'])], ['&&']));
  return out;
}

/** Records function definitions and `unset -f` at the top level of a script into `st`. */
export function recordFunctions(st: SessionState, statements: StatementNode[]): void {
  for (const s of statements) {
    for (const pl of s.pipelines) {
      for (const c of pl.commands) {
        if (c.type === 'FunctionDef') st.functions[c.name] = clone(c);
        else if (c.type === 'SimpleCommand' && c.name && c.args.length > 1) {
          const words = [c.name, ...c.args].map((w) => (w.parts.length === 1 && w.parts[0].type === 'Literal' ? w.parts[0].value : null));
          if (words[0] === 'unset' && words[1] === '-f') for (const n of words.slice(2)) if (n) delete st.functions[n];
        }
      }
    }
  }
}
